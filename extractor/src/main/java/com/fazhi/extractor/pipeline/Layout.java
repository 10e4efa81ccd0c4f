package com.fazhi.extractor.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * The cleaned text's lines with their offsets and its zones, computed once: the header (where a title, a date line
 * and a 发布机构 line stand), the opening (the first paragraph: where a report names itself) and the signature (the
 * last lines: who signed, and when).
 */
public record Layout(List<Line> lines, List<String> texts, int headerLineCount, int openingStart, int signatureFirstLine) {

    /** A line of the cleaned text and where it starts. */
    public record Line(int index, int start, String text) {
        public int end() {
            return start + text.length();
        }
    }

    static final int HEADER_LINES = 40;
    static final int SIGNATURE_LINES = 12;
    /** A line this long is a paragraph, not page furniture: the body's first one opens the report. */
    static final int PARAGRAPH_CHARS = 40;

    /**
     * A page's metadata row, by the lexicon's labels ("发布时间: 2025-03-25 09:21 信息来源: 区司法局", "时间:2021-03-22 16:26
     * 来源:杭州市人民政府门户网站"): as long as a paragraph, but not the opening.
     */
    private static final java.util.regex.Pattern METADATA_LINE = java.util.regex.Pattern.compile("^\\s*(?:"
            + Lexicon.alternation(Lexicon.get().metadata().path("publisherLabels"))
            + "|" + Lexicon.alternation(Lexicon.get().metadata().path("dateLabels").path("publication"))
            + "|" + Lexicon.alternation(Lexicon.get().metadata().path("dateLabels").path("issue"))
            + "|" + Lexicon.alternation(Lexicon.get().metadata().path("dateLabels").path("plain"))
            + ")\\s*[::]");

    /** The line opens with a page's date or source label. */
    public static boolean isMetadataLine(String line) {
        return METADATA_LINE.matcher(line).find();
    }

    public static Layout of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int openingStart = -1;
        int openingLine = -1;
        for (String line : text.split("\n", -1)) {
            lines.add(new Line(lines.size(), start, line));
            if (openingStart < 0 && line.length() >= PARAGRAPH_CHARS && !isMetadataLine(line) && !isTableRow(line)) {
                openingStart = start;
                openingLine = lines.size() - 1;
            }
            start += line.length() + 1;
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new Layout(List.copyOf(lines), lines.stream().map(Line::text).toList(),
                Math.min(HEADER_LINES, lines.size()), Math.max(0, openingStart), Math.max(openingLine + 1, lines.size() - SIGNATURE_LINES));
    }

    /** Cells a flattened table row has at least ("索引号: | hzwxq2/2025-00532 | 组配分类: | 年度报告 |"). */
    private static final int TABLE_ROW_BARS = 3;

    /** A page's metadata table flattened into one line of cells: as long as a paragraph, but not the opening. */
    private static boolean isTableRow(String line) {
        int bars = 0;
        for (int i = 0; i < line.length() && bars < TABLE_ROW_BARS; i++) {
            if (line.charAt(i) == '|') {
                bars++;
            }
        }
        return bars >= TABLE_ROW_BARS;
    }

    /** The first lines, where a page puts its title, metadata table and date line. */
    public List<String> header() {
        return texts().subList(0, headerLineCount);
    }

    /**
     * The last lines, where a report is signed and dated: never the header above the opening paragraph (an excerpt
     * short enough to end near its top would read the site's banner as a signature).
     */
    public List<String> signature() {
        return texts().subList(signatureFirstLine, lines.size());
    }
}
