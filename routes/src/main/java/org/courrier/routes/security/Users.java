package org.courrier.routes.security;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courrier.routes.store.UserStore;

/**
 * The review screen's users: adds them with a hashed password and checks a name and password at login.
 *
 * <p>A login for a name nobody has still checks the password against a hash, so that the answer takes as long as
 * for a real user: how long a refusal takes does not tell which names exist.
 *
 * <p>Thread-safe.
 */
public final class Users {

    /** A user name: a letter or digit first, then letters, digits, '.', '_', '-' or '@'; at most 64. */
    private static final String NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}";

    private final UserStore store;
    private final PasswordHasher hasher;
    /** A hash of no one's password, checked when the name is unknown. */
    private final String decoy;

    public Users(UserStore store, PasswordHasher hasher) {
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.decoy = hasher.hash("no-such-user-decoy-password".toCharArray());
    }

    /** A signed-in user: the name and the role. */
    public record User(String name, Role role) {
        public User {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * Adds a user; the password is hashed and the array cleared.
     *
     * @throws IllegalArgumentException when the name is not allowed, the password too short or too long, or a user
     *     of that name exists
     */
    public User add(String name, Role role, char[] password) throws SQLException {
        try {
            checkName(name);
            String hash = hasher.hash(password);
            if (!store.add(name, role.name(), hash)) {
                throw new IllegalArgumentException("a user named '" + name + "' exists already");
            }
            return new User(name, role);
        } finally {
            clear(password);
        }
    }

    /** Sets a user's role and password; the array is cleared. */
    public User reset(String name, Role role, char[] password) throws SQLException {
        try {
            String hash = hasher.hash(password);
            if (!store.update(name, role.name(), hash)) {
                throw new IllegalArgumentException("no user named '" + name + "'");
            }
            return new User(name, role);
        } finally {
            clear(password);
        }
    }

    /** The user when {@code password} is theirs; empty otherwise (an unknown name too). The array is cleared. */
    public Optional<User> authenticate(String name, char[] password) throws SQLException {
        try {
            Optional<UserStore.StoredUser> stored =
                    name == null || !name.matches(NAME) ? Optional.empty() : store.find(name);
            boolean ok = hasher.matches(
                    password, stored.map(UserStore.StoredUser::passwordHash).orElse(decoy));
            // a disabled user's password is still checked: the answer takes as long and says the same
            return ok && stored.isPresent() && !stored.get().disabled()
                    ? Optional.of(new User(
                            stored.get().name(), Role.named(stored.get().role())))
                    : Optional.empty();
        } finally {
            clear(password);
        }
    }

    /** Every user, by name. */
    public List<User> all() throws SQLException {
        return store.all().stream()
                .map(u -> new User(u.name(), Role.named(u.role())))
                .toList();
    }

    /** A user as an admin sees it: name, role, since when, and whether it is disabled. */
    public record Account(String name, Role role, java.time.Instant createdAt, boolean disabled) {}

    /** Every user with its state, by name. */
    public List<Account> accounts() throws SQLException {
        return store.all().stream()
                .map(u -> new Account(u.name(), Role.named(u.role()), u.createdAt(), u.disabled()))
                .toList();
    }

    /**
     * Disables a user: they can no longer sign in (their sessions are the caller's to end). The user is kept, so
     * that the revisions and audit entries naming them stay meaningful.
     *
     * @throws java.util.NoSuchElementException when there is no such user
     * @throws IllegalStateException when the user is disabled already
     */
    public void disable(String name) throws SQLException {
        existing(name);
        if (!store.disable(name)) {
            throw new IllegalStateException("'" + name + "' is disabled already");
        }
    }

    /**
     * Enables a disabled user again: they sign in with the password they had.
     *
     * @throws java.util.NoSuchElementException when there is no such user
     * @throws IllegalStateException when the user is not disabled
     */
    public void enable(String name) throws SQLException {
        existing(name);
        if (!store.enable(name)) {
            throw new IllegalStateException("'" + name + "' is not disabled");
        }
    }

    private void existing(String name) throws SQLException {
        Optional<UserStore.StoredUser> stored =
                name == null || !name.matches(NAME) ? Optional.empty() : store.find(name);
        if (stored.isEmpty()) {
            throw new java.util.NoSuchElementException("no user named '" + name + "'");
        }
    }

    /** Whether at least one user exists. */
    public boolean any() throws SQLException {
        return store.count() > 0;
    }

    static void checkName(String name) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_', '-' or '@', "
                    + "starting with a letter or digit: '" + name + "'");
        }
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
