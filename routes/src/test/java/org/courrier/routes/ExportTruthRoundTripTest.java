package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.FieldName;
import org.courrier.extract.record.LetterFields;
import org.courrier.fixtures.Rendering;
import org.courrier.fixtures.Truth;
import org.courrier.fixtures.eval.CorpusEvaluator;
import org.courrier.fixtures.eval.Evaluation;
import org.courrier.fixtures.eval.LetterResult;
import org.courrier.fixtures.eval.Matching;
import org.courrier.fixtures.eval.Scorer;
import org.courrier.routes.cli.CourrierCommand;
import org.courrier.routes.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewed letter becomes a ruler: a letter is read by the running service, a reviewer corrects its subject and
 * approves it through the API, {@code ./courrier export-truth DIR} writes it with its truth, and the evaluator of
 * {@code ./courrier eval DIR} (test-fixtures) reads that truth and scores the extraction against it.
 */
class ExportTruthRoundTripTest {

    private static final String CORRECTED = "Crédits de restauration des musées nationaux";

    @TempDir
    Path root;

    private CourrierService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theCorrectedFieldIsTheTruthAndTheUncorrectedExtractionScoresAsRight() throws Exception {
        TestService.addUser(root, "alice", Role.REVIEWER);
        service = CourrierService.start(TestService.properties(root, Map.of("courrier.http.port", "0")));
        Api api = new Api(service.statusPort());
        Path pdf = PdfLetter.write(
                root.resolve("courrier-du-ministere.pdf"),
                List.of(ApiTest.letter("Ministère de la Culture", "Budget 2026", "Le budget des musées.")
                        .split("\n")));
        Files.move(pdf, root.resolve("inbox").resolve(pdf.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        String id = awaitLetter(api, pdf.getFileName().toString());
        JsonNode read = api.json("/api/letters/" + id).get("record");
        assertThat(read.at("/fields/subject/value").asText()).isNotEqualTo(CORRECTED);

        HttpResponse<String> corrected = write(
                api, "PUT", "/api/letters/" + id + "/fields/subject", "\"1\"", "{\"value\": \"" + CORRECTED + "\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        HttpResponse<String> approved = write(api, "POST", "/api/letters/" + id + "/approve", "\"2\"", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!service.records().pendingDeliveries().isEmpty()) {
            assertThat(System.nanoTime()).as("revision 3 delivered").isLessThan(deadline);
            Thread.sleep(20);
        }
        // the H2 state database is the service's while it runs: export-truth runs once it has stopped
        service.close();
        service = null;

        Path dir = root.resolve("my-mail");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CourrierCommand.commandLine(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(
                        "export-truth",
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--outbox",
                        root.resolve("outbox").toString(),
                        "--data",
                        root.resolve("data").toString(),
                        dir.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 reviewed letter(s) written to " + dir);
        Path letter = dir.resolve("courrier-du-ministere." + id.substring(0, 8) + ".pdf");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(letter, Truth.fileFor(letter));
        }
        Truth truth = Truth.read(Truth.fileFor(letter));
        assertThat(truth.subject()).isEqualTo(CORRECTED);
        assertThat(truth.rendering()).isEqualTo(Rendering.PDF);
        assertThat(truth.language()).isEqualTo("fr");

        Evaluation evaluation;
        try (LetterPipeline pipeline = LetterPipeline.start(CourrierSettings.from(Map.of()))) {
            evaluation = CorpusEvaluator.run(pipeline, dir, 0.9, 1);
        }
        assertThat(evaluation.letters()).hasSize(1);
        LetterResult result = evaluation.letters().get(0);
        assertThat(result.error()).isNull();
        // the extraction still says what the reviewer corrected: wrong on the subject, right on every other field
        for (FieldName field : FieldName.values()) {
            assertThat(result.score().field(Matching.STRICT, field).correct())
                    .as(field + ": truth " + truth + ", extraction "
                            + result.record().fields())
                    .isEqualTo(field != FieldName.SUBJECT);
        }
        // and an extraction that reads the subject as the reviewer corrected it is right on it
        LetterFields f = result.record().fields();
        LetterFields asCorrected = new LetterFields(
                f.sender(),
                f.signatory(),
                f.reference(),
                f.theirReference(),
                f.date(),
                f.place(),
                f.recipient(),
                Field.of(CORRECTED, 1.0, List.of()),
                f.copies());
        assertThat(Scorer.score(truth, asCorrected).missionCorrect(Matching.STRICT))
                .isTrue();
    }

    private static HttpResponse<String> write(Api api, String method, String path, String ifMatch, String body)
            throws Exception {
        HttpRequest.Builder b = api.request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch);
        api.signIn("alice").on(b);
        return api.send(b.build());
    }

    private static String awaitLetter(Api api, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            for (JsonNode item : api.json("/api/letters?limit=1000").get("items")) {
                if (item.get("fileName").asText().equals(name)) {
                    return item.get("id").asText();
                }
            }
            assertThat(System.nanoTime()).as(name + " stored").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
