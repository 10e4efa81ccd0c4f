package com.fazhi.query.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Tables as CSV (RFC 4180 quoting), for analysts' spreadsheets: nested fields by dotted path. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    static boolean wanted(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.equals("csv")) {
                return true;
            }
            if (!format.equals("json")) {
                throw new com.fazhi.query.domain.InvalidQueryException("format must be json or csv, not '" + format + "'");
            }
            return false;
        }
        return accept != null && accept.contains(MEDIA_TYPE) && !accept.contains("application/json");
    }

    static Response response(List<Map<String, Object>> rows, List<String> columns, String fileName) {
        StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so spreadsheet programs read UTF-8 Chinese right
        out.append(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(path(row, columns.get(i))));
            }
            out.append("\r\n");
        }
        return Response.ok(out.toString(), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> row, String dotted) {
        Object value = row;
        for (String part : dotted.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = ((Map<String, Object>) map).get(part);
        }
        return value;
    }

    static String quote(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
            s = "'" + s; // no formula injection into spreadsheets
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains("'")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
