package org.courrier.routes.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt password hashes in the OpenBSD format ({@code $2y$12$…}), from Bouncy Castle: a salt of 16 random bytes
 * per password and a cost factor of 2<sup>12</sup> rounds (about a quarter of a second on one core), kept in the
 * hash so that a later raise of the cost still verifies old hashes.
 *
 * <p>A password has 10 to 72 bytes in UTF-8: bcrypt reads no more than 72, and a longer one would be cut without
 * the user knowing.
 *
 * <p>Thread-safe.
 */
public final class PasswordHasher {

    /** The cost of new hashes: {@code 2^cost} rounds. */
    public static final int COST = 12;

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private final SecureRandom random = new SecureRandom();
    private final int cost;

    public PasswordHasher() {
        this(COST);
    }

    /** With another cost (tests use the cheapest, 4). */
    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31: " + cost);
        }
        this.cost = cost;
    }

    /**
     * The hash of a new password.
     *
     * @throws IllegalArgumentException when the password is shorter than 10 characters or longer than 72 bytes
     */
    public String hash(char[] password) {
        check(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password, salt, cost);
    }

    /** Whether {@code password} is the one {@code hash} was made from; false for a hash that is not bcrypt. */
    public boolean matches(char[] password, String hash) {
        if (password == null || hash == null || utf8Length(password) > MAX_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (IllegalArgumentException | DataLengthException e) {
            return false;
        }
    }

    /** Fails when a new password is too short or too long, saying which. */
    static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (utf8Length(password) > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a password may have at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt reads no more)");
        }
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }
}
