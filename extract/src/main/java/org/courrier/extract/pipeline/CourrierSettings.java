package org.courrier.extract.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import org.courrier.ingest.IntakeLimits;
import org.courrier.ocr.OcrSettings;

/**
 * The pipeline's settings, read once and validated: a bad value fails naming the setting and what is allowed.
 * Defaults live in {@code courrier-defaults.properties}; callers layer their own sources on top.
 */
public record CourrierSettings(IntakeLimits intake, OcrSettings ocr, int workers, double autoAcceptThreshold) {

    public CourrierSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("courrier.workers must be at least 1 (0 in a file means the number of cores)");
        }
        if (!(autoAcceptThreshold > 0 && autoAcceptThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "courrier.review.auto-accept-threshold must be in (0, 1]: " + autoAcceptThreshold);
        }
    }

    /** The built-in defaults. */
    public static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = CourrierSettings.class.getResourceAsStream("courrier-defaults.properties")) {
            if (in == null) {
                throw new IllegalStateException("courrier-defaults.properties is missing from the classpath");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Settings from the defaults, overridden by the given values (keys as in the properties file). */
    public static CourrierSettings from(Map<String, String> overrides) {
        Properties p = defaults();
        p.putAll(overrides);
        return from(p);
    }

    /** Settings from a complete set of properties. */
    public static CourrierSettings from(Properties p) {
        IntakeLimits intake = new IntakeLimits(
                longValue(p, "courrier.intake.max-file-bytes"),
                intValue(p, "courrier.intake.max-pages"),
                longValue(p, "courrier.intake.max-pixels-per-page"),
                intValue(p, "courrier.intake.render-dpi"));
        OcrSettings.Preprocessing pre = new OcrSettings.Preprocessing(
                bool(p, "courrier.ocr.preprocess.grayscale"),
                bool(p, "courrier.ocr.preprocess.deskew"),
                bool(p, "courrier.ocr.preprocess.binarise"),
                bool(p, "courrier.ocr.preprocess.upscale-low-res"),
                bool(p, "courrier.ocr.preprocess.detect-orientation"));
        OcrSettings ocr = new OcrSettings(Path.of(required(p, "courrier.ocr.tessdata")),
                required(p, "courrier.ocr.languages"), duration(p, "courrier.ocr.page-timeout"), pre);
        int workers = intValue(p, "courrier.workers");
        if (workers == 0) {
            workers = Runtime.getRuntime().availableProcessors();
        }
        return new CourrierSettings(intake, ocr, workers,
                doubleValue(p, "courrier.review.auto-accept-threshold"));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is not set");
        }
        return v.trim();
    }

    private static int intValue(Properties p, String key) {
        try {
            return Integer.parseInt(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + p.getProperty(key), e);
        }
    }

    private static long longValue(Properties p, String key) {
        try {
            return Long.parseLong(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + p.getProperty(key), e);
        }
    }

    private static double doubleValue(Properties p, String key) {
        try {
            return Double.parseDouble(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + p.getProperty(key), e);
        }
    }

    private static boolean bool(Properties p, String key) {
        String v = required(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + v);
        }
        return Boolean.parseBoolean(v);
    }

    private static Duration duration(Properties p, String key) {
        try {
            return Duration.parse(required(p, key));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT60S: "
                    + p.getProperty(key), e);
        }
    }
}
