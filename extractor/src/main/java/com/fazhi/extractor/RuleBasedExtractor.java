package com.fazhi.extractor;

import java.util.List;
import java.util.Map;

import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;
import com.fazhi.extractor.pipeline.ExtractionPipeline;
import com.fazhi.extractor.stages.AuthorityPlaceStage;
import com.fazhi.extractor.stages.AuthorityStage;
import com.fazhi.extractor.stages.CleanStage;
import com.fazhi.extractor.stages.DatesStage;
import com.fazhi.extractor.stages.DecodeStage;
import com.fazhi.extractor.stages.IndicatorStage;
import com.fazhi.extractor.stages.JurisdictionStage;
import com.fazhi.extractor.stages.LayoutStage;
import com.fazhi.extractor.stages.NormalizeStage;
import com.fazhi.extractor.stages.OutlineStage;
import com.fazhi.extractor.stages.ReferencesStage;
import com.fazhi.extractor.stages.SpeakerStage;
import com.fazhi.extractor.stages.TitleStage;

/**
 * The engine: its stages, declared once and in order. Offsets of indicators point into the cleaned text the
 * document carries. The version names the code and the hash of the data it reads (catalog and word lists), so a
 * changed word list is a new extractor version too.
 */
public final class RuleBasedExtractor implements ReportExtractor {

    public static final String CODE_VERSION = "0.4.0";
    public static final String VERSION = CODE_VERSION + "+" + Lexicon.get().hash();

    private final ExtractionPipeline pipeline = new ExtractionPipeline(VERSION, List.of(
            new DecodeStage(),
            new NormalizeStage(),
            new CleanStage(),
            new LayoutStage(),
            new TitleStage(),
            new SpeakerStage(),
            new AuthorityStage(),
            new DatesStage(),
            new JurisdictionStage(),
            new AuthorityPlaceStage(),
            new OutlineStage(),
            new IndicatorStage(),
            new ReferencesStage()));

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ExtractedReport extract(RawReport report) {
        try {
            return pipeline.run(report);
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedReport.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), VERSION);
        }
    }

    /** Mean microseconds per document in each stage since start (or the last reset): what bin/bench prints. */
    public Map<String, Double> stageTimings() {
        return pipeline.meanMicrosPerStage();
    }

    public void resetStageTimings() {
        pipeline.resetTimings();
    }

    ExtractionPipeline pipeline() {
        return pipeline;
    }
}
