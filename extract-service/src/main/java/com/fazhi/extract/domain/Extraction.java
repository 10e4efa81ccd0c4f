package com.fazhi.extract.domain;

import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.RawReport;

/** One raw report and what the engine made of it: what the store writes for one record. */
public record Extraction(RawReport raw, ExtractedReport extracted) {
}
