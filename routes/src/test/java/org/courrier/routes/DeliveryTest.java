package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records leave through further endpoints; a delivery that keeps failing is retried, then kept, never dropped. */
class DeliveryTest {

    @TempDir
    Path root;

    private CourrierService service;
    private HttpServer http;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Requests answered 500 before the server starts answering 200. */
    private volatile int failuresFirst;

    @BeforeEach
    void startHttp() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/letters", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = requests.incrementAndGet() <= failuresFirst ? 500 : 200;
            if (status == 200) {
                received.add(body);
            }
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        http.stop(0);
    }

    private String httpUri() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/letters";
    }

    private Path processOne(String targets, String attempts, String letter) throws Exception {
        Properties p = TestService.properties(
                root, Map.of("courrier.deliver.to", targets, "courrier.deliver.attempts", attempts));
        service = CourrierService.start(p, TestService::textIntake);
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(1)
                .create();
        Files.writeString(root.resolve("inbox/letter.txt"), letter);
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        String id = TextIntake.sha256(letter.getBytes(StandardCharsets.UTF_8));
        Path record = root.resolve("outbox").resolve(LetterRouteSteps.outboxName("letter.txt", id));
        assertThat(record).exists();
        ValidRecords.read(record);
        return record;
    }

    @Test
    void aFileTargetWritesEachRecordAsideThenRenamesIt() {
        // a plain file: target wrote in place: a folder watcher (and ReviewApiTest once) read a record half written
        assertThat(DeliveryRoute.writtenWhole("file:/srv/copies")).isEqualTo("file:/srv/copies?tempPrefix=.writing-");
        assertThat(DeliveryRoute.writtenWhole("file:/srv/copies?fileExist=Append"))
                .isEqualTo("file:/srv/copies?fileExist=Append&tempPrefix=.writing-");
        assertThat(DeliveryRoute.writtenWhole("file:/srv/copies?tempFileName=x.tmp"))
                .isEqualTo("file:/srv/copies?tempFileName=x.tmp");
        assertThat(DeliveryRoute.writtenWhole("http://archive.local/letters"))
                .isEqualTo("http://archive.local/letters");
    }

    @Test
    void recordIsPostedOverHttpCopiedToASecondFolderAndSentToAnyEndpoint() throws Exception {
        Path copies = root.resolve("copies");
        Path record = processOne(httpUri() + ",file:" + copies + ",mock:audit", "3", "A letter for three readers");

        String json = Files.readString(record);
        assertThat(received).containsExactly(json);
        assertThat(copies.resolve(record.getFileName())).hasContent(json);
        MockEndpoint audit = service.context().getEndpoint("mock:audit", MockEndpoint.class);
        assertThat(audit.getReceivedExchanges()).hasSize(1);
        assertThat(audit.getReceivedExchanges().get(0).getIn().getBody(String.class))
                .isEqualTo(json);
        assertThat(root.resolve("outbox/undelivered")).doesNotExist();
    }

    @Test
    void endpointThatRecoversWithinTheRetriesGetsTheRecordOnce() throws Exception {
        failuresFirst = 2;
        Path record = processOne(httpUri(), "4", "A letter to a server that wakes up slowly");

        assertThat(requests.get()).isEqualTo(3);
        assertThat(received).containsExactly(Files.readString(record));
        assertThat(root.resolve("outbox/undelivered")).doesNotExist();
    }

    @Test
    void endpointThatKeepsFailingIsRetriedThenTheRecordIsKeptInUndelivered() throws Exception {
        failuresFirst = Integer.MAX_VALUE;
        Path copies = root.resolve("copies");
        Path record = processOne(httpUri() + ",file:" + copies, "3", "A letter to a server that is down");

        assertThat(requests.get()).isEqualTo(3);
        Path kept = root.resolve("outbox/undelivered/1").resolve(record.getFileName());
        assertThat(kept).hasSameTextualContentAs(record);
        assertThat(copies.resolve(record.getFileName())).hasSameTextualContentAs(record);
        assertThat(root.resolve("outbox/undelivered/2")).doesNotExist();
        try (Stream<Path> done = Files.walk(root.resolve("data/done"))) {
            assertThat(done.filter(Files::isRegularFile))
                    .containsExactly(Archived.named(root.resolve("data/done"), "letter.txt"));
        }
    }
}
