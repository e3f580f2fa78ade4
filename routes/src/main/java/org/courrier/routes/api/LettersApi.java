package org.courrier.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.courrier.routes.store.RecordStore;

/**
 * The REST API under {@code /api} (Camel's REST DSL on the platform HTTP server): list and filter letters, one
 * letter with its revisions, the audit trail. Answers are JSON; every refusal is {@code {"error": CODE, "message":
 * ...}} with its HTTP status. Record ids are the only references a request can make.
 */
public final class LettersApi extends RouteBuilder {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The OpenAPI document of this API, committed beside the code; {@code OpenApiTest} checks it against it. */
    public static final String OPENAPI = "/openapi/courrier-api.yaml";

    private static final String ID = "[0-9a-f]{64}";

    private final RecordStore records;
    /** The response header giving a page image's pixels per evidence pixel (0.5 or 1.0). */
    public static final String PAGE_SCALE = "X-Courrier-Page-Scale";

    private final PageImages pages;
    private final Reviews reviews;
    private final Reviewers reviewers;

    /**
     * @param reviewers who makes a write request: the one place identities come from
     */
    public LettersApi(RecordStore records, PageImages pages, Reviews reviews, Reviewers reviewers) {
        this.records = records;
        this.pages = pages;
        this.reviews = reviews;
        this.reviewers = reviewers;
    }

    @Override
    public void configure() {
        onException(ApiException.class).handled(true).process(e -> {
            ApiException x = e.getProperty(Exchange.EXCEPTION_CAUGHT, ApiException.class);
            error(e, x.status(), x.code(), x.getMessage());
            if (x instanceof Reviews.Conflict c) {
                ObjectNode body = (ObjectNode) MAPPER.readTree(e.getMessage().getBody(String.class));
                body.put("expectedRevision", c.expected);
                body.put("currentRevision", c.current);
                json(e, 409, body);
                e.getMessage().setHeader("ETag", etag(c.current));
            }
        });
        onException(Exception.class).handled(true).process(e -> {
            Exception x = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            log.warn("API {} failed", e.getIn().getHeader(Exchange.HTTP_URI), x);
            error(e, 500, "INTERNAL_ERROR", "the request failed: " + x.getMessage());
        });
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);
        String yaml = openApiYaml();
        String json = openApiJson(yaml);
        rest("/api")
                .get("/openapi.yaml")
                .to("direct:api-openapi-yaml")
                .get("/openapi.json")
                .to("direct:api-openapi-json")
                .get("/letters")
                .to("direct:api-letters")
                .get("/letters/{id}")
                .to("direct:api-letter")
                .get("/letters/{id}/revisions/{revision}")
                .to("direct:api-revision")
                .get("/letters/{id}/audit")
                .to("direct:api-audit")
                .get("/letters/{id}/pages/{page}")
                .to("direct:api-page")
                .put("/letters/{id}/fields/{field}")
                .to("direct:api-correct")
                .post("/letters/{id}/approve")
                .to("direct:api-approve")
                .post("/letters/{id}/reject")
                .to("direct:api-reject");
        from("direct:api-openapi-yaml")
                .routeId("api-openapi-yaml")
                .process(e -> answer(e, 200, "application/yaml; charset=utf-8", yaml));
        from("direct:api-openapi-json")
                .routeId("api-openapi-json")
                .process(e -> answer(e, 200, "application/json", json));
        from("direct:api-letters").routeId("api-letters").process(this::list);
        from("direct:api-letter").routeId("api-letter").process(this::letter);
        from("direct:api-revision").routeId("api-revision").process(this::revision);
        from("direct:api-audit").routeId("api-audit").process(this::audit);
        from("direct:api-page").routeId("api-page").process(this::page);
        from("direct:api-correct").routeId("api-correct").process(this::correct);
        from("direct:api-approve").routeId("api-approve").process(this::approve);
        from("direct:api-reject").routeId("api-reject").process(this::reject);
    }

    static String openApiYaml() {
        try (java.io.InputStream in = LettersApi.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String openApiJson(String yaml) {
        try {
            return MAPPER.writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(OPENAPI + " is not YAML: " + e.getOriginalMessage(), e);
        }
    }

    private void list(Exchange e) throws SQLException {
        int offset = number(e, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = number(e, "limit", 50, 1, 1000);
        String sort = text(e, "sort");
        RecordStore.Order order;
        if (sort == null || sort.equals("queue")) {
            order = RecordStore.Order.QUEUE;
        } else if (sort.equals("received")) {
            order = RecordStore.Order.RECEIVED;
        } else if (sort.equals("newest")) {
            order = RecordStore.Order.NEWEST;
        } else {
            throw ApiException.badRequest("sort must be queue, received or newest: " + sort);
        }
        String status = text(e, "status");
        if (status != null && !status.matches("[A-Z_]{1,32}")) {
            throw ApiException.badRequest("status must be a review status such as NEEDS_REVIEW: " + status);
        }
        RecordStore.Filter filter = new RecordStore.Filter(
                status,
                time(e, "receivedFrom", false),
                time(e, "receivedTo", true),
                date(e, "letterFrom"),
                date(e, "letterTo"),
                text(e, "sender"),
                text(e, "q"),
                offset,
                limit,
                order);
        RecordStore.Page page = records.list(filter);
        ObjectNode body = MAPPER.createObjectNode();
        body.put("total", page.total());
        body.put("offset", offset);
        body.put("limit", limit);
        ObjectNode counts = body.putObject("counts");
        records.counts().forEach(counts::put);
        ArrayNode items = body.putArray("items");
        for (RecordStore.Summary s : page.items()) {
            items.add(summary(s));
        }
        json(e, 200, body);
    }

    private void letter(Exchange e) throws SQLException {
        RecordStore.StoredRecord r = load(e);
        ObjectNode body = summary(r.summary());
        body.set("record", parse(r.json()));
        ArrayNode revisions = body.putArray("revisions");
        for (RecordStore.Revision v : r.revisions()) {
            ObjectNode n = revisions.addObject();
            n.put("revision", v.number());
            n.put("by", v.by());
            n.put("at", v.at().toString());
            n.put("note", v.note());
        }
        json(e, 200, body);
        e.getMessage().setHeader("ETag", etag(r.summary().revision()));
    }

    private void revision(Exchange e) throws SQLException {
        RecordStore.StoredRecord r = load(e);
        int n = number(e, "revision", -1, 1, Integer.MAX_VALUE);
        RecordStore.Revision v = r.revisions().stream()
                .filter(x -> x.number() == n)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("letter " + r.summary().id() + " has no revision " + n
                        + "; its newest is " + r.summary().revision()));
        json(e, 200, parse(v.json()));
        e.getMessage().setHeader("ETag", etag(n));
    }

    private void page(Exchange e) throws SQLException, InterruptedException {
        RecordStore.StoredRecord r = load(e);
        int n = number(e, "page", -1, 1, 100_000);
        PageImages.ScreenImage image = pages.page(r, n);
        answer(e, 200, image.mediaType(), image.bytes());
        e.getMessage().setHeader("Cache-Control", "private, max-age=3600");
        e.getMessage().setHeader("X-Courrier-Cache", image.cached() ? "hit" : "miss");
        // image pixels per evidence pixel: the screen draws the boxes at their coordinates times this
        e.getMessage().setHeader(PAGE_SCALE, Double.toString(image.scale()));
    }

    private void correct(Exchange e) throws SQLException {
        Reviewer who = who(e);
        String id = id(e);
        JsonNode body = body(e, true);
        if (!body.has("value")) {
            throw ApiException.badRequest("give the field's new value: {\"value\": ...} (null to clear it)");
        }
        String field = e.getIn().getHeader("field", String.class);
        java.util.Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
        values.put(field, body.get("value"));
        saved(e, reviews.correct(id, expected(e, body), values, who));
    }

    private void approve(Exchange e) throws SQLException {
        Reviewer who = who(e);
        String id = id(e);
        JsonNode body = body(e, false);
        java.util.Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
        JsonNode fields = body.path("fields");
        if (!fields.isMissingNode() && !fields.isObject()) {
            throw ApiException.badRequest("fields must be an object: {\"subject\": \"...\"}");
        }
        fields.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        saved(e, reviews.approve(id, expected(e, body), values, who));
    }

    private void reject(Exchange e) throws SQLException {
        Reviewer who = who(e);
        String id = id(e);
        JsonNode body = body(e, true);
        JsonNode reason = body.path("reason");
        saved(e, reviews.reject(id, expected(e, body), reason.isTextual() ? reason.asText() : null, who));
    }

    private void saved(Exchange e, Reviews.Saved saved) {
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("revision", saved.revision());
        answer.set("record", parse(saved.json()));
        json(e, 200, answer);
        e.getMessage().setHeader("ETag", etag(saved.revision()));
    }

    private Reviewer who(Exchange e) {
        return reviewers
                .who(e)
                .orElseThrow(() -> new ApiException(
                        401,
                        "UNAUTHENTICATED",
                        "sign in first: a change is made by a signed-in reviewer (POST /api/session)"));
    }

    /** The request's JSON object; an empty body is an empty object unless {@code required}. */
    private static JsonNode body(Exchange e, boolean required) {
        String text = e.getIn().getBody(String.class);
        if (text == null || text.isBlank()) {
            if (required) {
                throw ApiException.badRequest("the request needs a JSON body");
            }
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode body = MAPPER.readTree(text);
            if (!body.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException ex) {
            throw ApiException.badRequest("the body is not JSON: " + ex.getOriginalMessage());
        }
    }

    /**
     * The revision the reviewer worked on: {@code If-Match: "3"} (the ETag the letter came with) or {@code
     * "revision": 3} in the body; one of them is required (428).
     */
    static int expected(Exchange e, JsonNode body) {
        String match = e.getIn().getHeader("If-Match", String.class);
        if (match != null && !match.isBlank()) {
            String m = match.strip();
            if (m.startsWith("W/")) {
                m = m.substring(2);
            }
            m = m.replace("\"", "");
            try {
                return Integer.parseInt(m);
            } catch (NumberFormatException ex) {
                throw ApiException.badRequest("If-Match must be the letter's ETag, its revision (\"3\"): " + match);
            }
        }
        JsonNode revision = body.path("revision");
        if (revision.isInt()) {
            return revision.asInt();
        }
        throw new ApiException(
                428,
                "REVISION_REQUIRED",
                "say which revision you changed: the If-Match header (the letter's ETag) or \"revision\" in the body");
    }

    private void audit(Exchange e) throws SQLException {
        String id = id(e);
        if (records.load(id).isEmpty()) {
            throw ApiException.notFound("no letter " + id);
        }
        ArrayNode body = MAPPER.createArrayNode();
        for (RecordStore.AuditEntry a : records.audit(id)) {
            ObjectNode n = body.addObject();
            n.put("sequence", a.sequence());
            n.put("revision", a.revision());
            n.put("by", a.by());
            n.put("at", a.at().toString());
            n.put("field", a.field());
            n.put("before", a.before());
            n.put("after", a.after());
        }
        json(e, 200, body);
    }

    /** The letter the path names; 404 when there is none. */
    RecordStore.StoredRecord load(Exchange e) throws SQLException {
        String id = id(e);
        return records.load(id).orElseThrow(() -> ApiException.notFound("no letter " + id));
    }

    /** The path's record id: 64 lowercase hex digits, nothing else. */
    static String id(Exchange e) {
        String id = e.getIn().getHeader("id", String.class);
        if (id == null || !id.matches(ID)) {
            throw ApiException.notFound("a letter id is 64 lowercase hex digits (the SHA-256 of its file): " + id);
        }
        return id;
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    private static ObjectNode summary(RecordStore.Summary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("revision", s.revision());
        n.put("status", s.status());
        n.put("receivedAt", s.receivedAt().toString());
        n.put("processedAt", s.processedAt().toString());
        n.put("updatedAt", s.updatedAt().toString());
        n.put("fileName", s.fileName());
        n.put("sender", s.sender());
        n.put("letterDate", s.letterDate() == null ? null : s.letterDate().toString());
        n.put("subject", s.subject());
        return n;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a stored record is not JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    /** Sets a JSON answer; the request's headers (query parameters among them) are not echoed back. */
    static void json(Exchange e, int status, JsonNode body) {
        answer(e, status, "application/json", body.toString());
    }

    static void answer(Exchange e, int status, String type, Object body) {
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, type);
        e.getMessage().setBody(body);
    }

    static void error(Exchange e, int status, String code, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", code);
        body.put("message", message);
        json(e, status, body);
    }

    static String text(Exchange e, String name) {
        String v = e.getIn().getHeader(name, String.class);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static int number(Exchange e, String name, int otherwise, int min, int max) {
        String v = text(e, name);
        if (v == null) {
            if (otherwise < min) {
                throw ApiException.badRequest(name + " is required");
            }
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException ex) {
            throw ApiException.badRequest(name + " must be a whole number: " + v);
        }
    }

    private static LocalDate date(Exchange e, String name) {
        String v = text(e, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException ex) {
            throw ApiException.badRequest(name + " must be a date (YYYY-MM-DD): " + v);
        }
    }

    /**
     * A time given as an instant ({@code 2026-11-28T10:15:30Z}) or a day (UTC); a day as the end of a range means
     * the end of that day.
     */
    private static Instant time(Exchange e, String name, boolean end) {
        String v = text(e, name);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (end ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(v.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException ex) {
            throw ApiException.badRequest(name + " must be a date (YYYY-MM-DD) or a UTC time (…T…Z): " + v);
        }
    }
}
