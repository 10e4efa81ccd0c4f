package com.fazhi.extract.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fazhi.extractor.ReportExtractor;
import com.fazhi.extractor.RuleBasedExtractor;

/** The engine extract-service runs: the same one bin/extract runs on files. */
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    ReportExtractor extractor() {
        return new RuleBasedExtractor();
    }
}
