package org.courrier.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final TestClock clock = new TestClock();
    private final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(12), false);
    private final Users.User anne = new Users.User("anne", Role.REVIEWER);

    @Test
    void theCookieIsHttpOnlySameSiteStrictAndNamesARandomSession() {
        Sessions.Session a = sessions.open(anne);
        Sessions.Session b = sessions.open(anne);

        assertThat(sessions.setCookie(a))
                .isEqualTo("courrier_session=" + a.id() + "; Path=/; HttpOnly; SameSite=Strict");
        assertThat(a.id()).hasSize(43).isNotEqualTo(b.id());
        assertThat(a.csrfToken()).hasSize(43).isNotEqualTo(a.id()).isNotEqualTo(b.csrfToken());
        assertThat(sessions.fromCookies("theme=dark; courrier_session=" + a.id() + "; x=1"))
                .map(Sessions.Session::user)
                .contains(anne);
        assertThat(new Sessions(clock, Duration.ofMinutes(1), Duration.ofHours(1), true).setCookie(a))
                .endsWith("; Secure");
    }

    @Test
    void anIdleSessionEndsAndAnActiveOneEndsAtItsLifetime() {
        Sessions.Session s = sessions.open(anne);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).as("used 29 minutes ago").isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.find(s.id())).as("idle 31 minutes").isEmpty();

        Sessions.Session busy = sessions.open(anne);
        for (int i = 0; i < 12 * 4; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.find(busy.id())).isPresent();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.find(busy.id())).as("12 hours after sign-in").isEmpty();
    }

    @Test
    void logoutAndClosingAUsersSessionsEndThem() {
        Sessions.Session a = sessions.open(anne);
        Sessions.Session b = sessions.open(anne);
        Sessions.Session other = sessions.open(new Users.User("bob", Role.CLERK));

        sessions.close(a.id());
        assertThat(sessions.find(a.id())).isEmpty();
        sessions.closeAllOf("anne");
        assertThat(sessions.find(b.id())).isEmpty();
        assertThat(sessions.find(other.id())).isPresent();
        assertThat(sessions.fromCookies("courrier_session=forged")).isEmpty();
        assertThat(sessions.fromCookies(null)).isEmpty();
        assertThat(sessions.clearCookie()).contains("Max-Age=0");
    }
}
