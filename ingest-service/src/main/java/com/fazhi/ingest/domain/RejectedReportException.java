package com.fazhi.ingest.domain;

/** A submission refused at the door, with the HTTP status that says why (400, 413 or 415) and a reason. */
public class RejectedReportException extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int TOO_LARGE = 413;
    public static final int UNSUPPORTED_TYPE = 415;

    private final int status;

    public RejectedReportException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
