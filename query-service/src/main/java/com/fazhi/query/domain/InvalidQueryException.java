package com.fazhi.query.domain;

/** A query parameter the API does not accept (HTTP 400), with the reason. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String reason) {
        super(reason);
    }
}
