package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Signatory;

/**
 * The issuing organisation: the suscription ({@code Le Ministre des … } just above the addressee), else the
 * letterhead's first organisation line (not the country or motto), else a note verbale's opening
 * ({@code L'Ambassade de … présente ses compliments}), else the signature block's title.
 *
 * <p>Immutable and thread-safe.
 */
final class SenderEngine {

    private static final int MAX_LINES = 3;

    Field<String> extract(LetterMap map, int recipientLine, Field<Signatory> signatory) {
        Field<String> head = letterhead(map);
        Field<String> suscription = recipientLine > 0 ? suscription(map, recipientLine) : Field.missing();
        if (head.found() && !(suscription.found() && Tokens.of(head.value()).size() <= 2)) {
            return head;
        }
        if (suscription.found()) {
            return suscription;
        }
        LanguageCues book = map.book();
        for (TextLine line : map.lines()) {
            if (map.inBody(line.index()) && LetterMap.contains(book, "presents", line)) {
                String folded = Folding.fold(line.text());
                for (String p : book.list("presents")) {
                    int at = folded.indexOf(p);
                    if (at > 0) {
                        String s = line.text().substring(0, at).strip();
                        return new Field<>(s, line.text(), 0.85 * line.readQuality(), List.of(line.evidence()));
                    }
                }
            }
        }
        if (signatory.found() && signatory.value().title() != null) {
            return new Field<>(signatory.value().title().replaceAll(",$", ""), null, 0.6, signatory.evidence());
        }
        return Field.missing();
    }

    /**
     * The first letterhead line that is neither the state heading nor the motto under it, nor a date or label. A
     * state named without a "Republic" word ({@code BURKINA FASO}) is known by the motto under it.
     * Sure when it names a body (ministry, embassy, office…), less so otherwise.
     */
    private Field<String> letterhead(LetterMap map) {
        LanguageCues book = map.book();
        TextLine motto = null;
        for (TextLine line : map.lines()) {
            if (line.page() > 1 || line.top() > 0.3 || !map.inHeader(line.index())) {
                break;
            }
            Tokens t = line.tokens();
            if (t.size() == 0
                    || line == motto
                    || LetterMap.startsWithLabel(book, line)
                    || book.match("reference", t, 0) > 0
                    || book.match("noteVerbale", t, 0) > 0
                    || line.text().chars().filter(Character::isDigit).count() >= 4) {
                continue;
            }
            if (!line.text().matches(".*\\p{L}{3}.*")) {
                continue;
            }
            if (book.match("countryHeads", t, 0) > 0 || isMotto(line)) {
                motto = below(map, line);
                continue;
            }
            TextLine under = below(map, line);
            if (under != null && isMotto(under)) {
                motto = under;
                continue;
            }
            if (LetterMap.containsExactly(book, "letterheadNoise", line)) {
                continue;
            }
            if (governmentOnly(book, t) && bodyBelow(map, line)) {
                continue;
            }
            boolean named = names(book, t);
            int lead = book.match("suscriptionHeads", t, 0);
            if (lead > 0 && lead < t.size() && book.match("senderHeads", t, lead) > 0) {
                return Field.missing();
            }
            return join(map, line, named ? 0.93 : 0.8);
        }
        return Field.missing();
    }

    /**
     * A heading that names only the government the issuer belongs to ({@code Australian Government},
     * {@code Government of India}, {@code Le Gouvernement du Grand-Duché de Luxembourg}): like a state heading, it
     * stands above the body that writes, which the letterhead names next.
     */
    private static boolean governmentOnly(LanguageCues book, Tokens t) {
        boolean government = false;
        for (int i = 0; i < t.size(); i++) {
            if (book.match("governmentHeads", t, i) > 0) {
                government = true;
            } else if (book.match("senderHeads", t, i) > 0) {
                return false;
            }
        }
        return government && t.size() <= 8;
    }

    /** A line under this one, still in the letterhead, that names a body other than the government. */
    private static boolean bodyBelow(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        int seen = 0;
        for (int i = line.index() + 1; i < map.lines().size() && seen < 4; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || l.top() > 0.3 || !map.inHeader(l.index())) {
                return false;
            }
            Tokens t = l.tokens();
            if (t.size() == 0) {
                continue;
            }
            seen++;
            if (names(book, t) && !governmentOnly(book, t)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Un Peuple – Un But – Une Foi}: short words between dashes. */
    private static boolean isMotto(TextLine line) {
        return line.text().split("\\s[–—-]\\s").length >= 3;
    }

    /** The next line under this one in the same column. */
    private static TextLine below(LetterMap map, TextLine line) {
        for (int i = line.index() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            if (l.box().y() > line.box().y() + line.box().h() / 2 && Math.abs(l.centre() - line.centre()) < 0.1) {
                return l;
            }
        }
        return null;
    }

    /** Lines from a "Le Ministre …" line down to the addressee, when the addressee follows within a few lines. */
    private Field<String> suscription(LetterMap map, int recipientLine) {
        LanguageCues book = map.book();
        for (int i = Math.max(0, recipientLine - MAX_LINES - 1); i < recipientLine; i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            int h = t.size() == 0 ? 0 : book.match("suscriptionHeads", t, 0);
            if (h > 0 && book.match("senderHeads", t, h) > 0 && !l.text().endsWith(",")) {
                List<TextLine> used = new ArrayList<>();
                StringBuilder s = new StringBuilder();
                for (int j = i; j < recipientLine; j++) {
                    TextLine u = map.lines().get(j);
                    Tokens ut = u.tokens();
                    if (j > i
                            && (Math.abs(u.left() - l.left()) > 0.15
                                    || ut.size() == book.match("addresseeLead", ut, 0)
                                    || map.gap(used.get(used.size() - 1), u) > 0.5
                                    || book.match("reference", ut, 0) > 0)) {
                        break;
                    }
                    s.append(s.length() == 0 ? "" : " ").append(u.text());
                    used.add(u);
                }
                return field(s.toString(), used, 0.93);
            }
        }
        return Field.missing();
    }

    /** The organisation line and its continuation lines (lower-case start or a connecting word). */
    private Field<String> join(LetterMap map, TextLine first, double conf) {
        List<TextLine> used = new ArrayList<>(List.of(first));
        StringBuilder s = new StringBuilder(first.text());
        TextLine prev = first;
        for (int i = first.index() + 1; i < map.lines().size() && used.size() < MAX_LINES; i++) {
            TextLine l = map.lines().get(i);
            if (Math.abs(l.centre() - prev.centre()) > 0.15 && Math.abs(l.left() - prev.left()) > 0.05) {
                continue;
            }
            Tokens t = l.tokens();
            Tokens pt = prev.tokens();
            boolean continues = t.size() > 0
                    && (Character.isLowerCase(l.text().charAt(0))
                            || book(map).match("orgPrepositions", t, 0) > 0
                            || book(map).match("connectors", t, 0) > 0
                            || book(map).match("connectors", pt, pt.size() - 1) > 0
                            || book(map).match("orgPrepositions", pt, pt.size() - 1) > 0);
            boolean tail = t.size() <= 3
                    && map.gap(prev, l) <= 0.3
                    && !names(book(map), t)
                    && book(map).match("countryHeads", t, 0) == 0
                    && wrappedInColumn(map, prev, l);
            if (map.gap(prev, l) > 0.5 || !continues && !tail && !capitalsWrap(map, prev, l)) {
                break;
            }
            s.append(' ').append(l.text());
            used.add(l);
            prev = l;
        }
        return field(s.toString(), used, conf);
    }

    /**
     * A name in capitals wrapped onto the next line of its column ({@code MINISTÈRE DE L'INTÉGRATION} /
     * {@code AFRICAINE ET DES MALIENS DE}): capitals again, on the same axis, close under it, and not the next
     * body of the letterhead ({@code SECRÉTARIAT GÉNÉRAL}) unless a lone word that did not fit the line above,
     * nor the acronym under the name ({@code (SFA)}).
     */
    private static boolean capitalsWrap(LetterMap map, TextLine above, TextLine next) {
        Tokens t = next.tokens();
        if (t.size() == 0
                || !capitals(above.text())
                || !capitals(next.text())
                || map.gap(above, next) > 0.3
                || Math.abs(next.centre() - above.centre()) > 0.03 && Math.abs(next.left() - above.left()) > 0.01
                || map.book().match("countryHeads", t, 0) > 0
                || map.book().match("seatLeads", t, 0) > 0
                || isMotto(next)
                || next.text().strip().matches("[({\\[].*[)}\\]]")) {
            return false;
        }
        return map.book().match("senderHeads", t, 0) == 0 || t.size() == 1 && wrappedInColumn(map, above, next);
    }

    /** Written in capitals: at least three letters, none of them lower case. */
    private static boolean capitals(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 3
                && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * A letterhead in the left column wraps at about half the text width: the line above plus the next line's
     * first word would not have fitted.
     */
    private static boolean wrappedInColumn(LetterMap map, TextLine above, TextLine next) {
        int left = Integer.MAX_VALUE;
        for (TextLine l : map.lines()) {
            if (l.page() == above.page()) {
                left = Math.min(left, l.box().x());
            }
        }
        if (next.tokens().size() == 0) {
            return false; // a line of marks only (no word) does not continue a name
        }
        int textWidth = map.rightMargin(above.page()) - left;
        String first = next.tokens().get(0).text();
        int firstWidth =
                next.box().w() * (first.length() + 1) / Math.max(1, next.text().length());
        return above.centre() < 0.45 && above.box().w() + firstWidth > 0.44 * textWidth;
    }

    private static boolean names(LanguageCues book, Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (book.match("senderHeads", t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static LanguageCues book(LetterMap map) {
        return map.book();
    }

    private static Field<String> field(String text, List<TextLine> used, double conf) {
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            q = Math.min(q, l.readQuality());
            ev.add(l.evidence());
        }
        String v = text.replaceAll("\\s+", " ").replaceAll("[,;\\s]+$", "").strip();
        return new Field<>(v, text, conf * q, ev);
    }
}
