package com.fazhi.extractor;

import java.util.Arrays;
import java.util.List;

import com.fazhi.extractor.clean.BoilerplateCleaner;
import com.fazhi.extractor.clean.OcrDigitFixer;
import com.fazhi.extractor.clean.PageMarkerRemover;
import com.fazhi.extractor.decode.DocumentDecoder;
import com.fazhi.extractor.decode.UnreadableDocumentException;
import com.fazhi.extractor.metadata.AuthorityFinder;
import com.fazhi.extractor.metadata.CitedDocumentsFinder;
import com.fazhi.extractor.metadata.ComplianceCalculator;
import com.fazhi.extractor.metadata.LevelClassifier;
import com.fazhi.extractor.metadata.MetadataLineFinder;
import com.fazhi.extractor.metadata.PartsDetector;
import com.fazhi.extractor.metadata.PublicationDateFinder;
import com.fazhi.extractor.metadata.ReportYearFinder;
import com.fazhi.extractor.metadata.TitleFinder;
import com.fazhi.extractor.indicators.IndicatorCatalog;
import com.fazhi.extractor.indicators.IndicatorFinder;
import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.Indicator;
import com.fazhi.extractor.model.Parts;
import com.fazhi.extractor.model.RawReport;
import com.fazhi.extractor.model.Region;
import com.fazhi.extractor.normalize.ChineseScript;
import com.fazhi.extractor.region.RegionResolver;
import com.fazhi.extractor.region.RegionTable;
import com.fazhi.extractor.structure.SectionParser;
import com.fazhi.extractor.normalize.TextNormalizer;

/**
 * The engine: decode → normalise (NFKC, Traditional → Simplified) → clean (page furniture, OCR digit slips) →
 * metadata, region, heading tree, parts, indicators, cited documents, compliance. Offsets of indicators point into
 * the cleaned text the document carries.
 */
public final class RuleBasedExtractor implements ReportExtractor {

    public static final String VERSION = "0.2.0";

    private final RegionResolver regions = new RegionResolver(RegionTable.get());
    private final IndicatorFinder indicatorFinder = new IndicatorFinder(IndicatorCatalog.get());

    /** Where the body starts: the first line long enough to be a paragraph rather than page furniture. */
    static int openingStart(String text) {
        int start = 0;
        for (String line : text.split("\n")) {
            if (line.length() >= 40) {
                return start;
            }
            start += line.length() + 1;
        }
        return 0;
    }

    /** 义乌市人民政府 says 市 but governs a county-level city: the division table knows it is a county. */
    static String countyLevelCity(String level, String authority, Region region) {
        boolean cityByName = "city".equals(level) && authority != null && region.county() != null
                && region.county().endsWith("市") && authority.contains(region.county());
        return cityByName ? "county" : level;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ExtractedReport extract(RawReport report) {
        try {
            return extractOrThrow(report);
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedReport.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), VERSION);
        }
    }

    private ExtractedReport extractOrThrow(RawReport report) {
        String decoded;
        try {
            decoded = DocumentDecoder.toText(report);
        } catch (UnreadableDocumentException e) {
            return ExtractedReport.unreadable(e.getMessage(), VERSION);
        }
        String normalized = TextNormalizer.normalize(decoded);
        if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return ExtractedReport.unreadable("the document has no text (no letter or digit)", VERSION);
        }
        String script = ChineseScript.detect(normalized);
        String simplified = ChineseScript.TRADITIONAL.equals(script) ? ChineseScript.toSimplified(normalized) : normalized;
        String text = OcrDigitFixer.fix(PageMarkerRemover.remove(BoilerplateCleaner.clean(simplified)));
        List<String> lines = Arrays.asList(text.split("\n"));

        String title = TitleFinder.find(lines);
        String metadataLine = MetadataLineFinder.find(lines);
        String authority = AuthorityFinder.find(title, metadataLine, lines);
        String publishedAt = PublicationDateFinder.find(lines);
        Integer reportYear = ReportYearFinder.find(title, text, publishedAt);
        int openingStart = openingStart(text);
        String levelHint = LevelClassifier.speaksAsDepartment(text, openingStart) ? "department"
                : LevelClassifier.fromSelfReference(text);
        RegionResolver.Resolution resolution = regions.resolveWithLevel(text,
                new RegionResolver.SelfNames(authority, title, metadataLine, openingStart, levelHint));
        Region region = resolution.region();
        String level = countyLevelCity(LevelClassifier.classify(authority, text, openingStart, resolution.selfLevel()),
                authority, region);
        SectionParser.Outline outline = SectionParser.parse(text);
        Parts parts = PartsDetector.detect(text, outline.flat());
        List<Indicator> indicators = indicatorFinder.find(text, reportYear, outline::headingAt);
        return new ExtractedReport(ExtractedReport.OK, null, VERSION, title, authority,
                level, region, reportYear, publishedAt, script, outline.roots(),
                parts, indicators, CitedDocumentsFinder.find(text), ComplianceCalculator.of(reportYear, publishedAt, parts),
                text);
    }
}
