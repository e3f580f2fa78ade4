package org.courrier.extract;

import java.util.ArrayList;
import java.util.List;

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
        CueBook book = map.book();
        if (recipientLine > 0) {
            Field<String> s = suscription(map, recipientLine);
            if (s.found()) {
                return s;
            }
        }
        for (TextLine line : map.lines()) {
            if (line.page() > 1 || line.top() > 0.4 || !map.inHeader(line.index())) {
                break;
            }
            Tokens t = line.tokens();
            if (t.size() == 0 || book.match("countryHeads", t, 0) > 0 || LetterMap.startsWithLabel(book, line)) {
                continue;
            }
            if (book.match("senderHeads", t, 0) > 0 || book.match("suscriptionHeads", t, 0) > 0
                    && book.match("senderHeads", t, book.match("suscriptionHeads", t, 0)) > 0) {
                return join(map, line, 0.9);
            }
        }
        for (TextLine line : map.lines()) {
            if (map.inBody(line.index()) && LetterMap.contains(book, "presents", line)) {
                String folded = Folding.fold(line.text());
                for (String p : book.list("presents")) {
                    int at = folded.indexOf(p);
                    if (at > 0) {
                        String s = line.text().substring(0, at).strip();
                        return new Field<>(s, line.text(), 0.85 * DateEngine.quality(line), List.of(line.evidence()));
                    }
                }
            }
        }
        if (signatory.found() && signatory.value().title() != null) {
            return new Field<>(signatory.value().title().replaceAll(",$", ""), null, 0.6, signatory.evidence());
        }
        return Field.missing();
    }

    /** Lines from a "Le Ministre …" line down to the addressee, when the addressee follows within a few lines. */
    private Field<String> suscription(LetterMap map, int recipientLine) {
        CueBook book = map.book();
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
                    if (j > i && (Math.abs(u.left() - l.left()) > 0.15 || ut.size() == book.match("addresseeLead", ut, 0)
                            || map.gap(used.get(used.size() - 1), u) > 0.5 || book.match("reference", ut, 0) > 0)) {
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
            boolean continues = t.size() > 0 && (Character.isLowerCase(l.text().charAt(0))
                    || book(map).match("orgPrepositions", t, 0) > 0 || t.get(0).key().equals("et")
                    || t.get(0).key().equals("and"));
            if (map.gap(prev, l) > 0.5 || !continues) {
                break;
            }
            s.append(' ').append(l.text());
            used.add(l);
            prev = l;
        }
        return field(s.toString(), used, conf);
    }

    private static CueBook book(LetterMap map) {
        return map.book();
    }

    private static Field<String> field(String text, List<TextLine> used, double conf) {
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            q = Math.min(q, DateEngine.quality(l));
            ev.add(l.evidence());
        }
        String v = text.replaceAll("\\s+", " ").replaceAll("[,;\\s]+$", "").strip();
        return new Field<>(v, text, conf * q, ev);
    }
}
