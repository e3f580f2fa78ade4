package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.camel.component.platform.http.HttpEndpointModel;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document matches the real API: every documented operation answers with a status and content
 * type it documents, and every HTTP endpoint the server has is documented.
 */
class OpenApiTest {

    private static final String USER = "openapi-test";

    @TempDir
    Path root;

    /** When an operation runs: reads and signing in first, then writes that build on each other, signing out last. */
    private static int order(String method, String template) {
        if (method.equals("get") || template.equals("/api/session") && method.equals("post")) {
            return 0;
        }
        List<String> writes = List.of(
                "put /api/letters/{id}/fields/{field}",
                "post /api/letters/{id}/pages/{page}/read",
                "post /api/letters/{id}/approve",
                "post /api/letters/{id}/reject",
                "post /api/users",
                "post /api/users/{name}/disable",
                "post /api/users/{name}/enable",
                "post /api/replay",
                "delete /api/session");
        int i = writes.indexOf(method + " " + template);
        return i < 0 ? writes.size() - 1 : i + 1;
    }

    /** The body of a request that succeeds; null: none. */
    private static String body(String method, String template) {
        if (method.equals("get") || method.equals("delete")) {
            return null;
        }
        if (template.equals("/api/session")) {
            return "{\"name\": \"" + USER + "\", \"password\": \"" + TestService.PASSWORD + "\"}";
        }
        if (template.equals("/api/users")) {
            return "{\"name\": \"added-by-openapi\", \"role\": \"clerk\", \"password\": \"a long password\"}";
        }
        if (template.equals("/api/replay") || template.endsWith("/disable") || template.endsWith("/enable")) {
            return "{}";
        }
        if (template.endsWith("/read")) {
            return "{\"x\": 150, \"y\": 150, \"w\": 1500, \"h\": 400}";
        }
        if (template.endsWith("/reject")) {
            return "{\"reason\": \"checked by the OpenAPI test\"}";
        }
        return template.endsWith("/approve") ? "{}" : "{\"value\": \"Objet corrigé\"}";
    }

    @Test
    void everyDocumentedOperationAnswersAndEveryServedEndpointIsDocumented() throws Exception {
        TestService.addUser(root, USER, org.courrier.routes.security.Role.ADMIN);
        try (CourrierService service =
                CourrierService.start(TestService.properties(root, Map.of("courrier.http.port", "0")))) {
            Api api = new Api(service.statusPort());
            Path dir = Files.createDirectories(root.resolve("generated"));
            GeneratedLetter pdf =
                    LetterCorpus.generate(3, 1, EnumSet.of(Rendering.PDF), dir).get(0);
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

            JsonNode doc = api.json("/api/openapi.json");
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            HttpResponse<String> yaml = api.get("/api/openapi.yaml");
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.body()).contains("openapi: 3.1.0");

            // reads first, then the writes in an order that lets each succeed, signing out last
            List<String[]> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                path.getValue().fieldNames().forEachRemaining(m -> operations.add(new String[] {m, path.getKey()}));
            }
            operations.sort(java.util.Comparator.comparingInt(o -> order(o[0], o[1])));
            List<String> documented = new ArrayList<>();
            for (String[] op : operations) {
                String method = op[0];
                String template = op[1];
                JsonNode operation = doc.get("paths").get(template).get(method);
                documented.add(method.toUpperCase() + " " + template);
                String path = template.replace("{id}", id)
                        .replace("{revision}", "1")
                        .replace("{page}", "1")
                        .replace("{field}", "subject")
                        .replace("{name}", "added-by-openapi");
                HttpRequest.Builder request = api.request(path);
                boolean signIn = method.equals("post") && template.equals("/api/session");
                if (!signIn && !template.startsWith("/api/openapi") && !template.equals("/health")) {
                    api.signIn(USER).on(request);
                }
                String body = body(method, template);
                if (method.equals("get")) {
                    request.GET();
                } else if (body == null) {
                    request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
                } else {
                    request.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json");
                }
                if (template.startsWith("/api/letters/{id}/") && !method.equals("get")) {
                    request.header(
                            "If-Match",
                            api.get("/api/letters/" + id)
                                    .headers()
                                    .firstValue("ETag")
                                    .orElseThrow());
                }
                HttpResponse<byte[]> r = api.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String status = Integer.toString(r.statusCode());
                assertThat(r.statusCode())
                        .as(method + " " + template + ": "
                                + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                        .isBetween(200, 299);
                assertThat(operation.get("responses").has(status))
                        .as(method + " " + template + " documents " + status)
                        .isTrue();
                JsonNode content = operation.get("responses").get(status).path("content");
                if (!content.isMissingNode()) {
                    String type =
                            r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
                    assertThat(content.has(type))
                            .as(method + " " + template + " answers " + type + ", documented " + content)
                            .isTrue();
                }
            }
            // every endpoint the server has is documented, and nothing else
            PlatformHttpComponent http = service.context().getComponent("platform-http", PlatformHttpComponent.class);
            TreeSet<String> served = new TreeSet<>();
            for (HttpEndpointModel m : http.getHttpEndpoints()) {
                for (String verb : m.getVerbs().split(",")) {
                    served.add(verb.strip().toUpperCase() + " " + m.getUri());
                }
            }
            // the review screen's pages and files are the browser's, not the API's (the README describes them);
            // every other route, all of /api included, must be in the document
            served.removeIf(e -> e.endsWith(" /") || e.endsWith(" /login") || e.contains(" /ui/"));
            assertThat(served)
                    .as("routes the server registers, against the OpenAPI document")
                    .containsExactlyInAnyOrderElementsOf(documented);
            assertThat(served).anyMatch(e -> e.startsWith("DELETE /api/session"));
        }
    }
}
