package com.fazhi.extractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/extract}'s command line: usage, clear errors with status 2 instead of stack traces, one JSON line per file. */
class ExtractCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return ExtractCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsageToStandardOutput() throws IOException {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: extract"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsOrAnEvalWithoutItsFolderIsAUsageError() throws IOException {
        assertEquals(2, run());
        assertEquals(2, run("--eval"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: extract"));
    }

    @Test
    void aMissingFileOrADirectoryIsNamedNotThrown(@TempDir Path dir) throws IOException {
        assertEquals(2, run(dir.resolve("absent.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a file: " + dir.resolve("absent.txt")));
        assertEquals(2, run(dir.toString()), "a directory is not a FILE");
        assertEquals(2, run("--eval", dir.resolve("absent").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such directory or export"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEvaluationTakesALayoutByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "某县人民政府关于2023年法治政府建设情况的报告\n2023年,我县县政府常务会议会前学法12次。\n");
        Files.writeString(dir.resolve("a.gold.json"), "{\"reportYear\": 2023, \"sourceScript\": \"hans\", \"indicators\": {}}");
        assertEquals(0, run("--eval", dir.toString(), "--layout", "traditional"));
        String sheet = out.toString(StandardCharsets.UTF_8);
        assertTrue(sheet.contains("layout: traditional"), sheet);
        assertTrue(sheet.contains("sourceScript           100.0%  (1/1)"), "a Traditional copy is scored as hant: " + sheet);
        out.reset();
        assertEquals(0, run("--layout", "wrapped", "--eval", dir.toString()), "options in either order");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("layout: wrapped"));
        assertEquals(2, run("--eval", dir.toString(), "--layout", "sideways"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such layout: sideways"));
        assertEquals(2, run(dir.resolve("a.txt").toString(), "--layout", "wrapped"), "a layout is for an evaluation");
        assertEquals(2, run("--eval", dir.toString(), "--verbose"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option: --verbose"));
    }

    @Test
    void anEvaluationCanCountOnlyTheFiguresReadAtLeastSoDirectly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "某县人民政府关于2023年法治政府建设情况的报告\n2023年,我县县政府常务会议会前学法12次。\n");
        Files.writeString(dir.resolve("a.gold.json"),
                "{\"indicators\": {\"law_study.sessions\": {\"primary\": 12, \"values\": [12]}}}");
        assertEquals(0, run("--eval", dir.toString(), "--min-confidence", "0.8"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("indicator recall      100.0%  (1/1"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("--eval", dir.toString(), "--min-confidence", "0.95"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("indicator recall        0.0%  (0/1"),
                "the figure was read at 0.9, below the floor: " + out.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("--eval", dir.toString(), "--min-confidence", "high"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--min-confidence is a number from 0 to 1, not 'high'"));
        assertEquals(2, run("--eval", dir.toString(), "--min-confidence", "1.5"));
        assertEquals(2, run(dir.resolve("a.txt").toString(), "--min-confidence", "0.8"), "a floor is for an evaluation");
    }

    @Test
    void eachFileBecomesOneJsonLineNamedAsGiven(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "某县人民政府关于2023年法治政府建设情况的报告\n2023年,我县坚持依法行政。\n");
        assertEquals(0, run(report.toString(), report.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"file\":\"" + report + "\""), lines[0]);
        assertTrue(lines[0].contains("\"reportYear\":2023"), lines[0]);
    }
}
