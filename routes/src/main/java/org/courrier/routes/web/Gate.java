package org.courrier.routes.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import java.util.List;
import java.util.Objects;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig;
import org.courrier.routes.security.AccessPolicy;
import org.courrier.routes.security.Sessions;

/**
 * The HTTP server's door: every request, whatever its path (a path no route serves too), is decided by the
 * {@link AccessPolicy} before any route runs. Installed as the platform HTTP server's authentication handler on
 * {@code /*}, so that it is in front of the routes Camel adds later.
 *
 * <p>Runs on Vert.x's event loop: it reads headers and the in-memory sessions only, never the database.
 */
public final class Gate implements AuthenticationHandler {

    private final AccessPolicy policy;

    public Gate(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The server configuration that puts this gate in front of every path. */
    public AuthenticationConfig config() {
        AuthenticationConfig.AuthenticationConfigEntry entry = new AuthenticationConfig.AuthenticationConfigEntry();
        entry.setPath("/*");
        entry.setAuthenticationProviderFactory(vertx -> null);
        entry.setAuthenticationHandlerFactory(new AuthenticationConfig.AuthenticationHandlerFactory() {
            @Override
            public <T extends io.vertx.ext.auth.authentication.AuthenticationProvider>
                    AuthenticationHandler createAuthenticationHandler(T provider) {
                return Gate.this;
            }
        });
        AuthenticationConfig config = new AuthenticationConfig(List.of(entry));
        config.setEnabled(true);
        return config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest r = ctx.request();
        AccessPolicy.Decision d = policy.decide(new AccessPolicy.Request(
                r.method().name(),
                r.path(),
                r.getHeader("Cookie"),
                r.getHeader("Authorization"),
                r.getHeader(Sessions.CSRF_HEADER),
                r.getHeader("Origin"),
                r.getHeader("Host")));
        if (d instanceof AccessPolicy.Allow) {
            ctx.next();
        } else if (d instanceof AccessPolicy.ToLogin) {
            ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
        } else {
            AccessPolicy.Deny deny = (AccessPolicy.Deny) d;
            ctx.response()
                    .setStatusCode(deny.status())
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(new com.fasterxml.jackson.databind.ObjectMapper()
                            .createObjectNode()
                            .put("error", deny.status() == 401 ? "SIGNED_OUT" : "FORBIDDEN")
                            .put("message", deny.reason())
                            .toString());
        }
    }
}
