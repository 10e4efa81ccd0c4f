package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.MetadataLineFinder;
import com.fazhi.extractor.metadata.TitleFinder;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** The report's own title and the page's 发布机构/来源 line, both from the header zone. */
public final class TitleStage extends BaseStage {

    public TitleStage() {
        super("title", Set.of(Annotation.LAYOUT), Set.of(Annotation.TITLE, Annotation.METADATA_LINE));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.title = TitleFinder.find(doc.layout.header());
        doc.metadataLine = MetadataLineFinder.find(doc.layout.header());
    }
}
