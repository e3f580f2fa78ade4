package org.courrier.routes.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may do what over HTTP, decided from a request's method, path and headers alone, before any route runs.
 *
 * <ul>
 *   <li>Open to all: {@code GET /health}, the login page {@code GET /login}, the page's static files under
 *       {@code /ui/}, and signing in ({@code POST /api/session}).
 *   <li>Everything else needs a signed-in session (its cookie) or, to read, the configured token
 *       ({@code Authorization: Bearer …}, setting {@code courrier.http.token}): {@code /metrics}, {@code /api/…}
 *       and the review screen {@code /}. A page asked for without either is sent to the login page; the API and
 *       the metrics answer 401.
 *   <li>A write (any method but GET, HEAD and OPTIONS) needs a session, its CSRF token in the
 *       {@value Sessions#CSRF_HEADER} header and, when the browser sends an {@code Origin}, the server's own origin.
 *       The token never writes.
 *   <li>Reading needs the clerk role; writing needs the reviewer role. The admins' part of the API, users
 *       ({@code /api/users…}), replay ({@code /api/replay…}) and the admin audit trail ({@code /api/admin…}), needs
 *       the admin role to read as well as to write, and is closed to the token.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class AccessPolicy {

    private final Sessions sessions;
    private final byte[] token;

    /** With {@code token} blank or null: no token is accepted. */
    public AccessPolicy(Sessions sessions, String token) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** What the policy reads of a request; any header may be null. */
    public record Request(
            String method, String path, String cookie, String authorization, String csrf, String origin, String host) {}

    /** The answer. */
    public sealed interface Decision {}

    /** Go on; {@code session} is empty for an open path or a token. */
    public record Allow(Optional<Sessions.Session> session, Optional<Users.User> user) implements Decision {}

    /** Send the browser to the login page. */
    public record ToLogin() implements Decision {}

    /** Refuse with this HTTP status and reason. */
    public record Deny(int status, String reason) implements Decision {}

    public Decision decide(Request r) {
        String method = r.method() == null ? "GET" : r.method().toUpperCase(Locale.ROOT);
        String path = r.path() == null || r.path().isEmpty() ? "/" : r.path();
        if (!path.startsWith("/") || !plainSegments(path)) {
            return new Deny(400, "bad path");
        }
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (read && (path.equals("/health") || path.equals("/login") || path.startsWith("/ui/"))) {
            return new Allow(Optional.empty(), Optional.empty());
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean machine = api || path.equals("/metrics");
        if (!read && !sameOrigin(r.origin(), r.host())) {
            return new Deny(403, "the request comes from another site (Origin " + r.origin() + ")");
        }
        if (method.equals("POST") && path.equals("/api/session")) {
            return new Allow(Optional.empty(), Optional.empty());
        }
        Optional<Sessions.Session> session = sessions.fromCookies(r.cookie());
        if (session.isEmpty()) {
            if (read && machine && tokenMatches(r.authorization())) {
                if (needsAdmin(path)) {
                    return new Deny(403, "the token reads letters and metrics only; sign in as an admin");
                }
                return new Allow(Optional.empty(), Optional.of(new Users.User("token", Role.CLERK)));
            }
            if (!read && r.authorization() != null && tokenMatches(r.authorization())) {
                return new Deny(403, "the token only reads; sign in as a reviewer to change letters");
            }
            return machine || !read ? new Deny(401, "sign in first") : new ToLogin();
        }
        Users.User user = session.get().user();
        if (!read) {
            if (r.csrf() == null || !constantTimeEquals(r.csrf(), session.get().csrfToken())) {
                return new Deny(403, "missing or wrong " + Sessions.CSRF_HEADER + "; reload the page");
            }
        }
        Role needed = needsAdmin(path) ? Role.ADMIN : read ? Role.CLERK : Role.REVIEWER;
        if (!user.role().covers(needed)) {
            return new Deny(403, user.name() + " is a " + user.role().label() + "; this needs a " + needed.label());
        }
        return new Allow(session, Optional.of(user));
    }

    /** The admins' part of the API, to read as well as to write: users, replay and the admin audit trail. */
    private static boolean needsAdmin(String path) {
        for (String prefix : new String[] {"/api/users", "/api/replay", "/api/admin"}) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private boolean tokenMatches(String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    /** No Origin header (not a browser, or a same-origin GET): allowed; else its host and port must be ours. */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        int scheme = origin.indexOf("://");
        String authority = scheme < 0 ? origin : origin.substring(scheme + 3);
        return authority.equalsIgnoreCase(host);
    }

    /**
     * Whether every segment of the path, percent-decoded as UTF-8 (a user name outside ASCII arrives as
     * {@code %C3%A9…}), is a plain name: no dot segment, no slash or backslash (encoded or not), no control
     * character, no malformed escape or UTF-8.
     */
    static boolean plainSegments(String path) {
        for (String segment : path.split("/", -1)) {
            String decoded = percentDecoded(segment);
            if (decoded == null
                    || decoded.equals(".")
                    || decoded.equals("..")
                    || decoded.indexOf('/') >= 0
                    || decoded.indexOf('\\') >= 0
                    || decoded.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }

    /** The segment with its {@code %XX} escapes decoded as UTF-8; null when an escape or the UTF-8 is malformed. */
    private static String percentDecoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            int c = segment.codePointAt(i);
            if (c != '%') {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c) - 1;
                continue;
            }
            if (i + 2 >= segment.length()) {
                return null;
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
