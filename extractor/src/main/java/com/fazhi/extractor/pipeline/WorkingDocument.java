package com.fazhi.extractor.pipeline;

import java.util.List;

import com.fazhi.contract.model.Compliance;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.Indicator;
import com.fazhi.contract.model.Parts;
import com.fazhi.contract.model.RawReport;
import com.fazhi.contract.model.Region;
import com.fazhi.extractor.structure.SectionParser;

/**
 * One report on its way through the stages: the raw input, each form of its text, its layout, and the fields the
 * stages add. Fields are plain and mutable on purpose: each is written by the one stage that declares it.
 */
public final class WorkingDocument {

    public final RawReport raw;
    public final String version;

    public String decodedText;
    public String script;
    /** The cleaned, Simplified body that indicator offsets point into. */
    public String text;
    public Layout layout;

    public String title;
    public String metadataLine;
    /** How the text speaks of itself (as a bureau, through its opening's subject, by 全县/我区 …). */
    public com.fazhi.extractor.metadata.LevelClassifier.Speaker speaker;
    public String authority;
    public String publishedAt;
    public Integer reportYear;
    public Region region = Region.UNKNOWN;
    /** The level of the unit the report named itself by (null when none): evidence for {@link #level}. */
    public String selfNamedLevel;
    public String level;
    public SectionParser.Outline outline;
    public Parts parts;
    public List<Indicator> indicators = List.of();
    public List<String> citedDocuments = List.of();
    public Compliance compliance;

    private ExtractedReport finished;

    public WorkingDocument(RawReport raw, String version) {
        this.raw = raw;
        this.version = version;
    }

    /** Ends the document early with this outcome (an unreadable input): later stages do not run. */
    public void finish(ExtractedReport outcome) {
        this.finished = outcome;
    }

    public boolean isFinished() {
        return finished != null;
    }

    public ExtractedReport toReport() {
        if (finished != null) {
            return finished;
        }
        return new ExtractedReport(ExtractedReport.OK, null, version, title, authority, level, region, reportYear,
                publishedAt, script, outline == null ? List.of() : outline.roots(), parts, indicators, citedDocuments,
                compliance, text);
    }
}
