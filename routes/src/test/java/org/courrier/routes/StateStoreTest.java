package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered ids and the in-flight journal, on embedded H2 and on a real PostgreSQL server. */
class StateStoreTest {

    @TempDir
    Path dir;

    private static String randomId() {
        byte[] b = new byte[32];
        new java.security.SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void roundTrip(StateStore store) throws Exception {
        store.open();
        try {
            SeenRepository seen = new SeenRepository(store);
            String id = randomId();
            assertThat(seen.contains(id)).isFalse();
            assertThat(seen.add(id)).isTrue();
            assertThat(seen.add(id)).as("second add of the same id").isFalse();
            assertThat(seen.contains(id)).isTrue();
            assertThat(store.claim(id, "a.pdf", "run-1")).isEqualTo(new StateStore.Claim(true, 0));
            assertThat(store.claim(id, "b.pdf", "run-1"))
                    .as("same content in flight in the same run")
                    .isEqualTo(new StateStore.Claim(false, 0));
            assertThat(store.claim(id, "a.pdf", "run-2"))
                    .as("a claim left by a run that died is taken over")
                    .isEqualTo(new StateStore.Claim(true, 1));
            assertThat(store.claim(id, "a.pdf", "run-3"))
                    .as("two unfinished starts before")
                    .isEqualTo(new StateStore.Claim(true, 2));
            store.finish(id);
            assertThat(store.claim(id, "a.pdf", "run-3"))
                    .as("finished letters start afresh")
                    .isEqualTo(new StateStore.Claim(true, 0));
            store.finish(id);
            assertThat(seen.remove(id)).isTrue();
            assertThat(seen.contains(id)).isFalse();
        } finally {
            store.close();
        }
    }

    @Test
    void embeddedH2RemembersIdsAndClaimsLettersInFlight() throws Exception {
        roundTrip(new StateStore("jdbc:h2:file:" + dir.resolve("state/courrier"), "", ""));
    }

    @Test
    void aClaimWhoseFinishNeverReachedTheDatabaseIsTakenAgainByTheSameRunAsNoCrash() throws Exception {
        StateStore store = new StateStore("jdbc:h2:file:" + dir.resolve("state/courrier"), "", "");
        store.open();
        String id = randomId();
        assertThat(store.claim(id, "a.pdf", "run-1")).isEqualTo(new StateStore.Claim(true, 0));
        // the database goes away: the letter goes back to the inbox and its finish is lost
        store.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.finish(id))
                .isInstanceOf(IllegalStateException.class);
        store.open();
        try {
            assertThat(store.claim(id, "a.pdf", "run-1"))
                    .as("read again once the database is back: neither a twin in flight nor a crash")
                    .isEqualTo(new StateStore.Claim(true, 0));
            assertThat(store.claim(id, "b.pdf", "run-1"))
                    .as("a twin while it is in flight again")
                    .isEqualTo(new StateStore.Claim(false, 0));
        } finally {
            store.close();
        }
    }

    @Test
    void embeddedH2KeepsIdsAcrossReopening() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("state/courrier");
        String id = randomId();
        StateStore first = new StateStore(url, "", "");
        first.open();
        first.remember(id);
        first.close();
        StateStore second = new StateStore(url, "", "");
        second.open();
        assertThat(second.seen(id)).isTrue();
        second.close();
    }

    @Test
    void postgresqlRemembersIdsAndClaimsLettersInFlight() throws Exception {
        PostgresState.Server pg = PostgresState.server();
        roundTrip(new StateStore(pg.url(), pg.user(), pg.password()));
    }

    @Test
    void serviceOnPostgresqlSetsAsideALetterSeenBeforeARestart() throws Exception {
        PostgresState.Server pg = PostgresState.server();
        Properties p = TestService.properties(
                dir,
                Map.of(
                        "courrier.state.url",
                        pg.url(),
                        "courrier.state.user",
                        pg.user(),
                        "courrier.state.password",
                        pg.password()));
        String letter = "A letter remembered by PostgreSQL " + UUID.randomUUID();
        for (String name : new String[] {"first.txt", "again.txt"}) {
            CourrierService service = CourrierService.start(p, TestService::textIntake);
            try {
                NotifyBuilder done = new NotifyBuilder(service.context())
                        .fromRoute(LetterRoute.ROUTE_ID)
                        .whenDone(1)
                        .create();
                Files.writeString(dir.resolve("inbox").resolve(name), letter, StandardCharsets.UTF_8);
                assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                service.close();
            }
        }
        assertThat(Archived.named(dir.resolve("data/duplicates"), "again.txt")).hasContent(letter);
        try (var records = Files.list(dir.resolve("outbox"))) {
            assertThat(records.filter(Files::isRegularFile)).hasSize(1);
        }
        StateStore store = new StateStore(pg.url(), pg.user(), pg.password());
        store.open();
        String id = TextIntake.sha256(letter.getBytes(StandardCharsets.UTF_8));
        assertThat(store.seen(id)).isTrue();
        store.forget(id);
        store.close();
    }
}
