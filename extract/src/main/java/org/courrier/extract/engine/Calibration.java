package org.courrier.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.courrier.extract.record.FieldName;

/**
 * Maps the confidence the rules give a field (the rule signal: which cue fired, label or position, OCR line quality,
 * page quality, all folded into one number by the engines) to the share of such fields found right on letters
 * nobody on the team wrote: the authored corpus's {@code dev} half, measured by {@code ./courrier calibrate}.
 *
 * <p>One monotone step table per key {@code FIELD.STATE.SOURCE.AGREEMENT}: the field's JSON name, {@code found} (a
 * value) or {@code absent} (the letter has none: no reference, no copy list), {@code text} (every page from a text
 * layer) or {@code ocr}, and for the fields the layout model reads too, whether it agreed with the rules
 * ({@link Agreement}). A key with too few measured fields falls back to the key without its last part, down to
 * {@code FIELD.STATE}; a field without any table keeps its rule confidence. A confidence of 0 (merely not found)
 * stays 0.
 *
 * <p>Tables are fitted by isotonic regression (pool adjacent violators) of right/wrong on the rule confidence; each
 * pooled block then gets {@code (right + PRIOR / 2) / (letters + PRIOR)}, a Beta prior that keeps a block of a few
 * letters, all right, under the auto-accept threshold: certainty has to be earned by many letters. A block counts
 * letters, not fields: the renderings of one letter (its PDF, scan and fax) are one letter's evidence, each letter
 * counting once with the share of its fields that were right. Immutable, thread-safe.
 */
public final class Calibration {

    /**
     * Strength of the Beta(PRIOR/2, PRIOR/2) prior each pooled block is shrunk with, in letters. Chosen on the kept dev
     * batches, each fitted on the others and scored: at 12, 98.3 % of the fields put at 0.9 or more were right (687
     * fields, four batches); at 6, 96.9 % (773), copy lists certified that went wrong on the batch held out.
     */
    public static final double PRIOR = 12;
    /** Fewest measured fields for a key of its own; fewer pool the two sources. */
    public static final int MIN_FIELDS = 40;
    /** The committed table, produced by {@code ./courrier calibrate --authored dev}. */
    public static final String RESOURCE = "calibration.properties";

    /** One step: rule confidences from {@code from} (inclusive) up to the next step's get {@code value}. */
    public record Step(double from, double value) {}

    /**
     * One measured field: its key, its rule confidence, whether it was right, and the letter it was read from (its
     * renderings share it; null counts the field as a letter of its own).
     */
    public record Sample(String key, double confidence, boolean right, String letter) {

        /** A field that is its own letter's only evidence. */
        public Sample(String key, double confidence, boolean right) {
            this(key, confidence, right, null);
        }
    }

    private final Map<String, List<Step>> tables;

    private Calibration(Map<String, List<Step>> tables) {
        Map<String, List<Step>> copy = new TreeMap<>();
        tables.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.tables = Collections.unmodifiableMap(copy);
    }

    /** No table: every field keeps its rule confidence. */
    public static Calibration none() {
        return new Calibration(Map.of());
    }

    /** The committed table on the class path; none when it is absent. */
    public static Calibration standard() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return none();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calibration table " + RESOURCE, e);
        }
    }

    /** The key of a field: {@code FIELD.found|absent.text|ocr}. */
    public static String key(FieldName field, boolean found, boolean ocr) {
        return field.jsonName() + (found ? ".found" : ".absent") + (ocr ? ".ocr" : ".text");
    }

    /**
     * The key of a field read from a phone photo whose sheet was flattened: {@code FIELD.found|absent.photo}. Until
     * a calibration has a table of its own for it, {@link CalibratedExtractor} lowers such fields.
     */
    public static String photoKey(FieldName field, boolean found) {
        return field.jsonName() + (found ? ".found" : ".absent") + ".photo";
    }

    /**
     * The key of a field both readers read: {@code FIELD.found|absent.text|ocr.agree|alone|differ}; {@link
     * #key(FieldName, boolean, boolean)}'s when {@code agreement} is null (only one reader ran). Without a table of its
     * own it falls back to that shorter key's.
     */
    public static String key(FieldName field, boolean found, boolean ocr, Agreement agreement) {
        return key(field, found, ocr) + (agreement == null ? "" : "." + agreement.keyPart());
    }

    /** Whether this exact key has a table of its own (not pooled). */
    public boolean has(String key) {
        return tables.containsKey(key);
    }

    /** The key one part shorter ({@code sender.found.text} for {@code sender.found.text.agree}); null at two parts. */
    private static String pooledKey(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 || key.indexOf('.') == dot ? null : key.substring(0, dot);
    }

    /** The calibrated confidence of a field of that key with that rule confidence. */
    public double apply(String key, double confidence) {
        if (confidence <= 0) {
            return 0;
        }
        List<Step> steps = tables.get(key);
        for (String k = pooledKey(key); steps == null && k != null; k = pooledKey(k)) {
            steps = tables.get(k);
        }
        if (steps == null || steps.isEmpty()) {
            return confidence;
        }
        double value = steps.get(0).value();
        for (Step s : steps) {
            if (confidence >= s.from()) {
                value = s.value();
            } else {
                break;
            }
        }
        return value;
    }

    /** The tables, by key. */
    public Map<String, List<Step>> tables() {
        return tables;
    }

    /**
     * Fits the tables: one per {@code FIELD.STATE} over every sample of it, and one per longer key (its source, and
     * its agreement) that has at least {@link #MIN_FIELDS} samples.
     */
    public static Calibration fit(List<Sample> samples) {
        Map<String, List<Sample>> byKey = new TreeMap<>();
        for (Sample s : samples) {
            if (s.confidence() <= 0) {
                continue;
            }
            for (String k = s.key(); k != null; k = pooledKey(k)) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        Map<String, List<Step>> tables = new TreeMap<>();
        byKey.forEach((key, list) -> {
            if (pooledKey(key) == null || list.size() >= MIN_FIELDS) {
                tables.put(key, isotonic(list));
            }
        });
        return new Calibration(tables);
    }

    /** Pool adjacent violators over samples sorted by confidence; equal confidences are one group. */
    static List<Step> isotonic(List<Sample> samples) {
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparingDouble(Sample::confidence));
        // blocks of equal or pooled confidences, pooled while their share of right fields is not increasing
        List<Block> blocks = new ArrayList<>();
        Block group = null; // the samples of one confidence, pooled only once all of them are in
        for (Sample s : sorted) {
            if (group != null && group.from == round(s.confidence())) {
                group.add(s);
                continue;
            }
            if (group != null) {
                pool(blocks, group);
            }
            group = new Block(round(s.confidence()), s);
        }
        if (group != null) {
            pool(blocks, group);
        }
        List<Step> steps = new ArrayList<>();
        for (Block b : blocks) {
            steps.add(new Step(b.from, round(b.value())));
        }
        // the prior can undo the order of two blocks of very different sizes: keep the lower value (never raise one)
        for (int i = steps.size() - 2; i >= 0; i--) {
            if (steps.get(i).value() > steps.get(i + 1).value()) {
                steps.set(i, new Step(steps.get(i).from(), steps.get(i + 1).value()));
            }
        }
        return steps;
    }

    /**
     * Adds the block of one confidence's samples after the others, then pools it with the blocks before it while
     * their share of right fields is not increasing. A whole group at a time: pooled sample by sample, a wrong field
     * late among many right ones at the same confidence pooled the group's first part away and left its last few
     * fields a block of their own, whose value the prior then pulled down, and every step below with it.
     */
    private static void pool(List<Block> blocks, Block group) {
        blocks.add(group);
        while (blocks.size() >= 2) {
            Block b = blocks.get(blocks.size() - 1);
            Block a = blocks.get(blocks.size() - 2);
            if (a.share() < b.share()) {
                break;
            }
            b.samples.forEach(a::add);
            blocks.remove(blocks.size() - 1);
        }
    }

    /** A pooled block of samples from one rule confidence on. */
    private static final class Block {
        final double from;
        final List<Sample> samples = new ArrayList<>();
        int right;

        Block(double from, Sample first) {
            this.from = from;
            add(first);
        }

        void add(Sample s) {
            samples.add(s);
            right += s.right() ? 1 : 0;
        }

        /** The share of its fields that were right. */
        double share() {
            return (double) right / samples.size();
        }

        /** {@code (right + PRIOR / 2) / (letters + PRIOR)}, each letter counting once with its share of right fields. */
        double value() {
            Map<Object, int[]> letters = new java.util.HashMap<>();
            for (Sample s : samples) {
                Object letter = s.letter() == null ? new Object() : s.letter();
                int[] c = letters.computeIfAbsent(letter, k -> new int[2]);
                c[0]++;
                c[1] += s.right() ? 1 : 0;
            }
            double rightLetters = 0;
            for (int[] c : letters.values()) {
                rightLetters += (double) c[1] / c[0];
            }
            return (rightLetters + PRIOR / 2) / (letters.size() + PRIOR);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The tables as properties text: {@code KEY=FROM:VALUE FROM:VALUE ...}, keys sorted. */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        tables.forEach((key, steps) -> {
            out.append(key).append('=');
            for (int i = 0; i < steps.size(); i++) {
                out.append(i == 0 ? "" : " ")
                        .append(String.format(
                                Locale.ROOT,
                                "%.3f:%.3f",
                                steps.get(i).from(),
                                steps.get(i).value()));
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Reads {@link #format(String)}'s text; fails naming the key and the bad step. */
    public static Calibration parse(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Step>> tables = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            List<Step> steps = new ArrayList<>();
            double lastFrom = -1;
            double lastValue = -1;
            for (String step : p.getProperty(key).trim().split("\\s+")) {
                String[] parts = step.split(":");
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException("not FROM:VALUE");
                    }
                    double from = Double.parseDouble(parts[0]);
                    double value = Double.parseDouble(parts[1]);
                    if (!(from > lastFrom && value >= lastValue && value >= 0 && value <= 1)) {
                        throw new NumberFormatException("steps must rise, values in [0, 1]");
                    }
                    steps.add(new Step(from, value));
                    lastFrom = from;
                    lastValue = value;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "calibration table " + key + ": bad step '" + step + "': " + e.getMessage(), e);
                }
            }
            tables.put(key, steps);
        }
        return new Calibration(tables);
    }
}
