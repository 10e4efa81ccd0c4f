package com.fazhi.query.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fazhi.query.domain.InvalidQueryException;

/** Errors as JSON with a reason: 400 for a bad parameter, 404 for a missing report. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidQueryException e) {
        return error(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return error(404, e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return error(status, status == 400 ? "bad parameter: " + e.getMessage() : e.getMessage());
    }

    static Response error(int status, String reason) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, known == null ? "Error" : known.getReasonPhrase(), reason)).build();
    }
}
