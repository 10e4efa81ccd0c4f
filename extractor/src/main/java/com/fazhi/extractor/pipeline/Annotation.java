package com.fazhi.extractor.pipeline;

/** What a stage reads from or adds to the {@link WorkingDocument}: the pipeline checks every need is met in order. */
public enum Annotation {
    RAW, DECODED_TEXT, SCRIPT, TEXT, LAYOUT,
    TITLE, METADATA_LINE, SPEAKER, AUTHORITY, PUBLISHED_AT, REPORT_YEAR, REGION, LEVEL,
    OUTLINE, PARTS, INDICATORS, CITED_DOCUMENTS, COMPLIANCE
}
