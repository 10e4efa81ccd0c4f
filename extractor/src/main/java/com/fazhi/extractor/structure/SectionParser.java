package com.fazhi.extractor.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazhi.contract.model.Section;
import com.fazhi.extractor.pipeline.Layout;

/**
 * The heading tree: 一、 (level 1), (一) (level 2), 1. / 1、 (level 3), 一是 (level 4) at the start of a line. A
 * heading is its whole line when short, else its first sentence. Each section gets a kind from its heading (or its
 * parent's), and remembers where it starts so a figure can be placed in its section.
 */
public final class SectionParser {

    private static final Pattern[] LEVELS = {
        Pattern.compile("^([一二三四五六七八九十]{1,3})(?:[、.,,]\\s*|(?=20\\d{2}年))(.+)"),
        Pattern.compile("^[((]([一二三四五六七八九十]{1,3})[))]\\s*(.+)"),
        Pattern.compile("^(\\d{1,2})(?:[.、.](?!\\d))\\s*(.+)"),
        Pattern.compile("^([一二三四五六七八九十]{1,2}是)[,,::]?(.+)")
    };
    private static final int SHORT_LINE = 40;

    /** A parsed section with its start offset in the text. */
    public record Located(Section section, int start) {
    }

    /** The tree, and every heading's offset, in text order. */
    public record Outline(List<Section> roots, List<Located> flat) {

        /** The heading of the innermost section that contains the offset, or null before the first heading. */
        public String headingAt(int offset) {
            String heading = null;
            for (Located l : flat) {
                if (l.start() > offset) {
                    break;
                }
                heading = l.section().heading();
            }
            return heading;
        }
    }

    private SectionParser() {
    }

    /**
     * The numbering of a heading with its mark, as it opens a paragraph run into the text before it: 一、 (一) 1. 1、
     * 一是 (LEVELS' marks, stricter: a comma or a year after 一 and a number after "1." are a sentence's, 99. 1%).
     */
    private static final Pattern NUMBERING = Pattern.compile("[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\\d{1,2}[.、](?!\\s*\\d)|[一二三四五六七八九十]{1,2}是(?=\\S)");

    /** Whether a heading's numbering (一、 (一) 1. 一是) stands at {@code at}: where a page that ran its paragraphs together starts one. */
    public static boolean numberingAt(CharSequence text, int at) {
        return NUMBERING.matcher(text).region(at, text.length()).lookingAt();
    }

    /** Whether a line opens a section: its start is a heading mark of any level (一、 (一) 1. 一是). */
    public static boolean opensASection(String line) {
        String stripped = line.strip();
        for (Pattern level : LEVELS) {
            if (level.matcher(stripped).find()) {
                return true;
            }
        }
        return false;
    }

    public static Outline parse(String text) {
        return parse(Layout.of(text));
    }

    /** The heading tree over the lines the layout stage already split, with their offsets. */
    public static Outline parse(Layout layout) {
        List<Node> roots = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Layout.Line l : layout.lines()) {
            String line = l.text();
            int offset = l.start();
            for (int level = 0; level < LEVELS.length; level++) {
                Matcher m = LEVELS[level].matcher(line);
                if (m.find() && (level < 3 || line.length() <= SHORT_LINE * 4)) {
                    while (!open.isEmpty() && open.peek().level >= level + 1) {
                        open.pop();
                    }
                    Node parent = open.peek();
                    String heading = headingOf(m.group(2));
                    String kind = SectionKinds.of(heading, parent == null ? null : parent.kind, level + 1);
                    Node node = new Node(m.group(1), heading, level + 1, kind, offset);
                    (parent == null ? roots : parent.children).add(node);
                    all.add(node);
                    open.push(node);
                    break;
                }
            }
        }
        List<Located> flat = new ArrayList<>();
        for (Node n : all) {
            flat.add(new Located(n.toSection(), n.start));
        }
        return new Outline(roots.stream().map(Node::toSection).toList(), flat);
    }

    private static String headingOf(String rest) {
        String line = rest.strip();
        int stop = -1;
        for (char c : new char[] {'。', ';', ';', ':', ':'}) {
            int i = line.indexOf(c);
            if (i > 0 && (stop < 0 || i < stop)) {
                stop = i;
            }
        }
        if (stop > 0 && stop <= SHORT_LINE * 2) {
            return line.substring(0, stop);
        }
        return line.length() <= SHORT_LINE ? line : line.substring(0, SHORT_LINE);
    }

    private static final class Node {
        final String number;
        final String heading;
        final int level;
        final String kind;
        final int start;
        final List<Node> children = new ArrayList<>();

        Node(String number, String heading, int level, String kind, int start) {
            this.number = number;
            this.heading = heading;
            this.level = level;
            this.kind = kind;
            this.start = start;
        }

        Section toSection() {
            return new Section(number, heading, level, kind, children.stream().map(Node::toSection).toList());
        }
    }
}
