package com.fazhi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;

/** The fast order must be H2's own order of serialised keys, or an index written by one would be unreadable by the other. */
class SerializedKeyOrderTest {

    /** Code units around every boundary of modified UTF-8: U+0000 (two bytes), 1/2/3-byte edges, CJK, surrogates. */
    private static final char[] UNITS = {0x0000, 0x0001, '0', '9', 'a', 'f', 'z', 0x007F, 0x0080, 0x00E9, 0x07FF, 0x0800,
            '法', '治', '县', 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF};

    private final ObjectDataType h2 = new ObjectDataType();
    private final SerializedKeyOrder fast = new SerializedKeyOrder();
    private final Random random = new Random(20261203);

    @Test
    void ordersOneStringKeysAsTheirSerialisation() {
        for (int i = 0; i < 200_000; i++) {
            KeyValue a = new KeyValue(randomString());
            KeyValue b = random.nextInt(8) == 0 ? new KeyValue(mutate((String) a.get(0))) : new KeyValue(randomString());
            assertEquals(Integer.signum(h2.compare(a, b)), Integer.signum(fast.compare(a, b)), a + " vs " + b);
        }
    }

    @Test
    void ordersHexIdsOfOneLengthAsH2Does() {
        for (int i = 0; i < 20_000; i++) {
            String a = String.format("%016x", random.nextLong());
            String b = String.format("%016x", random.nextLong());
            assertEquals(Integer.signum(h2.compare(new KeyValue(a), new KeyValue(b))),
                    Integer.signum(fast.compare(new KeyValue(a), new KeyValue(b))));
        }
    }

    @Test
    void leavesOtherKeysToH2() {
        Object[][] pairs = {
                {new KeyValue(3), new KeyValue(12)},
                {new KeyValue("a", 1), new KeyValue("a", 2)},
                {new KeyValue("b"), new KeyValue(1)},
                {new KeyValue("x".repeat(70_000)), new KeyValue("y")},
                {"plain", "string"},
        };
        for (Object[] pair : pairs) {
            assertEquals(Integer.signum(h2.compare(pair[0], pair[1])), Integer.signum(fast.compare(pair[0], pair[1])));
            assertEquals(Integer.signum(h2.compare(pair[1], pair[0])), Integer.signum(fast.compare(pair[1], pair[0])));
        }
    }

    @Test
    void measuresModifiedUtf8AsDataOutputDoes() throws Exception {
        for (int i = 0; i < 5_000; i++) {
            String s = randomString();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new java.io.DataOutputStream(bytes).writeUTF(s);
            assertEquals(bytes.size() - 2, SerializedKeyOrder.modifiedUtf8Length(s));
        }
    }

    private String randomString() {
        int length = random.nextInt(6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(UNITS[random.nextInt(UNITS.length)]);
        }
        return s.toString();
    }

    private String mutate(String s) {
        if (s.isEmpty()) {
            return String.valueOf(UNITS[random.nextInt(UNITS.length)]);
        }
        char[] chars = s.toCharArray();
        chars[random.nextInt(chars.length)] = UNITS[random.nextInt(UNITS.length)];
        return new String(chars);
    }
}
