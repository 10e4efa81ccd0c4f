package com.fazhi.ingest.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fazhi.ingest.domain.PublishFailedException;
import com.fazhi.ingest.domain.RejectedReportException;

/** Errors as JSON with a reason: 400/413/415 for bad input, 503 when Kafka did not take the report. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response rejected(RejectedReportException e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unparseable(JsonProcessingException e) {
        return error(400, "the body is not a valid report JSON object: " + e.getOriginalMessage());
    }

    /** A field of the wrong JSON type; more specific than Quarkus' own mapper, which answers without a reason. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? "" : " (field '" + e.getPath().get(e.getPath().size() - 1).getFieldName() + "')";
        return error(400, "the body is not a valid report JSON object" + field + ": " + e.getOriginalMessage());
    }

    /** The framework's own errors (unparseable body, 404, 405 …) as JSON with a reason too. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (status == 400) {
            return error(400, "the body is not a valid report JSON object"
                    + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage().lines().findFirst().orElse("") : ""));
        }
        return error(status, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        LOG.warnf("not taken, answered 503: %s", e.getMessage());
        return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", "10")
                .entity(new ErrorBody(503, "Service Unavailable",
                        "it was not durably written, send it again later: " + e.getMessage()))
                .build();
    }

    static Response error(int status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase(), reason))
                .build();
    }
}
