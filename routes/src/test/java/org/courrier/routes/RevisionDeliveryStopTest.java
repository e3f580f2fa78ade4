package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.courrier.document.SourceFile;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.extract.record.Review;
import org.courrier.routes.store.RecordStore;
import org.courrier.routes.store.StateDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping while a revision is on its way out: the sender finishes the revision under way (or leaves it pending)
 * instead of being interrupted in the middle of a write to the state database, which would break H2's file store.
 */
class RevisionDeliveryStopTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void stoppingLetsTheRevisionUnderWayFinishAndTheStateDatabaseStaysUsable() throws Exception {
        Properties props = TestService.properties(root, Map.of("courrier.deliver.to", "direct:slow-endpoint"));
        ServiceSettings settings = ServiceSettings.from(props);
        CountDownLatch entered = new CountDownLatch(1);
        try (StateDatabase state =
                StateDatabase.open("jdbc:h2:file:" + root.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            RecordStore records = new RecordStore(state.dataSource(), Clock.systemUTC());
            String id = approvedLetter(records);
            RevisionDelivery revisions = new RevisionDelivery(settings, records);
            DefaultCamelContext context = new DefaultCamelContext();
            context.getPropertiesComponent().setInitialProperties(props);
            context.addRoutes(revisions);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // an endpoint that does not give up its call when interrupted (blocking socket I/O, say) and,
                    // as it should, keeps the thread's interrupt status for its caller
                    from("direct:deliver-1").process(e -> {
                        entered.countDown();
                        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
                        boolean interrupted = false;
                        while (System.nanoTime() < end) {
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException x) {
                                interrupted = true;
                            }
                        }
                        if (interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            });
            context.start();
            try {
                revisions.send(id, 2);
                assertThat(entered.await(30, TimeUnit.SECONDS))
                        .as("the revision is on its way")
                        .isTrue();

                revisions.close();

                assertThat(records.pendingDeliveries())
                        .as("the revision under way went out")
                        .isEmpty();
                assertThat(records.load(id)).isPresent();
                assertThat(root.resolve("outbox")).isDirectoryContaining("glob:**/*.r2.json");
            } finally {
                context.stop();
            }
        }
    }

    /** A letter read and approved: revision 2, pending delivery. */
    private static String approvedLetter(RecordStore records) throws Exception {
        String id = "c".repeat(64);
        LetterRecord record = new LetterRecord(
                new SourceFile("lettre.pdf", "application/pdf", 100, 1, id),
                "fr",
                new LetterFields(
                        Field.missing(),
                        Field.missing(),
                        Field.missing(),
                        Field.missing(),
                        Field.missing(),
                        Field.missing(),
                        Field.missing(),
                        Field.of("Budget", 0.5, List.of()),
                        Field.of(List.of(), 0.9, List.of())),
                "Objet : Budget",
                new LetterRecord.OcrInfo("tesseract 5.3.0", "fra+eng", List.of()),
                new Review(Review.Status.NEEDS_REVIEW, List.of("subject: low confidence")),
                Instant.parse("2026-12-01T09:00:00Z"),
                100);
        String json = RecordJson.toJson(record);
        records.save(json, Instant.parse("2026-12-01T08:59:00Z"));
        ObjectNode revised = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) revised.get("review")).put("status", "REVIEWED").put("reviewedBy", "alice");
        revised.put("schema", "courrier.letter/2").put("revision", 2);
        records.revise(id, 1, revised.toString(), "alice", "approved by alice", List.of(), true);
        return id;
    }
}
