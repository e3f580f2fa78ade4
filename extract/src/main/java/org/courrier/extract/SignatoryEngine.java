package org.courrier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who signed, from the signature block under the closing: a title line ({@code Le Ministre,}, {@code Director})
 * and a name line (two to five capitalised words). A note verbale has no name.
 *
 * <p>Immutable and thread-safe.
 */
final class SignatoryEngine {

    private static final int WINDOW = 10;

    Field<Signatory> extract(LetterMap map) {
        CueBook book = map.book();
        int from = map.bodyEnd() >= 0 ? map.bodyEnd() + 1 : Math.max(0, map.lines().size() - WINDOW);
        String title = null;
        String name = null;
        List<Evidence> ev = new ArrayList<>();
        for (int i = from; i < map.lines().size() && i < from + WINDOW; i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (t.size() == 0) {
                continue;
            }
            if (book.match("copies", t, 0) > 0 && (t.colonAfter(0) || t.size() == 1)) {
                if (title != null || name != null) {
                    break;
                }
                i = skipList(map, i);
                continue;
            }
            int h = book.match("suscriptionHeads", t, 0);
            if (title == null && name == null && (book.match("senderHeads", t, h) > 0 || h > 0 && l.text().endsWith(","))) {
                title = l.text().replaceAll("[,\\s]+$", "");
                ev.add(l.evidence());
            } else if (title != null && name == null && looksLikeName(t)) {
                name = l.text().strip();
                ev.add(l.evidence());
                break;
            }
        }
        if (title == null && name == null) {
            return Field.missing();
        }
        double conf = (name != null && title != null ? 0.9 : 0.7);
        return new Field<>(new Signatory(name, title), null, conf, ev);
    }

    private static int skipList(LetterMap map, int label) {
        int i = label;
        while (i + 1 < map.lines().size() && map.gap(map.lines().get(i), map.lines().get(i + 1)) <= 0.8
                && !CopiesEngine.signatureTitle(map.book(), map.lines().get(i + 1))) {
            i++;
        }
        return i;
    }

    private static boolean looksLikeName(Tokens t) {
        if (t.size() < 2 || t.size() > 6) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            if (!Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
