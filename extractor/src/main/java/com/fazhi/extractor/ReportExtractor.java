package com.fazhi.extractor;

import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.RawReport;

/** The one interface extract-service and the command line run: a raw report in, a structured document out. */
public interface ReportExtractor {

    /** Never throws for any input: a report that cannot be read yields a document with status {@code unreadable}. */
    ExtractedReport extract(RawReport report);

    String version();
}
