package org.courrier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who signed, from the signature block under the body: a title ({@code Le Ministre,}, {@code Permanent Secretary})
 * and a name, in the order the language writes them ({@code signatureOrder} in the cue file). Stamp words and
 * dates are passed over; a note verbale is not signed.
 *
 * <p>Immutable and thread-safe.
 */
final class SignatoryEngine {

    private static final int WINDOW = 8;

    private final DateFinder finder;

    SignatoryEngine(DateFinder finder) {
        this.finder = finder;
    }

    Field<Signatory> extract(LetterMap map) {
        CueBook book = map.book();
        if (map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return Field.missing();
        }
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
        for (int i = 0; i < block.size() && name == null; i++) {
            TextLine l = block.get(i);
            if (titleFirst && title == null) {
                title = l;
            } else if (looksLikeName(Tokens.of(withoutStrokes(l.text())))) {
                name = l;
                if (!titleFirst && i + 1 < block.size()) {
                    title = block.get(i + 1);
                }
            }
        }
        if (title == null && name == null) {
            return Field.missing();
        }
        List<Evidence> ev = new ArrayList<>();
        double q = 1;
        for (TextLine l : new TextLine[] {title, name}) {
            if (l != null) {
                ev.add(l.evidence());
                q = Math.min(q, DateEngine.quality(l));
            }
        }
        Signatory s = new Signatory(name == null ? null : withoutStrokes(name.text()),
                title == null ? null : withoutStrokes(title.text()).replaceAll("[,\\s]+$", ""));
        return new Field<>(s, null, (name != null && title != null ? 0.92 : 0.6) * q, ev);
    }

    /**
     * The line without what a pen stroke crossing its end leaves in OCR: trailing marks with no letter
     * ({@code Moussa TOURE ‘//}, {@code Town Clerk——~}).
     */
    static String withoutStrokes(String text) {
        return text.replaceAll("(\\s+[^\\p{L}\\p{N}\\s]+)+\\s*$", "").replaceAll("[—–~_|\\\\/‘’'`]+$", "").strip();
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
    private static boolean looksLikeName(Tokens t) {
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
