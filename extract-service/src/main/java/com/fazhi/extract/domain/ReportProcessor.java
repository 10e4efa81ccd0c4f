package com.fazhi.extract.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.fazhi.extract.storage.ReportStore;
import com.fazhi.extractor.ReportExtractor;
import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.RawReport;

/**
 * One record of reports.raw: keep the raw report (so a later extractor can re-extract it), extract, upsert the
 * document by id. A redelivered record replaces the same document, never adds a second.
 */
@ApplicationScoped
public class ReportProcessor {

    private final RawReportReader reader = new RawReportReader();
    private final ReportExtractor extractor;
    private final ReportStore store;

    public ReportProcessor(ReportExtractor extractor, ReportStore store) {
        this.extractor = extractor;
        this.store = store;
    }

    /**
     * @return the document as stored
     * @throws MalformedMessageException or {@link ExtractionFailedException}: the record belongs in the DLQ
     */
    public Document process(byte[] payload) {
        RawReport raw = reader.read(payload);
        store.saveRaw(raw);
        ExtractedReport extracted = extractor.extract(raw);
        if (ExtractedReport.FAILED.equals(extracted.status())) {
            throw new ExtractionFailedException("extractor " + extractor.version() + " failed on " + raw.id() + ": "
                    + extracted.problem());
        }
        return store.saveExtracted(raw, extracted);
    }
}
