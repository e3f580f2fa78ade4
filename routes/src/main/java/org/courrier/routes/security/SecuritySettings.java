package org.courrier.routes.security;

import java.time.Duration;
import java.util.Properties;
import org.courrier.extract.pipeline.SettingValues;

/**
 * The review screen's security settings, read once from the merged properties and validated.
 *
 * @param token the bearer token that lets a machine read {@code /metrics} and the API without signing in; blank:
 *     none
 * @param secureCookies add {@code Secure} to the session cookie (set it when a TLS proxy stands in front)
 * @param sessionIdle a session ends after this long without a request
 * @param sessionLifetime and after this long in all
 */
public record SecuritySettings(String token, boolean secureCookies, Duration sessionIdle, Duration sessionLifetime) {

    /** A token shorter than this is refused: it could be guessed. */
    static final int MIN_TOKEN_LENGTH = 32;

    public SecuritySettings {
        if (!token.isEmpty() && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("courrier.http.token must have at least " + MIN_TOKEN_LENGTH
                    + " characters (e.g. openssl rand -hex 32), or be blank for none");
        }
    }

    public static SecuritySettings from(Properties properties) {
        SettingValues p = new SettingValues(properties);
        return new SecuritySettings(
                p.text("courrier.http.token"),
                p.bool("courrier.http.secure-cookies"),
                p.positive("courrier.http.session-idle"),
                p.positive("courrier.http.session-lifetime"));
    }

    /**
     * Refuses to serve on an address other machines reach while no user exists: the review screen and the API
     * would be open to whoever finds the port first.
     *
     * @throws IllegalStateException naming {@code courrier.http.host} and how to add a user
     */
    public static void checkBinding(String host, boolean anyUser) {
        if (!anyUser && !loopback(host)) {
            throw new IllegalStateException("courrier.http.host is " + host + ", reachable from other machines, and "
                    + "no user exists yet: add one first (./courrier user add NAME --role admin), or serve on "
                    + "127.0.0.1 only");
        }
    }

    /** Whether {@code host} is a loopback address: 127.0.0.0/8, ::1 or localhost. */
    static boolean loopback(String host) {
        String h = host.trim();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equalsIgnoreCase("localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
