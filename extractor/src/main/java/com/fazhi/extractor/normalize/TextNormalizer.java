package com.fazhi.extractor.normalize;

import java.text.Normalizer;

/**
 * Unicode NFKC (full-width digits, letters and punctuation become half-width), one paragraph per line,
 * lines trimmed, blank lines dropped.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (String line : nfkc.split("\r\n|\r|\n|\u2028|\u2029")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString();
    }
}
