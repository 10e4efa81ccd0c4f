package com.fazhi.extractor.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles in 《》 the report cites, de-duplicated, in order of first mention; file names of a host site left out. A
 * space between a Chinese character and a number is a page's spacing, not the title's (《茅箭区 2022 年…要点》 is
 * 《茅箭区2022年…要点》); one between two issuers (《中共中央 国务院关于…》) or Latin words stays.
 */
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
            String title = withoutSpacing(m.group(1).strip());
            if (!title.isEmpty() && !FILE_NAME.matcher(title).find()) {
                titles.add(title);
            }
        }
        return new ArrayList<>(titles);
    }

    private static String withoutSpacing(String title) {
        if (title.indexOf(' ') < 0) {
            return title;
        }
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == ' ') {
                int next = i;
                while (next < title.length() && title.charAt(next) == ' ') {
                    next++;
                }
                if (isSpacedFigure(out.charAt(out.length() - 1), title.charAt(next))) {
                    i = next - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A space between a Chinese character and a number's digit (茅箭区 2022 年), either way round. */
    private static boolean isSpacedFigure(char before, char after) {
        return Character.isIdeographic(before) && isDigit(after) || isDigit(before) && Character.isIdeographic(after);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
