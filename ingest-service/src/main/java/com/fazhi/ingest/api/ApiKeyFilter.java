package com.fazhi.ingest.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fazhi.ingest.domain.ApiKeys;
import com.fazhi.ingest.domain.Role;

/**
 * Every write ({@code POST} and the like under {@code /api/}) and every admin operation ({@code /admin/…}) needs a
 * configured key in the {@code X-API-Key} header (401 with a reason otherwise) whose role allows it (403 otherwise):
 * corrections ({@code /api/reports/{id}/corrections}) need an analyst, admin operations an admin, other writes a
 * crawler; an admin may do all. Health, metrics and OpenAPI stay open. Failures are logged with the key's name or
 * none, never with the key. The caller of a request let through is left in {@link RequestCaller}.
 */
@ApplicationScoped
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final RequestCaller requestCaller;

    public ApiKeyFilter(@ConfigProperty(name = "ingest.api-keys") Optional<String> keys, RequestCaller requestCaller) {
        this.keys = new ApiKeys(keys.orElse(null));
        this.requestCaller = requestCaller;
        if (this.keys.isEmpty()) {
            LOG.warn("no API keys configured (INGEST_API_KEYS): every write is refused with 401");
        } else {
            LOG.infof("%d API key(s) configured", this.keys.size());
        }
    }

    /** The role a guarded path needs (matrix parameters and trailing slashes do not change it). */
    static Role requiredRole(String path) {
        String clean = path.replaceAll(";[^/]*", "").replaceAll("/+$", "");
        return clean.startsWith("/admin") ? Role.ADMIN : clean.endsWith("/corrections") ? Role.ANALYST : Role.CRAWLER;
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
        Optional<ApiKeys.Caller> caller = keys.callerOf(presented);
        if (caller.isPresent()) {
            Role required = requiredRole(path);
            if (caller.get().role().allows(required)) {
                requestCaller.set(caller.get()); // the resource records who sent it from here
                return Optional.empty();
            }
            String reason = "the API key '" + caller.get().name() + "' has role " + caller.get().role().name().toLowerCase()
                    + "; " + method + " " + path + " needs " + required.name().toLowerCase();
            LOG.warnf("refused %s %s: %s", method, path, reason);
            return Optional.of(ErrorMappers.error(403, reason));
        }
        String reason = keys.isEmpty() ? "writing is disabled: no API keys are configured (INGEST_API_KEYS)"
                : presented == null || presented.isBlank() ? "an API key is required in the " + HEADER + " header"
                : "the API key in " + HEADER + " is not valid";
        LOG.warnf("refused %s %s: %s", method, path, reason);
        return Optional.of(Response.fromResponse(ErrorMappers.error(401, reason))
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build());
    }
}
