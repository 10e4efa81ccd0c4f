package com.fazhi.ingest.api;

/** The 202 answer: the report's id, and whether it had been taken before (then it was not published again). */
public record AcceptedBody(String id, boolean duplicate, String status) {

    public static AcceptedBody of(String id, boolean duplicate) {
        return new AcceptedBody(id, duplicate, duplicate ? "duplicate" : "accepted");
    }
}
