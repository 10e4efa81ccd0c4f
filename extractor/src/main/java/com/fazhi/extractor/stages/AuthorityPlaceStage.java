package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.ShortAuthority;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** An issuer named by its tier's word alone (省人民政府, 市林业局) given its place's name once the region is known. */
public final class AuthorityPlaceStage extends BaseStage {

    public AuthorityPlaceStage() {
        super("authority-place", Set.of(Annotation.AUTHORITY, Annotation.REGION, Annotation.LEVEL), Set.of(Annotation.AUTHORITY));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.authority = ShortAuthority.withPlace(doc.authority, doc.region, doc.level);
    }
}
