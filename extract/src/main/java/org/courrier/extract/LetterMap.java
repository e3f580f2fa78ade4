package org.courrier.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the parts of a letter are: its lines in reading order, the salutation, where the body starts and ends.
 * Engines use it to tell header from body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bodyStart index of the first body line, {@code lines.size()} when no body was found
 * @param bodyEnd   index of the last body line (the closing formula when there is one), -1 when no body
 * @param pitch     usual distance from one line's top to the next one's, in pixels
 */
record LetterMap(List<TextLine> lines, CueBook book, int salutation, int bodyStart, int bodyEnd, double pitch) {

    static LetterMap of(List<TextLine> lines, CueBook book) {
        int salutation = -1;
        int bodyStart = lines.size();
        for (TextLine l : lines) {
            if (isSalutation(book, l)) {
                salutation = l.index();
                break;
            }
        }
        int from = salutation >= 0 ? salutation + 1 : 0;
        for (int i = from; i < lines.size(); i++) {
            if (Prose.isProse(lines.get(i)) && !startsWithLabel(book, lines.get(i))) {
                bodyStart = i;
                break;
            }
        }
        int bodyEnd = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (Prose.isProse(l) || contains(book, "closings", l)) {
                bodyEnd = i;
            }
            if (contains(book, "closings", l)) {
                break;
            }
        }
        return new LetterMap(List.copyOf(lines), book, salutation, bodyStart, bodyEnd, pitch(lines));
    }

    /** A salutation: a short line opening with a salutation word and ending with a comma. */
    static boolean isSalutation(CueBook book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() > 0 && t.size() <= 8 && book.match("salutations", t, 0) > 0
                && (l.text().endsWith(",") || l.text().endsWith(";"));
    }

    static boolean startsWithLabel(CueBook book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() > 0 && (book.match("subject", t, 0) > 0 && t.colonAfter(0)
                || book.match("reference", t, 0) > 0 && t.colonAfter(0)
                || book.match("copies", t, 0) > 0 && t.colonAfter(0));
    }

    /** Whether one of the named phrases occurs anywhere in the line. */
    static boolean contains(CueBook book, String name, TextLine l) {
        Tokens t = l.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (book.match(name, t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean inBody(int index) {
        return index >= bodyStart && index <= bodyEnd;
    }

    /** Header: before the body (or the salutation) starts. */
    boolean inHeader(int index) {
        int end = salutation >= 0 ? salutation : bodyStart;
        return index < end;
    }

    /** Blank lines between two lines on the same page (0 for consecutive lines); large when pages differ. */
    double gap(TextLine upper, TextLine lower) {
        if (upper.page() != lower.page()) {
            return 99;
        }
        return (lower.box().y() - upper.box().y()) / pitch - 1;
    }

    /** The most common top-to-top distance between successive lines: the body's line spacing. */
    private static double pitch(List<TextLine> lines) {
        List<Integer> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            int d = b.box().y() - a.box().y();
            if (a.page() == b.page() && d > a.box().h() / 2) {
                steps.add(d);
            }
        }
        if (steps.isEmpty()) {
            return lines.isEmpty() ? 1 : Math.max(1, lines.get(0).box().h() * 1.5);
        }
        Collections.sort(steps);
        return Math.max(1, steps.get(steps.size() / 3));
    }
}
