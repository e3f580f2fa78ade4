package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.courrier.routes.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A box drawn on the page is read with OCR: {@code POST /api/letters/{id}/pages/{n}/read}. */
class BoxReadTest {

    @TempDir
    Path root;

    @Test
    void theBoxOfAFieldReadsBackItsTextAndOnlyAReviewerMayAsk() throws Exception {
        TestService.addUser(root, "rene", Role.REVIEWER);
        TestService.addUser(root, "claire", Role.CLERK);
        try (CourrierService service =
                CourrierService.start(TestService.properties(root, Map.of("courrier.http.port", "0")))) {
            Api api = new Api(service.statusPort());
            Path dir = Files.createDirectories(root.resolve("generated"));
            GeneratedLetter pdf =
                    LetterCorpus.generate(5, 1, EnumSet.of(Rendering.PDF), dir).get(0);
            Files.copy(
                    pdf.file(),
                    root.resolve("inbox").resolve(pdf.file().getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (api.json("/api/letters").get("total").asInt() < 1) {
                assertThat(System.nanoTime()).as("letter stored").isLessThan(deadline);
                Thread.sleep(100);
            }
            String id = api.json("/api/letters").get("items").get(0).get("id").asText();
            JsonNode sender = api.json("/api/letters/" + id).at("/record/fields/sender");
            JsonNode box = sender.at("/evidence/0/box");
            assertThat(box.isObject()).as("the sender has an evidence box").isTrue();
            String path = "/api/letters/" + id + "/pages/"
                    + sender.at("/evidence/0/page").asInt(1) + "/read";

            HttpResponse<String> read = api.send(api.signIn("rene")
                    .on(api.request(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(box.toString()))
                    .build());
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            String text = Api.parse(read.body()).get("text").asText();
            String expected = sender.get("value").asText();
            assertThat(words(text)).as(text).containsAnyElementsOf(java.util.Arrays.asList(words(expected)));

            HttpResponse<String> clerk = api.send(api.signIn("claire")
                    .on(api.request(path))
                    .POST(HttpRequest.BodyPublishers.ofString(box.toString()))
                    .build());
            assertThat(clerk.statusCode()).isEqualTo(403);
            HttpResponse<String> noBox = api.send(api.signIn("rene")
                    .on(api.request(path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"x\": 1}"))
                    .build());
            assertThat(noBox.statusCode()).isEqualTo(400);
        }
    }

    private static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    }
}
