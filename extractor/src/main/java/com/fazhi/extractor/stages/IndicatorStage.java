package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.indicators.IndicatorCatalog;
import com.fazhi.extractor.indicators.IndicatorFinder;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** The catalog's figures, each with its clause, section, year and offsets. */
public final class IndicatorStage extends BaseStage {

    private final IndicatorFinder finder = new IndicatorFinder(IndicatorCatalog.get());

    public IndicatorStage() {
        super("indicators", Set.of(Annotation.TEXT, Annotation.OUTLINE, Annotation.REPORT_YEAR), Set.of(Annotation.INDICATORS));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.indicators = finder.find(doc.text, doc.reportYear, doc.outline::headingAt);
    }
}
