package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.Layout;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** Lines with offsets, and the header, opening and signature zones, computed once for every later stage. */
public final class LayoutStage extends BaseStage {

    public LayoutStage() {
        super("layout", Set.of(Annotation.TEXT), Set.of(Annotation.LAYOUT));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.layout = Layout.of(doc.text);
    }
}
