package org.courrier.routes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courrier.routes.security.LoginThrottle;
import org.courrier.routes.security.Sessions;
import org.courrier.routes.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out: {@code POST /api/session} with {@code {"name": …, "password": …}} opens a session (200, the
 * cookie and {@code {"name", "role", "csrf"}}), or answers 401 for a wrong name or password (the same answer for
 * both) and 429 with {@code Retry-After} while the throttle holds the name or address back; {@code GET /api/session}
 * tells the page who it is and its CSRF token; {@code DELETE /api/session} signs out.
 *
 * <p>Thread-safe.
 */
public final class SessionEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public SessionEndpoint(Users users, Sessions sessions, LoginThrottle throttle) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /** {@code POST /api/session} from {@code address}. */
    public Answer login(byte[] body, String address) throws SQLException {
        String name;
        char[] password;
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.path("name").isTextual() || !n.path("password").isTextual()) {
                return error(400, "BAD_REQUEST", "send {\"name\": …, \"password\": …}");
            }
            name = n.get("name").asText();
            password = n.get("password").asText().toCharArray();
        } catch (IOException e) {
            return error(400, "BAD_REQUEST", "the body is not JSON");
        }
        Duration wait = throttle.waitBefore(name, address);
        if (!wait.isZero()) {
            java.util.Arrays.fill(password, '\0');
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Answer.json(
                    429,
                    errorJson("TOO_MANY_ATTEMPTS", "too many failed sign-ins: try again in " + seconds + " s"),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        Optional<Users.User> user = users.authenticate(name, password);
        if (user.isEmpty()) {
            throttle.failed(name, address);
            LOG.warn("failed sign-in for '{}' from {}", printable(name), address);
            return error(401, "SIGN_IN_FAILED", "wrong user name or password");
        }
        throttle.succeeded(name);
        Sessions.Session s = sessions.open(user.get());
        LOG.info("{} signed in from {}", s.user().name(), address);
        return Answer.json(200, me(s), Map.of("Set-Cookie", sessions.setCookie(s)));
    }

    /** {@code GET /api/session}: the signed-in user and the session's CSRF token. */
    public Answer whoAmI(String cookieHeader) {
        return sessions.fromCookies(cookieHeader)
                .map(s -> Answer.json(200, me(s), Map.of()))
                .orElseGet(() -> error(401, "SIGNED_OUT", "sign in first"));
    }

    /** {@code DELETE /api/session}: ends the session and clears the cookie. */
    public Answer logout(String cookieHeader) {
        sessions.fromCookies(cookieHeader).ifPresent(s -> sessions.close(s.id()));
        return Answer.json(200, "{}", Map.of("Set-Cookie", sessions.clearCookie()));
    }

    private static String me(Sessions.Session s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", s.user().name());
        n.put("role", s.user().role().label());
        n.put("csrf", s.csrfToken());
        return n.toString();
    }

    private static Answer error(int status, String code, String message) {
        return Answer.json(status, errorJson(code, message), Map.of());
    }

    private static String errorJson(String code, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        return n.toString();
    }

    private static String printable(String s) {
        String t = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
