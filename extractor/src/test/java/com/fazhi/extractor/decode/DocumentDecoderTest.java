package com.fazhi.extractor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {

    private static final String REPORT = "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告\n全年办理行政复议案件34件。";

    @Test
    void gbkBytesAreDecodedWithoutADeclaration() throws Exception {
        byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
        assertEquals(REPORT, DocumentDecoder.bytesToText(gbk, "text/plain"));
    }

    @Test
    void gb18030DeclaredAsUtf8IsStillRead() throws Exception {
        byte[] gb = REPORT.getBytes(Charset.forName("GB18030"));
        assertEquals(REPORT, DocumentDecoder.bytesToText(gb, "text/plain; charset=UTF-8"));
    }

    @Test
    void big5BytesAreDecoded() throws Exception {
        String traditional = "重慶市江北區人民政府郭家沱街道辦事處關於2024年度法治政府建設情況的報告,現將有關情況報告如下。";
        byte[] big5 = traditional.getBytes(Charset.forName("Big5"));
        assertEquals(traditional, DocumentDecoder.bytesToText(big5, "text/plain"));
    }

    @Test
    void htmlBecomesLinesWithoutScripts() throws Exception {
        String html = "<html><head><meta charset=gbk><script>var x='不要';</script><style>p{}</style></head>"
                + "<body><div>当前位置:首页</div><p>第一段。</p><p>第二<b>段</b>。</p></body></html>";
        String text = DocumentDecoder.bytesToText(html.getBytes(Charset.forName("GBK")), "text/html");
        assertTrue(text.contains("第一段。\n第二段。"), text);
        assertFalse(text.contains("不要"), text);
    }

    @Test
    void plainTextThatOpensWithALinksAngleBracketsIsNotMarkup() throws Exception {
        // dev62 LS11: a page's "<<返回主站" link text above the title; markup sent as text/plain is still read as HTML
        String page = "<<返回主站\n\n濮阳市人民政府关于2022年度法治政府建设情况的报告\n";
        assertEquals(page, DocumentDecoder.bytesToText(page.getBytes(StandardCharsets.UTF_8), "text/plain"));
        String markup = "<html><body><p>濮阳市人民政府</p></body></html>";
        assertEquals("濮阳市人民政府", DocumentDecoder.bytesToText(markup.getBytes(StandardCharsets.UTF_8), "text/plain").strip());
    }

    @Test
    void docxTextIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("2023年度法治政府建设工作报告");
            docx.createParagraph().createRun().setText("办理行政复议案件30件。");
            docx.write(out);
        }
        String text = DocumentDecoder.bytesToText(out.toByteArray(), DocumentDecoder.DOCX);
        assertTrue(text.contains("2023年度法治政府建设工作报告"), text);
        assertTrue(text.contains("办理行政复议案件30件"), text);
    }

    @Test
    void pdfTextIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Report 2023: 34 cases");
                content.endText();
            }
            pdf.save(out);
        }
        assertTrue(DocumentDecoder.bytesToText(out.toByteArray(), DocumentDecoder.PDF).contains("Report 2023: 34 cases"));
    }

    @Test
    void brokenDocumentsSayWhy() {
        UnreadableDocumentException pdf = assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.bytesToText("%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII), DocumentDecoder.PDF));
        assertTrue(pdf.getMessage().contains("pdf"));
        UnreadableDocumentException docx = assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.bytesToText(new byte[] {'P', 'K', 3, 4, 0, 0}, DocumentDecoder.DOCX));
        assertTrue(docx.getMessage().contains("docx"));
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 7);
        }
        assertThrows(UnreadableDocumentException.class, () -> DocumentDecoder.bytesToText(junk, "text/plain"));
        assertThrows(UnreadableDocumentException.class, () -> DocumentDecoder.bytesToText(new byte[0], "text/plain"));
    }
}
