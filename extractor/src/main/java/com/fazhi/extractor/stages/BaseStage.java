package com.fazhi.extractor.stages;

import java.util.EnumSet;
import java.util.Set;

import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.Stage;

/** A stage's declaration (name, what it needs, what it adds) held once, so each stage is just its apply method. */
abstract class BaseStage implements Stage {

    private final String name;
    private final Set<Annotation> needs;
    private final Set<Annotation> adds;

    BaseStage(String name, Set<Annotation> needs, Set<Annotation> adds) {
        this.name = name;
        this.needs = needs.isEmpty() ? EnumSet.noneOf(Annotation.class) : EnumSet.copyOf(needs);
        this.adds = EnumSet.copyOf(adds);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Annotation> needs() {
        return needs;
    }

    @Override
    public Set<Annotation> adds() {
        return adds;
    }
}
