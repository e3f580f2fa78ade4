package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the inbox are never followed: a link to a file, a chain of links, a dangling link and (with
 * recursive pickup) a link to a folder are refused with a typed reason, logged once and left in place; nothing
 * outside the inbox is read or moved, and the letters beside them flow as usual.
 */
class SymlinkPickupTest {

    @TempDir
    Path root;

    private Path outside;
    private Path inbox;
    private CourrierService service;

    @BeforeEach
    void folders() throws Exception {
        outside = Files.createDirectories(root.resolve("elsewhere"));
        inbox = Files.createDirectories(root.resolve("inbox"));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private void start(Map<String, String> extra) throws Exception {
        service = CourrierService.start(TestService.properties(root, extra), TestService::textIntake);
    }

    /** Lets the poller list the inbox many times over, then drops a plain letter and waits until it is done. */
    private void pollsPassThenALetterIsDone(Path letter) throws Exception {
        Thread.sleep(1_000);
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(1)
                .create();
        Files.createDirectories(letter.getParent());
        Files.writeString(letter, Letters.letter(3), StandardCharsets.UTF_8);
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
    }

    private List<Path> records() throws Exception {
        return ValidRecords.in(root.resolve("outbox"));
    }

    @Test
    void linksToFilesChainsAndDanglingLinksAreRefusedLoggedOnceAndLeftInPlace() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), Letters.letter(1), StandardCharsets.UTF_8);
        Path linkOut = Files.createSymbolicLink(inbox.resolve("link.txt"), secret);
        Path chainEnd = Files.createSymbolicLink(inbox.resolve("chain-2.txt"), secret);
        Path chainStart = Files.createSymbolicLink(inbox.resolve("chain-1.txt"), chainEnd);
        Path dangling = Files.createSymbolicLink(inbox.resolve("gone.txt"), outside.resolve("never-there.txt"));
        Path inside = Files.writeString(
                Files.createDirectories(inbox.resolve("kept")).resolve("inside.txt"),
                Letters.letter(2),
                StandardCharsets.UTF_8);
        Path linkIn = Files.createSymbolicLink(inbox.resolve("alias.txt"), inside);

        try (LogLines log = LogLines.of("org.courrier.letters")) {
            start(Map.of());
            pollsPassThenALetterIsDone(inbox.resolve("plain.txt"));

            List<Path> records = records();
            assertThat(records).hasSize(1);
            assertThat(ValidRecords.read(records.get(0))
                            .get("source")
                            .get("fileName")
                            .asText())
                    .isEqualTo("plain.txt");
            for (Path link : List.of(linkOut, chainStart, chainEnd, dangling, linkIn)) {
                assertThat(Files.isSymbolicLink(link))
                        .as(link + " left in place")
                        .isTrue();
            }
            assertThat(secret).hasContent(Letters.letter(1));
            assertThat(inside).hasContent(Letters.letter(2));
            assertThat(root.resolve("data/failed")).isEmptyDirectory();
            assertThat(root.resolve("data/duplicates")).isEmptyDirectory();

            List<String> lines = log.drain();
            assertThat(lines)
                    .filteredOn(l -> l.contains("link.txt"))
                    .singleElement()
                    .asString()
                    .contains("OUTSIDE_INBOX")
                    .contains("symbolic link");
            assertThat(lines)
                    .filteredOn(l -> l.contains("chain-1.txt"))
                    .singleElement()
                    .asString()
                    .contains("OUTSIDE_INBOX");
            assertThat(lines)
                    .filteredOn(l -> l.contains("alias.txt"))
                    .singleElement()
                    .asString()
                    .contains("NOT_A_REGULAR_FILE");
            assertThat(lines)
                    .filteredOn(l -> l.contains("gone.txt"))
                    .singleElement()
                    .asString()
                    .contains("NOT_A_REGULAR_FILE")
                    .contains("does not resolve");
        }
    }

    @Test
    void withRecursivePickupALinkedFolderIsNotDescendedIntoAndNothingOutsideIsMoved() throws Exception {
        Path shared = Files.createDirectories(outside.resolve("shared"));
        Path far = Files.writeString(shared.resolve("far.txt"), Letters.letter(4), StandardCharsets.UTF_8);
        Files.createSymbolicLink(inbox.resolve("desk"), shared);
        Path loop = Files.createDirectories(inbox.resolve("real-desk"));
        Files.createSymbolicLink(loop.resolve("back"), inbox);
        Files.createSymbolicLink(loop.resolve("far-link.txt"), far);

        try (LogLines log = LogLines.of("org.courrier.letters")) {
            start(Map.of("courrier.pickup.recursive", "true"));
            pollsPassThenALetterIsDone(inbox.resolve("real-desk/plain.txt"));

            assertThat(records()).hasSize(1);
            assertThat(far).hasContent(Letters.letter(4));
            assertThat(Files.isSymbolicLink(inbox.resolve("desk"))).isTrue();
            assertThat(Files.isSymbolicLink(loop.resolve("far-link.txt"))).isTrue();
            try (Stream<Path> done = Files.walk(root.resolve("data/done"))) {
                assertThat(done.filter(Files::isRegularFile)).hasSize(1);
            }
            List<String> lines = log.drain();
            assertThat(lines)
                    .filteredOn(l -> l.contains("OUTSIDE_INBOX: desk: a symbolic link"))
                    .hasSize(1);
            assertThat(lines)
                    .filteredOn(l -> l.contains("far-link.txt"))
                    .singleElement()
                    .asString()
                    .contains("OUTSIDE_INBOX");
            assertThat(lines)
                    .filteredOn(l -> l.contains("back") && l.contains("symbolic link"))
                    .hasSize(1);
        }
    }
}
