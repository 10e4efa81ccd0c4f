package com.fazhi.extract.domain;

/** The engine broke on a report (a bug, not a property of the report): dead-lettered so it can be replayed after a fix. */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(String reason) {
        super(reason);
    }
}
