package com.fazhi.extract.domain;

import com.fazhi.reference.dedup.MinHash;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/**
 * One raw report, what the engine made of it, and its text's MinHash signature (how query-service finds the same report
 * reposted on another site): what the store writes for one record.
 */
public record Extraction(RawReport raw, ExtractedReport extracted, MinHash.Signature fingerprint) {
}
