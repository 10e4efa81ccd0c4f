package com.fazhi.extractor.pipeline;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/**
 * The engine as a plain list of stages, declared once in order and each timed (after CoreNLP's AnnotationPipeline).
 * At construction every stage's needs must be added by a stage before it, so a reordering that breaks the engine
 * fails at start, not on a report.
 */
public final class ExtractionPipeline {

    private final List<Stage> stages;
    private final String version;
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    private final LongAdder documents = new LongAdder();

    public ExtractionPipeline(String version, List<Stage> stages) {
        this.version = version;
        this.stages = List.copyOf(stages);
        Set<Annotation> available = EnumSet.of(Annotation.RAW);
        for (Stage stage : this.stages) {
            for (Annotation need : stage.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage " + stage.name() + " needs " + need + ", which no stage before it adds");
                }
            }
            available.addAll(stage.adds());
            nanos.put(stage.name(), new LongAdder());
        }
    }

    public ExtractedReport run(RawReport raw) {
        WorkingDocument doc = new WorkingDocument(raw, version);
        for (Stage stage : stages) {
            long start = System.nanoTime();
            stage.apply(doc);
            nanos.get(stage.name()).add(System.nanoTime() - start);
            if (doc.isFinished()) {
                break;
            }
        }
        documents.increment();
        return doc.toReport();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Mean time per document in each stage so far, in microseconds, in stage order. */
    public Map<String, Double> meanMicrosPerStage() {
        Map<String, Double> out = new LinkedHashMap<>();
        long n = Math.max(1, documents.sum());
        nanos.forEach((name, total) -> out.put(name, total.sum() / 1000.0 / n));
        return out;
    }

    public void resetTimings() {
        nanos.values().forEach(LongAdder::reset);
        documents.reset();
    }
}
