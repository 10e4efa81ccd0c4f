package com.fazhi.extractor.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the page numbers a docx/pdf dump glues to the start of every page ("…法治政\n2、府建设…"), and joins
 * what they split ("目录1\n6、309项" is 1309). A run of lines starting 1、 2、 3、 … in sequence is a run of page
 * markers when most of them interrupt a sentence (the line before does not end in 。;:!?); a real numbered list
 * follows a colon or a full stop and is left alone.
 */
public final class PageMarkerRemover {

    private static final Pattern MARKER = Pattern.compile("^(\\d{1,3})、");
    private static final int MIN_RUN = 3;

    private PageMarkerRemover() {
    }

    public static String remove(String text) {
        String[] lines = text.split("\n", -1);
        List<Integer> run = new ArrayList<>();
        int glued = 0;
        int expected = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find() && Integer.parseInt(m.group(1)) == expected) {
                run.add(i);
                glued += interruptsSentence(lines, i) ? 1 : 0;
                expected++;
            }
        }
        if (run.size() < MIN_RUN || glued * 2 < run.size()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int next = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (next < run.size() && run.get(next) == i) {
                next++;
                line = MARKER.matcher(line).replaceFirst("");
                if (interruptsSentence(lines, i) && !out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1); // join the two halves of the sentence
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean interruptsSentence(String[] lines, int i) {
        if (i == 0 || lines[i - 1].isEmpty()) {
            return false;
        }
        String previous = lines[i - 1];
        return !com.fazhi.extractor.text.Runs.endsASentence(previous);
    }
}
