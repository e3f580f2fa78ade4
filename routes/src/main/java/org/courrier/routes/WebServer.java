package org.courrier.routes;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.courrier.routes.web.Gate;

/**
 * The service's one HTTP server: Camel's platform HTTP on Vert.x, serving health ({@code GET /health}), Prometheus
 * metrics ({@code GET /metrics}) and the REST API routes given to it. Vert.x answers on event loops and runs each
 * request's route on a worker pool, so a slow or unfinished request holds neither health nor metrics up.
 *
 * <p>The server is a service of the Camel context: it starts before the routes (a port in use stops the start before
 * a letter is taken) and stops with them.
 */
final class WebServer {

    /** A request body larger than this is refused (413). */
    static final long MAX_BODY_BYTES = 1 << 20;

    private final VertxPlatformHttpServer server;

    private WebServer(VertxPlatformHttpServer server) {
        this.server = server;
    }

    /**
     * Adds the server to {@code main}'s context when it is configured, behind {@code gate}, and its health, metrics
     * and {@code api} routes.
     */
    static WebServer install(
            Main main, ServiceSettings settings, Telemetry telemetry, Gate gate, List<RoutesBuilder> api) {
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        // every request passes the gate (sign-in, CSRF, roles) before any route
        conf.setAuthenticationConfig(gate.config());
        conf.setBindHost(settings.httpHost());
        conf.setBindPort(settings.httpPort());
        conf.setMaxBodySize(MAX_BODY_BYTES);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(conf);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                CamelContext context = m.getCamelContext();
                try {
                    context.addService(server, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException(
                            "courrier.http.port: cannot listen on " + settings.httpHost() + ":" + settings.httpPort()
                                    + ": " + e.getMessage(),
                            e);
                }
                context.getManagementStrategy().addEventNotifier(new RouteTimer(telemetry.registry()));
            }
        });
        main.configure().addRoutesBuilder(new StatusRoutes(telemetry));
        for (RoutesBuilder b : api) {
            main.configure().addRoutesBuilder(b);
        }
        return new WebServer(server);
    }

    /** The port it listens on (the one picked when {@code courrier.http.port} is 0). */
    int port() {
        return server.getPort();
    }

    /** {@code GET /health} and {@code GET /metrics}. */
    private static final class StatusRoutes extends RouteBuilder {
        private final Telemetry telemetry;
        private volatile ServiceHealth health;

        StatusRoutes(Telemetry telemetry) {
            this.telemetry = telemetry;
        }

        @Override
        public void configure() {
            from("platform-http:/health?httpMethodRestrict=GET")
                    .routeId("health")
                    .process(this::health);
            from("platform-http:/metrics?httpMethodRestrict=GET")
                    .routeId("metrics")
                    .process(e -> answer(e, 200, "text/plain; version=0.0.4; charset=utf-8", telemetry.prometheus()));
        }

        private void health(Exchange e) {
            ServiceHealth h = health;
            if (h == null) {
                h = health = new ServiceHealth(e.getContext(), telemetry);
            }
            ServiceHealth.Answer a = h.answer();
            answer(e, a.up() ? 200 : 503, "application/json", a.json());
        }

        private static void answer(Exchange e, int status, String type, String body) {
            e.getMessage().removeHeaders("*");
            e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
            e.getMessage().setHeader(Exchange.CONTENT_TYPE, type);
            e.getMessage().setBody(body);
        }
    }
}
