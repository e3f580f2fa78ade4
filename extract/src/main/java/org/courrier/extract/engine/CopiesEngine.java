package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;

/**
 * The copy list after {@code Ampliation :}, {@code Copie(s) :}, {@code cc:}, {@code Copy to:},
 * {@code Distribution:}: every entry, bullets stripped, also when the list runs onto or sits alone on the next page.
 * No heading gives an empty list with a confidence that says how sure it is there is none.
 *
 * <p>Immutable and thread-safe.
 */
final class CopiesEngine {

    /** OCR line confidence under which a short line is a signature stroke or stamp read as letters. */
    private static final double STROKE = 0.5;
    /** Lines a signature block holds: a "for" line, a title on up to two lines, a name. */
    private static final int SIGNATURE_LINES = 4;

    private static final int MAX_ENTRIES = 40;
    /** A heading OCR mangled is most likely still the copy heading, but a reviewer should look. */
    private static final double MANGLED = 0.9;
    /** A list bullet, a number, or what OCR made of a bullet ({@code o}, {@code e}, {@code ¢}, {@code ©}). */
    private static final java.util.regex.Pattern BULLET =
            java.util.regex.Pattern.compile("^([-•*·–—>▪●o¢+©«»e]\\s+|[-•*·–—>▪●¢©«»]|\\d{1,2}[.)]\\s*)");

    /** The abbreviation {@code cc}, {@code c.c.}, {@code c. c.} followed by the first entry on its line. */
    private static final Pattern CC = Pattern.compile("(?i)(c\\.\\s?c\\.|cc)\\s+\\p{L}");
    /** A copy heading with a note before its colon: {@code cc (by email):}, {@code Copie (pour information) :}. */
    private static final Pattern NOTED =
            Pattern.compile("(?i)\\s*(c\\.\\s?c\\.|cc|copy|copies|copie|copies)\\s*\\([^)]{1,30}\\)\\s*:\\s*");

    Field<List<String>> extract(LetterMap map) {
        List<TextLine> lines = map.lines();
        for (TextLine line : lines) {
            Tokens t = line.tokens();
            int n = t.size() == 0 ? 0 : map.book().match("copies", t, 0);
            if (map.inHeader(line.index()) && line.page() == 1 && line.top() < 0.5) {
                if (n >= 3 && t.colonAfter(n - 1) && n == t.size()) {
                    // "Transmis copie pour information à :" heading a list at the top of the letter
                    return follow(map, line, t, n);
                }
                continue;
            }
            if (map.inBody(line.index())) {
                continue;
            }
            if (n == 0) {
                if (mangledCc(map, line)) {
                    Field<List<String>> list = follow(map, line, t, t.size());
                    return new Field<>(list.value(), list.raw(), list.confidence() * MANGLED, list.evidence());
                }
                continue;
            }
            boolean colon = t.colonAfter(n - 1);
            boolean alone = n == t.size();
            boolean afterBody = map.bodyEnd() >= 0 && line.index() > map.bodyEnd();
            Matcher noted = NOTED.matcher(line.text());
            if (!colon && afterBody && noted.lookingAt()) {
                // "cc (by email):": the heading, a note on how the copies go, then the colon
                return follow(map, line, Tokens.of(line.text().substring(noted.end())), 0);
            }
            if (!colon
                    && afterBody
                    && !alone
                    && line.left() < 0.3
                    && CC.matcher(line.text()).lookingAt()) {
                // "c.c. Cllr Sue Harding": the abbreviation alone heads the list, without a colon
                return follow(map, line, t, n);
            }
            if (!colon && !(alone && (afterBody || t.get(n - 1).key().length() >= 5))) {
                continue;
            }
            return follow(map, line, t, n);
        }
        return none(map);
    }

    /**
     * {@code cc:} as OCR reads it off a scan ({@code Co}, {@code EC:}, {@code GC!}): two letters alone on a line
     * after the body, one of them a c, with a list starting under it at the same margin.
     */
    private static boolean mangledCc(LetterMap map, TextLine line) {
        String letters = Folding.fold(line.text()).replaceAll("[^a-z]", "");
        int next = line.index() + 1;
        if (map.bodyEnd() < 0
                || line.index() <= map.bodyEnd()
                || !letters.matches("[ceg][co]")
                || !letters.contains("c")
                || line.text().length() > 4
                || next >= map.lines().size()) {
            return false;
        }
        TextLine under = map.lines().get(next);
        return under.page() == line.page() && map.gap(line, under) <= 1 && Math.abs(under.left() - line.left()) < 0.02;
    }

    private Field<List<String>> follow(LetterMap map, TextLine label, Tokens t, int n) {
        List<String> entries = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>(List.of(label.evidence()));
        String rest = t.restFrom(n).replaceAll("^[:.\\-\\s]+", "");
        for (String part : rest.split(";")) {
            addEntry(entries, part);
        }
        double conf = 0.95;
        double left = -1;
        boolean bulletedList = false;
        TextLine prev = label;
        for (int i = label.index() + 1; i < map.lines().size() && entries.size() < MAX_ENTRIES; i++) {
            TextLine next = map.lines().get(i);
            boolean newPage = next.page() != prev.page();
            if (newPage && isPageMark(map, next)) {
                continue;
            }
            double refLeft = left >= 0 ? left : label.left();
            if (next.left() > refLeft + 0.2) {
                continue;
            }
            if (!newPage && map.gap(prev, next) > 1.6
                    || LetterMap.startsWithLabel(map.book(), next)
                    || next.prose()
                    || RecipientEngine.isFooter(map.book(), next)
                    || signatureTitle(map.book(), next)) {
                break;
            }
            if (prev == label
                    && !entries.isEmpty()
                    && !newPage
                    && !bulleted(next.text().strip())
                    && SubjectEngine.wrapped(map, label, next)) {
                // the entries written on the heading's line ran to the margin: this line ends the last of them
                int last = entries.size() - 1;
                entries.set(last, clean(entries.get(last) + " " + next.text()));
                evidence.add(next.evidence());
                prev = next;
                continue;
            }
            if (newPage && !bulleted(next.text()) && Math.abs(next.left() - refLeft) > 0.05) {
                break;
            }
            if (left < 0) {
                bulletedList = bulleted(next.text().strip());
            }
            String body = next.text().strip();
            boolean wrapped = left >= 0 && (next.left() > left + 0.01 || Character.isLowerCase(body.charAt(0)));
            if (bulletedList && !bulleted(body) && wrapped && !entries.isEmpty() && !newPage) {
                // an entry wrapped over two lines: in a bulleted list, an indented line or one opening in lower case
                // without its bullet continues the last entry
                int last = entries.size() - 1;
                entries.set(last, clean(entries.get(last) + " " + next.text()));
            } else {
                addEntry(entries, next.text());
            }
            evidence.add(next.evidence());
            conf = Math.min(conf, 0.95 * next.readQuality());
            if (left < 0) {
                left = next.left();
            }
            prev = next;
        }
        if (entries.isEmpty()) {
            return new Field<>(List.of(), label.text(), 0.5, evidence);
        }
        return new Field<>(List.copyOf(entries), label.text(), conf * label.readQuality(), evidence);
    }

    private static void addEntry(List<String> entries, String text) {
        String e = clean(BULLET.matcher(text.strip()).replaceFirst(""));
        if (e.matches(".*\\p{L}{3}.*")) {
            entries.add(e);
        }
    }

    /** An entry without its leader dots and count of copies ({@code SGG ........ 2}) or trailing separators. */
    private static String clean(String entry) {
        return entry.replaceAll("\\s*[.…_]{3,}\\s*\\(?\\d{0,3}\\)?\\s*(ex\\.?|exemplaires?|copies?)?\\s*$", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s,;.’'`]+$", "")
                .strip();
    }

    private static boolean bulleted(String text) {
        return BULLET.matcher(text).lookingAt();
    }

    /** Running headers of a continuation page: {@code - 2 -}, {@code Page 2/3}, {@code 2}. */
    private static boolean isPageMark(LetterMap map, TextLine l) {
        String s = l.text().replaceAll("[\\s\\-/.]", "");
        Tokens t = l.tokens();
        return s.matches("\\d{1,3}") || t.size() <= 4 && map.book().match("pageMarks", t, 0) > 0;
    }

    /** {@code Le Ministre,} / {@code The Director} at the foot: the signature, not a copy entry. */
    static boolean signatureTitle(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        if (t.size() < 2 || t.size() > 8 || book.match("suscriptionHeads", t, 0) == 0) {
            return false;
        }
        int h = book.match("suscriptionHeads", t, 0);
        return book.match("senderHeads", t, h) > 0 && l.text().endsWith(",");
    }

    /**
     * No copy heading: sure there is none when the letter visibly ends (a closing formula in its last lines) and
     * only a signature block follows, read cleanly. Signature strokes OCR read as a few letters at low confidence
     * are passed over; more lines than a signature block holds may be a list whose heading OCR lost.
     */
    private static Field<List<String>> none(LetterMap map) {
        boolean ended = false;
        for (int i = Math.max(0, map.bodyEnd() - 2); i <= map.bodyEnd(); i++) {
            ended |= LetterMap.contains(map.book(), "closings", map.lines().get(i));
        }
        double q = 1;
        int after = 0;
        for (TextLine l : map.lines()) {
            if (map.bodyEnd() < 0 || l.index() <= map.bodyEnd() || RecipientEngine.isFooter(map.book(), l)) {
                continue;
            }
            if (l.confidence() < STROKE && l.tokens().size() <= 3) {
                continue;
            }
            after++;
            q = Math.min(q, l.readQuality());
        }
        return new Field<>(List.of(), null, (ended && after <= SIGNATURE_LINES ? 0.93 : 0.75) * q, List.of());
    }
}
