package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.PublicationDateFinder;
import com.fazhi.extractor.metadata.ReportYearFinder;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** When it was published (the header's date line, else the signature's date) and which year it reports on. */
public final class DatesStage extends BaseStage {

    public DatesStage() {
        super("dates", Set.of(Annotation.LAYOUT, Annotation.TITLE), Set.of(Annotation.PUBLISHED_AT, Annotation.REPORT_YEAR));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.publishedAt = PublicationDateFinder.find(doc.layout);
        doc.reportYear = ReportYearFinder.find(doc.title, doc.text, doc.publishedAt, doc.layout.openingStart());
    }
}
