package com.fazhi.query.domain;

import java.text.Normalizer;

import com.fazhi.reference.script.ChineseScript;

/**
 * What people type, brought to the form the documents are stored in: full-width letters, digits and spaces made
 * half-width (NFKC), runs of spaces made one, Traditional characters made Simplified (行政復議 → 行政复议).
 */
public final class UserText {

    private UserText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
        return ChineseScript.toSimplified(nfkc);
    }
}
