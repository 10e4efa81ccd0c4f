package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.clean.BoilerplateCleaner;
import com.fazhi.extractor.clean.FigureSpacing;
import com.fazhi.extractor.clean.LineUnwrapper;
import com.fazhi.extractor.clean.OcrDigitFixer;
import com.fazhi.extractor.clean.ParagraphSplitter;
import com.fazhi.extractor.clean.PageMarkerRemover;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** Paragraphs run together with spaces split, page furniture and docx page markers out, lines of a fixed-width text joined into paragraphs, figures split by spaces or line breaks joined, OCR digit slips mended: the body every later stage reads. */
public final class CleanStage extends BaseStage {

    public CleanStage() {
        super("clean", Set.of(Annotation.TEXT), Set.of(Annotation.TEXT));
    }

    @Override
    public void apply(WorkingDocument doc) {
        doc.text = OcrDigitFixer.fix(FigureSpacing.mend(LineUnwrapper.unwrap(PageMarkerRemover.remove(BoilerplateCleaner.clean(ParagraphSplitter.split(doc.text))))));
    }
}
