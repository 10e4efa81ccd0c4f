package com.fazhi.extractor;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/** The one interface extract-service and the command line run: a raw report in, a structured document out. */
public interface ReportExtractor {

    /** Never throws for any input: a report that cannot be read yields a document with status {@code unreadable}. */
    ExtractedReport extract(RawReport report);

    String version();
}
