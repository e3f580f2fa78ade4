package org.courrier.routes.web;

import java.util.Map;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;

/**
 * The review screen's routes on the platform HTTP server: the page ({@code GET /}), the login page
 * ({@code GET /login}), their files ({@code GET /ui/…}), the interface text ({@code GET /ui/messages?lang=fr}) and
 * signing in and out ({@code /api/session}). The {@link Gate} has let each request through before it gets here.
 */
public final class WebRoutes extends RouteBuilder {

    private final UiFiles files;
    private final SessionEndpoint sessions;

    public WebRoutes(UiFiles files, SessionEndpoint sessions) {
        this.files = Objects.requireNonNull(files, "files");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void configure() {
        from("platform-http:/?httpMethodRestrict=GET").routeId("ui-page").process(e -> file(e, "/"));
        from("platform-http:/login?httpMethodRestrict=GET").routeId("ui-login").process(e -> file(e, "/login"));
        from("platform-http:/ui/messages?httpMethodRestrict=GET")
                .routeId("ui-messages")
                .process(e -> send(e, files.messages(e.getIn().getHeader("lang", String.class))));
        from("platform-http:/ui/{name}?httpMethodRestrict=GET")
                .routeId("ui-files")
                .process(e -> file(e, "/ui/" + e.getIn().getHeader("name", String.class)));
        from("platform-http:/api/session?httpMethodRestrict=GET,POST,DELETE")
                .routeId("api-session")
                .process(this::session);
    }

    private void file(Exchange e, String path) {
        send(e, files.file(path).orElseGet(() -> Answer.json(404, "{\"error\":\"NOT_FOUND\"}", Map.of())));
    }

    private void session(Exchange e) throws Exception {
        String method = e.getIn().getHeader(Exchange.HTTP_METHOD, String.class);
        String cookie = e.getIn().getHeader("Cookie", String.class);
        Answer a;
        if ("POST".equals(method)) {
            byte[] body = e.getIn().getBody(byte[].class);
            a = sessions.login(body == null ? new byte[0] : body, remoteAddress(e));
        } else if ("DELETE".equals(method)) {
            a = sessions.logout(cookie);
        } else {
            a = sessions.whoAmI(cookie);
        }
        send(e, a);
    }

    private static String remoteAddress(Exchange e) {
        Object address = e.getIn().getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        if (address instanceof io.vertx.core.net.SocketAddress s) {
            return s.hostAddress();
        }
        return String.valueOf(address);
    }

    static void send(Exchange e, Answer a) {
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, a.status());
        a.headers().forEach((k, v) -> e.getMessage().setHeader(k, v));
        if (a.headers().containsKey("Content-Type")) {
            e.getMessage().setHeader(Exchange.CONTENT_TYPE, a.headers().get("Content-Type"));
        }
        e.getMessage().setBody(a.body());
    }
}
