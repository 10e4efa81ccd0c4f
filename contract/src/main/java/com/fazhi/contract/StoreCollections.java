package com.fazhi.contract;

/** The MongoDB collections, named once: every service and test that opens one takes its name from here. */
public final class StoreCollections {

    /** The structured report documents ({@link com.fazhi.contract.model.ReportDocument}), keyed by report id. */
    public static final String REPORTS = "reports";
    /** What the crawlers sent ({@link com.fazhi.contract.model.RawReport}), keyed by report id, for re-extraction. */
    public static final String RAW_REPORTS = "raw_reports";
    /**
     * The re-extraction run's status ({@link com.fazhi.contract.model.ReextractionStatus}), one document: extract-service
     * writes the run's progress, ingest-service a request and reads it for its admin API (every replica sees one run).
     */
    public static final String REEXTRACTION = "reextraction";

    private StoreCollections() {
    }
}
