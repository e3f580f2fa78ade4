package org.courrier.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.courrier.routes.store.RecordStore.Correction;
import org.courrier.routes.store.RecordStore.Filter;
import org.courrier.routes.store.RecordStore.Saved;
import org.courrier.routes.store.RecordStore.StoredRecord;
import org.courrier.routes.store.RecordStore.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the record store does, on whichever database {@link #store()} is on. Each test makes its own records, marked
 * with a token of its own in the letter's text, so the tests share the class's database without seeing each
 * other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordStoreContract {

    private static final Instant DAY = Instant.parse("2026-11-30T08:00:00Z");

    private TestDatabase db;
    private StateDatabase database;
    private RecordStore store;

    /** The database the store of this class runs on, made empty for the class and dropped after it. */
    abstract TestDatabase.Kind kind();

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        db = TestDatabase.empty(kind(), dir);
        database = db.open();
        store = new RecordStore(database.dataSource(), clock());
    }

    @AfterAll
    void close() throws Exception {
        database.close();
        db.close();
    }

    RecordStore store() {
        return store;
    }

    private static String token() {
        return "tok" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void savesTheFirstRevisionAndLoadsIt() throws Exception {
        String json = Records.letter(
                "Ministère des Finances", LocalDate.of(2026, 11, 27), "Budget 2027", "Objet : Budget 2027", 0.95);
        String id = Records.id(json);
        assertThat(store().save(json, DAY)).isEqualTo(Saved.NEW);

        StoredRecord r = store().load(id).orElseThrow();
        assertThat(r.json()).isEqualTo(json);
        Summary s = r.summary();
        assertThat(s.id()).isEqualTo(id);
        assertThat(s.revision()).isEqualTo(1);
        assertThat(s.status()).isEqualTo("AUTO_ACCEPTED");
        assertThat(s.receivedAt()).isEqualTo(DAY);
        assertThat(s.processedAt()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
        assertThat(s.fileName()).isEqualTo("scan-" + id.substring(0, 6) + ".png");
        assertThat(s.archivedAs()).endsWith("/data/done/2026/11/30/scan-" + id.substring(0, 6) + ".png");
        assertThat(s.sender()).isEqualTo("Ministère des Finances");
        assertThat(s.letterDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(s.subject()).isEqualTo("Budget 2027");
        assertThat(r.revisions()).singleElement().satisfies(rev -> {
            assertThat(rev.number()).isEqualTo(1);
            assertThat(rev.json()).isEqualTo(json);
            assertThat(rev.by()).isEqualTo(RecordStore.SERVICE);
        });
        assertThat(store().load(Records.randomId())).isEmpty();
    }

    @Test
    void aLetterReadAgainReplacesRevisionOneUntilReviewersRevisedIt() throws Exception {
        String first = Records.letter("Ambassade de France", null, "Visa", "Objet : Visa", 0.5);
        String id = Records.id(first);
        String again = Records.revised(first, "Visa (relu)", "NEEDS_REVIEW");
        store().save(first, DAY);
        assertThat(store().save(again, DAY.plusSeconds(60))).isEqualTo(Saved.REREAD);
        StoredRecord r = store().load(id).orElseThrow();
        assertThat(r.json()).isEqualTo(again);
        assertThat(r.summary().receivedAt()).as("first received").isEqualTo(DAY);
        assertThat(r.revisions())
                .singleElement()
                .satisfies(rev -> assertThat(rev.json()).isEqualTo(again));

        String reviewed = Records.revised(again, "Visa de long séjour", "REVIEWED");
        store().revise(
                        id,
                        1,
                        reviewed,
                        "alice",
                        List.of(new Correction("subject", "Visa (relu)", "Visa de long séjour")));
        assertThat(store().save(first, DAY)).isEqualTo(Saved.KEPT);
        assertThat(store().load(id).orElseThrow().json()).isEqualTo(reviewed);
    }

    @Test
    void listsWithFiltersAndPages() throws Exception {
        String tok = token();
        String a = Records.letter(
                "Ministère de l'Intérieur", LocalDate.of(2026, 1, 10), "Sécurité", "Objet : Sécurité " + tok, 0.95);
        String b = Records.letter(
                "Université de Genève",
                LocalDate.of(2026, 3, 5),
                "Colloque",
                "Objet : Colloque 100% " + tok + " UPPER",
                0.4);
        String c = Records.letter("Ministère de la Santé", null, "Vaccins", "Objet : Vaccins " + tok, 0.4);
        store().save(a, DAY);
        store().save(b, DAY.plusSeconds(3600));
        store().save(c, DAY.plusSeconds(7200));
        String ia = Records.id(a);
        String ib = Records.id(b);
        String ic = Records.id(c);

        assertThat(ids(filter(tok, null, null, null, null, null, null))).containsExactly(ia, ib, ic);
        assertThat(ids(filter(tok, "NEEDS_REVIEW", null, null, null, null, null)))
                .containsExactly(ib, ic);
        assertThat(ids(filter(tok, null, DAY.plusSeconds(3600), DAY.plusSeconds(7200), null, null, null)))
                .as("received from inclusive, to exclusive")
                .containsExactly(ib);
        assertThat(ids(filter(tok, null, null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 4), null)))
                .as("letter dates inclusive")
                .containsExactly(ia);
        assertThat(ids(filter(tok, null, null, null, null, null, "ministère")))
                .as("sender, any case")
                .containsExactly(ia, ic);
        assertThat(ids(filter(tok, null, null, null, null, null, "%")))
                .as("LIKE characters are literal")
                .isEmpty();
        assertThat(ids(store().list(new Filter(
                        null, null, null, null, null, null, "100% " + tok.toUpperCase() + " upper", 0, 10))))
                .as("free text over the letter, any case")
                .containsExactly(ib);
        assertThat(ids(store().list(new Filter(null, null, null, null, null, null, "vaccins " + tok, 0, 10))))
                .containsExactly(ic);

        RecordStore.Page first = store().list(new Filter(null, null, null, null, null, null, tok, 0, 2));
        RecordStore.Page second = store().list(new Filter(null, null, null, null, null, null, tok, 2, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(ids(first)).containsExactly(ia, ib);
        assertThat(ids(second)).containsExactly(ic);
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void aRevisionIsSavedWithItsAuditTrail() throws Exception {
        String json =
                Records.letter("Conseil de l'Europe", LocalDate.of(2026, 6, 1), "Rapport", "Objet : Rapport", 0.4);
        String id = Records.id(json);
        store().save(json, DAY);
        String fixed = Records.revised(json, "Rapport annuel", "REVIEWED");
        int n = store().revise(
                        id,
                        1,
                        fixed,
                        "alice",
                        "subject read wrong",
                        List.of(
                                new Correction("subject", "Rapport", "Rapport annuel"),
                                new Correction("reference", null, "CE/42")));
        assertThat(n).isEqualTo(2);

        StoredRecord r = store().load(id).orElseThrow();
        assertThat(r.summary().revision()).isEqualTo(2);
        assertThat(r.summary().status()).isEqualTo("REVIEWED");
        assertThat(r.summary().subject()).isEqualTo("Rapport annuel");
        assertThat(r.json()).isEqualTo(fixed);
        assertThat(r.revisions()).extracting(RecordStore.Revision::number).containsExactly(1, 2);
        assertThat(r.revisions().get(1).by()).isEqualTo("alice");
        assertThat(r.revisions().get(1).note()).isEqualTo("subject read wrong");
        assertThat(r.revisions().get(0).json()).as("revision 1 kept as it was").isEqualTo(json);
        assertThat(store().audit(id))
                .satisfiesExactly(
                        e -> assertThat(List.of(e.revision(), e.by(), e.field(), String.valueOf(e.before()), e.after()))
                                .containsExactly(2, "alice", "subject", "Rapport", "Rapport annuel"),
                        e -> assertThat(List.of(e.field(), String.valueOf(e.before()), e.after()))
                                .containsExactly("reference", "null", "CE/42"));
    }

    @Test
    void aStaleRevisionConflictsAndOverwritesNothing() throws Exception {
        String json = Records.letter("OCDE", null, "Statistiques", "Objet : Statistiques", 0.4);
        String id = Records.id(json);
        store().save(json, DAY);
        String alice = Records.revised(json, "Statistiques 2026", "REVIEWED");
        store().revise(id, 1, alice, "alice", List.of(new Correction("subject", "Statistiques", "Statistiques 2026")));
        String bob = Records.revised(json, "Statistiques OCDE", "REVIEWED");

        assertThatThrownBy(() -> store().revise(
                                id,
                                1,
                                bob,
                                "bob",
                                List.of(new Correction("subject", "Statistiques", "Statistiques OCDE"))))
                .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(2);
                    assertThat(e.getMessage()).contains(id, "revision 2");
                });
        StoredRecord r = store().load(id).orElseThrow();
        assertThat(r.json()).isEqualTo(alice);
        assertThat(r.revisions()).hasSize(2);
        assertThat(store().audit(id)).extracting(RecordStore.AuditEntry::by).containsExactly("alice");
    }

    @Test
    void twoRevisersOnTheSameRevisionExactlyOneWins() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String json = Records.letter("Sénat", null, "Audition", "Objet : Audition", 0.4);
                String id = Records.id(json);
                store().save(json, DAY);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (String who : List.of("alice", "bob")) {
                    String mine = Records.revised(json, "Audition de " + who, "REVIEWED");
                    Callable<Integer> revise = () -> {
                        go.await();
                        return store().revise(
                                        id,
                                        1,
                                        mine,
                                        who,
                                        List.of(new Correction("subject", "Audition", "Audition de " + who)));
                    };
                    results.add(two.submit(revise));
                }
                go.countDown();
                List<String> winners = new ArrayList<>();
                int conflicts = 0;
                for (int i = 0; i < 2; i++) {
                    try {
                        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(2);
                        winners.add(i == 0 ? "alice" : "bob");
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(RevisionConflictException.class);
                        conflicts++;
                    }
                }
                assertThat(winners).as("round " + round).hasSize(1);
                assertThat(conflicts).isEqualTo(1);
                StoredRecord r = store().load(id).orElseThrow();
                assertThat(r.summary().subject()).isEqualTo("Audition de " + winners.get(0));
                assertThat(r.revisions()).hasSize(2);
                assertThat(store().audit(id))
                        .extracting(RecordStore.AuditEntry::by)
                        .containsExactly(winners.get(0));
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void badInputIsRefusedNamingTheReason() throws Exception {
        String json = Records.letter("Cour des comptes", null, "Contrôle", "Objet : Contrôle", 0.4);
        String id = Records.id(json);
        assertThatThrownBy(() -> store().save("{\"id\": \"" + id + "\"", DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be parsed");
        assertThatThrownBy(() -> store().save("{\"id\": \"" + id + "\", \"text\": \"x\"}", DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("processedAt is missing");
        assertThatThrownBy(() -> store().revise(id, 1, json, "alice", List.of()))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(id);
        store().save(json, DAY);
        String other = Records.letter("Cour des comptes", null, "Contrôle", "Objet : Contrôle", 0.4);
        assertThatThrownBy(() -> store().revise(id, 1, other, "alice", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not " + id);
        assertThat(store().load(id).orElseThrow().summary().revision()).isEqualTo(1);
    }

    private RecordStore.Page filter(
            String tok,
            String status,
            Instant from,
            Instant to,
            LocalDate letterFrom,
            LocalDate letterTo,
            String sender)
            throws Exception {
        return store().list(new Filter(status, from, to, letterFrom, letterTo, sender, tok, 0, 50));
    }

    private static List<String> ids(RecordStore.Page page) {
        return page.items().stream().map(Summary::id).toList();
    }

    static Clock clock() {
        return Clock.system(ZoneOffset.UTC);
    }

    @Test
    void theQueueListsLettersWaitingForReviewFirstThenOldestFirst() throws Exception {
        String tok = token();
        String sureOld = Records.letter("A", LocalDate.of(2026, 11, 1), "sure old", "Objet : 1 " + tok, 0.95);
        String doubtNew = Records.letter("B", LocalDate.of(2026, 11, 2), "doubt new", "Objet : 2 " + tok, 0.5);
        String doubtOld = Records.letter("C", LocalDate.of(2026, 11, 3), "doubt old", "Objet : 3 " + tok, 0.5);
        store().save(sureOld, DAY);
        store().save(doubtNew, DAY.plusSeconds(7200));
        store().save(doubtOld, DAY.plusSeconds(3600));

        Filter queue = new Filter(null, null, null, null, null, null, tok, 0, 10, RecordStore.Order.QUEUE);
        assertThat(ids(store().list(queue)))
                .containsExactly(Records.id(doubtOld), Records.id(doubtNew), Records.id(sureOld));
        Filter newest = new Filter(null, null, null, null, null, null, tok, 0, 10, RecordStore.Order.NEWEST);
        assertThat(ids(store().list(newest)))
                .containsExactly(Records.id(doubtNew), Records.id(doubtOld), Records.id(sureOld));
        assertThat(store().counts().get("NEEDS_REVIEW")).isGreaterThanOrEqualTo(2);
        RecordStore.Backlog backlog = store().backlog();
        assertThat(backlog.letters()).isGreaterThanOrEqualTo(2);
        assertThat(backlog.oldestReceived()).isBeforeOrEqualTo(DAY.plusSeconds(3600));
    }

    @Test
    void aDecisionIsPendingUntilDeliveredAndADraftIsNever() throws Exception {
        String tok = token();
        String json = Records.letter("D", LocalDate.of(2026, 11, 4), "draft", "Objet : " + tok, 0.5);
        String id = Records.id(json);
        store().save(json, DAY);
        store().revise(id, 1, Records.revised(json, "a draft", "NEEDS_REVIEW"), "ann", "draft", List.of(), false);
        assertThat(store().pendingDeliveries()).noneMatch(p -> p.id().equals(id));

        String approved = Records.revised(json, "approved", "REVIEWED");
        store().revise(id, 2, approved, "ann", "approved", List.of(), true);
        assertThat(store().pendingDeliveries()).contains(new RecordStore.Pending(id, 3));
        assertThat(store().revisionJson(id, 3)).hasValue(approved);
        assertThat(store().revisionJson(id, 9)).isEmpty();

        store().delivered(id, 3);
        assertThat(store().pendingDeliveries()).noneMatch(p -> p.id().equals(id));
    }
}
