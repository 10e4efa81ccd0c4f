package com.fazhi.query.api;

/** Every error answer: the HTTP status, a short name, and a reason a person can act on. */
public record ErrorBody(int status, String error, String reason) {
}
