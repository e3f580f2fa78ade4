package org.courrier.routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every record the service produced, with its revisions and the audit trail of corrected fields, in the tables of
 * migration V2. A record's first revision is the JSON the service wrote to the outbox; later ones are reviewers'
 * corrections, each saved only on top of the revision the reviewer saw (optimistic concurrency). Times are stored
 * in UTC.
 *
 * <p>Thread-safe: each call borrows its own connection from the pool.
 */
public final class RecordStore {

    /** Who wrote a record's first revision. */
    public static final String SERVICE = "courrier";
    /** SQLState of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    /** H2's "concurrent update" and the SQL standard's serialization failure: another transaction won the row. */
    private static final List<String> LOST_RACE = List.of("90131", "40001");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SUMMARY_COLUMNS = "id, revision, status, received_at, processed_at, updated_at, "
            + "file_name, archived_as, sender, letter_date, subject";

    private final DataSource pool;
    private final Clock clock;

    public RecordStore(DataSource pool, Clock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What {@link #save} did. */
    public enum Saved {
        /** The record is new: stored as revision 1. */
        NEW,
        /** The letter had been read before and never revised (a replay): revision 1 is the new reading. */
        REREAD,
        /** The letter had been read and revised before: the reviewers' revisions are kept, the new reading is not. */
        KEPT
    }

    /** The columns the queue shows and filters on, of a record's newest revision. */
    public record Summary(
            String id,
            int revision,
            String status,
            Instant receivedAt,
            Instant processedAt,
            Instant updatedAt,
            String fileName,
            String archivedAs,
            String sender,
            LocalDate letterDate,
            String subject) {}

    /** One revision: the whole record as JSON, who made it, when, and why. */
    public record Revision(int number, String json, String by, Instant at, String note) {}

    /** A record with its newest JSON and every revision, oldest first. */
    public record StoredRecord(Summary summary, String json, List<Revision> revisions) {
        public StoredRecord {
            revisions = List.copyOf(revisions);
        }
    }

    /** One corrected field: its JSON name and its value before and after (as text; null when empty). */
    public record Correction(String field, String before, String after) {
        public Correction {
            Objects.requireNonNull(field, "field");
        }
    }

    /** One line of the audit trail. */
    public record AuditEntry(
            long sequence,
            String recordId,
            int revision,
            String by,
            Instant at,
            String field,
            String before,
            String after) {}

    /** The order of a listing. */
    public enum Order {
        /** Oldest received first. */
        RECEIVED,
        /** The review queue: letters waiting for a reviewer (NEEDS_REVIEW) first, then oldest received first. */
        QUEUE,
        /** Newest received first. */
        NEWEST
    }

    /**
     * What to list; a null criterion does not filter. {@code sender} and {@code text} match a substring, ignoring
     * case ({@code text}: the letter's text); {@code receivedFrom} is inclusive and {@code receivedTo} exclusive,
     * the letter dates both inclusive.
     */
    public record Filter(
            String status,
            Instant receivedFrom,
            Instant receivedTo,
            LocalDate letterFrom,
            LocalDate letterTo,
            String sender,
            String text,
            int offset,
            int limit,
            Order order) {
        public Filter {
            if (offset < 0 || limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("offset must be >= 0 and limit 1..1000: " + offset + ", " + limit);
            }
            Objects.requireNonNull(order, "order");
        }

        /** Oldest received first. */
        public Filter(
                String status,
                Instant receivedFrom,
                Instant receivedTo,
                LocalDate letterFrom,
                LocalDate letterTo,
                String sender,
                String text,
                int offset,
                int limit) {
            this(status, receivedFrom, receivedTo, letterFrom, letterTo, sender, text, offset, limit, Order.RECEIVED);
        }

        /** Everything, the first {@code limit}. */
        public static Filter all(int limit) {
            return new Filter(null, null, null, null, null, null, null, 0, limit);
        }
    }

    /** One page of a listing and how many records match in all. */
    public record Page(List<Summary> items, int total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * Stores a record as the service wrote it (JSON of the published schema) as its first revision. Saving a letter
     * again (replayed after a failure) replaces revision 1 unless reviewers have revised it.
     *
     * @throws IllegalArgumentException when the JSON is not a record, naming what is missing
     */
    public Saved save(String recordJson, Instant receivedAt) throws SQLException {
        Columns c = Columns.of(recordJson);
        Instant now = clock.instant();
        try (Connection con = pool.getConnection()) {
            con.setAutoCommit(false);
            try {
                Saved saved = insertOrReread(con, c, recordJson, receivedAt, now);
                con.commit();
                return saved;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(con, e);
                throw e;
            }
        }
    }

    /**
     * Rolls back after {@code failure}; a rollback that fails too (the connection was lost: the pool then refuses every
     * call on it with a plain "Connection is closed") is added to the failure, which keeps its own SQLState for the
     * caller (a lost connection tells the service the database is unreachable).
     */
    private static void rollbackAfter(Connection con, Exception failure) {
        try {
            con.rollback();
        } catch (SQLException r) {
            failure.addSuppressed(r);
        }
    }

    private Saved insertOrReread(Connection con, Columns c, String json, Instant receivedAt, Instant now)
            throws SQLException {
        try (PreparedStatement s = con.prepareStatement("INSERT INTO courrier_record (status, processed_at, "
                + "updated_at, file_name, archived_as, sender, letter_date, subject, letter_text, record_json, "
                + "received_at, id, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            int i = c.bind(s, 1);
            s.setObject(2, utc(c.processedAt));
            s.setObject(3, utc(now));
            s.setString(i++, json);
            s.setObject(i++, utc(receivedAt));
            s.setString(i, c.id);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            // PostgreSQL aborts the transaction at a failed statement: start again
            con.rollback();
            return reread(con, c, json, now);
        }
        insertRevision(con, c.id, 1, json, SERVICE, now, "read by Courrier");
        return Saved.NEW;
    }

    private Saved reread(Connection con, Columns c, String json, Instant now) throws SQLException {
        int updated;
        try (PreparedStatement s = con.prepareStatement("UPDATE courrier_record SET status = ?, "
                + "processed_at = ?, updated_at = ?, file_name = ?, archived_as = ?, sender = ?, "
                + "letter_date = ?, subject = ?, letter_text = ?, record_json = ? WHERE id = ? AND revision = 1")) {
            int i = c.bind(s, 1);
            s.setObject(2, utc(c.processedAt));
            s.setObject(3, utc(now));
            s.setString(i++, json);
            s.setString(i, c.id);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            return Saved.KEPT;
        }
        try (PreparedStatement s = con.prepareStatement("UPDATE courrier_revision SET record_json = ?, revised_at = ?, "
                + "note = ? WHERE record_id = ? AND revision = 1")) {
            s.setString(1, json);
            s.setObject(2, utc(now));
            s.setString(3, "read again by Courrier");
            s.setString(4, c.id);
            s.executeUpdate();
        }
        return Saved.REREAD;
    }

    /** A record with all its revisions; empty when the id is unknown. */
    public Optional<StoredRecord> load(String id) throws SQLException {
        try (Connection con = pool.getConnection()) {
            Summary summary;
            String json;
            try (PreparedStatement s = con.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + ", record_json FROM courrier_record WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    summary = summary(r);
                    json = r.getString("record_json");
                }
            }
            List<Revision> revisions = new ArrayList<>();
            try (PreparedStatement s = con.prepareStatement("SELECT revision, record_json, revised_by, revised_at, "
                    + "note FROM courrier_revision WHERE record_id = ? ORDER BY revision")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        revisions.add(new Revision(
                                r.getInt(1), r.getString(2), r.getString(3), instant(r, 4), r.getString(5)));
                    }
                }
            }
            return Optional.of(new StoredRecord(summary, json, revisions));
        }
    }

    /** The records that match, one page of them in the filter's order, and how many match in all. */
    public Page list(Filter f) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status());
        }
        if (f.receivedFrom() != null) {
            where.append(" AND received_at >= ?");
            args.add(utc(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            where.append(" AND received_at < ?");
            args.add(utc(f.receivedTo()));
        }
        if (f.letterFrom() != null) {
            where.append(" AND letter_date >= ?");
            args.add(f.letterFrom());
        }
        if (f.letterTo() != null) {
            where.append(" AND letter_date <= ?");
            args.add(f.letterTo());
        }
        if (f.sender() != null && !f.sender().isBlank()) {
            where.append(" AND LOWER(sender) LIKE ? ESCAPE '\\'");
            args.add(contains(f.sender()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND LOWER(letter_text) LIKE ? ESCAPE '\\'");
            args.add(contains(f.text()));
        }
        try (Connection con = pool.getConnection()) {
            int total;
            try (PreparedStatement s = con.prepareStatement("SELECT COUNT(*) FROM courrier_record" + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getInt(1);
                }
            }
            List<Summary> items = new ArrayList<>();
            try (PreparedStatement s = con.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM courrier_record"
                    + where + " ORDER BY " + orderBy(f.order()) + " LIMIT ? OFFSET ?")) {
                int next = bind(s, args);
                s.setInt(next, f.limit());
                s.setInt(next + 1, f.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(summary(r));
                    }
                }
            }
            return new Page(items, total);
        }
    }

    private static String orderBy(Order order) {
        return switch (order) {
            case RECEIVED -> "received_at, id";
            case QUEUE -> "CASE WHEN status = 'NEEDS_REVIEW' THEN 0 ELSE 1 END, received_at, id";
            case NEWEST -> "received_at DESC, id DESC";
        };
    }

    /** How many records there are of each review status. */
    public java.util.Map<String, Integer> counts() throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection con = pool.getConnection();
                PreparedStatement s =
                        con.prepareStatement("SELECT status, COUNT(*) FROM courrier_record GROUP BY status");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getInt(2));
            }
        }
        return counts;
    }

    /** The letters waiting for a reviewer: how many, and when the oldest of them was received (null: none). */
    public record Backlog(int letters, Instant oldestReceived) {}

    public Backlog backlog() throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement(
                        "SELECT COUNT(*), MIN(received_at) FROM courrier_record WHERE status = 'NEEDS_REVIEW'");
                ResultSet r = s.executeQuery()) {
            r.next();
            LocalDateTime oldest = r.getObject(2, LocalDateTime.class);
            return new Backlog(r.getInt(1), oldest == null ? null : oldest.toInstant(ZoneOffset.UTC));
        }
    }

    /** {@link #revise(String, int, String, String, String, List)} without a note. */
    public int revise(String id, int expectedRevision, String newJson, String who, List<Correction> corrections)
            throws SQLException, RevisionConflictException {
        return revise(id, expectedRevision, newJson, who, null, corrections);
    }

    /** {@link #revise(String, int, String, String, String, List, boolean)} of a revision not sent downstream. */
    public int revise(
            String id, int expectedRevision, String newJson, String who, String note, List<Correction> corrections)
            throws SQLException, RevisionConflictException {
        return revise(id, expectedRevision, newJson, who, note, corrections, false);
    }

    /** A revision waiting to be sent downstream. */
    public record Pending(String id, int revision) {}

    /** The revisions saved with {@code deliver} and not yet marked {@link #delivered}, oldest first. */
    public List<Pending> pendingDeliveries() throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT record_id, revision FROM courrier_revision "
                        + "WHERE delivery = 'PENDING' ORDER BY revised_at, record_id, revision");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pending.add(new Pending(r.getString(1), r.getInt(2)));
            }
        }
        return pending;
    }

    /** Marks a revision as sent: it is in the outbox and every endpoint had it (or keeps it in undelivered/). */
    public void delivered(String id, int revision) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("UPDATE courrier_revision SET delivery = 'DONE', "
                        + "delivered_at = ? WHERE record_id = ? AND revision = ? AND delivery = 'PENDING'")) {
            s.setObject(1, utc(clock.instant()));
            s.setString(2, id);
            s.setInt(3, revision);
            s.executeUpdate();
        }
    }

    /** The JSON of one revision; empty when the record or the revision does not exist. */
    public Optional<String> revisionJson(String id, int revision) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement(
                        "SELECT record_json FROM courrier_revision WHERE record_id = ? AND revision = ?")) {
            s.setString(1, id);
            s.setInt(2, revision);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Saves {@code newJson} as the revision after {@code expectedRevision}, with one audit line per correction, all
     * or nothing. Only when {@code expectedRevision} is still the newest: otherwise nothing is written and the
     * conflict says which revision is. With {@code deliver} the revision is {@link #pendingDeliveries pending}
     * until {@link #delivered}.
     *
     * @return the new revision's number
     * @throws RevisionConflictException when another revision was saved since {@code expectedRevision}
     * @throws NoSuchElementException when there is no record {@code id}
     * @throws IllegalArgumentException when the JSON is not a record or is another record's
     */
    public int revise(
            String id,
            int expectedRevision,
            String newJson,
            String who,
            String note,
            List<Correction> corrections,
            boolean deliver)
            throws SQLException, RevisionConflictException {
        Objects.requireNonNull(who, "who");
        Columns c = Columns.of(newJson);
        if (!c.id.equals(id)) {
            throw new IllegalArgumentException("the revised JSON is record " + c.id + ", not " + id);
        }
        Instant now = clock.instant();
        int next = expectedRevision + 1;
        try (Connection con = pool.getConnection()) {
            con.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement s = con.prepareStatement("UPDATE courrier_record SET status = ?, "
                        + "revision = ?, updated_at = ?, file_name = ?, archived_as = ?, sender = ?, letter_date = ?, "
                        + "subject = ?, letter_text = ?, record_json = ? WHERE id = ? AND revision = ?")) {
                    int i = c.bind(s, 1);
                    s.setInt(2, next);
                    s.setObject(3, utc(now));
                    s.setString(i++, newJson);
                    s.setString(i++, id);
                    s.setInt(i, expectedRevision);
                    updated = s.executeUpdate();
                } catch (SQLException e) {
                    if (!LOST_RACE.contains(e.getSQLState())) {
                        throw e;
                    }
                    updated = 0;
                }
                if (updated == 0) {
                    con.rollback();
                    int current = currentRevision(con, id);
                    con.rollback();
                    throw new RevisionConflictException(id, expectedRevision, current);
                }
                insertRevision(con, id, next, newJson, who, now, note);
                if (deliver) {
                    try (PreparedStatement s = con.prepareStatement("UPDATE courrier_revision SET delivery = "
                            + "'PENDING' WHERE record_id = ? AND revision = ?")) {
                        s.setString(1, id);
                        s.setInt(2, next);
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = con.prepareStatement("INSERT INTO courrier_audit (record_id, revision, "
                        + "changed_by, changed_at, field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Correction k : corrections) {
                        s.setString(1, id);
                        s.setInt(2, next);
                        s.setString(3, who);
                        s.setObject(4, utc(now));
                        s.setString(5, k.field());
                        s.setString(6, k.before());
                        s.setString(7, k.after());
                        s.addBatch();
                    }
                    if (!corrections.isEmpty()) {
                        s.executeBatch();
                    }
                }
                con.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(con, e);
                throw e;
            }
        }
    }

    /** The audit trail of one record, oldest first. */
    public List<AuditEntry> audit(String id) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT id, record_id, revision, changed_by, changed_at, "
                        + "field, before_value, after_value FROM courrier_audit WHERE record_id = ? ORDER BY id")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new AuditEntry(
                            r.getLong(1),
                            r.getString(2),
                            r.getInt(3),
                            r.getString(4),
                            instant(r, 5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8)));
                }
            }
        }
        return entries;
    }

    private static int currentRevision(Connection con, String id) throws SQLException {
        try (PreparedStatement s = con.prepareStatement("SELECT revision FROM courrier_record WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NoSuchElementException("no record " + id);
                }
                return r.getInt(1);
            }
        }
    }

    private static void insertRevision(
            Connection con, String id, int revision, String json, String who, Instant at, String note)
            throws SQLException {
        try (PreparedStatement s = con.prepareStatement("INSERT INTO courrier_revision (record_id, revision, "
                + "record_json, revised_by, revised_at, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, revision);
            s.setString(3, json);
            s.setString(4, who);
            s.setObject(5, utc(at));
            s.setString(6, note);
            s.executeUpdate();
        }
    }

    private static Summary summary(ResultSet r) throws SQLException {
        return new Summary(
                r.getString("id"),
                r.getInt("revision"),
                r.getString("status"),
                instant(r, "received_at"),
                instant(r, "processed_at"),
                instant(r, "updated_at"),
                r.getString("file_name"),
                r.getString("archived_as"),
                r.getString("sender"),
                r.getObject("letter_date", LocalDate.class),
                r.getString("subject"));
    }

    private static int bind(PreparedStatement s, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            s.setObject(i++, a);
        }
        return i;
    }

    /** A LIKE pattern matching {@code part} anywhere, ignoring case, with LIKE's own characters escaped. */
    private static String contains(String part) {
        String escaped = part.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** The columns a record's JSON fills, read from it. */
    private record Columns(
            String id,
            String status,
            Instant processedAt,
            String fileName,
            String archivedAs,
            String sender,
            LocalDate letterDate,
            String subject,
            String text) {

        static Columns of(String json) {
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "not a record: the JSON cannot be parsed: " + e.getOriginalMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a record: the JSON is not an object");
            }
            String id = required(root, "id");
            if (!id.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not a record: id is not a SHA-256 in hex: " + id);
            }
            String date = text(root.path("fields").path("date").path("value"));
            LocalDate letterDate;
            try {
                letterDate = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("record " + id + ": fields.date.value is not a date: " + date, e);
            }
            Instant processedAt;
            try {
                processedAt = Instant.parse(required(root, "processedAt"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "record " + id + ": processedAt is not a time: " + e.getMessage(), e);
            }
            String fileName = text(root.path("source").path("fileName"));
            String status = text(root.path("review").path("status"));
            if (fileName == null || status == null) {
                throw new IllegalArgumentException("record " + id + ": source.fileName and review.status are required");
            }
            return new Columns(
                    id,
                    status,
                    processedAt,
                    fileName,
                    text(root.path("source").path("archivedAs")),
                    text(root.path("fields").path("sender").path("value")),
                    letterDate,
                    text(root.path("fields").path("subject").path("value")),
                    required(root, "text"));
        }

        /**
         * Binds status at {@code first}, leaves {@code first + 1} and {@code first + 2} to the caller, then file
         * name, archived path, sender, letter date, subject and text; returns the next free index.
         */
        int bind(PreparedStatement s, int first) throws SQLException {
            s.setString(first, status);
            int i = first + 3;
            s.setString(i++, fileName);
            s.setString(i++, archivedAs);
            s.setString(i++, sender);
            s.setObject(i++, letterDate);
            s.setString(i++, subject);
            s.setString(i++, text);
            return i;
        }

        private static String required(JsonNode root, String name) {
            String v = text(root.path(name));
            if (v == null) {
                throw new IllegalArgumentException("not a record: " + name + " is missing");
            }
            return v;
        }

        private static String text(JsonNode n) {
            return n.isTextual() ? n.asText() : null;
        }
    }
}
