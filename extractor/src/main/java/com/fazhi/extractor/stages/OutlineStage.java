package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.PartsDetector;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;
import com.fazhi.extractor.structure.SectionParser;

/** The heading tree, and which of the four required parts the report holds (by heading or by content). */
public final class OutlineStage extends BaseStage {

    public OutlineStage() {
        super("outline", Set.of(Annotation.TEXT, Annotation.LAYOUT), Set.of(Annotation.OUTLINE, Annotation.PARTS));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.outline = SectionParser.parse(doc.layout);
        doc.parts = PartsDetector.detect(doc.text, doc.outline.flat());
    }
}
