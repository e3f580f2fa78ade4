package org.courrier.routes.security;

import java.util.Locale;

/**
 * What a user of the review screen may do. Each role may do what the one before it may: a clerk reads letters, a
 * reviewer also corrects and approves them, an admin also manages users and replays failed files.
 */
public enum Role {
    CLERK,
    REVIEWER,
    ADMIN;

    /** Whether this role may do what {@code needed} may. */
    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The role named {@code name}, in any case; fails listing the roles there are. */
    public static Role named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("no role '" + name + "': the roles are clerk, reviewer and admin", e);
        }
    }

    /** The name as written on the command line and in the API: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
