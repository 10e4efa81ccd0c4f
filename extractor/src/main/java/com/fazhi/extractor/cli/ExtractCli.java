package com.fazhi.extractor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fazhi.extractor.ReportExtractor;
import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.extractor.decode.DocumentDecoder;
import com.fazhi.extractor.eval.Evaluation;
import com.fazhi.extractor.eval.LayoutVariant;
import com.fazhi.contract.model.RawReport;

/**
 * {@code bin/extract FILE...}: one JSON object per line per file, with {@code "file"} set to the path given.
 * {@code bin/extract --eval DIR}: scores the engine on the {@code *.txt} / {@code *.gold.json} pairs in DIR;
 * {@code bin/extract --eval FILE.ndjson} on an export of reviewed reports (query-service's {@code /api/reports/gold});
 * {@code --layout wrapped} (or any other LayoutVariant: traditional, joined, chinese-numerals …) scores every text rewritten in that layout.
 * {@code --help} prints the usage; a path that is not there (or a directory given as a FILE) is named, exit status 2.
 */
public final class ExtractCli {

    private static final String USAGE = "usage: extract FILE...   |   extract --eval DIR|EXPORT.ndjson [--layout "
            + java.util.Arrays.stream(LayoutVariant.values()).map(LayoutVariant::cliName).collect(java.util.stream.Collectors.joining("|")) + "] [--min-confidence 0..1]";

    private final ReportExtractor extractor = new RuleBasedExtractor();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        int status = run(args, new PrintStream(System.out, false, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit status (2: bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String evalTarget = null;
        LayoutVariant layout = null;
        Double minConfidence = null;
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    out.flush();
                    return 0;
                }
                case "--min-confidence" -> {
                    if (i + 1 == args.length) {
                        return usageError(err, "--min-confidence needs a value");
                    }
                    try {
                        minConfidence = com.fazhi.contract.model.Confidence.floor(args[++i]);
                    } catch (IllegalArgumentException e) {
                        return usageError(err, "--min-confidence is " + e.getMessage());
                    }
                }
                case "--eval", "--layout" -> {
                    if (i + 1 == args.length) {
                        return usageError(err, args[i] + " needs a value");
                    }
                    String value = args[++i];
                    if (args[i - 1].equals("--eval")) {
                        evalTarget = value;
                    } else {
                        try {
                            layout = LayoutVariant.named(value);
                        } catch (IllegalArgumentException e) {
                            return usageError(err, "no such layout: " + value);
                        }
                    }
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return usageError(err, "unknown option: " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (evalTarget == null && (layout != null || minConfidence != null)) {
            return usageError(err, (layout != null ? "--layout" : "--min-confidence") + " goes with --eval");
        }
        if ((evalTarget == null) == files.isEmpty()) {
            return usageError(err, null); // files to extract, or one folder to score: not both, not neither
        }
        for (String file : evalTarget != null ? List.of(evalTarget) : files) {
            if (evalTarget != null ? !Files.exists(Path.of(file)) : !Files.isRegularFile(Path.of(file))) {
                return usageError(err, (evalTarget != null ? "no such directory or export: " : "not a file: ") + file);
            }
        }
        ExtractCli cli = new ExtractCli();
        if (evalTarget != null) {
            new Evaluation(cli.extractor, layout == null ? LayoutVariant.AS_LABELLED : layout,
                    minConfidence == null ? 0 : minConfidence).run(Path.of(evalTarget))
                    .reportLines().forEach(out::println);
        } else {
            for (String file : files) {
                out.println(cli.extractFile(Path.of(file), file));
            }
        }
        out.flush();
        return 0;
    }

    private static int usageError(PrintStream err, String problem) {
        err.println((problem == null ? "" : "extract: " + problem + "\n") + USAGE);
        return 2;
    }

    String extractFile(Path path, String name) throws IOException {
        RawReport raw = new RawReport(null, path.toUri().toString(), null, "cli", null, contentTypeOf(path), null,
                null, Files.readAllBytes(path), null);
        ObjectNode node = json.createObjectNode();
        node.put("file", name);
        node.setAll((ObjectNode) json.valueToTree(extractor.extract(raw)));
        node.remove("text");
        return json.writeValueAsString(node);
    }

    static String contentTypeOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".docx")) {
            return DocumentDecoder.DOCX;
        }
        if (name.endsWith(".pdf")) {
            return DocumentDecoder.PDF;
        }
        return "text/plain";
    }
}
