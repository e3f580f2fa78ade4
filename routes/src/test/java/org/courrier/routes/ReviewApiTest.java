package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.courrier.extract.record.RecordSchema;
import org.courrier.routes.store.RecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewers' changes through the API of the running service: corrections as revisions, the conflict of two
 * reviewers, approval and rejection sent downstream as revision n+1 (outbox and endpoints), the audit trail.
 */
class ReviewApiTest {

    @TempDir
    Path root;

    private CourrierService service;
    private Api api;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private boolean reviewersAdded;

    private void start() throws Exception {
        if (!reviewersAdded) {
            for (String reviewer : List.of("alice", "bob", "carol")) {
                TestService.addUser(root, reviewer, org.courrier.routes.security.Role.REVIEWER);
            }
            reviewersAdded = true;
        }
        service = CourrierService.start(
                TestService.properties(
                        root,
                        Map.of("courrier.http.port", "0", "courrier.deliver.to", "file:" + root.resolve("copies"))),
                TestService::textIntake);
        api = new Api(service.statusPort());
    }

    /** Drops a letter and returns its id once it is in the store. */
    private String drop(String name, String text) throws Exception {
        Files.writeString(root.resolve("inbox").resolve(name), text, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            for (JsonNode item : api.json("/api/letters?limit=1000").get("items")) {
                if (item.get("fileName").asText().equals(name)) {
                    return item.get("id").asText();
                }
            }
            assertThat(System.nanoTime()).as(name + " stored").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private HttpResponse<String> write(String method, String path, String who, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = api.request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (who != null) {
            api.signIn(who).on(b);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return api.send(b.build());
    }

    private static Path awaitFile(Path folder, String glob) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.newDirectoryStream(folder, glob)) {
                    for (Path p : files) {
                        return p;
                    }
                }
            }
            assertThat(System.nanoTime()).as(glob + " in " + folder).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void correctThenApproveWritesRevisionNPlusOneToTheOutboxAndEndpointsAndTheAuditTrail() throws Exception {
        start();
        String id = drop("scan-9.txt", ApiTest.letter("Ministère de la Culture", "Budget 2026", "Le budget."));
        Path first = awaitFile(root.resolve("outbox"), "scan-9.*.json");
        String firstJson = Files.readString(first);
        String subjectRead = api.json("/api/letters/" + id)
                .at("/record/fields/subject/value")
                .asText();

        HttpResponse<String> corrected = write(
                "PUT",
                "/api/letters/" + id + "/fields/subject",
                "alice",
                "\"1\"",
                "{\"value\": \"Budget des musées\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode draft = Api.parse(corrected.body()).get("record");
        assertThat(draft.get("schema").asText()).isEqualTo("courrier.letter/2");
        assertThat(draft.get("revision").asInt()).isEqualTo(2);
        assertThat(draft.at("/fields/subject/value").asText()).isEqualTo("Budget des musées");
        assertThat(draft.at("/fields/subject/confidence").asDouble()).isEqualTo(1.0);
        assertThat(draft.at("/review/status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(RecordSchema.violations(draft.toString())).isEmpty();

        // a second reviewer who saw revision 1 gets the conflict; nothing is overwritten
        HttpResponse<String> late =
                write("PUT", "/api/letters/" + id + "/fields/subject", "bob", "\"1\"", "{\"value\": \"Autre chose\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        JsonNode conflict = Api.parse(late.body());
        assertThat(conflict.get("error").asText()).isEqualTo("CONFLICT");
        assertThat(conflict.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(conflict.get("expectedRevision").asInt()).isEqualTo(1);
        assertThat(conflict.get("message").asText()).contains("someone else saved it first");
        assertThat(api.json("/api/letters/" + id)
                        .at("/record/fields/subject/value")
                        .asText())
                .isEqualTo("Budget des musées");

        HttpResponse<String> approved = write(
                "POST", "/api/letters/" + id + "/approve", "alice", "\"2\"", "{\"fields\": {\"place\": \"Lyon\"}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.headers().firstValue("ETag")).hasValue("\"3\"");

        Path out = awaitFile(root.resolve("outbox"), "scan-9.*.r3.json");
        assertThat(out.getFileName().toString()).isEqualTo("scan-9." + id.substring(0, 8) + ".r3.json");
        Path copy = awaitFile(root.resolve("copies"), "scan-9.*.r3.json");
        JsonNode r3 = Api.parse(Files.readString(out));
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(out));
        assertThat(RecordSchema.violations(r3.toString())).isEmpty();
        assertThat(r3.get("revision").asInt()).isEqualTo(3);
        assertThat(r3.at("/review/status").asText()).isEqualTo("REVIEWED");
        assertThat(r3.at("/review/reviewedBy").asText()).isEqualTo("alice");
        assertThat(r3.at("/review/reviewedAt").asText()).isNotBlank();
        List<String> fields = new ArrayList<>();
        r3.at("/review/corrections").forEach(c -> fields.add(c.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("subject", "place");
        for (JsonNode c : r3.at("/review/corrections")) {
            if (c.get("field").asText().equals("subject")) {
                assertThat(c.get("before").asText()).isEqualTo(subjectRead);
                assertThat(c.get("after").asText()).isEqualTo("Budget des musées");
            }
        }
        assertThat(Files.readString(first)).as("revision 1 kept as it was").isEqualTo(firstJson);
        assertThat(names(root.resolve("outbox"))).hasSize(2);

        JsonNode audit = api.json("/api/letters/" + id + "/audit");
        List<String> lines = new ArrayList<>();
        audit.forEach(
                a -> lines.add(a.get("revision").asInt() + " " + a.get("by").asText() + " "
                        + a.get("field").asText() + " -> " + a.get("after").asText()));
        assertThat(lines)
                .containsExactly(
                        "2 alice subject -> Budget des musées",
                        "3 alice place -> Lyon",
                        "3 alice review.status -> REVIEWED");
        assertThat(api.json("/api/letters?status=REVIEWED").get("total").asInt())
                .isEqualTo(1);
        assertThat(api.get("/metrics").body())
                .contains("courrier_review_backlog 0.0")
                .contains("courrier_reviews_total{outcome=\"approved\"} 1.0");
        // delivered: nothing pending any more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!service.records().pendingDeliveries().isEmpty()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void rejectWithAReasonIsSentDownstreamToo() throws Exception {
        start();
        String id = drop("junk.txt", "Publicité : des fenêtres à prix cassés\n");
        HttpResponse<String> noReason = write("POST", "/api/letters/" + id + "/reject", "carol", "\"1\"", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> rejected = write(
                "POST", "/api/letters/" + id + "/reject", "carol", "\"1\"", "{\"reason\": \"advertising, not mail\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        JsonNode r2 = Api.parse(Files.readString(awaitFile(root.resolve("outbox"), "junk.*.r2.json")));
        assertThat(r2.at("/review/status").asText()).isEqualTo("REJECTED");
        assertThat(r2.at("/review/rejection/reason").asText()).isEqualTo("advertising, not mail");
        assertThat(r2.at("/review/reviewedBy").asText()).isEqualTo("carol");
        assertThat(RecordSchema.violations(r2.toString())).isEmpty();
        awaitFile(root.resolve("copies"), "junk.*.r2.json");
    }

    @Test
    void writesSayWhatIsMissingOrWrong() throws Exception {
        start();
        String id = drop("w.txt", ApiTest.letter("Ambassade de Suède", "Visite", "La visite."));
        String path = "/api/letters/" + id + "/fields/subject";

        HttpResponse<String> anonymous = write("PUT", path, null, "\"1\"", "{\"value\": \"x\"}");
        assertThat(anonymous.statusCode()).as("the read token does not write").isEqualTo(403);
        assertThat(Api.parse(anonymous.body()).get("message").asText()).contains("only reads");

        HttpResponse<String> noRevision = write("PUT", path, "alice", null, "{\"value\": \"x\"}");
        assertThat(noRevision.statusCode()).isEqualTo(428);

        HttpResponse<String> inBody =
                write("PUT", path, "alice", null, "{\"value\": \"Visite d'État\", \"revision\": 1}");
        assertThat(inBody.statusCode()).as(inBody.body()).isEqualTo(200);

        HttpResponse<String> unknownField =
                write("PUT", "/api/letters/" + id + "/fields/colour", "alice", "\"2\"", "{\"value\": \"red\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(Api.parse(unknownField.body()).get("message").asText()).contains("no field colour");

        HttpResponse<String> badDate =
                write("PUT", "/api/letters/" + id + "/fields/date", "alice", "\"2\"", "{\"value\": \"yesterday\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Api.parse(badDate.body()).get("error").asText()).isEqualTo("INVALID_VALUE");

        HttpResponse<String> notJson = write("PUT", path, "alice", "\"2\"", "{value");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(Api.parse(notJson.body()).get("message").asText()).startsWith("the body is not JSON");

        assertThat(api.json("/api/letters/" + id).get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void aDecisionSavedButNotYetSentGoesOutWhenTheServiceStarts() throws Exception {
        start();
        String id = drop("late.txt", ApiTest.letter("Ministère de la Culture", "Budget", "Le budget."));
        service.close();
        service = null;
        // as if the process died between saving the approval and writing it out
        Path state = root.resolve("data/state");
        try (StateStore db = new StateStore(
                ServiceSettings.from(TestService.properties(root, Map.of())).stateUrl(), "", "")) {
            db.open();
            RecordStore store = new RecordStore(db.dataSource(), java.time.Clock.systemUTC());
            JsonNode r1 = Api.parse(store.load(id).orElseThrow().json());
            ((com.fasterxml.jackson.databind.node.ObjectNode) r1).put("schema", "courrier.letter/2");
            ((com.fasterxml.jackson.databind.node.ObjectNode) r1).put("revision", 2);
            com.fasterxml.jackson.databind.node.ObjectNode review =
                    (com.fasterxml.jackson.databind.node.ObjectNode) r1.get("review");
            review.put("status", "REVIEWED").put("reviewedBy", "dave").put("reviewedAt", "2026-12-01T10:00:00Z");
            review.putArray("corrections");
            store.revise(id, 1, r1.toString(), "dave", "approved by dave", List.of(), true);
            assertThat(store.pendingDeliveries()).containsExactly(new RecordStore.Pending(id, 2));
        }
        assertThat(state).exists();
        start();
        Path out = awaitFile(root.resolve("outbox"), "late.*.r2.json");
        assertThat(Api.parse(Files.readString(out)).at("/review/reviewedBy").asText())
                .isEqualTo("dave");
        awaitFile(root.resolve("copies"), "late.*.r2.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!service.records().pendingDeliveries().isEmpty()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
