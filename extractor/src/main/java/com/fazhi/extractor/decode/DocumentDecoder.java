package com.fazhi.extractor.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import com.fazhi.contract.model.RawReport;

/** Turns whatever a crawler sent (text, HTML, or bytes of HTML, plain text, docx or pdf) into plain text. */
public final class DocumentDecoder {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private DocumentDecoder() {
    }

    /** The kinds of bytes the engine can read; anything else is refused at the door (HTTP 415). */
    public static boolean isSupportedContentType(String contentType) {
        String type = baseType(contentType);
        return type.equals("text/html") || type.equals("text/plain") || type.equals("application/xhtml+xml")
                || type.equals(DOCX) || type.equals(PDF) || type.equals("application/octet-stream");
    }

    public static String toText(RawReport report) throws UnreadableDocumentException {
        if (report.text() != null) {
            return report.text();
        }
        if (report.html() != null) {
            return HtmlText.of(report.html());
        }
        if (report.bytes() != null) {
            return bytesToText(report.bytes(), report.contentType());
        }
        throw new UnreadableDocumentException("the report carries no document: none of text, html or bytes");
    }

    public static String bytesToText(byte[] bytes, String contentType) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        String type = baseType(contentType);
        if (type.equals(PDF) || startsWith(bytes, "%PDF")) {
            return pdfText(bytes);
        }
        if (type.equals(DOCX) || startsWith(bytes, "PK")) {
            return docxText(bytes);
        }
        String text = CharsetSniffer.decode(bytes);
        if (looksBinary(text)) {
            throw new UnreadableDocumentException("the bytes are not text in any known charset, nor docx or pdf");
        }
        boolean html = type.contains("html") || startsWithMarkup(text.stripLeading());
        return html ? HtmlText.of(text) : text;
    }

    /**
     * Plain text that opens with a tag (<html, <!DOCTYPE, <?xml, <div, </div) is markup sent as text; a page's own "<<返回主站"
     * link text is not.
     */
    static boolean startsWithMarkup(String text) {
        if (text.length() < 2 || text.charAt(0) != '<') {
            return false;
        }
        char next = text.charAt(1);
        return next == '!' || next == '?' || next == '/' || next < 128 && Character.isLetter(next);
    }

    private static String pdfText(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the pdf is encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the pdf cannot be read: " + e.getMessage(), e);
        }
    }

    private static String docxText(byte[] bytes) throws UnreadableDocumentException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the docx cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        return sample > 0 && control * 10 > sample;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
