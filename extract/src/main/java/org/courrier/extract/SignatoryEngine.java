package org.courrier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Who signed, from the signature block under the body: a title ({@code Le Ministre,}, {@code Permanent Secretary})
 * and a name, in the order the language writes them ({@code signatureOrder} in the cue file). Stamp words and
 * dates are passed over; under a title the last name-like line is the name (stamp text OCR'd above it can look like
 * a name too); a note verbale is not signed.
 *
 * <p>The pipeline reads the block with these hand rules. With a {@link SignatureLineModel} the engine can also read
 * it with the model, alone or combined ({@link Method}): an experiment that did not beat the hand rules (README,
 * "Trained models tried").
 *
 * <p>Immutable and thread-safe (the model, when given, is shared and only read).
 */
final class SignatoryEngine {

    private static final int WINDOW = 8;
    /** A line the model gives at least this probability of being the name (or the title) is taken as such. */
    private static final double MODEL_CUT = 0.5;

    /** Which way the signature block is read; the pipeline uses {@link #HAND}. */
    enum Method {
        /** Hand rules: skip stamps, dates and stroke fragments, then title and name in the language's order. */
        HAND,
        /** The signature-line model alone ({@link SignatureLineModel}). */
        MODEL,
        /** Hand rules when they find both name and title, the model otherwise. */
        HAND_THEN_MODEL,
        /** The model when it finds both name and title, the hand rules otherwise. */
        MODEL_THEN_HAND
    }

    /** The lines taken as title and name, either possibly null. */
    private record Pick(TextLine title, TextLine name) {
        boolean complete() {
            return title != null && name != null;
        }
    }

    private final DateFinder finder;
    private final SignatureLineModel model;

    SignatoryEngine(DateFinder finder) {
        this(finder, null);
    }

    /** With a model, {@link Method#MODEL} and the combined methods can be used. */
    SignatoryEngine(DateFinder finder, SignatureLineModel model) {
        this.finder = finder;
        this.model = model;
    }

    Field<Signatory> extract(LetterMap map) {
        return extract(map, Method.HAND);
    }

    Field<Signatory> extract(LetterMap map, Method method) {
        if (map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return Field.missing();
        }
        Pick pick = switch (method) {
            case HAND -> hand(map);
            case MODEL -> model(map);
            case HAND_THEN_MODEL -> either(hand(map), () -> model(map));
            case MODEL_THEN_HAND -> either(model(map), () -> hand(map));
        };
        return field(pick);
    }

    private static Pick either(Pick first, Supplier<Pick> second) {
        if (first.complete()) {
            return first;
        }
        Pick other = second.get();
        return other.complete() || first.title() == null && first.name() == null ? other : first;
    }

    private Pick model(LetterMap map) {
        if (model == null) {
            throw new IllegalStateException("no signature-line model given to this engine");
        }
        SignatureLines window = window(map);
        double[][] p = model.score(window);
        int name = best(p, 0, -1);
        int title = best(p, 1, name);
        return new Pick(title < 0 ? null : window.line(title), name < 0 ? null : window.line(name));
    }

    /** The signature window of a letter, its lines marked with what the hand rules took them for. */
    SignatureLines window(LetterMap map) {
        Pick hand = hand(map);
        return SignatureLines.of(map, finder, hand.title(), hand.name());
    }

    /** The line most likely to carry label {@code column}, other than {@code except}; -1 when none is likely. */
    private static int best(double[][] p, int column, int except) {
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (k != except && p[k][column] >= MODEL_CUT && (best < 0 || p[k][column] > p[best][column])) {
                best = k;
            }
        }
        return best;
    }

    private Pick hand(LetterMap map) {
        CueBook book = map.book();
        List<TextLine> block = new ArrayList<>();
        for (int i = map.bodyEnd() + 1; i < map.lines().size() && block.size() < WINDOW; i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (book.match("copies", t, 0) > 0 || RecipientEngine.isFooter(book, l)) {
                break;
            }
            if (book.match("stamps", t, 0) > 0 || !finder.find(l.text(), true).isEmpty() || fragments(t)) {
                continue;
            }
            block.add(l);
        }
        boolean titleFirst = "title-name".equals(book.value("signatureOrder"));
        TextLine title = null;
        TextLine name = null;
        for (int i = 0; i < block.size() && (name == null || titleFirst); i++) {
            TextLine l = block.get(i);
            if (titleFirst && title == null) {
                title = l;
            } else if (looksLikeName(Tokens.of(withoutStrokes(l.text()).replaceAll("['’\\\\]", " ")))) {
                name = l;
                if (!titleFirst && i + 1 < block.size()) {
                    title = block.get(i + 1);
                }
            }
        }
        return new Pick(title, name);
    }

    private static Field<Signatory> field(Pick pick) {
        TextLine title = pick.title();
        TextLine name = pick.name();
        if (title == null && name == null) {
            return Field.missing();
        }
        List<Evidence> ev = new ArrayList<>();
        double q = 1;
        for (TextLine l : new TextLine[] {title, name}) {
            if (l != null) {
                ev.add(l.evidence());
                q = Math.min(q, l.readQuality());
            }
        }
        Signatory s = new Signatory(name == null ? null : withoutStrokes(name.text()),
                title == null ? null : withoutStrokes(title.text()).replaceAll("[,\\s]+$", ""));
        return new Field<>(s, null, (pick.complete() ? 0.92 : 0.6) * q, ev);
    }

    /**
     * The line without what a pen stroke crossing its end leaves in OCR: trailing marks, and short bits, with no
     * letter ({@code Moussa TOURE ‘//}, {@code Town Clerk——~}, {@code Minister 7}, {@code Mary Asante 4] :}).
     */
    static String withoutStrokes(String text) {
        return text.replaceAll("(\\s+([^\\p{L}\\p{N}\\s]+|[^\\p{L}\\s]{1,2}))+\\s*$", "")
                .replaceAll("[—–~_|\\\\/‘’'`]+$", "").strip();
    }

    /** Letters of a stamp or signature stroke read as text: every token one or two characters. */
    private static boolean fragments(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().length() > 2) {
                return false;
            }
        }
        return true;
    }

    /** Two to six capitalised words, at least one in mixed case (a stamp is all capitals). */
    static boolean looksLikeName(Tokens t) {
        if (t.size() < 2 || t.size() > 6 || t.text().chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            if (!Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit) || w.endsWith(",")) {
                return false;
            }
        }
        return true;
    }
}
