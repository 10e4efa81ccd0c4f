package com.fazhi.extract.domain;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.RawReport;

/** Reads a reports.raw payload; anything that is not a raw report with an id is a {@link MalformedMessageException}. */
public final class RawReportReader {

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public RawReport read(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new MalformedMessageException("empty payload", null);
        }
        RawReport report;
        try {
            report = json.readValue(payload, RawReport.class);
        } catch (IOException e) {
            throw new MalformedMessageException("payload is not a raw report JSON object: " + e.getMessage(), e);
        }
        if (report == null || report.id() == null || report.id().isBlank()) {
            throw new MalformedMessageException("raw report has no id", null);
        }
        return report;
    }
}
