package com.fazhi.extractor.stages;

import java.util.Set;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.reference.script.ChineseScript;
import com.fazhi.extractor.normalize.TextNormalizer;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;

/**
 * NFKC and one paragraph per line; the input's script is noted and Traditional becomes Simplified, a mirror's Taiwan
 * vocabulary the mainland words the report wrote (規範性檔案 → 规范性文件).
 */
public final class NormalizeStage extends BaseStage {

    public NormalizeStage() {
        super("normalize", Set.of(Annotation.DECODED_TEXT), Set.of(Annotation.SCRIPT, Annotation.TEXT));
    }

    @Override
    public void apply(WorkingDocument doc) {
        String normalized = TextNormalizer.normalize(doc.decodedText);
        if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
            doc.finish(ExtractedReport.unreadable("the document has no text (no letter or digit)", doc.version));
            return;
        }
        doc.script = ChineseScript.detect(normalized);
        doc.text = ChineseScript.TRADITIONAL.equals(doc.script)
                ? ChineseScript.toMainlandWords(ChineseScript.toSimplified(normalized)) : normalized;
    }
}
