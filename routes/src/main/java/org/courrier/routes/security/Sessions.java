package org.courrier.routes.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, kept in memory (a restart signs everyone out). A session is named by 32 random bytes in an
 * HttpOnly, SameSite=Strict cookie and carries its own CSRF token, which the page sends back in the
 * {@value #CSRF_HEADER} header with every write. A session ends after {@code idle} without a request, after
 * {@code lifetime} in all, or at logout.
 *
 * <p>Thread-safe.
 */
public final class Sessions {

    /** The session cookie's name. */
    public static final String COOKIE = "courrier_session";
    /** The header a write carries its CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Sessions kept at most; past that, the one idle longest is ended. */
    static final int MAX_SESSIONS = 10_000;

    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final boolean secureCookie;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> open = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idle, Duration lifetime, boolean secureCookie) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.secureCookie = secureCookie;
    }

    /** One signed-in session. */
    public record Session(String id, Users.User user, String csrfToken, Instant created, Instant lastSeen) {}

    /** Opens a session for a user who just signed in. */
    public Session open(Users.User user) {
        Instant now = clock.instant();
        Session s = new Session(token(), user, token(), now, now);
        if (open.size() >= MAX_SESSIONS) {
            open.values().stream()
                    .min(Comparator.comparing(Session::lastSeen))
                    .ifPresent(oldest -> open.remove(oldest.id()));
        }
        open.put(s.id(), s);
        return s;
    }

    /** The live session named {@code id}, its idle time restarted; empty when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = open.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(lifetime))) {
            open.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.user(), s.csrfToken(), s.created(), now);
        open.replace(id, s, touched);
        return Optional.of(touched);
    }

    /** The live session the request's {@code Cookie} header names. */
    public Optional<Session> fromCookies(String cookieHeader) {
        return find(cookie(cookieHeader, COOKIE));
    }

    /** Ends a session. */
    public void close(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    /** Ends every session of a user (after their role or password changed, or they were removed). */
    public void closeAllOf(String userName) {
        open.values().removeIf(s -> s.user().name().equals(userName));
    }

    /** The {@code Set-Cookie} value that hands the session to the browser. */
    public String setCookie(Session s) {
        return COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the browser forget the session. */
    public String clearCookie() {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "");
    }

    /** The value of cookie {@code name} in a {@code Cookie} request header; null when absent. */
    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                return part.substring(eq + 1).trim();
            }
        }
        return null;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
