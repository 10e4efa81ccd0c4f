package com.fazhi.query;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The read side depends on the report model (contract) and the shared reference data, not on the engine: neither the
 * engine nor its document parsers (PDFBox, POI, jsoup) are on query-service's classpath.
 */
class ReadSideClasspathTest {

    @Test
    void theEngineAndItsParsersAreNotOnTheClasspath() {
        for (String engineClass : new String[] {"com.fazhi.extractor.RuleBasedExtractor", "org.apache.pdfbox.Loader",
                "org.apache.poi.xwpf.usermodel.XWPFDocument", "org.jsoup.Jsoup"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(engineClass), engineClass + " is reachable");
        }
    }
}
