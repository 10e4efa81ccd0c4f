package com.fazhi.extractor.pipeline;

import java.util.Set;

/**
 * One step of the engine over one working document (after Stanford CoreNLP's Annotator): it says what it needs and
 * what it adds, and does its one job in {@link #apply}. A stage may end the document early
 * ({@link WorkingDocument#finish}) when the input holds no readable report.
 */
public interface Stage {

    String name();

    Set<Annotation> needs();

    Set<Annotation> adds();

    void apply(WorkingDocument doc);
}
