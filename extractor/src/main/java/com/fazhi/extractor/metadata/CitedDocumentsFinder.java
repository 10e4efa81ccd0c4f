package com.fazhi.extractor.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The titles in 《》 the report cites, de-duplicated, in order of first mention; file names of a host site left out. */
public final class CitedDocumentsFinder {

    private static final Pattern CITED = Pattern.compile("《([^《》\\n]{1,120})》");
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:docx?|pdf|wps)\\b", Pattern.CASE_INSENSITIVE);

    private CitedDocumentsFinder() {
    }

    public static List<String> find(String text) {
        Set<String> titles = new LinkedHashSet<>();
        // each title opens at a 《: the regex is tried there only
        for (int open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
            Matcher m = CITED.matcher(text).region(open, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String title = m.group(1).strip();
            if (!title.isEmpty() && !FILE_NAME.matcher(title).find()) {
                titles.add(title);
            }
        }
        return new ArrayList<>(titles);
    }
}
