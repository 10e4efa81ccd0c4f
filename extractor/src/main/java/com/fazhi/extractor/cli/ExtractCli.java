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
import com.fazhi.extractor.eval.Layout;
import com.fazhi.contract.model.RawReport;

/**
 * {@code bin/extract FILE...}: one JSON object per line per file, with {@code "file"} set to the path given.
 * {@code bin/extract --eval DIR}: scores the engine on the {@code *.txt} / {@code *.gold.json} pairs in DIR;
 * {@code bin/extract --eval FILE.ndjson} on an export of reviewed reports (query-service's {@code /api/reports/gold});
 * {@code --layout wrapped} (or traditional, windows-indented) scores every text rewritten in that layout (see Layout).
 * {@code --help} prints the usage; a path that is not there (or a directory given as a FILE) is named, exit status 2.
 */
public final class ExtractCli {

    private static final String USAGE = "usage: extract FILE...   |   extract --eval DIR|EXPORT.ndjson [--layout "
            + java.util.Arrays.stream(Layout.values()).map(Layout::cliName).collect(java.util.stream.Collectors.joining("|")) + "]";

    private final ReportExtractor extractor = new RuleBasedExtractor();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        int status = run(args, new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit status (2: bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            out.flush();
            return 0;
        }
        boolean withLayout = args.length == 4 && args[0].equals("--eval") && args[2].equals("--layout");
        if (args.length == 0 || (args[0].equals("--eval") && args.length != 2 && !withLayout)) {
            err.println(USAGE);
            return 2;
        }
        Layout layout = Layout.AS_LABELLED;
        if (withLayout) {
            try {
                layout = Layout.named(args[3]);
            } catch (IllegalArgumentException e) {
                err.println("extract: no such layout: " + args[3] + "\n" + USAGE);
                return 2;
            }
        }
        boolean eval = args[0].equals("--eval");
        for (String file : eval ? List.of(args[1]) : List.of(args)) {
            if (eval ? !Files.exists(Path.of(file)) : !Files.isRegularFile(Path.of(file))) {
                err.println("extract: " + (eval ? "no such directory or export: " : "not a file: ") + file + "\n" + USAGE);
                return 2;
            }
        }
        ExtractCli cli = new ExtractCli();
        if (eval) {
            new Evaluation(cli.extractor, layout).run(Path.of(args[1])).reportLines().forEach(out::println);
        } else {
            for (String file : args) {
                out.println(cli.extractFile(Path.of(file), file));
            }
        }
        out.flush();
        return 0;
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
