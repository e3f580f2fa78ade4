package org.courrier.routes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Health ({@code GET /health}: 200 UP or 503 DOWN with the reason) and Prometheus metrics ({@code GET /metrics})
 * over the JDK's HTTP server: no web framework for two read-only pages.
 *
 * <p>Thread-safe.
 */
final class StatusServer implements AutoCloseable {

    private final HttpServer server;

    StatusServer(String host, int port, Telemetry telemetry, BooleanSupplier running) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "courrier.http.port: cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server.createContext("/health", x -> {
            String stop = telemetry.stopReason();
            boolean up = running.getAsBoolean() && stop == null;
            String body = up
                    ? "{\"status\":\"UP\"}"
                    : "{\"status\":\"DOWN\",\"reason\":" + quote(stop == null ? "letters route not running" : stop)
                            + "}";
            send(x, up ? 200 : 503, "application/json", body);
        });
        server.createContext("/metrics", x -> send(x, 200, "text/plain; version=0.0.4", telemetry.prometheus()));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "courrier-status");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
