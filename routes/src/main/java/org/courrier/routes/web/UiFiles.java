package org.courrier.routes.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The review screen's files, committed under {@code courrier-ui/} in the jar: no build step, no library. Only the
 * files named here are served (a path never reaches the class path as it was asked), each with headers that keep a
 * letter's text from ever running as code: a Content-Security-Policy allowing this server's own scripts and styles
 * and nothing inline, {@code nosniff}, and no framing.
 *
 * <p>The interface text comes from the resource bundles {@code org/courrier/routes/web/messages_en.properties} and
 * {@code messages_fr.properties}, served as JSON.
 *
 * <p>Thread-safe.
 */
public final class UiFiles {

    /** The headers of every page and file of the screen. */
    public static final Map<String, String> SAFE_HEADERS = Map.of(
            "Content-Security-Policy",
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
                            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/login", "login.html",
            "/ui/review.js", "review.js",
            "/ui/common.js", "common.js",
            "/ui/login.js", "login.js",
            "/ui/review.css", "review.css");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The file served at {@code path} (exactly), or empty. */
    public Optional<Answer> file(String path) {
        String name = FILES.get(path);
        if (name == null) {
            return Optional.empty();
        }
        byte[] bytes = cache.computeIfAbsent(name, UiFiles::read);
        Map<String, String> h = new LinkedHashMap<>(SAFE_HEADERS);
        h.put("Content-Type", type(name));
        h.put("Cache-Control", "no-cache");
        return Optional.of(new Answer(200, h, bytes));
    }

    /** The interface text in {@code lang} ({@code fr} or {@code en}; anything else is English), as JSON. */
    public Answer messages(String lang) {
        Locale locale = "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.courrier.routes.web.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ObjectNode n = JSON.createObjectNode();
        bundle.keySet().stream().sorted().forEach(k -> n.put(k, bundle.getString(k)));
        Map<String, String> h = new LinkedHashMap<>(SAFE_HEADERS);
        return Answer.json(200, n.toString(), h);
    }

    private static byte[] read(String name) {
        try (InputStream in = UiFiles.class.getResourceAsStream("/courrier-ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the review screen's file courrier-ui/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/css; charset=utf-8";
    }
}
