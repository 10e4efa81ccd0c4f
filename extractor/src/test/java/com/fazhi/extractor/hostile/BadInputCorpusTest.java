package com.fazhi.extractor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fazhi.extractor.ReportIds;
import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/**
 * Hostile and broken inputs, each with its expected outcome. The engine must answer every one (never throw, never
 * hang: a case that takes more than 20 s fails as a hang) with {@code ok} or {@code unreadable} and a reason; what
 * ingest refuses at the door (empty body, too large, wrong JSON types) is in ingest-service's API tests.
 */
class BadInputCorpusTest {

    private static final RuleBasedExtractor ENGINE = new RuleBasedExtractor();
    private static final String TITLE = "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告";
    private static final String BODY = TITLE + "\n发布日期:2024-02-26\n2023年,全区办理行政复议案件34件,调解成功率99.87%。\n";

    record Case(String name, RawReport input, Consumer<ExtractedReport> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        return Stream.of(
                new Case("empty text", text(""), unreadable("no text")),
                new Case("only whitespace and control characters", text(" \n\t\u0000\u0007 \r\n"), unreadable("no text")),
                new Case("binary junk declared as HTML", bytes(junk(50_000), "text/html"), notFailed()),
                new Case("binary junk declared as pdf", bytes(junk(5_000), "application/pdf"), unreadable("pdf")),
                new Case("a GBK page that declares UTF-8", html(page("utf-8"), Charset.forName("GBK")), titled()),
                new Case("a UTF-8 page that declares GBK", html(page("gbk"), StandardCharsets.UTF_8), titled()),
                new Case("a truncated docx", bytes(Arrays.copyOf(docx(), docx().length / 2),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), unreadable("docx")),
                new Case("an encrypted pdf", bytes(encryptedPdf(), "application/pdf"), unreadable("pdf")),
                new Case("HTML without a body", htmlText("<html><head><title>x</title></head></html>"), notFailed()),
                new Case("HTML nested 20,000 deep", htmlText("<div>".repeat(20_000) + BODY + "</div>".repeat(20_000)), titled()),
                new Case("unclosed tags and a stray script", htmlText("<html><body><p>" + BODY + "<script>while(1){}"), titled()),
                new Case("a 1 MB line without breaks", text(TITLE + "调解成功率99%".repeat(110_000)), notFailed()),
                new Case("a 1 MB line of one digit", text("9".repeat(1_000_000)), notFailed()),
                new Case("text that is not a report", text("红烧肉的做法:五花肉切块,焯水,加冰糖炒糖色,小火炖一小时。"), notAReport()),
                new Case("absurd dates", text(TITLE.replace("2023", "2099") + "\n发布日期:2099-13-45\n9999年办理案件5件。"), absurdDates()),
                new Case("a Traditional-script page in Big5", html(page("big5").replace("关于", "關於"), Charset.forName("Big5")), notFailed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyHostileInputGetsAnAnswer(Case c) {
        ExtractedReport result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ENGINE.extract(c.input()),
                c.name() + " hung");
        assertNotEquals(ExtractedReport.FAILED, result.status(), c.name() + ": the engine broke: " + result.problem());
        c.expected().accept(result);
    }

    // --- expectations

    static Consumer<ExtractedReport> unreadable(String reason) {
        return r -> {
            assertEquals(ExtractedReport.UNREADABLE, r.status());
            assertTrue(r.problem().toLowerCase().contains(reason), r.problem());
        };
    }

    static Consumer<ExtractedReport> notFailed() {
        return r -> assertTrue(List.of(ExtractedReport.OK, ExtractedReport.UNREADABLE).contains(r.status()), r.status());
    }

    static Consumer<ExtractedReport> titled() {
        return r -> {
            assertEquals(ExtractedReport.OK, r.status(), r.problem());
            assertEquals(TITLE, r.title());
            assertEquals(2023, r.reportYear());
        };
    }

    static Consumer<ExtractedReport> notAReport() {
        return r -> {
            assertEquals(ExtractedReport.OK, r.status());
            assertEquals(null, r.title(), "no title is made up");
            assertEquals(null, r.reportYear());
            assertTrue(r.indicators().isEmpty(), "no figures are made up: " + r.indicators());
        };
    }

    static Consumer<ExtractedReport> absurdDates() {
        return r -> {
            assertEquals(null, r.publishedAt(), "month 13 is no date");
            assertTrue(r.reportYear() == null || r.reportYear() <= 2100, "year " + r.reportYear());
        };
    }

    // --- inputs

    static RawReport text(String text) {
        return new RawReport(ReportIds.ofText(text), "https://bad.example.gov.cn/t", null, "test", null, "text/plain",
                text, null, null, null);
    }

    static RawReport htmlText(String html) {
        return new RawReport(ReportIds.ofText(html), "https://bad.example.gov.cn/h", null, "test", null, null, null,
                html, null, null);
    }

    static RawReport bytes(byte[] bytes, String contentType) {
        return new RawReport(ReportIds.ofBytes(bytes), "https://bad.example.gov.cn/b", null, "test", null, contentType,
                null, null, bytes, null);
    }

    static RawReport html(String page, Charset encoding) {
        return bytes(page.getBytes(encoding), "text/html");
    }

    static String page(String declaredCharset) {
        return "<html><head><meta charset=\"" + declaredCharset + "\"><title>" + TITLE + "</title></head><body><p>"
                + BODY.replace("\n", "</p><p>") + "</p></body></html>";
    }

    static byte[] junk(int length) {
        byte[] bytes = new byte[length];
        new Random(1).nextBytes(bytes);
        return bytes;
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : BODY.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
