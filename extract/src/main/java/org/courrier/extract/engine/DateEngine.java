package org.courrier.extract.engine;

import java.time.LocalDate;
import java.util.List;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;

/**
 * The date and place of the letter, chosen among every date on the letter by where it stands and what leads it:
 * {@code Bamako, le …} or a date alone at the top beats a date in the body; a number inside the reference is no
 * date at all.
 *
 * <p>Immutable and thread-safe.
 */
final class DateEngine {

    record Result(Field<LocalDate> date, Field<String> place) {}

    private record Candidate(TextLine line, DateFinder.Hit hit, double score, String place) {}

    /** One to three capitalised words without figures, then perhaps a comma and more (another calendar's date). */
    private static final java.util.regex.Pattern PLACE_LINE =
            java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2})(?:,.*)?");

    /**
     * A town of one to three capitalised words, a dash and a postcode of five or six figures, alone or ending an
     * address after its comma ({@code CGO Complex, Lodhi Road, New Delhi – 110003}); or, ending an address after its
     * comma, the town alone ({@code Shastri Bhawan, New Delhi}).
     */
    private static final java.util.regex.Pattern TOWN_ENDING_ADDRESS = java.util.regex.Pattern.compile(
            "(?:.*,\\s*)?(\\p{Lu}[\\p{L}'’.]*(?:[ -]\\p{Lu}[\\p{L}'’.]*){0,2})\\s*[–—-]\\s*\\d{5,6}\\.?"
                    + "|.*,\\s*(\\p{Lu}[\\p{L}'’.]*(?:[ -]\\p{Lu}[\\p{L}'’.]*){0,2})\\.?");

    /** What a label naming the letter's own date ({@code Date of Decision:}) adds to its date's score. */
    private static final int OWN_DATE_LABEL = 6;

    /** What a label beside a date that names another date ({@code Date Valid:}) takes from its score. */
    private static final int ANOTHER_DATE_BESIDE = 4;

    /** How many lines back, in reading order, a value's label in a row of labels may be. */
    private static final int LABEL_REACH = 8;

    private final DateFinder finder;

    DateEngine(DateFinder finder) {
        this.finder = finder;
    }

    Result extract(LetterMap map, ReferenceEngine.Spans references) {
        boolean dayFirst = "dmy".equals(map.book().value("numericDateOrder"));
        Candidate best = null;
        Candidate second = null;
        for (TextLine line : map.lines()) {
            for (DateFinder.Hit hit : finder.find(withWrappedYear(map, line), dayFirst)) {
                if (references.covers(line.index(), hit.start())) {
                    continue;
                }
                Candidate c = score(map, line, hit);
                if (best == null || c.score() > best.score()) {
                    if (best != null && !best.hit().date().equals(c.hit().date())) {
                        second = best;
                    }
                    best = c;
                } else if (!c.hit().date().equals(best.hit().date())
                        && (second == null || c.score() > second.score())) {
                    second = c;
                }
            }
        }
        if (best == null) {
            return new Result(Field.missing(), Field.missing());
        }
        double margin = second == null ? 9 : best.score() - second.score();
        double conf = best.score() >= 6 ? 0.97 : best.score() >= 4 ? 0.93 : best.score() >= 2 ? 0.8 : 0.6;
        if (margin < 2) {
            conf -= 0.2;
        } else if (margin < 4) {
            conf -= 0.05;
        }
        conf = Math.max(0.05, conf * best.line().readQuality());
        List<Evidence> ev = best.hit().end() > best.line().text().length()
                ? List.of(
                        best.line().evidence(),
                        map.lines().get(best.line().index() + 1).evidence())
                : List.of(best.line().evidence());
        Field<LocalDate> date = new Field<>(best.hit().date(), best.hit().raw(), conf, ev);
        Field<String> place = best.place() != null
                ? new Field<>(best.place(), best.line().text(), conf, ev)
                : townAbove(map, best, conf);
        if (!place.found()) {
            place = placeLineAbove(map, best, conf);
        }
        return new Result(date, place);
    }

    /**
     * The place set alone on the line over a date line that holds the date alone ({@code New Delhi} / {@code 18
     * November 2024} at the foot of a note verbale, {@code Malé, 20 Ramadan 1446} / {@code 20 March 2025}): one to
     * three capitalised words without figures, in the date's column, close over it and standing apart from any line
     * over it in that column (not an address's last line).
     */
    private static Field<String> placeLineAbove(LetterMap map, Candidate best, double conf) {
        TextLine line = best.line();
        if (!line.text().substring(0, best.hit().start()).isBlank() || line.index() == 0) {
            return Field.missing();
        }
        TextLine above = map.lines().get(line.index() - 1);
        java.util.regex.Matcher place = PLACE_LINE.matcher(above.text().strip());
        if (above.page() != line.page()
                || line.box().y() <= above.box().y()
                || line.box().y() - above.box().y() > 1.5 * map.pitch()
                || !above.sharesColumnWith(line)
                || !place.matches()) {
            return Field.missing();
        }
        for (int i = above.index() - 1; i >= 0; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != above.page() || map.gap(l, above) >= 0.5) {
                break;
            }
            if (l.sharesColumnWith(above)) {
                return Field.missing(); // an address's town over the date
            }
        }
        return new Field<>(place.group(1), above.text(), conf, List.of(above.evidence(), line.evidence()));
    }

    /**
     * The line's text, with the year wrapped onto the next line when the date's day and month end it ({@code Addis
     * Ababa, 29 September} / {@code 2025} at the foot of a note verbale set in a narrow column).
     */
    private static String withWrappedYear(LetterMap map, TextLine line) {
        int next = line.index() + 1;
        if (next >= map.lines().size() || !line.text().matches(".*\\b\\d{1,2}(er|st|nd|rd|th)?\\s+\\p{L}{3,}\\.?$")) {
            return line.text();
        }
        TextLine year = map.lines().get(next);
        return year.page() == line.page()
                        && year.text().strip().matches("(19|20)\\d{2}\\.?")
                        && map.gap(line, year) <= 0.5
                        && Math.abs(year.left() - line.left()) < 0.03
                ? line.text() + " " + year.text().strip()
                : line.text();
    }

    /**
     * The place from the office's town ending the address set over a date line that opens with its lead ({@code New
     * Delhi – 110029} or {@code Shastri Bhawan, New Delhi} over {@code Dated the 4th March, 2025}): the letter is
     * dated there. A date line with nothing before the date ({@code 12 May 2025} under {@code Wellington 6011}) names
     * no place.
     */
    private Field<String> townAbove(LetterMap map, Candidate best, double conf) {
        TextLine line = best.line();
        Tokens before = Tokens.of(line.text().substring(0, best.hit().start()));
        if (before.size() == 0 || map.book().match("dateLead", before, 0) == 0 || line.index() == 0) {
            return Field.missing();
        }
        TextLine above = map.lines().get(line.index() - 1);
        java.util.regex.Matcher town = TOWN_ENDING_ADDRESS.matcher(above.text());
        boolean close = above.page() == line.page()
                && line.box().y() - above.box().y() > 0
                && line.box().y() - above.box().y() <= 1.5 * map.pitch()
                && line.box().horizontalOverlap(above.box()) > 0;
        if (!close || !town.matches()) {
            return Field.missing();
        }
        String place = town.group(1) != null ? town.group(1) : town.group(2);
        return new Field<>(place, above.text(), conf, List.of(above.evidence(), line.evidence()));
    }

    private Candidate score(LetterMap map, TextLine line, DateFinder.Hit hit) {
        double s = 0;
        // in a row of cells read as one line, what stands before the date in its own cell ("2 photos | Rixensart,
        // le"), unless the date stands alone in it beside its label's cell ("Date | 21 September 2023")
        String before =
                line.text().substring(line.cellStart(hit.start()), hit.start()).strip();
        if (before.isEmpty()) {
            before = line.text().substring(0, hit.start()).strip();
        }
        Tokens bt = Tokens.of(before);
        String place = null;
        int leadAt = bt.size();
        for (int i = 0; i < bt.size(); i++) {
            if (map.book().match("dateLead", bt, i) == bt.size() - i) {
                leadAt = i;
                s += 2;
                break;
            }
        }
        if (leadAt < bt.size() || before.endsWith(",")) {
            place = place(map.book(), before, bt, leadAt);
            s += place != null ? 2 : 0;
        }
        if (leadAt < bt.size() && leadAt >= 2 && place == null) {
            // "Note No. ML/ADM/443/1/2025 dated 3 March 2025", "Votre lettre n° 318/CA/DST du 27 janvier": the
            // date of the document the letter cites, not its own
            s -= 4;
        }
        if (bt.size() > 0 && map.book().matchExactly("theirReferenceLead", bt, 0) > 0) {
            // "Your 12.03.2025 No 1/3456-25" over "Our 28.03.2025 No 7-1/25/1127-2": the date of the letter answered
            s -= 4;
        }
        // the label alone before the date ("Date :") or over it, never one naming another date ("Date of birth:")
        if (bt.size() > 0 && map.book().match("dateLabels", bt, 0) == bt.size()
                || bt.size() == 0 && underDateLabel(map, line)) {
            s += 2;
        }
        if (bt.size() == 0 && labelBesideNamesAnotherDate(map, line)) {
            // "Date Valid:" | "22 November 2024" in a notice's particulars: the day something else happened
            s -= ANOTHER_DATE_BESIDE;
        }
        if (bt.size() > 0 && map.book().match("ownDateLabels", bt, 0) == bt.size()) {
            // "Date of Decision: 17 January 2025" over a notice's signature: a label naming the letter's own date,
            // wherever the notice's long text puts it
            s += OWN_DATE_LABEL;
        }
        s += line.page() == 1 ? 1 : -2;
        if (map.inHeader(line.index())) {
            s += 2;
        } else if (map.inBody(line.index())) {
            s -= 5;
        } else if (map.afterBody(line.index())) {
            s += place != null || line.left() > 0.5 ? 1 : -2;
        }
        if ((hit.end() - hit.start()) * 2 >= line.text().length() - (place == null ? 0 : place.length() + 4)) {
            s += 1;
        }
        if (line.top() < 0.35) {
            s += 1;
        }
        if (line.prose()) {
            s -= 2;
        }
        if (map.receivedStamp(line)) {
            s -= 6; // the day the mail room received it
        }
        return new Candidate(line, hit, s, place);
    }

    /**
     * Whether the words before a date are a date label that names another date than the letter's ({@code Date of
     * birth:}, {@code Date de la réunion :}): more words follow the label itself.
     */
    static boolean namesAnotherDate(LanguageCues book, String before) {
        Tokens t = Tokens.of(before);
        int label = t.size() > 0 ? book.match("dateLabels", t, 0) : 0;
        return label > 0 && label < t.size();
    }

    /**
     * Whether a cell before the date on its row, read apart from it, is a date label naming another date than the
     * letter's ({@code Date Valid:} | {@code 22 November 2024}, {@code Date of birth:} | {@code …}), not the letter's
     * own ({@code Date:}, {@code Date of Decision:}).
     */
    static boolean labelBesideNamesAnotherDate(LetterMap map, TextLine line) {
        return map.cellBefore(
                line,
                LABEL_REACH,
                l -> namesAnotherDate(map.book(), l.text()) && map.book().match("ownDateLabels", l.tokens(), 0) == 0);
    }

    /**
     * A date alone under its label in a row of labels set over their values ({@code Your ref. | Our ref. | Date} over
     * {@code … | 24/881234-9 | 05.02.2025}): the label is the nearest line above, in the same column, a line's
     * spacing away.
     */
    private static boolean underDateLabel(LetterMap map, TextLine line) {
        for (int i = line.index() - 1; i >= Math.max(0, line.index() - LABEL_REACH); i--) {
            TextLine l = map.lines().get(i);
            if (l.page() == line.page()
                    && l.box().bottom() <= line.box().y()
                    && l.box().horizontalOverlap(line.box()) > 0) {
                Tokens t = Tokens.of(l.text());
                return Math.abs(l.left() - line.left()) < TextLine.HANGING
                        && map.gap(l, line) < 0.5
                        && t.size() > 0
                        && map.book().match("dateLabels", t, 0) == t.size();
            }
        }
        return false;
    }

    /** The place written before the date: {@code Bamako, le}, {@code Fait à Dakar, le}, {@code London,}. */
    private static String place(LanguageCues book, String before, Tokens bt, int leadAt) {
        int end = leadAt < bt.size() ? bt.get(leadAt).start() : before.length();
        String p = before.substring(0, end).strip();
        if (before.substring(end).contains(":") && !p.endsWith(",")) {
            // "Déposé le : 21 février 2025": a date a label says is of something, no place (not "Thiruvananthapuram,
            // Dated: 14-03-2025")
            return null;
        }
        if (leadAt < bt.size() && !p.endsWith(",") && book.matchExactly("qualifiedDateLeads", bt, leadAt) > 0) {
            return null; // "Notice Date February 14, 2025", "Accident du : 12/11/2025": what the date is of, no place
        }
        Tokens pt = Tokens.of(p);
        int skip = pt.size() > 0 ? book.match("placeLead", pt, 0) : 0;
        int label = skip == 0 && pt.size() > 0 ? book.matchExactly("dateLabels", pt, 0) : 0;
        if (label > 0 && pt.colonAfter(label - 1)) {
            skip = label; // "Date : Roubaix, le 17 février 2025": the label, then the place
        }
        while (skip + 1 < pt.size() && isSpeck(pt.get(skip).text())) {
            skip++;
        }
        p = pt.restFrom(skip).replaceAll("[,\\s]+$", "").replaceAll("^[\\p{Punct}“”«»‘’\\s]+", "");
        int words = Tokens.of(p).size();
        if (words == 0
                || words > 3
                || !Character.isUpperCase(p.charAt(0))
                || p.chars().anyMatch(Character::isDigit)
                || p.contains(",")
                || p.contains(":")) {
            return null;
        }
        Tokens pt2 = Tokens.of(p);
        if (book.matchExactly("weekdays", pt2, 0) > 0) {
            return null; // "Friday, 13 December 2024": the day of the week, no place
        }
        for (int i = 0; i < pt2.size(); i++) {
            String w = pt2.get(i).text();
            if (Character.isLowerCase(w.charAt(0)) && book.match("connectors", pt2, i) == 0) {
                return null;
            }
        }
        return p;
    }

    /**
     * One or two marks a stamp or a signature stroke left before the place ({@code fo}, {@code “}, {@code Se}), not
     * the article that opens a town's name ({@code La Rochelle}, {@code Le Caire}, {@code El Jadida}).
     */
    private static boolean isSpeck(String token) {
        return token.length() <= 2
                && !(token.length() == 2 && token.chars().allMatch(Character::isUpperCase))
                && !token.matches("La|Le|El|Al");
    }
}
