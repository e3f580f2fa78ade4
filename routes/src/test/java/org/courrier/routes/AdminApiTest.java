package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.courrier.routes.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admins' API on the running service: an admin lists, adds and disables users and replays failed files, each
 * action in the admin audit trail; clerks and reviewers get 403 and change nothing; a write without the session's
 * CSRF token is refused.
 */
class AdminApiTest {

    @TempDir
    Path root;

    private CourrierService service;
    private Api api;

    @BeforeEach
    void start() throws Exception {
        TestService.addUser(root, "ada", Role.ADMIN);
        TestService.addUser(root, "rene", Role.REVIEWER);
        TestService.addUser(root, "claire", Role.CLERK);
        service = CourrierService.start(
                TestService.properties(root, Map.of("courrier.http.port", "0")), TestService::textIntake);
        api = new Api(service.statusPort());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> as(String who, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = api.request(path);
        if (who != null) {
            api.signIn(who).on(b);
        }
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                    .header("Content-Type", "application/json");
        }
        return api.send(b.build());
    }

    private HttpResponse<String> signIn(String name) throws Exception {
        return api.send(api.request("/api/session")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"" + name + "\", \"password\": \"" + TestService.PASSWORD + "\"}"))
                .header("Content-Type", "application/json")
                .build());
    }

    private List<String> auditLines() throws Exception {
        HttpResponse<String> r = as("ada", "GET", "/api/admin/audit", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        Api.parse(r.body())
                .get("entries")
                .forEach(e -> lines.add(e.get("by").asText() + " "
                        + e.get("action").asText() + " " + e.get("target").asText()));
        return lines;
    }

    @Test
    void clerksAndReviewersGet403OnEveryAdminOperationAndChangeNothing() throws Exception {
        String newUser = "{\"name\": \"mallory\", \"role\": \"admin\", \"password\": \"" + TestService.PASSWORD + "\"}";
        Files.createDirectories(root.resolve("data/failed"));
        Files.writeString(root.resolve("data/failed/stuck.txt"), "FAIL: CORRUPT\n");
        for (String who : List.of("claire", "rene")) {
            for (String[] op : new String[][] {
                {"GET", "/api/users", null},
                {"POST", "/api/users", newUser},
                {"POST", "/api/users/claire/disable", "{}"},
                {"POST", "/api/users/claire/enable", "{}"},
                {"POST", "/api/replay", "{}"},
                {"GET", "/api/admin/audit", null}
            }) {
                HttpResponse<String> r = as(who, op[0], op[1], op[2]);
                assertThat(r.statusCode())
                        .as(who + " " + op[0] + " " + op[1] + ": " + r.body())
                        .isEqualTo(403);
                assertThat(Api.parse(r.body()).get("error").asText()).isEqualTo("FORBIDDEN");
            }
        }
        JsonNode users = Api.parse(as("ada", "GET", "/api/users", null).body()).get("users");
        List<String> listed = new ArrayList<>();
        users.forEach(u -> listed.add(u.get("name").asText() + " "
                + u.get("role").asText() + " " + u.get("disabled").asBoolean()));
        assertThat(listed).containsExactly("ada admin false", "claire clerk false", "rene reviewer false");
        assertThat(root.resolve("data/failed/stuck.txt")).exists();
        assertThat(auditLines()).isEmpty();
        // the read token reads letters, never the admins' part
        assertThat(api.get("/api/users").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminAddsAUserWhoSignsInThenDisablesThemAndTheirSessionEnds() throws Exception {
        HttpResponse<String> added = as(
                "ada",
                "POST",
                "/api/users",
                "{\"name\": \"nora\", \"role\": \"reviewer\", \"password\": \"" + TestService.PASSWORD + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(Api.parse(added.body()).get("role").asText()).isEqualTo("reviewer");
        Api nora = new Api(service.statusPort());
        Api.Session noraSession = nora.signIn("nora");
        HttpRequest.Builder read = nora.request("/api/session").GET();
        assertThat(nora.send(noraSession.on(read).build()).body()).contains("\"role\":\"reviewer\"");

        assertThat(as(
                                "ada",
                                "POST",
                                "/api/users",
                                "{\"name\": \"nora\", \"role\": \"clerk\", \"password\": \"" + TestService.PASSWORD
                                        + "\"}")
                        .statusCode())
                .as("a second nora")
                .isEqualTo(409);
        assertThat(as(
                                "ada",
                                "POST",
                                "/api/users",
                                "{\"name\": \"zoe\", \"role\": \"boss\", \"password\": \"" + TestService.PASSWORD
                                        + "\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(as("ada", "POST", "/api/users", "{\"name\": \"zoe\", \"role\": \"clerk\", \"password\": \"short\"}")
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> disabled = as("ada", "POST", "/api/users/nora/disable", "{}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(Api.parse(disabled.body()).get("disabled").asBoolean()).isTrue();
        assertThat(nora.send(noraSession.on(nora.request("/api/session").GET()).build())
                        .statusCode())
                .as("nora's session ended")
                .isEqualTo(401);
        assertThat(signIn("nora").statusCode()).as("nora cannot sign in again").isEqualTo(401);
        assertThat(as("ada", "POST", "/api/users/nora/disable", "{}").statusCode())
                .isEqualTo(409);
        assertThat(as("ada", "POST", "/api/users/ada/disable", "{}").body()).contains("CANNOT_DISABLE_SELF");
        assertThat(as("ada", "POST", "/api/users/nobody/disable", "{}").statusCode())
                .isEqualTo(404);

        JsonNode users = Api.parse(as("ada", "GET", "/api/users", null).body()).get("users");
        List<String> disabledUsers = new ArrayList<>();
        users.forEach(u -> {
            if (u.get("disabled").asBoolean()) {
                disabledUsers.add(u.get("name").asText());
            }
        });
        assertThat(disabledUsers).containsExactly("nora");
        assertThat(auditLines()).containsExactly("ada user.add nora", "ada user.disable nora");
    }

    @Test
    void aUserWithANameOutsideAsciiIsDisabledAndEnabledAgainAndSignsInWithTheSamePassword() throws Exception {
        HttpResponse<String> added = as(
                "ada",
                "POST",
                "/api/users",
                "{\"name\": \"élise.müller\", \"role\": \"reviewer\", \"password\": \"" + TestService.PASSWORD + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String path =
                "/api/users/" + java.net.URLEncoder.encode("élise.müller", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(path).contains("%C3%A9");

        HttpResponse<String> disabled = as("ada", "POST", path + "/disable", "{}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(Api.parse(disabled.body()).get("name").asText()).isEqualTo("élise.müller");
        assertThat(Api.parse(disabled.body()).get("disabled").asBoolean()).isTrue();
        assertThat(signIn("élise.müller").statusCode())
                .as("disabled: no sign-in")
                .isEqualTo(401);

        assertThat(as("ada", "POST", "/api/users/rene/enable", "{}").body()).contains("NOT_DISABLED");
        assertThat(as("ada", "POST", "/api/users/nobody/enable", "{}").statusCode())
                .isEqualTo(404);
        assertThat(as("rene", "POST", path + "/enable", "{}").statusCode())
                .as("a reviewer cannot enable")
                .isEqualTo(403);
        assertThat(signIn("élise.müller").statusCode()).isEqualTo(401);

        HttpResponse<String> enabled = as("ada", "POST", path + "/enable", "{}");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(Api.parse(enabled.body()).get("disabled").asBoolean()).isFalse();
        assertThat(Api.parse(enabled.body()).get("role").asText()).isEqualTo("reviewer");
        HttpResponse<String> back = signIn("élise.müller");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(auditLines())
                .containsExactly(
                        "ada user.add élise.müller", "ada user.disable élise.müller", "ada user.enable élise.müller");
    }

    @Test
    void anAdminWriteWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        Api.Session ada = api.signIn("ada");
        HttpResponse<String> r = api.send(api.request("/api/users")
                .header("Cookie", ada.cookie())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"eve\", \"role\": \"admin\", \"password\": \"" + TestService.PASSWORD + "\"}"))
                .build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(as("ada", "GET", "/api/users", null).body()).doesNotContain("eve");
        assertThat(auditLines()).isEmpty();
    }

    @Test
    void anAdminReplaysFailedFilesLikeTheCommandAndTheServiceReadsThemAgain() throws Exception {
        Path failed = Files.createDirectories(root.resolve("data/failed"));
        Files.writeString(
                failed.resolve("courrier.1234abcd.txt"),
                ApiTest.letter("Ministère de la Culture", "Budget 2026", "Le budget."));
        Files.writeString(failed.resolve("courrier.1234abcd.txt.error.json"), "{\"file\": \"courrier.txt\"}");

        HttpResponse<String> r =
                as("ada", "POST", "/api/replay", "{\"files\": [\"courrier.txt\", \"never-failed.pdf\"]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = Api.parse(r.body());
        assertThat(answer.get("replayed")).hasSize(1);
        assertThat(answer.at("/replayed/0/file").asText()).isEqualTo("courrier.1234abcd.txt");
        assertThat(answer.at("/replayed/0/as").asText()).isEqualTo("courrier.txt");
        assertThat(answer.at("/notReplayed/0/file").asText()).isEqualTo("never-failed.pdf");
        assertThat(answer.at("/notReplayed/0/reason").asText()).contains("not in");
        assertThat(failed.resolve("courrier.1234abcd.txt.error.json")).doesNotExist();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!api.get("/api/letters").body().contains("\"fileName\":\"courrier.txt\"")) {
            assertThat(System.nanoTime()).as("the replayed letter read").isLessThan(deadline);
            Thread.sleep(50);
        }

        assertThat(as("ada", "POST", "/api/replay", "{\"files\": [\"../../etc/passwd\"]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(as("ada", "POST", "/api/replay", "{\"files\": \"all\"}").statusCode())
                .isEqualTo(400);
        assertThat(auditLines()).containsExactly("ada replay courrier.txt, never-failed.pdf");
    }
}
