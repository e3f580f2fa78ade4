package org.courrier.routes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.courrier.routes.store.StateDatabase;

/**
 * The service's durable memory in one relational database: record ids already produced ({@code courrier_seen}) and
 * letters in flight with their attempt counts and the run holding them ({@code courrier_inflight}). Embedded H2
 * under the data folder by default, PostgreSQL when {@code courrier.state.url} names one; the same portable SQL
 * serves both, and the schema is {@link StateDatabase}'s migrations. One running service per database: a claim left
 * by another run is taken for a dead process's.
 *
 * <p>Thread-safe: each call borrows a connection from the pool; claims are made one at a time.
 */
final class StateStore implements AutoCloseable {

    /** SQLState of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final String url;
    private final String user;
    private final String password;
    private volatile StateDatabase database;
    /**
     * Letters this store claimed and has not finished: a claim of this run's in the journal but not here was left by a
     * letter that went back to the inbox while the database was unreachable (its finish was lost), and is taken again.
     */
    private final java.util.Set<String> holding = java.util.concurrent.ConcurrentHashMap.newKeySet();

    StateStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Opens the connection pool and migrates the schema; fails naming the setting. */
    synchronized void open() {
        database = StateDatabase.open(url, user, password);
    }

    /** The pool the other stores of the service share. */
    DataSource dataSource() {
        return db().dataSource();
    }

    /** Remembers an id; false when it was already there. */
    boolean remember(String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("INSERT INTO courrier_seen (id, seen_at) VALUES (?, ?)")) {
            s.setString(1, id);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    boolean seen(String id) throws SQLException {
        return count("SELECT COUNT(*) FROM courrier_seen WHERE id = ?", id) > 0;
    }

    boolean forget(String id) throws SQLException {
        return update("DELETE FROM courrier_seen WHERE id = ?", id) > 0;
    }

    void forgetAll() throws SQLException {
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM courrier_seen");
        }
    }

    /**
     * What {@link #claim} found: whether this run now holds the letter, and how many starts before this one never
     * finished (the process died while the letter was in flight).
     */
    record Claim(boolean held, int unfinished) {}

    /**
     * Claims a letter for the run {@code owner} as it starts, atomically: a letter claimed by this same run is
     * already in flight (not held: the caller sets the file aside); a claim left by another run — a process that
     * died — is taken over and counted as an unfinished start. One running service per state database.
     */
    synchronized Claim claim(String id, String fileName, String owner) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("INSERT INTO courrier_inflight "
                        + "(id, file_name, attempts, updated_at, owner) VALUES (?, ?, 1, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, fileName);
            s.setTimestamp(3, now);
            s.setString(4, owner);
            s.executeUpdate();
            holding.add(id);
            return new Claim(true, 0);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
        }
        if (!holding.contains(id)
                && update(
                                "UPDATE courrier_inflight SET file_name = ?, updated_at = ? WHERE id = ? AND owner = ?",
                                fileName,
                                now,
                                id,
                                owner)
                        > 0) {
            // this run's own claim, whose finish the database missed: not a crash, not a twin in flight
            holding.add(id);
            return new Claim(true, count("SELECT attempts FROM courrier_inflight WHERE id = ?", id) - 1);
        }
        int taken;
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE courrier_inflight SET attempts = attempts + 1, file_name = ?, updated_at = ?, owner = ? "
                                + "WHERE id = ? AND (owner IS NULL OR owner <> ?)")) {
            s.setString(1, fileName);
            s.setTimestamp(2, now);
            s.setString(3, owner);
            s.setString(4, id);
            s.setString(5, owner);
            taken = s.executeUpdate();
        }
        if (taken == 0) {
            return new Claim(false, 0);
        }
        holding.add(id);
        return new Claim(true, count("SELECT attempts FROM courrier_inflight WHERE id = ?", id) - 1);
    }

    /** The letter is no longer in flight (done, failed or returned). */
    synchronized void finish(String id) throws SQLException {
        holding.remove(id);
        update("DELETE FROM courrier_inflight WHERE id = ?", id);
    }

    /** Whether the database answers now (waits at most the pool's connection timeout). */
    boolean reachable() {
        try (Connection c = connection()) {
            return c.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }

    private int update(String sql, String a, Timestamp b, String c, String d) throws SQLException {
        try (Connection con = connection();
                PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, a);
            s.setTimestamp(2, b);
            s.setString(3, c);
            s.setString(4, d);
            return s.executeUpdate();
        }
    }

    private int count(String sql, String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int update(String sql, String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            return s.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        return db().dataSource().getConnection();
    }

    private StateDatabase db() {
        StateDatabase d = database;
        if (d == null) {
            throw new IllegalStateException("the state database " + url + " is not open");
        }
        return d;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
        database = null;
    }
}
