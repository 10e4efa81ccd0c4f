package com.fazhi.stack;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The order of the H2 backend's index keys, computed without serialising them.
 *
 * <p>mongo-java-server keeps each unique index (every collection's {@code _id}) in an H2 map keyed by {@link KeyValue}.
 * H2 does not know that class, so it orders such keys by their Java serialisation: every step of a binary search
 * serialises both keys, and a lookup in a collection of n documents costs about 2·log2(n) serialisations. An upsert
 * looks its key up three times, so this was half of the store's CPU in {@code bin/pipelinebench}, growing with the
 * collection.
 *
 * <p>For a key of one string (a document's {@code _id} here), the serialised forms differ only in the string's part,
 * which Java writes as its modified-UTF-8 length, then its modified-UTF-8 bytes. This compares that directly: the length
 * first, then the UTF-16 code units in order, where U+0000 (written as two bytes, C0 80) sorts between U+007F and U+0080
 * exactly as its bytes do. Every other key goes to H2 as before. The order is the same, and keys are written to disk
 * as before, so a data file written without this class reads the same with it ({@code SerializedKeyOrderTest} checks
 * the order against H2's own on random keys).
 */
final class SerializedKeyOrder extends ObjectDataType {

    /** Strings whose modified UTF-8 is longer than this are written with an 8-byte length (TC_LONGSTRING): left to H2. */
    private static final int SHORT_STRING_LIMIT = 0xFFFF;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue ka && b instanceof KeyValue kb && ka.size() == 1 && kb.size() == 1
                && ka.get(0) instanceof String sa && kb.get(0) instanceof String sb) {
            int la = modifiedUtf8Length(sa);
            int lb = modifiedUtf8Length(sb);
            if (la <= SHORT_STRING_LIMIT && lb <= SHORT_STRING_LIMIT) {
                return la != lb ? Integer.compare(la, lb) : compareCodeUnits(sa, sb);
            }
        }
        return super.compare(a, b);
    }

    /** The byte length {@code DataOutput.writeUTF} gives the string, counted up to just past the short-string limit. */
    static int modifiedUtf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length() && length <= SHORT_STRING_LIMIT; i++) {
            char c = s.charAt(i);
            length += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return length;
    }

    /** Equal modified-UTF-8 lengths: the first differing code unit decides, as its encoded bytes would. */
    private static int compareCodeUnits(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Integer.compare(rank(ca), rank(cb));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** A code unit's place in the order of its encoded bytes: U+0000 (C0 80) between U+007F (7F) and U+0080 (C2 80). */
    private static int rank(char c) {
        return c == 0 ? 2 * 0x7F + 1 : 2 * c;
    }
}
