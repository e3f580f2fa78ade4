package org.courrier.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.courrier.routes.security.AccessPolicy.Allow;
import org.courrier.routes.security.AccessPolicy.Decision;
import org.courrier.routes.security.AccessPolicy.Deny;
import org.courrier.routes.security.AccessPolicy.Request;
import org.courrier.routes.security.AccessPolicy.ToLogin;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef-metrics";
    private static final String HOST = "127.0.0.1:8765";

    private final TestClock clock = new TestClock();
    private final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(12), false);
    private final AccessPolicy policy = new AccessPolicy(sessions, TOKEN);

    private final Sessions.Session clerk = sessions.open(new Users.User("claire", Role.CLERK));
    private final Sessions.Session reviewer = sessions.open(new Users.User("rene", Role.REVIEWER));
    private final Sessions.Session admin = sessions.open(new Users.User("ada", Role.ADMIN));

    private Decision anonymous(String method, String path) {
        return policy.decide(new Request(method, path, null, null, null, null, HOST));
    }

    private Decision as(Sessions.Session s, String method, String path) {
        return policy.decide(
                new Request(method, path, Sessions.COOKIE + "=" + s.id(), null, s.csrfToken(), "http://" + HOST, HOST));
    }

    private static int status(Decision d) {
        return d instanceof Deny deny ? deny.status() : d instanceof ToLogin ? 303 : 200;
    }

    @Test
    void healthTheLoginPageItsFilesAndSigningInAreOpen() {
        assertThat(anonymous("GET", "/health")).isInstanceOf(Allow.class);
        assertThat(anonymous("GET", "/login")).isInstanceOf(Allow.class);
        assertThat(anonymous("GET", "/ui/review.js")).isInstanceOf(Allow.class);
        assertThat(anonymous("POST", "/api/session")).isInstanceOf(Allow.class);
    }

    @Test
    void withoutASessionPagesGoToLoginAndTheApiAndMetricsAnswer401() {
        assertThat(anonymous("GET", "/")).isInstanceOf(ToLogin.class);
        assertThat(status(anonymous("GET", "/api/letters"))).isEqualTo(401);
        assertThat(status(anonymous("GET", "/metrics"))).isEqualTo(401);
        assertThat(status(anonymous("POST", "/api/letters/abc/approve"))).isEqualTo(401);
        assertThat(status(policy.decide(
                        new Request("GET", "/api/letters", Sessions.COOKIE + "=made-up", null, null, null, HOST))))
                .isEqualTo(401);
    }

    @Test
    void theTokenReadsTheApiAndMetricsButNeverWrites() {
        Decision metrics = policy.decide(new Request("GET", "/metrics", null, "Bearer " + TOKEN, null, null, HOST));
        assertThat(metrics).isInstanceOf(Allow.class);
        assertThat(status(policy.decide(new Request("GET", "/api/letters", null, "bearer " + TOKEN, null, null, HOST))))
                .isEqualTo(200);
        assertThat(status(
                        policy.decide(new Request("GET", "/metrics", null, "Bearer " + TOKEN + "x", null, null, HOST))))
                .isEqualTo(401);
        assertThat(status(policy.decide(
                        new Request("POST", "/api/letters/a/approve", null, "Bearer " + TOKEN, null, null, HOST))))
                .isEqualTo(403);
        AccessPolicy noToken = new AccessPolicy(sessions, "");
        assertThat(status(noToken.decide(new Request("GET", "/metrics", null, "Bearer ", null, null, HOST))))
                .isEqualTo(401);
    }

    @Test
    void everyWriteNeedsTheSessionsCsrfTokenAndOurOrigin() {
        String cookie = Sessions.COOKIE + "=" + reviewer.id();
        String path = "/api/letters/abc/fields/subject";
        assertThat(status(policy.decide(new Request("PUT", path, cookie, null, null, null, HOST))))
                .as("no token")
                .isEqualTo(403);
        assertThat(status(policy.decide(new Request("PUT", path, cookie, null, admin.csrfToken(), null, HOST))))
                .as("another session's token")
                .isEqualTo(403);
        assertThat(status(policy.decide(
                        new Request("PUT", path, cookie, null, reviewer.csrfToken(), "https://evil.example", HOST))))
                .as("another site")
                .isEqualTo(403);
        assertThat(status(policy.decide(
                        new Request("POST", "/api/session", null, null, null, "http://evil.example", HOST))))
                .as("signing in from another site")
                .isEqualTo(403);
        assertThat(status(policy.decide(new Request("PUT", path, cookie, null, reviewer.csrfToken(), null, HOST))))
                .isEqualTo(200);
        assertThat(as(reviewer, "PUT", path)).isInstanceOf(Allow.class);
    }

    @Test
    void clerksReadReviewersCorrectAdminsManageUsersAndReplay() {
        assertThat(status(as(clerk, "GET", "/api/letters"))).isEqualTo(200);
        assertThat(status(as(clerk, "GET", "/"))).isEqualTo(200);
        assertThat(status(as(clerk, "POST", "/api/letters/abc/approve"))).isEqualTo(403);
        assertThat(status(as(reviewer, "POST", "/api/letters/abc/approve"))).isEqualTo(200);
        assertThat(status(as(reviewer, "POST", "/api/users"))).isEqualTo(403);
        assertThat(status(as(reviewer, "POST", "/api/replay"))).isEqualTo(403);
        assertThat(status(as(admin, "POST", "/api/users"))).isEqualTo(200);
        assertThat(status(as(admin, "POST", "/api/letters/abc/approve"))).isEqualTo(200);
        assertThat(((Allow) as(reviewer, "GET", "/api/letters")).user())
                .map(Users.User::name)
                .contains("rene");
    }

    @Test
    void theAdminsPartIsClosedToOthersForReadingTooAndToTheToken() {
        for (String path : new String[] {"/api/users", "/api/users/rene/disable", "/api/replay", "/api/admin/audit"}) {
            assertThat(status(as(clerk, "GET", path))).as("clerk GET " + path).isEqualTo(403);
            assertThat(status(as(reviewer, "GET", path)))
                    .as("reviewer GET " + path)
                    .isEqualTo(403);
            assertThat(status(as(reviewer, "POST", path)))
                    .as("reviewer POST " + path)
                    .isEqualTo(403);
            assertThat(status(as(admin, "GET", path))).as("admin GET " + path).isEqualTo(200);
            assertThat(status(as(admin, "POST", path))).as("admin POST " + path).isEqualTo(200);
            assertThat(status(policy.decide(new Request("GET", path, null, "Bearer " + TOKEN, null, null, HOST))))
                    .as("token GET " + path)
                    .isEqualTo(403);
        }
        assertThat(status(as(clerk, "GET", "/api/usersettings")))
                .as("a path that only begins like the admins' part")
                .isEqualTo(200);
    }

    @Test
    void pathsThatClimbOrHideTheirShapeAreRefused() {
        assertThat(status(as(admin, "GET", "/ui/../api/users"))).isEqualTo(400);
        assertThat(status(anonymous("GET", "/ui/../metrics"))).isEqualTo(400);
        assertThat(status(anonymous("GET", "/ui/%2e%2e/metrics"))).isEqualTo(400);
        assertThat(status(anonymous("GET", "/ui\\..\\metrics"))).isEqualTo(400);
        for (String hidden : new String[] {
            "/ui/%2E%2E/metrics", "/api/users/a%2Fb/disable", "/api/users/a%5Cb/disable", "/api/users/%00/disable",
            "/api/users/%/disable", "/api/users/%C3/disable", "/api/users/%zz/disable", "/api/users/.%2e/disable"
        }) {
            assertThat(status(as(admin, "POST", hidden))).as(hidden).isEqualTo(400);
        }
    }

    @Test
    void aNameOutsideAsciiPercentEncodedInUtf8IsAPlainSegment() {
        assertThat(status(as(admin, "POST", "/api/users/%C3%A9lise.m%C3%BCller/disable")))
                .isEqualTo(200);
        assertThat(AccessPolicy.plainSegments("/api/users/%F0%9F%93%AE/enable")).isTrue();
    }

    @Test
    void anExpiredSessionIsNoSession() {
        clock.advance(Duration.ofMinutes(31));
        assertThat(status(as(reviewer, "GET", "/api/letters"))).isEqualTo(401);
    }
}
