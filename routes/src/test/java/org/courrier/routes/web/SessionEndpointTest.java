package org.courrier.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.courrier.routes.security.LoginThrottle;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Sessions;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.StateDatabase;
import org.courrier.routes.store.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionEndpointTest {

    @TempDir
    Path dir;

    private StateDatabase db;
    private Sessions sessions;
    private SessionEndpoint endpoint;

    @BeforeEach
    void users() throws Exception {
        db = StateDatabase.open("jdbc:h2:file:" + dir.resolve("state") + ";WRITE_DELAY=0", "", "");
        Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher(4));
        users.add("anne", Role.REVIEWER, "a long password".toCharArray());
        sessions = new Sessions(Clock.systemUTC(), Duration.ofMinutes(30), Duration.ofHours(12), false);
        endpoint = new SessionEndpoint(users, sessions, new LoginThrottle(Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static byte[] body(String name, String password) {
        return ("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signingInSetsTheSessionCookieAndHandsTheCsrfTokenToThePage() throws Exception {
        Answer a = endpoint.login(body("anne", "a long password"), "127.0.0.1");

        assertThat(a.status()).isEqualTo(200);
        String cookie = a.headers().get("Set-Cookie");
        assertThat(cookie).startsWith("courrier_session=").contains("HttpOnly", "SameSite=Strict");
        String id = cookie.substring("courrier_session=".length(), cookie.indexOf(';'));
        Sessions.Session s = sessions.find(id).orElseThrow();
        assertThat(a.text()).contains("\"name\":\"anne\"", "\"role\":\"reviewer\"", s.csrfToken());
        assertThat(a.text()).doesNotContain(id);

        assertThat(endpoint.whoAmI("courrier_session=" + id).text()).contains(s.csrfToken());
        Answer out = endpoint.logout("courrier_session=" + id);
        assertThat(out.headers().get("Set-Cookie")).contains("Max-Age=0");
        assertThat(endpoint.whoAmI("courrier_session=" + id).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswerThenTheThrottleHoldsBack() throws Exception {
        Answer wrong = endpoint.login(body("anne", "not the password"), "10.1.1.1");
        Answer unknown = endpoint.login(body("nobody", "not the password"), "10.1.1.1");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.text()).isEqualTo(unknown.text());
        assertThat(wrong.headers()).doesNotContainKey("Set-Cookie");

        for (int i = 0; i < 4; i++) {
            endpoint.login(body("anne", "not the password"), "10.1.1.1");
        }
        Answer held = endpoint.login(body("anne", "a long password"), "10.1.1.1");
        assertThat(held.status()).as("even the right password waits").isEqualTo(429);
        assertThat(held.headers().get("Retry-After")).isEqualTo("1");
        assertThat(endpoint.login("not json".getBytes(StandardCharsets.UTF_8), "10.1.1.2")
                        .status())
                .isEqualTo(400);
    }
}
