package com.fazhi.ingest.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fazhi.ingest.domain.ApiKeys;

/**
 * Every write ({@code POST} and the like under {@code /api/}) and every admin operation ({@code /admin/…}) needs a
 * configured key in the {@code X-API-Key} header: 401 with a reason otherwise. Health, metrics and OpenAPI stay open. Failures are logged with the client
 * address, never with the key.
 */
@ApplicationScoped
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;

    public ApiKeyFilter(@ConfigProperty(name = "ingest.api-keys") Optional<String> keys) {
        this.keys = new ApiKeys(keys.orElse(null));
        if (this.keys.isEmpty()) {
            LOG.warn("no API keys configured (INGEST_API_KEYS): every write is refused with 401");
        } else {
            LOG.infof("%d API key(s) configured", this.keys.size());
        }
    }

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        boolean guarded = path.startsWith("/admin") || write && path.startsWith("/api/");
        if (!guarded) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(HEADER);
        if (keys.accepts(presented)) {
            return Optional.empty();
        }
        String reason = keys.isEmpty() ? "writing is disabled: no API keys are configured (INGEST_API_KEYS)"
                : presented == null || presented.isBlank() ? "an API key is required in the " + HEADER + " header"
                : "the API key in " + HEADER + " is not valid";
        LOG.warnf("refused %s %s: %s", method, path, reason);
        return Optional.of(Response.fromResponse(ErrorMappers.error(401, reason))
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build());
    }
}
