package com.fazhi.reference.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;
import com.ibm.icu.text.Transliterator;

/**
 * The merge decision measured on labelled pairs (issue 11): real reposts (two Traditional mirrors of corpus reports),
 * reposts made from corpus texts (the other script, other page furniture, cut short, characters garbled), real hard
 * negatives (the corpus pairs that share a template: the same bureau's report of another year, two units' reports on
 * one template), and made ones (the next year's report on the same template, another district's, a news article
 * quoting the report, unrelated reports). Precision and recall of {@link RepostDecision} are written to
 * target/dedup-figures.txt; the targets are no false merge and ≥ 95 % of true reposts merged.
 */
class RepostEvaluationTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path DEDUP = Path.of("src/test/resources/dedup");
    private static final RuleBasedExtractor ENGINE = new RuleBasedExtractor();
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    /** Corpus texts the made pairs start from: excerpts of every level, Simplified, each with a year the engine reads. */
    private static final List<String> SOURCES = List.of("dev2/001.txt", "dev2/005.txt", "dev2/010.txt", "dev2/020.txt",
            "dev2/030.txt", "dev3/A001.txt", "dev3/B005.txt", "dev3/C010.txt", "dev3/D007.txt", "dev3/J003.txt",
            "dev4/K004.txt", "dev4/L007.txt", "dev4/M013.txt", "dev5/P006.txt", "dev5/R004.txt", "dev6/T004.txt",
            "dev8/X003.txt", "dev9/E005.txt", "dev9/G010.txt", "dev11/HA04.txt");

    private record Pair(String name, String a, String b, boolean same) {
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p);
    }

    private static RepostDecision.Copy copy(String text) {
        ExtractedReport r = ENGINE.extract(new RawReport("x", "https://a.gov.cn/", null, "test", null, "text/plain", text,
                null, null, null));
        return new RepostDecision.Copy(MinHash.of(text), r.reportYear(), r.region() == null ? null : r.region().code(),
                r.authority());
    }

    @Test
    void mergesRepostsAndKeepsHardNegativesApart() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        // real reposts
        pairs.add(new Pair("real: 银川 2024, Traditional mirror", read(CORPUS.resolve("dev2/026.txt")),
                read(DEDUP.resolve("JE08-yinchuan-2024-hant-mirror.txt")), true));
        pairs.add(new Pair("real: 湖南 2024, two Traditional mirrors", read(CORPUS.resolve("dev9/F013.txt")),
                read(DEDUP.resolve("JC08-hunan-2024-hant-mirror.txt")), true));
        // real hard negatives: the corpus pairs that share most of a template
        for (String[] p : new String[][] {{"dev9/F003.txt", "dev12/JA09.txt"}, {"dev7/V005.txt", "dev3/C006.txt"},
                {"dev/006.txt", "dev11/HC09.txt"}, {"dev9/E009.txt", "dev12/JB01.txt"}}) {
            pairs.add(new Pair("real negative: " + p[0] + " / " + p[1], read(CORPUS.resolve(p[0])),
                    read(CORPUS.resolve(p[1])), false));
        }
        Random random = new Random(20261202);
        for (int i = 0; i < SOURCES.size(); i++) {
            String source = SOURCES.get(i);
            String text = read(CORPUS.resolve(source));
            pairs.add(new Pair("traditional: " + source, text, TO_TRADITIONAL.transliterate(text), true));
            pairs.add(new Pair("furniture: " + source, text, refurnished(text), true));
            pairs.add(new Pair("cut short: " + source, text, text.substring(0, (int) (text.length() * 0.6)), true));
            pairs.add(new Pair("garbled: " + source, text, garbled(text, random), true));
            pairs.add(new Pair("next year: " + source, text, nextYear(text), false));
            pairs.add(new Pair("news quoting: " + source, text, newsQuoting(text), false));
            String other = read(CORPUS.resolve(SOURCES.get((i + 7) % SOURCES.size())));
            pairs.add(new Pair("unrelated: " + source, text, other, false));
        }
        int truePositives = 0;
        int falseNegatives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair p : pairs) {
            boolean merged = RepostDecision.sameReport(copy(p.a()), copy(p.b()));
            if (p.same() && merged) {
                truePositives++;
            } else if (p.same()) {
                falseNegatives++;
                wrong.add("not merged: " + p.name());
            } else if (merged) {
                falsePositives++;
                wrong.add("FALSE MERGE: " + p.name());
            } else {
                trueNegatives++;
            }
        }
        int positives = truePositives + falseNegatives;
        double recall = truePositives / (double) positives;
        double precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        String figures = String.format(
                "repost merge decision on %d labelled pairs (%d reposts, %d not): recall %.1f %% (%d/%d), precision %.1f %% (%d false merges), %d negatives kept apart%n%s%n",
                pairs.size(), positives, falsePositives + trueNegatives, 100 * recall, truePositives, positives,
                100 * precision, falsePositives, trueNegatives, String.join("\n", wrong));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dedup-figures.txt"), figures);
        System.out.print(figures);
        assertTrue(pairs.size() >= 60, "at least 60 labelled pairs");
        assertEquals(0, falsePositives, "no false merge: " + wrong);
        assertTrue(recall >= 0.95, "at least 95 % of true reposts merged: " + figures);
    }

    @Test
    void theIndexFindsACopyAmongOtherReports() throws Exception {
        RepostIndex index = new RepostIndex();
        for (String source : SOURCES) {
            index.addAndFindCandidates(source, MinHash.of(read(CORPUS.resolve(source))));
        }
        String mirror = read(DEDUP.resolve("JE08-yinchuan-2024-hant-mirror.txt"));
        index.addAndFindCandidates("dev2/026.txt", MinHash.of(read(CORPUS.resolve("dev2/026.txt"))));
        Set<String> candidates = index.addAndFindCandidates("mirror", MinHash.of(mirror));
        assertTrue(candidates.contains("dev2/026.txt"), "the mirror's original is a candidate: " + candidates);
        assertTrue(candidates.size() <= 2, "and few others are: " + candidates);
    }

    /** The same text on another site: a breadcrumb, a date and source line, a font switcher, a footer; lines re-wrapped. */
    private static String refurnished(String text) {
        return "首页 > 政务公开 > 法治政府建设年度报告\n发布时间:2024-03-28 09:15 来源:本网 浏览次数:1024\n【字体:大 中 小】【打印】\n"
                + text.replace("\n", "") + "\n\n版权所有:某市人民政府办公室 网站标识码1300000000 备案号:冀ICP备05000000号\n";
    }

    /** A few characters misread (about one Han character in 40), as OCR or a careless repost does; figures untouched. */
    private static String garbled(String text, Random random) {
        char[] chars = text.toCharArray();
        String lookalikes = "已己巳未末土士日曰人入八天夭";
        for (int i = 0; i < chars.length; i++) {
            if (Character.isIdeographic(chars[i]) && random.nextInt(40) == 0) {
                chars[i] = lookalikes.charAt(random.nextInt(lookalikes.length()));
            }
        }
        return new String(chars);
    }

    private static final Pattern YEAR = Pattern.compile("20(\\d{2})");
    private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![\\d])(?!20\\d{2})(\\d+)");

    /** The same government's report for the next year on the same template: every year one later, every figure changed. */
    private static String nextYear(String text) {
        Matcher y = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (y.find()) {
            y.appendReplacement(out, "20" + String.format("%02d", Integer.parseInt(y.group(1)) + 1));
        }
        y.appendTail(out);
        Matcher n = OTHER_NUMBER.matcher(out.toString());
        StringBuilder changed = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(changed, String.valueOf(Long.parseLong(n.group(1).length() > 12 ? "1" : n.group(1)) * 3 + 7));
        }
        n.appendTail(changed);
        return changed.toString();
    }

    /** A news article that quotes three of the report's sentences inside its own framing. */
    private static String newsQuoting(String text) {
        String[] sentences = text.replace("\n", "").split("。");
        StringBuilder quoted = new StringBuilder();
        for (int i = 1; i < Math.min(sentences.length, 4); i++) {
            quoted.append(sentences[i]).append("。");
        }
        return "本报讯(记者 王某 通讯员 李某)日前,记者从有关部门获悉,该地公布了上一年度法治政府建设情况报告。报告显示," + quoted
                + "记者了解到,下一步当地将继续深化法治政府建设,推动各项工作再上新台阶。相关负责人表示,将以更加务实的作风抓好落实。";
    }
}
