package org.courrier.routes.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down. Failed logins are counted per user name and per client address; after
 * {@value #FREE_PER_NAME} failures for one name (or {@value #FREE_PER_ADDRESS} from one address) each further
 * attempt must wait, 1 s after the first failure over the limit, doubling with every further failure up to
 * {@link #MAX_WAIT}. A successful login clears its name's count; counts are forgotten after {@link #FORGET_AFTER}
 * without a failure. Waiting, not locking out, so that someone guessing cannot keep the real user out for long.
 *
 * <p>Thread-safe.
 */
public final class LoginThrottle {

    static final int FREE_PER_NAME = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Failures(int count, Instant last) {}

    /** How long the caller must wait before trying this name from this address; zero when it may try now. */
    public Duration waitBefore(String name, String address) {
        Instant now = clock.instant();
        Duration a = wait(nameKey(name), FREE_PER_NAME, now);
        Duration b = wait(addressKey(address), FREE_PER_ADDRESS, now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Counts a failed login. */
    public void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> now.isAfter(f.last().plus(FORGET_AFTER)));
        }
        for (String key : new String[] {nameKey(name), addressKey(address)}) {
            failures.merge(
                    key,
                    new Failures(1, now),
                    (old, one) ->
                            now.isAfter(old.last().plus(FORGET_AFTER)) ? one : new Failures(old.count() + 1, now));
        }
    }

    /** A login succeeded: the name starts afresh (the address keeps its count). */
    public void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private Duration wait(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free || now.isAfter(f.last().plus(FORGET_AFTER))) {
            return Duration.ZERO;
        }
        int over = Math.min(f.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << over);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
