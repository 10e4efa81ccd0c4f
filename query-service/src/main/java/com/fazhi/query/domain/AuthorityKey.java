package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which body issued a report, so its reports across the years can be linked: the region code, the level and the body
 * with the place names taken off ("重庆市荣昌区人民政府" and "荣昌区政府" are one body, 人民政府, of 500153 at county
 * level; "荣昌区司法局" another). A government's report without an authority is its government's; a department's
 * without one cannot be linked (null).
 */
public final class AuthorityKey {

    private static final Set<String> GOVERNMENT_LEVELS = Set.of("province", "city", "county", "township");

    private AuthorityKey() {
    }

    public static String of(ReportSummary r) {
        if (r.code() == null || r.level() == null) {
            return null;
        }
        String body = body(r.authority(), java.util.Arrays.asList(r.province(), r.city(), r.county(), r.township()));
        if (body == null) {
            body = GOVERNMENT_LEVELS.contains(r.level()) ? "人民政府" : null;
        }
        return body == null ? null : r.code() + "|" + r.level() + "|" + body;
    }

    static String body(String authority, List<String> places) {
        if (authority == null || authority.isBlank()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String place : places) {
            if (place != null && !place.isBlank()) {
                names.add(place);
                if (place.length() > 2) {
                    names.add(place.substring(0, place.length() - 1)); // 荣昌区 → 荣昌
                }
            }
        }
        String rest = authority.replaceAll("\\s", "");
        for (boolean cut = true; cut;) {
            cut = false;
            for (String name : names) {
                if (rest.startsWith(name) && rest.length() > name.length()) {
                    rest = rest.substring(name.length());
                    cut = true;
                }
            }
        }
        if (rest.equals("政府")) {
            rest = "人民政府";
        }
        return rest;
    }
}
