package org.courrier.extract.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.courrier.ingest.IntakeLimits;
import org.courrier.ocr.OcrSettings;

/**
 * The pipeline's settings, read once and validated: a bad value fails naming the setting and what is allowed.
 * Defaults live in {@code courrier-defaults.properties}; callers layer their own sources on top.
 */
public record CourrierSettings(
        IntakeLimits intake,
        OcrSettings ocr,
        int workers,
        double autoAcceptThreshold,
        java.time.Duration extractBudget) {

    public CourrierSettings {
        if (extractBudget == null || extractBudget.isZero() || extractBudget.isNegative()) {
            throw new IllegalArgumentException("courrier.extract.budget must be a positive duration: " + extractBudget);
        }
        if (workers < 1) {
            throw new IllegalArgumentException(
                    "courrier.workers must be at least 1 (0 in a file means the number of cores)");
        }
        if (!(autoAcceptThreshold > 0 && autoAcceptThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "courrier.review.auto-accept-threshold must be in (0, 1]: " + autoAcceptThreshold);
        }
    }

    /**
     * The built-in defaults, each overridden by a JVM system property of the same name when there is one
     * ({@code -Dcourrier.ocr.tessdata=…}: how the launcher points every command at the OCR models it installed).
     */
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
        for (String key : p.stringPropertyNames()) {
            String value = System.getProperty(key);
            if (value != null) {
                p.setProperty(key, value);
            }
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
    public static CourrierSettings from(Properties properties) {
        SettingValues p = new SettingValues(properties);
        IntakeLimits intake = new IntakeLimits(
                p.wholeLong("courrier.intake.max-file-bytes", 1, Long.MAX_VALUE),
                p.whole("courrier.intake.max-pages", 1, Integer.MAX_VALUE),
                p.wholeLong("courrier.intake.max-pixels-per-page", 1, Long.MAX_VALUE),
                p.whole("courrier.intake.render-dpi", 1, 2400));
        OcrSettings.Preprocessing pre = new OcrSettings.Preprocessing(
                p.bool("courrier.ocr.preprocess.grayscale"),
                p.bool("courrier.ocr.preprocess.deskew"),
                p.bool("courrier.ocr.preprocess.binarise"),
                p.bool("courrier.ocr.preprocess.upscale-low-res"),
                p.bool("courrier.ocr.preprocess.detect-orientation"),
                p.bool("courrier.ocr.preprocess.flatten"),
                p.bool("courrier.ocr.preprocess.even-light"));
        OcrSettings ocr = new OcrSettings(
                Path.of(p.required("courrier.ocr.tessdata")),
                p.required("courrier.ocr.languages"),
                p.duration("courrier.ocr.page-timeout"),
                pre);
        int workers = p.whole("courrier.workers", 0, 256);
        if (workers == 0) {
            workers = Runtime.getRuntime().availableProcessors();
        }
        return new CourrierSettings(
                intake,
                ocr,
                workers,
                p.number("courrier.review.auto-accept-threshold", 0, 1),
                p.positive("courrier.extract.budget"));
    }
}
