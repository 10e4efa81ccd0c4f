package com.fazhi.extract.domain;

/** A record on reports.raw that is not a raw report: it goes to the dead-letter topic with this reason. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
