package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Signatory;

/**
 * Who signed, from the signature block under the body: a title ({@code Le Ministre,}, {@code Permanent Secretary})
 * and a name, in the order the language writes them ({@code signatureOrder} in the cue file). Stamp words and
 * dates are passed over; under a title the last name-like line is the name (stamp text OCR'd above it can look like
 * a name too); a note verbale is not signed.
 *
 * <p>Immutable and thread-safe.
 */
final class SignatoryEngine {

    private static final int WINDOW = 8;
    /** The lines taken as title and name, either possibly null. */
    private record Pick(TextLine title, TextLine name) {
        boolean complete() {
            return title != null && name != null;
        }
    }

    private final DateFinder finder;

    SignatoryEngine(DateFinder finder) {
        this.finder = finder;
    }

    Field<Signatory> extract(LetterMap map) {
        if (map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return Field.missing();
        }
        return field(hand(map));
    }

    private Pick hand(LetterMap map) {
        LanguageCues book = map.book();
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
        Signatory s = new Signatory(
                name == null ? null : withoutStrokes(name.text()),
                title == null ? null : withoutStrokes(title.text()).replaceAll("[,\\s]+$", ""));
        return new Field<>(s, null, (pick.complete() ? 0.92 : 0.6) * q, ev);
    }

    /**
     * The line without what a pen stroke crossing its end leaves in OCR: trailing marks, and short bits, with no
     * letter ({@code Moussa TOURE ‘//}, {@code Town Clerk——~}, {@code Minister 7}, {@code Mary Asante 4] :}).
     */
    static String withoutStrokes(String text) {
        return text.replaceAll("(\\s+([^\\p{L}\\p{N}\\s]+|[^\\p{L}\\s]{1,2}))+\\s*$", "")
                .replaceAll("[—–~_|\\\\/‘’'`]+$", "")
                .strip();
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
