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
        String nfkc = needsNfkc(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        StringBuilder out = new StringBuilder(nfkc.length() + 1);
        int lineStart = out.length();
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lineStart = endLine(out, lineStart);
            } else if (out.length() > lineStart || !Character.isWhitespace(c) && c != '\u00A0') {
                out.append(c == '\u00A0' ? ' ' : c);
            }
        }
        endLine(out, lineStart);
        return out.toString();
    }

    /** Trims the line being built; drops it when empty. Returns where the next line starts. */
    private static int endLine(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && (Character.isWhitespace(out.charAt(end - 1)) || out.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        out.setLength(end);
        if (end > lineStart) {
            out.append('\n');
        }
        return out.length();
    }

    /** Full-width forms, ideographic space, circled numbers, compatibility ideographs … anything NFKC would change. */
    private static boolean needsNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF00 && c <= 0xFFEF || c == 0x3000 || c >= 0x2460 && c <= 0x24FF || c >= 0x3200 && c <= 0x33FF
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE6F || c >= 0x2150 && c <= 0x218F
                    || c >= 0x2000 && c <= 0x200A || c == 0x2026 || c >= 0x00A8 && c <= 0x00BE && c != 0x00B7) {
                return true;
            }
        }
        return false;
    }
}
