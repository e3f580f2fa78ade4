package org.courrier.routes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The service's durable memory in one relational database: record ids already produced ({@code courrier_seen}) and
 * letters in flight with their attempt counts ({@code courrier_inflight}). Embedded H2 under the data folder by
 * default, PostgreSQL when {@code courrier.state.url} names one; the same portable SQL serves both.
 *
 * <p>Thread-safe: one connection, used under this object's lock.
 */
final class StateStore implements AutoCloseable {

    /** SQLState of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    StateStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Opens the database and creates the tables when missing; fails naming the setting. */
    synchronized void open() {
        try {
            connection = DriverManager.getConnection(url, user, password);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS courrier_seen (id VARCHAR(64) PRIMARY KEY, seen_at TIMESTAMP NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS courrier_inflight (id VARCHAR(64) PRIMARY KEY, "
                        + "file_name VARCHAR(1024) NOT NULL, attempts INT NOT NULL, updated_at TIMESTAMP NOT NULL)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("courrier.state.url: cannot open the state database " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** Remembers an id; false when it was already there. */
    synchronized boolean remember(String id) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement("INSERT INTO courrier_seen (id, seen_at) VALUES (?, ?)")) {
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

    synchronized boolean seen(String id) throws SQLException {
        return count("SELECT COUNT(*) FROM courrier_seen WHERE id = ?", id) > 0;
    }

    synchronized boolean forget(String id) throws SQLException {
        return update("DELETE FROM courrier_seen WHERE id = ?", id) > 0;
    }

    synchronized void forgetAll() throws SQLException {
        try (Statement s = connection().createStatement()) {
            s.executeUpdate("DELETE FROM courrier_seen");
        }
    }

    /** Counts one more start on a letter; returns the starts before this one that never finished. */
    synchronized int start(String id, String fileName) throws SQLException {
        int before = count("SELECT COALESCE(MAX(attempts), 0) FROM courrier_inflight WHERE id = ?", id);
        try (PreparedStatement s = connection().prepareStatement(before == 0
                ? "INSERT INTO courrier_inflight (file_name, attempts, updated_at, id) VALUES (?, ?, ?, ?)"
                : "UPDATE courrier_inflight SET file_name = ?, attempts = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, fileName);
            s.setInt(2, before + 1);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setString(4, id);
            s.executeUpdate();
        }
        return before;
    }

    /** The letter is no longer in flight (done, failed or returned). */
    synchronized void finish(String id) throws SQLException {
        update("DELETE FROM courrier_inflight WHERE id = ?", id);
    }

    private int count(String sql, String id) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int update(String sql, String id) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            s.setString(1, id);
            return s.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || !connection.isValid(5)) {
            connection = DriverManager.getConnection(url, user, password);
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing: nothing is left to protect
        }
        connection = null;
    }
}
