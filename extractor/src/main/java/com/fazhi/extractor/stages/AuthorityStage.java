package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.AuthorityFinder;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** The issuing body: the title's, else the metadata line's government, else the signature's. */
public final class AuthorityStage extends BaseStage {

    public AuthorityStage() {
        super("authority", Set.of(Annotation.TITLE, Annotation.METADATA_LINE, Annotation.LAYOUT, Annotation.SPEAKER), Set.of(Annotation.AUTHORITY));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.authority = AuthorityFinder.find(doc.title, doc.metadataLine, doc.layout, doc.speaker.bureauInText());
    }
}
