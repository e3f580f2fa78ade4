package org.courrier.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client (java.net.http) for the running service's HTTP server. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A request that reads with the test services' token ({@link TestService#TOKEN}). */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TestService.TOKEN);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A signed-in session: its cookie and its CSRF token, to send with writes. */
    record Session(String cookie, String csrf) {
        HttpRequest.Builder on(HttpRequest.Builder request) {
            return request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
    }

    private final java.util.Map<String, Session> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Signs {@code name} in with {@link TestService#PASSWORD} (once; later calls reuse the session). */
    Session signIn(String name) throws IOException, InterruptedException {
        Session known = sessions.get(name);
        if (known != null) {
            return known;
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/session"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("name", name)
                        .put("password", TestService.PASSWORD)
                        .toString()))
                .build());
        if (r.statusCode() != 200) {
            throw new AssertionError("signing in " + name + " answered " + r.statusCode() + ": " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        Session s = new Session(
                cookie.substring(0, cookie.indexOf(';')),
                parse(r.body()).get("csrf").asText());
        sessions.put(name, s);
        return s;
    }

    /** The JSON body of a GET that must answer 200. */
    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
