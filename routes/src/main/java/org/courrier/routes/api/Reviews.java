package org.courrier.routes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.courrier.extract.record.RecordSchema;
import org.courrier.routes.store.RecordStore;
import org.courrier.routes.store.RevisionConflictException;

/**
 * Reviewers' work on a letter, each step a new revision saved on top of the one the reviewer saw: correcting fields
 * (a draft, not sent), approving (status {@code REVIEWED}) and rejecting with a reason ({@code REJECTED}); the last
 * two are sent downstream through the {@link RevisionOutbox}. A revision is a record of schema version 2 (see
 * {@link RecordSchema#RESOURCE_2}): the revision number, who decided and when, and each field changed since
 * revision 1 with its value before (as Courrier read it) and after. Every change is in the audit trail.
 *
 * <p>Thread-safe.
 */
public final class Reviews {

    /** What a reviewer decides, besides correcting. */
    enum Decision {
        NONE,
        APPROVE,
        REJECT
    }

    private final RecordStore records;
    private final RevisionOutbox outbox;
    private final Consumer<String> decided;
    private final Clock clock;

    /**
     * @param decided told {@code approved} or {@code rejected} after each decision (the metrics)
     */
    public Reviews(RecordStore records, RevisionOutbox outbox, Consumer<String> decided, Clock clock) {
        this.records = Objects.requireNonNull(records);
        this.outbox = Objects.requireNonNull(outbox);
        this.decided = Objects.requireNonNull(decided);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The revision saved and its JSON. */
    public record Saved(int revision, String json) {}

    /** Corrects fields (field key to its new JSON value); the record still waits for a decision. */
    public Saved correct(String id, int expected, Map<String, JsonNode> values, Reviewer who) throws SQLException {
        if (values.isEmpty()) {
            throw ApiException.badRequest("nothing to correct: give at least one field");
        }
        return revise(id, expected, values, Decision.NONE, null, who);
    }

    /** Approves the letter, with last corrections if any: revision n+1, REVIEWED, sent downstream. */
    public Saved approve(String id, int expected, Map<String, JsonNode> values, Reviewer who) throws SQLException {
        return revise(id, expected, values, Decision.APPROVE, null, who);
    }

    /** Rejects the letter with a reason: revision n+1, REJECTED, sent downstream. */
    public Saved reject(String id, int expected, String reason, Reviewer who) throws SQLException {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("a rejection needs a reason (\"reason\": \"...\")");
        }
        if (reason.length() > 2000) {
            throw ApiException.badRequest("the reason is longer than 2000 characters");
        }
        return revise(id, expected, Map.of(), Decision.REJECT, reason.strip(), who);
    }

    private Saved revise(
            String id, int expected, Map<String, JsonNode> values, Decision decision, String reason, Reviewer who)
            throws SQLException {
        RecordStore.StoredRecord stored = records.load(id).orElseThrow(() -> ApiException.notFound("no letter " + id));
        int current = stored.summary().revision();
        if (current != expected) {
            throw conflict(id, expected, current);
        }
        ObjectNode root = (ObjectNode) LettersApi.parse(stored.json());
        ObjectNode original =
                (ObjectNode) LettersApi.parse(stored.revisions().get(0).json());
        ObjectNode fields = (ObjectNode) root.get("fields");
        Instant now = clock.instant();
        List<RecordStore.Correction> audit = new ArrayList<>();
        for (Map.Entry<String, JsonNode> v : values.entrySet()) {
            JsonNode field = fields.get(v.getKey());
            if (!(field instanceof ObjectNode f)) {
                List<String> names = new ArrayList<>();
                fields.fieldNames().forEachRemaining(names::add);
                throw ApiException.badRequest("no field " + v.getKey() + "; the fields are " + names);
            }
            JsonNode before = f.get("value");
            JsonNode after =
                    v.getValue() == null ? com.fasterxml.jackson.databind.node.NullNode.instance : v.getValue();
            if (after.equals(before)) {
                continue;
            }
            f.set("value", after);
            f.remove("absentConfidence");
            f.put("confidence", after.isNull() ? 0 : 1);
            audit.add(new RecordStore.Correction(v.getKey(), text(before), text(after)));
        }
        ObjectNode review = (ObjectNode) root.get("review");
        String statusBefore = review.path("status").asText();
        review.set("corrections", corrections(original, root, review.path("corrections"), who, now));
        review.remove(List.of("reviewedBy", "reviewedAt", "rejection"));
        switch (decision) {
            case NONE -> {
                if (statusBefore.equals("REVIEWED") || statusBefore.equals("REJECTED")) {
                    review.put("status", "NEEDS_REVIEW");
                }
            }
            case APPROVE -> review.put("status", "REVIEWED");
            case REJECT -> {
                review.put("status", "REJECTED");
                review.putObject("rejection").put("reason", reason);
            }
        }
        if (decision != Decision.NONE) {
            review.put("reviewedBy", who.name());
            review.put("reviewedAt", now.toString());
        }
        String statusAfter = review.get("status").asText();
        if (!statusAfter.equals(statusBefore)) {
            audit.add(new RecordStore.Correction("review.status", statusBefore, statusAfter));
        }
        if (decision == Decision.REJECT) {
            audit.add(new RecordStore.Correction("review.rejection", null, reason));
        }
        if (audit.isEmpty()) {
            throw ApiException.badRequest("nothing changes: every value given is the letter's value already");
        }
        // a revision: schema version 2, its number just after "id"
        ObjectNode revised = LettersApi.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("revision")) {
                continue;
            }
            revised.set(e.getKey(), e.getValue());
            if (e.getKey().equals("id")) {
                revised.put("revision", expected + 1);
            }
        }
        revised.put("schema", RecordSchema.VERSION_2);
        String json = revised.toString();
        List<String> violations = RecordSchema.violations(json);
        if (!violations.isEmpty()) {
            throw new ApiException(
                    400, "INVALID_VALUE", "the corrected record breaks the record schema: " + violations);
        }
        String note = switch (decision) {
            case NONE -> "corrected by " + who.name();
            case APPROVE -> "approved by " + who.name();
            case REJECT -> "rejected by " + who.name() + ": " + reason;
        };
        int saved;
        try {
            saved = records.revise(id, expected, json, who.name(), note, audit, decision != Decision.NONE);
        } catch (RevisionConflictException e) {
            throw conflict(id, e.expected(), e.current());
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("no letter " + id);
        }
        if (decision != Decision.NONE) {
            outbox.send(id, saved);
            decided.accept(decision == Decision.APPROVE ? "approved" : "rejected");
        }
        return new Saved(saved, json);
    }

    /**
     * Each field whose value differs from revision 1, once: before as read, after as now; who and when of the
     * earlier entry when the value is the one it gave, else this reviewer now.
     */
    private static ArrayNode corrections(
            ObjectNode original, ObjectNode now, JsonNode earlier, Reviewer who, Instant at) {
        Map<String, JsonNode> previous = new LinkedHashMap<>();
        for (JsonNode c : earlier) {
            previous.put(c.path("field").asText(), c);
        }
        ArrayNode list = LettersApi.MAPPER.createArrayNode();
        for (Iterator<String> it = now.get("fields").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode before = original.path("fields").path(name).path("value");
            JsonNode after = now.get("fields").get(name).path("value");
            if (before.equals(after)) {
                continue;
            }
            ObjectNode c = list.addObject();
            c.put("field", name);
            c.set("before", before.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.instance : before);
            c.set("after", after);
            JsonNode p = previous.get(name);
            if (p != null && p.path("after").equals(after)) {
                c.put("by", p.path("by").asText());
                c.put("at", p.path("at").asText());
            } else {
                c.put("by", who.name());
                c.put("at", at.toString());
            }
        }
        return list;
    }

    /** A value as the audit trail keeps it: text as is, other JSON as JSON, null as null. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    static ApiException conflict(String id, int expected, int current) {
        return new Conflict(id, expected, current);
    }

    /** 409: another revision was saved since the one the reviewer saw. */
    static final class Conflict extends ApiException {
        private static final long serialVersionUID = 1L;
        final int expected;
        final int current;

        Conflict(String id, int expected, int current) {
            super(
                    409,
                    "CONFLICT",
                    "letter " + id + " is at revision " + current + ", not " + expected
                            + ": someone else saved it first; nothing was changed. Reload it and apply your change"
                            + " again");
            this.expected = expected;
            this.current = current;
        }
    }
}
