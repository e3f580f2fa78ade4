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
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The review screen's users in the table of migrations V4 and V5: a name, a role, a password hash and when it was
 * disabled. It keeps what it is given; hashing and checking passwords is {@code org.courrier.routes.security.Users}'s.
 *
 * <p>Thread-safe: each call borrows its own connection from the pool.
 */
public final class UserStore {

    /** SQLState of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource pool;
    private final Clock clock;

    public UserStore(DataSource pool, Clock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One user as stored; {@code role} is the role's name in upper case; {@code disabledAt} null: enabled. */
    public record StoredUser(
            String name,
            String role,
            String passwordHash,
            Instant createdAt,
            Instant passwordChangedAt,
            Instant disabledAt) {

        public boolean disabled() {
            return disabledAt != null;
        }
    }

    /** Disables a user (kept, unable to sign in); false when there is no such user or it is disabled already. */
    public boolean disable(String name) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement(
                        "UPDATE courrier_user SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL")) {
            s.setObject(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(2, name);
            return s.executeUpdate() == 1;
        }
    }

    /** Enables a disabled user again; false when there is no such user or it is enabled already. */
    public boolean enable(String name) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement(
                        "UPDATE courrier_user SET disabled_at = NULL WHERE name = ? AND disabled_at IS NOT NULL")) {
            s.setString(1, name);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Adds a user.
     *
     * @return false, and nothing changed, when a user of that name exists
     */
    public boolean add(String name, String role, String passwordHash) throws SQLException {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("INSERT INTO courrier_user (name, role, password_hash, "
                        + "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, role);
            s.setString(3, passwordHash);
            s.setObject(4, now);
            s.setObject(5, now);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Sets a user's role and password hash; false when there is no such user. */
    public boolean update(String name, String role, String passwordHash) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("UPDATE courrier_user SET role = ?, password_hash = ?, "
                        + "password_changed_at = ? WHERE name = ?")) {
            s.setString(1, role);
            s.setString(2, passwordHash);
            s.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(4, name);
            return s.executeUpdate() == 1;
        }
    }

    /** Removes a user; false when there was none. */
    public boolean remove(String name) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("DELETE FROM courrier_user WHERE name = ?")) {
            s.setString(1, name);
            return s.executeUpdate() == 1;
        }
    }

    /** The user named {@code name} (exactly), if there is one. */
    public Optional<StoredUser> find(String name) throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT name, role, password_hash, created_at, "
                        + "password_changed_at, disabled_at FROM courrier_user WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(user(r)) : Optional.empty();
            }
        }
    }

    /** Every user, by name. */
    public List<StoredUser> all() throws SQLException {
        List<StoredUser> users = new ArrayList<>();
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT name, role, password_hash, created_at, "
                        + "password_changed_at, disabled_at FROM courrier_user ORDER BY name");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                users.add(user(r));
            }
        }
        return users;
    }

    /** How many users there are. */
    public int count() throws SQLException {
        try (Connection con = pool.getConnection();
                PreparedStatement s = con.prepareStatement("SELECT COUNT(*) FROM courrier_user");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static StoredUser user(ResultSet r) throws SQLException {
        return new StoredUser(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                r.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                Optional.ofNullable(r.getObject(6, LocalDateTime.class))
                        .map(t -> t.toInstant(ZoneOffset.UTC))
                        .orElse(null));
    }
}
