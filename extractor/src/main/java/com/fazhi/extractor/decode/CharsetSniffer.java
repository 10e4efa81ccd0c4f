package com.fazhi.extractor.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Decodes bytes of unknown charset. Bytes that are valid UTF-8 are UTF-8 (a page's own declaration is often wrong);
 * otherwise ICU's detector chooses, and every GB charset is read as GB18030, their superset.
 */
public final class CharsetSniffer {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetSniffer() {
    }

    public static String decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) { // decoded without a replacement: it was UTF-8
            return utf8;
        }
        return new String(bytes, detect(bytes));
    }

    public static Charset detect(byte[] bytes) {
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch best = null;
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.startsWith("GB") || name.equals("Big5") || name.startsWith("UTF-16")) {
                best = match;
                break;
            }
        }
        if (best == null) {
            return GB18030; // the genre is Chinese: the most likely legacy charset
        }
        String name = best.getName();
        return name.startsWith("GB") ? GB18030 : Charset.forName(name);
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
