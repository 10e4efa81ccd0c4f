package com.fazhi.query.storage;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;

/** A stored document as plain JSON values: {@code _id} becomes {@code id}, dates ISO-8601 strings. */
final class DocumentJson {

    private DocumentJson() {
    }

    static Map<String, Object> of(Document doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object id = doc.get("_id");
        if (id != null) {
            out.put("id", id.toString());
        }
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (!e.getKey().equals("_id")) {
                out.put(e.getKey(), value(e.getValue()));
            }
        }
        return out;
    }

    private static Object value(Object value) {
        if (value instanceof Document nested) {
            Map<String, Object> out = new LinkedHashMap<>();
            nested.forEach((k, v) -> out.put(k, value(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(value(v)));
            return out;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Binary) {
            return null;
        }
        return value;
    }
}
