package com.fazhi.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthBecomesHalfWidthAndLinesAreTrimmed() {
        assertEquals("日期:2024-02-26\n(一)办理案件34件,纠错率14.7%\n",
                TextNormalizer.normalize("  日期：２０２４－０２－２６\r\n\r\n\u3000\u3000（一）办理案件３４件，纠错率14.7％  \n\n"));
    }
}
