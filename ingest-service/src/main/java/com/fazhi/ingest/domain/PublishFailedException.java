package com.fazhi.ingest.domain;

/** Kafka did not acknowledge the write in time: the report was not taken (HTTP 503, the crawler retries). */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
