package org.courrier.routes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The append-only trail of what admins did (migration V5): who, when, the action ({@code user.add},
 * {@code user.disable}, {@code user.enable}, {@code replay}), what it was done to, and the details. Entries are only ever added.
 *
 * <p>Thread-safe: each call borrows its own connection from the pool.
 */
public final class AdminAudit {

    private final DataSource pool;
    private final Clock clock;

    public AdminAudit(DataSource pool, Clock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One admin action. */
    public record Entry(long sequence, String by, Instant at, String action, String target, String detail) {}

    /** Adds an entry, dated now. */
    public void record(String by, String action, String target, String detail) throws SQLException {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("INSERT INTO courrier_admin_audit (changed_by, changed_at, "
                        + "action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, by);
            s.setObject(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(3, action);
            s.setString(4, target);
            s.setString(5, detail);
            s.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, oldest of them first. */
    public List<Entry> latest(int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT id, changed_by, changed_at, action, target, detail "
                        + "FROM courrier_admin_audit ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(
                            0,
                            new Entry(
                                    r.getLong(1),
                                    r.getString(2),
                                    r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6)));
                }
            }
        }
        return entries;
    }
}
