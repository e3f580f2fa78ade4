package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API against the running service, through a real HTTP client. */
class ApiTest {

    @TempDir
    Path root;

    private CourrierService service;
    private Api api;

    @BeforeEach
    void start() throws Exception {
        service = CourrierService.start(
                TestService.properties(root, Map.of("courrier.http.port", "0")), TestService::textIntake);
        api = new Api(service.statusPort());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private void drop(Map<String, String> files) throws IOException, InterruptedException {
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(files.size())
                .create();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(root.resolve("inbox").resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            Thread.sleep(20); // distinct received times, in this order
        }
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("letters finished").isTrue();
        awaitStored(files.size());
    }

    private int stored;

    /** Waits until the store holds {@code more} further letters. */
    private void awaitStored(int more) throws IOException, InterruptedException {
        stored += more;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (api.json("/api/letters?limit=1").get("total").asInt() < stored) {
            assertThat(System.nanoTime()).as("letters stored").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static String letter(String sender, String subject, String body) {
        return sender + "\n12 rue de la Paix, 75002 Paris\n\nParis, le 3 mars 2026\n\nN° 0042/DG\n\n"
                + "Monsieur le Directeur,\n\nObjet : " + subject + "\n\n" + body
                + "\n\nVeuillez agréer, Monsieur le Directeur, l'expression de ma considération distinguée.\n\n"
                + "Le Directeur\nJean Dupont\n";
    }

    @Test
    void listsLettersDoubtfulFirstThenOldestWithFiltersAndPaging() throws Exception {
        drop(Map.of("a.txt", letter("Ministère de la Culture", "Budget 2026", "Le budget des musées.")));
        drop(Map.of("b.txt", "scribbles\nnothing a letter would say\nzebra"));
        drop(Map.of("c.txt", letter("Ambassade de Suède", "Visite officielle", "La visite du zèbre royal.")));

        JsonNode all = api.json("/api/letters");
        assertThat(all.get("total").asInt()).as(all.toString()).isEqualTo(3);
        List<JsonNode> items = new ArrayList<>();
        all.get("items").forEach(items::add);
        assertThat(items).hasSize(3);
        // doubtful first, then oldest received first within each group
        for (int i = 1; i < items.size(); i++) {
            JsonNode a = items.get(i - 1);
            JsonNode b = items.get(i);
            int ra = a.get("status").asText().equals("NEEDS_REVIEW") ? 0 : 1;
            int rb = b.get("status").asText().equals("NEEDS_REVIEW") ? 0 : 1;
            assertThat(ra).isLessThanOrEqualTo(rb);
            if (ra == rb) {
                assertThat(a.get("receivedAt").asText())
                        .isLessThanOrEqualTo(b.get("receivedAt").asText());
            }
        }
        int counted = 0;
        for (JsonNode c : all.get("counts")) {
            counted += c.asInt();
        }
        assertThat(counted).isEqualTo(3);

        JsonNode byText = api.json("/api/letters?q=ZÈBRE");
        assertThat(byText.get("total").asInt()).isEqualTo(1);
        assertThat(byText.get("items").get(0).get("fileName").asText()).isEqualTo("c.txt");
        JsonNode zebra = api.json("/api/letters?q=zebra");
        assertThat(zebra.get("items").get(0).get("fileName").asText()).isEqualTo("b.txt");

        JsonNode bySender = api.json("/api/letters?sender=culture");
        assertThat(bySender.get("total").asInt()).isEqualTo(1);
        assertThat(bySender.get("items").get(0).get("fileName").asText()).isEqualTo("a.txt");

        JsonNode oldestFirst = api.json("/api/letters?sort=received&limit=2");
        assertThat(oldestFirst.get("total").asInt()).isEqualTo(3);
        assertThat(oldestFirst.get("items")).hasSize(2);
        assertThat(oldestFirst.get("items").get(0).get("fileName").asText()).isEqualTo("a.txt");
        JsonNode second = api.json("/api/letters?sort=received&limit=2&offset=2");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("fileName").asText()).isEqualTo("c.txt");
        JsonNode newest = api.json("/api/letters?sort=newest&limit=1");
        assertThat(newest.get("items").get(0).get("fileName").asText()).isEqualTo("c.txt");

        String status = items.get(0).get("status").asText();
        JsonNode byStatus = api.json("/api/letters?status=" + status);
        assertThat(byStatus.get("items")).allMatch(i -> i.get("status").asText().equals(status));
        assertThat(byStatus.get("total").asInt())
                .isEqualTo(all.get("counts").get(status).asInt());

        assertThat(api.json("/api/letters?receivedFrom=2000-01-01&receivedTo=2000-01-02")
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(api.json("/api/letters?receivedFrom=2000-01-01").get("total").asInt())
                .isEqualTo(3);
    }

    @Test
    void oneLetterWithItsRevisionsAndItsRevisionNumberAsETag() throws Exception {
        drop(Map.of("scan-7.txt", letter("Ministère de la Culture", "Budget 2026", "Le budget des musées.")));
        String id = api.json("/api/letters").get("items").get(0).get("id").asText();

        HttpResponse<String> r = api.get("/api/letters/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode letter = Api.parse(r.body());
        assertThat(letter.get("id").asText()).isEqualTo(id);
        assertThat(letter.get("revision").asInt()).isEqualTo(1);
        assertThat(letter.get("record").get("source").get("fileName").asText()).isEqualTo("scan-7.txt");
        assertThat(letter.get("record").get("text").asText()).contains("Budget 2026");
        assertThat(letter.get("revisions")).hasSize(1);
        assertThat(letter.get("revisions").get(0).get("by").asText()).isEqualTo("courrier");

        JsonNode first = api.json("/api/letters/" + id + "/revisions/1");
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(api.json("/api/letters/" + id + "/audit")).isEmpty();
    }

    @Test
    void refusalsAreJsonWithAClearMessage() throws Exception {
        String unknown = "0".repeat(64);
        HttpResponse<String> missing = api.get("/api/letters/" + unknown);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Api.parse(missing.body()).get("message").asText()).isEqualTo("no letter " + unknown);

        HttpResponse<String> notAnId = api.get("/api/letters/..%2F..%2Fetc%2Fpasswd");
        assertThat(notAnId.statusCode()).as("the gate refuses an encoded path").isEqualTo(400);
        assertThat(api.get("/api/letters/" + "g".repeat(64)).statusCode()).isEqualTo(404);

        HttpResponse<String> badLimit = api.get("/api/letters?limit=5000");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        JsonNode error = Api.parse(badLimit.body());
        assertThat(error.get("error").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asText()).isEqualTo("limit must be between 1 and 1000: 5000");

        HttpResponse<String> badDate = api.get("/api/letters?letterFrom=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Api.parse(badDate.body()).get("message").asText())
                .contains("letterFrom")
                .contains("yesterday");
        assertThat(badDate.headers().firstValue("letterFrom"))
                .as("query not echoed")
                .isEmpty();

        HttpResponse<String> badSort = api.get("/api/letters?sort=random");
        assertThat(badSort.statusCode()).isEqualTo(400);
    }
}
