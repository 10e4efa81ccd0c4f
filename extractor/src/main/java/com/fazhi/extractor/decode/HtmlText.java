package com.fazhi.extractor.decode;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML page, one line per block element, without scripts and styles. */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "section", "article", "header", "footer", "title", "td", "th", "dd", "dt", "pre");

    private HtmlText() {
    }

    public static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, iframe, svg").remove();
        StringBuilder out = new StringBuilder(html.length() / 3);
        String title = document.title();
        if (!title.isBlank() && document.body() != null && !document.body().text().contains(title.trim())) {
            out.append(title.trim()).append('\n');
        }
        if (document.body() != null) {
            NodeTraversor.traverse(new LineCollector(out), document.body());
        }
        return out.toString();
    }

    private record LineCollector(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
