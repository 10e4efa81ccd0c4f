package com.fazhi.extractor.hostile;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fazhi.extractor.ReportIds;
import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the engine with jqwik: report-like text made of the words its rules look for, arbitrary Unicode, HTML
 * soup, and arbitrary bytes under each content type. Every input must be answered ({@code ok} or
 * {@code unreadable}, never {@code failed}) within a bound far above the normal 2 ms, which only a hang or
 * catastrophic backtracking would cross. The figures (inputs tried, worst time) go to
 * {@code target/fuzz-figures.txt} and the README.
 */
class ExtractorFuzzTest {

    private static final RuleBasedExtractor ENGINE = new RuleBasedExtractor();
    private static final long BOUND_NANOS = 5_000_000_000L;
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong WORST_NANOS = new AtomicLong();
    private static final List<String> WORDS = List.of("人民政府", "关于", "年法治政府建设情况的报告", "2023", "二〇二三", "年",
            "行政复议", "纠错率", "调解", "成功率", "99.87", "%", "%", "件", "余", "万", "共", "达到", "同比增长", "下降",
            "《", "》", "(", ")", "(一)", "一、", "第", "条", ",", "。", ";", ":", "\n", " ", "发布日期:", "2024-02-26",
            "出庭应诉率", "100", "1,234", "12.5万", "起", "人次", "重庆市", "荣昌区", "江苏省", "南通市", "通州区", "乡镇",
            "IOO", "O", "l", "0", "<p>", "</p>", "&nbsp;", "\u3000", "\uFEFF", "\u200B", "𠀀", "頁", "第1页", "-1-");

    @Property(tries = 400)
    void reportLikeTextIsAnswered(@ForAll("reportLike") String text) {
        check(new RawReport(ReportIds.ofText(text), "https://fuzz.example.gov.cn/t", null, "fuzz", null, "text/plain",
                text, null, null, null));
    }

    @Property(tries = 200)
    void anyUnicodeIsAnswered(@ForAll("anyText") String text) {
        check(new RawReport(ReportIds.ofText(text), "https://fuzz.example.gov.cn/u", null, "fuzz", null, "text/plain",
                text, null, null, null));
    }

    @Property(tries = 200)
    void htmlSoupIsAnswered(@ForAll("htmlSoup") String html) {
        check(new RawReport(ReportIds.ofText(html), "https://fuzz.example.gov.cn/h", null, "fuzz", null, null, null,
                html, null, null));
    }

    @Property(tries = 200)
    void anyBytesUnderAnyContentTypeAreAnswered(@ForAll("bytes") byte[] bytes, @ForAll("contentTypes") String contentType) {
        check(new RawReport(ReportIds.ofBytes(bytes), "https://fuzz.example.gov.cn/b", null, "fuzz", null, contentType,
                null, null, bytes, null));
    }

    @Provide
    Arbitrary<String> reportLike() {
        return Arbitraries.of(WORDS).list().ofMaxSize(600).map(words -> String.join("", words));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> htmlSoup() {
        Arbitrary<String> tags = Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<br>", "<table><tr><td>", "</td></tr></table>",
                "<script>", "</script>", "<style>", "<!--", "-->", "<meta charset=\"gbk\">", "<title>", "</title>",
                "<![CDATA[", "&#x4e2d;", "&#99999999;", "<a href='javascript:'>", "<", ">", "\"", "'");
        return Arbitraries.oneOf(tags, Arbitraries.of(WORDS)).list().ofMaxSize(800).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/html", "text/plain", "application/pdf", "text/html; charset=big5",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");
    }

    private static void check(RawReport input) {
        long start = System.nanoTime();
        ExtractedReport result = ENGINE.extract(input);
        long took = System.nanoTime() - start;
        TRIED.incrementAndGet();
        WORST_NANOS.accumulateAndGet(took, Math::max);
        assertNotEquals(ExtractedReport.FAILED, result.status(), "the engine broke: " + result.problem());
        assertTrue(took < BOUND_NANOS, "took " + took / 1_000_000 + " ms: a hang or catastrophic backtracking");
    }

    @AfterContainer
    static void writeFigures() {
        String figures = String.format(Locale.ROOT, "fuzz: %d inputs tried, worst %.1f ms, none failed%n", TRIED.get(),
                WORST_NANOS.get() / 1e6);
        System.out.print(figures);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/fuzz-figures.txt"), figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
