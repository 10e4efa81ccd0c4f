package com.fazhi.extract.messaging;

/** The broker refused a record for good (too large, say): the raw record it came from goes to the DLQ. */
public class RecordRefusedException extends RuntimeException {

    public RecordRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
