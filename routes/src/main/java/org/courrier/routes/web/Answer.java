package org.courrier.routes.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer made without a server: status, headers and body, for the Camel routes to send. */
public record Answer(int status, Map<String, String> headers, byte[] body) {

    public Answer {
        headers = Map.copyOf(headers);
    }

    static Answer json(int status, String json, Map<String, String> extra) {
        Map<String, String> h = new LinkedHashMap<>(extra);
        h.put("Content-Type", "application/json; charset=utf-8");
        h.put("Cache-Control", "no-store");
        return new Answer(status, h, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as text (for tests and logs). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
