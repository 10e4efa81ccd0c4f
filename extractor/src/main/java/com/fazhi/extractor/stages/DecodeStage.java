package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.extractor.decode.DocumentDecoder;
import com.fazhi.extractor.decode.UnreadableDocumentException;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/** The document's text from its format (html, docx, pdf, plain text in any charset): unreadable ends it here. */
public final class DecodeStage extends BaseStage {

    public DecodeStage() {
        super("decode", Set.of(Annotation.RAW), Set.of(Annotation.DECODED_TEXT));
    }

    @Override
    public void apply(WorkingDocument doc) {
        try {
            doc.decodedText = DocumentDecoder.toText(doc.raw);
        } catch (UnreadableDocumentException e) {
            doc.finish(ExtractedReport.unreadable(e.getMessage(), doc.version));
        }
    }
}
