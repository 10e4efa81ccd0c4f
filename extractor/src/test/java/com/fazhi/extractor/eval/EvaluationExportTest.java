package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fazhi.extractor.RuleBasedExtractor;

/** An NDJSON export of reviewed reports ({file, text, gold} a line) is scored exactly as the same pairs in a folder. */
class EvaluationExportTest {

    @Test
    void anExportScoresLikeTheFolderItWasMadeFrom(@TempDir Path tmp) throws Exception {
        Path folder = Path.of(EvaluationExportTest.class.getResource("/corpus/dev2").toURI());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode line = json.createObjectNode();
                line.put("file", text.getFileName().toString());
                line.put("text", Files.readString(text));
                line.set("gold", json.readTree(text.resolveSibling(text.getFileName().toString().replace(".txt", ".gold.json")).toFile()));
                lines.add(json.writeValueAsString(line));
            }
        }
        Path export = tmp.resolve("reviewed.ndjson");
        Files.write(export, lines, StandardCharsets.UTF_8);
        Evaluation fromFolder = new Evaluation(new RuleBasedExtractor()).run(folder);
        Evaluation fromExport = new Evaluation(new RuleBasedExtractor()).run(export);
        assertEquals(fromFolder.reportLines(), fromExport.reportLines());
        assertEquals(47, lines.size());
    }
}
