package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: requests that never finish (headers cut off, a body promised and not sent) must not hold up
 * anyone else: health, metrics and the API answer at once while they stay open.
 */
class SlowClientTest {

    @TempDir
    Path root;

    @Test
    void unfinishedRequestsDoNotBlockHealthMetricsOrTheApi() throws Exception {
        try (CourrierService service = CourrierService.start(
                TestService.properties(root, Map.of("courrier.http.port", "0")), TestService::textIntake)) {
            int port = service.statusPort();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    slow.add(s);
                    OutputStream out = s.getOutputStream();
                    String partial = switch (i % 4) {
                        case 0 -> "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"; // headers never end
                        case 1 -> "GET /metr"; // request line never ends
                        case 2 -> "POST /api/letters HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n{";
                        default -> ""; // connected, silent
                    };
                    out.write(partial.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                Api api = new Api(port);
                for (int round = 0; round < 3; round++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> health = api.send(api.request("/health")
                            .timeout(java.time.Duration.ofSeconds(5))
                            .build());
                    HttpResponse<String> metrics = api.send(api.request("/metrics")
                            .timeout(java.time.Duration.ofSeconds(5))
                            .build());
                    HttpResponse<String> letters = api.send(api.request("/api/letters")
                            .timeout(java.time.Duration.ofSeconds(5))
                            .build());
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(health.body()).contains("\"status\":\"UP\"");
                    assertThat(metrics.statusCode()).isEqualTo(200);
                    assertThat(metrics.body()).contains("courrier_letters_done_total");
                    assertThat(letters.statusCode()).isEqualTo(200);
                    assertThat(ms).as("three answers while 40 requests hang").isLessThan(5_000);
                }
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }
}
