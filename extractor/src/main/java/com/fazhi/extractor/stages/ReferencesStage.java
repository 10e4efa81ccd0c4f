package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.CitedDocumentsFinder;
import com.fazhi.reference.compliance.ComplianceCalculator;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** The documents the report cites (《》) and its compliance with the publication deadline and required parts. */
public final class ReferencesStage extends BaseStage {

    public ReferencesStage() {
        super("references", Set.of(Annotation.TEXT, Annotation.REPORT_YEAR, Annotation.PUBLISHED_AT, Annotation.PARTS),
                Set.of(Annotation.CITED_DOCUMENTS, Annotation.COMPLIANCE));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.citedDocuments = CitedDocumentsFinder.find(doc.text);
        doc.compliance = ComplianceCalculator.of(doc.reportYear, doc.publishedAt, doc.parts);
    }
}
