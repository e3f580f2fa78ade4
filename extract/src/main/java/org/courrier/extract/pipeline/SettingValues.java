package org.courrier.extract.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads typed setting values from merged properties, the one parser of Courrier's settings: every bad or missing
 * value fails with an {@link IllegalArgumentException} naming the setting, the value and what is allowed.
 */
public final class SettingValues {

    private final Properties p;

    public SettingValues(Properties p) {
        this.p = Objects.requireNonNull(p, "properties");
    }

    /** The trimmed value, empty when unset. */
    public String text(String key) {
        return p.getProperty(key, "").trim();
    }

    /** The trimmed value; fails when unset or blank. */
    public String required(String key) {
        String v = text(key);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + " is not set");
        }
        return v;
    }

    /** A whole number in {@code [min, max]}. */
    public int whole(String key, int min, int max) {
        long v = wholeLong(key, min, max);
        return (int) v;
    }

    /** A whole number in {@code [min, max]}. */
    public long wholeLong(String key, long min, long max) {
        long v;
        try {
            v = Long.parseLong(required(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + p.getProperty(key), e);
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + v);
        }
        return v;
    }

    /** A number in {@code (above, atMost]}. */
    public double number(String key, double above, double atMost) {
        double v;
        try {
            v = Double.parseDouble(required(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + p.getProperty(key), e);
        }
        if (!(v > above && v <= atMost)) {
            throw new IllegalArgumentException(key + " must be in (" + above + ", " + atMost + "]: " + v);
        }
        return v;
    }

    /** {@code true} or {@code false}, nothing else. */
    public boolean bool(String key) {
        String v = required(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + v);
        }
        return Boolean.parseBoolean(v);
    }

    /** An ISO-8601 duration, not negative. */
    public Duration duration(String key) {
        Duration d;
        try {
            d = Duration.parse(required(key));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    key + " must be an ISO-8601 duration such as PT2S: " + p.getProperty(key), e);
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative: " + d);
        }
        return d;
    }

    /** An ISO-8601 duration longer than zero. */
    public Duration positive(String key) {
        Duration d = duration(key);
        if (d.isZero()) {
            throw new IllegalArgumentException(key + " must be longer than zero");
        }
        return d;
    }

    /** A folder, made absolute and normalised; fails when unset. */
    public Path folder(String key) {
        String v = text(key);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + " is not set (a folder path)");
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    /** A folder, or {@code fallback} when unset. */
    public Path folderOr(String key, Path fallback) {
        return text(key).isEmpty() ? fallback : folder(key);
    }
}
