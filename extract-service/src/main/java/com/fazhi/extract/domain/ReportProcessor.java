package com.fazhi.extract.domain;

import jakarta.enterprise.context.ApplicationScoped;

import com.fazhi.extractor.ReportExtractor;
import com.fazhi.reference.dedup.MinHash;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/** One record of reports.raw read, extracted and fingerprinted (no I/O): the CPU part of a batch, run on the extraction pool. */
@ApplicationScoped
public class ReportProcessor {

    private final RawReportReader reader = new RawReportReader();
    private final ReportExtractor extractor;

    public ReportProcessor(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /** @throws MalformedMessageException or {@link ExtractionFailedException}: the record belongs in the DLQ */
    public Extraction extract(byte[] payload) {
        RawReport raw = reader.read(payload);
        ExtractedReport extracted = extractor.extract(raw);
        if (ExtractedReport.FAILED.equals(extracted.status())) {
            throw new ExtractionFailedException("extractor " + extractor.version() + " failed on " + raw.id() + ": "
                    + extracted.problem());
        }
        return new Extraction(raw, extracted, MinHash.of(extracted.text() == null ? "" : extracted.text()));
    }
}
