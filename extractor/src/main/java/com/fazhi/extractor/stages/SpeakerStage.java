package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.metadata.LevelClassifier;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/**
 * How the text speaks of itself, read once for the stages after it: as a bureau (我局, X局 as a sentence's subject, a
 * bureau's title), through its opening sentence's subject, or by how it names its jurisdiction (全县/我区 …).
 */
public final class SpeakerStage extends BaseStage {

    public SpeakerStage() {
        super("speaker", Set.of(Annotation.TEXT, Annotation.LAYOUT, Annotation.TITLE), Set.of(Annotation.SPEAKER));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.speaker = LevelClassifier.Speaker.of(doc.text, doc.layout.openingStart(), doc.title);
    }
}
