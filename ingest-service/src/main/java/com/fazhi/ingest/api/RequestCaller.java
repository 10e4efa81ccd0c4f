package com.fazhi.ingest.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import com.fazhi.ingest.domain.ApiKeys;

/**
 * Who sent this request: {@link ApiKeyFilter} resolves the presented key once and leaves the caller here, so the
 * resources that record it (a report's {@code ingestedBy}, a correction's author, a re-extraction's starter) read it
 * instead of resolving the key again. Empty on an unguarded request.
 */
@RequestScoped
public class RequestCaller {

    private ApiKeys.Caller caller;

    void set(ApiKeys.Caller caller) {
        this.caller = caller;
    }

    public Optional<ApiKeys.Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** The caller's key name, or null on an unguarded request. */
    public String name() {
        return caller == null ? null : caller.name();
    }
}
