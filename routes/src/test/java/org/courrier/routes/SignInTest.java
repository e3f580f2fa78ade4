package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.StateDatabase;
import org.courrier.routes.store.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users and safety (issue 13, item 7) against the running service's one HTTP server. */
class SignInTest {

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    private void addUser(String name, Role role, String password) throws Exception {
        try (StateDatabase db =
                StateDatabase.open("jdbc:h2:file:" + root.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher(4))
                    .add(name, role, password.toCharArray());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nothingButHealthAndTheLoginPageWithoutSigningInAndEveryWriteNeedsTheCsrfToken() throws Exception {
        addUser("anne", Role.REVIEWER, "a long password");
        try (CourrierService service = CourrierService.start(
                TestService.properties(root, Map.of("courrier.http.port", "0")), TestService::textIntake)) {
            String base = "http://127.0.0.1:" + service.statusPort();

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/health")))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")));
            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).contains("/login");
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login")));
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Content-Security-Policy"))
                    .get()
                    .asString()
                    .contains("script-src 'self'");
            for (String path : new String[] {"/api/letters", "/metrics", "/api/session", "/anything"}) {
                assertThat(send(HttpRequest.newBuilder(URI.create(base + path))).statusCode())
                        .as(path)
                        .isEqualTo(path.equals("/anything") ? 303 : 401);
            }
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                    .header("Authorization", "Bearer " + TestService.TOKEN))
                            .statusCode())
                    .isEqualTo(200);

            HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"anne\",\"password\":\"guess guess\"}")));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"anne\",\"password\":\"a long password\"}")));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
            String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String csrf = Api.parse(signedIn.body()).path("csrf").asText();
            assertThat(csrf).hasSize(43);

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", cookie))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/letters"))
                                    .header("Cookie", cookie))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                                    .header("Cookie", cookie)
                                    .DELETE())
                            .statusCode())
                    .as("a write without the CSRF token")
                    .isEqualTo(403);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                                    .header("Cookie", cookie)
                                    .header("X-CSRF-Token", csrf)
                                    .DELETE())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/letters"))
                                    .header("Cookie", cookie))
                            .statusCode())
                    .as("signed out")
                    .isEqualTo(401);
        }
    }

    @Test
    void servingBeyondLoopbackWithoutAUserRefusesToStart() {
        assertThatThrownBy(() -> CourrierService.start(
                        TestService.properties(
                                root, Map.of("courrier.http.port", "0", "courrier.http.host", "0.0.0.0")),
                        TestService::textIntake))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("courrier.http.host is 0.0.0.0")
                .hasMessageContaining("./courrier user add");
    }
}
