package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorityKeyTest {

    private static final List<String> RONGCHANG = Arrays.asList("重庆市", null, "荣昌区", null);

    @Test
    void theBodyIsTheAuthorityWithoutItsPlaceNames() {
        assertEquals("人民政府", AuthorityKey.body("重庆市荣昌区人民政府", RONGCHANG));
        assertEquals("人民政府", AuthorityKey.body("荣昌区政府", RONGCHANG));
        assertEquals("人民政府", AuthorityKey.body("荣昌区 人民政府", RONGCHANG));
        assertEquals("司法局", AuthorityKey.body("重庆市荣昌区司法局", RONGCHANG));
        assertEquals("司法局", AuthorityKey.body("荣昌司法局", RONGCHANG));
        assertNull(AuthorityKey.body(null, RONGCHANG));
    }
}
