package org.courrier.extract.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date written in a line: {@code 26 NOV 2021}, {@code 1er mars 2023}, {@code January 12, 2023},
 * {@code 14/02/2023}, {@code 2023-01-12}, read through OCR confusions ({@code N0V}, {@code 2O21}). Numbers glued
 * to other text ({@code 0021/2022/MSAS}) are not dates.
 *
 * <p>Immutable and thread-safe.
 */
final class DateFinder {

    /** Archives hold letters from the nineteenth century on (the development set has typed letters of 1905). */
    static final int MIN_YEAR = 1800;

    static final int MAX_YEAR = 2199;

    /** A date found in a line, with its character span there. */
    record Hit(LocalDate date, int start, int end, String raw) {}

    private static final Pattern DAY = Pattern.compile("([0-9oil|]{1,2})([a-z]{0,3})");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[»”\"']");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    /** A comma between two letters or digits with no space after it. */
    private static final Pattern GLUED_COMMA = Pattern.compile("(?<=[\\p{L}\\d]),(?=[\\p{L}\\d])");

    /**
     * From this year on, a year-first date written with dots or slashes is one of Nepal's calendar (Bikram Sambat,
     * 56 or 57 years ahead: {@code Date: 2081/10/02}, the Gregorian date given beside it), not a Gregorian date.
     */
    private static final int BIKRAM_SAMBAT_YEARS = 2060;

    /** The Buddhist era's mark, folded ({@code B.E.}), and how many years it runs ahead of the Gregorian calendar. */
    private static final String BUDDHIST_ERA = "be";

    private static final int BUDDHIST_ERA_YEARS = 543;

    /** A date written year first: {@code 2024-12-05}, and as Sri Lanka or South Africa write it, {@code 2024.12.05}. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})");

    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> ordinals = new HashSet<>();
    private final Set<String> connectors = Set.of("de", "of", "du");

    DateFinder(List<LanguageCues> books) {
        for (LanguageCues b : books) {
            months.putAll(b.months());
            for (String o : b.list("ordinals")) {
                ordinals.add(Folding.key(o));
            }
        }
    }

    List<Hit> find(String text, boolean dayFirst) {
        // a typist's comma with no space after it ("March 20,1905", "Mar,22,1905") separates the parts as a space
        // would; the same length keeps every span on the line as written
        Tokens t = Tokens.of(GLUED_COMMA.matcher(text).replaceAll(" "));
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Hit h = numeric(t, i, dayFirst);
            if (h == null) {
                h = dayMonthYear(t, i);
            }
            if (h == null) {
                h = monthDayYear(t, i);
            }
            if (h != null) {
                hits.add(new Hit(h.date(), h.start(), h.end(), text.substring(h.start(), h.end())));
            }
        }
        return hits;
    }

    private Hit numeric(Tokens t, int i, boolean dayFirst) {
        String s = Folding.digits(trim(t.get(i).text()));
        Matcher iso = ISO.matcher(s);
        if (iso.matches() && (iso.group(2).equals("-") || Integer.parseInt(iso.group(1)) < BIKRAM_SAMBAT_YEARS)) {
            return hit(
                    t,
                    i,
                    i,
                    Integer.parseInt(iso.group(1)),
                    Integer.parseInt(iso.group(3)),
                    Integer.parseInt(iso.group(4)));
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int y = Integer.parseInt(m.group(4));
        y = y < 100 ? 2000 + y : y;
        boolean dmy = dayFirst || a > 12;
        return dmy ? hit(t, i, i, y, b, a) : hit(t, i, i, y, a, b);
    }

    private Hit dayMonthYear(Tokens t, int i) {
        int day = day(t.get(i).text());
        if (day == 0) {
            return null;
        }
        int j = i + 1;
        if (j < t.size() && CLOSING_QUOTE.matcher(t.get(j).text()).matches()) {
            j++; // the day set in quotes, as offices of the former Soviet states write it: « 04 » octobre 2024
        }
        if (j < t.size() && ordinals.contains(t.get(j).key())) {
            j++;
        }
        if (j < t.size() && connectors.contains(t.get(j).key())) {
            j++;
        }
        if (j + 1 >= t.size()) {
            return null;
        }
        if (j + 2 < t.size() && t.get(j + 1).key().equals(BUDDHIST_ERA)) {
            return buddhistEra(t, i, j, day);
        }
        int year = year(t.get(j + 1).text());
        int month = year == 0 ? 0 : month(t.get(j).text());
        return month == 0 ? null : hit(t, i, j + 1, year, month, day);
    }

    /**
     * A Thai date, its year of the Buddhist era after {@code B.E.} ({@code 17 February B.E. 2568}), the Gregorian year
     * often in brackets after it ({@code (2025)}): the date in the Gregorian calendar, its span to the last year.
     */
    private Hit buddhistEra(Tokens t, int i, int j, int day) {
        int era = year(t.get(j + 2).text());
        int month = month(t.get(j).text());
        if (era == 0 || month == 0) {
            return null;
        }
        int year = era - BUDDHIST_ERA_YEARS;
        boolean bracketed = j + 3 < t.size()
                && t.get(j + 3).text().startsWith("(")
                && year(t.get(j + 3).text()) == year;
        return hit(t, i, bracketed ? j + 3 : j + 2, year, month, day);
    }

    private Hit monthDayYear(Tokens t, int i) {
        if (i + 2 >= t.size()) {
            return null;
        }
        int day = day(t.get(i + 1).text());
        int year = day == 0 ? 0 : year(t.get(i + 2).text());
        int month = year == 0 ? 0 : month(t.get(i).text());
        return month == 0 ? null : hit(t, i, i + 2, year, month, day);
    }

    private Hit hit(Tokens t, int from, int to, int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            int s = t.get(from).start();
            int e = t.get(to).end();
            return new Hit(d, s, e, t.text().substring(s, e));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private int day(String token) {
        Matcher m = DAY.matcher(Folding.fold(trim(token)));
        if (!m.matches()) {
            return 0;
        }
        if (m.group(1).chars().noneMatch(Character::isDigit)) {
            // "1er" read as "ler" or "Ier": a lone 1-like letter is a day only with the first-day ordinal after it
            return m.group(1).length() == 1 && m.group(2).equals("er") ? 1 : 0;
        }
        if (!m.group(2).isEmpty() && !ordinals.contains(m.group(2))) {
            return 0;
        }
        int d = Integer.parseInt(Folding.digits(m.group(1)));
        return d >= 1 && d <= 31 ? d : 0;
    }

    private int month(String token) {
        String k = Folding.key(token);
        Integer m = months.get(k);
        if (m != null) {
            return m;
        }
        if (k.length() < 5) {
            return 0;
        }
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            if (e.getKey().length() >= 5 && Folding.distance(k, e.getKey(), 1) <= 1) {
                return e.getValue();
            }
        }
        return 0;
    }

    private static int year(String token) {
        String s = Folding.digits(trim(token));
        if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(s);
    }

    private static String trim(String token) {
        return token.replaceAll("^[(\\[\"'«“„]+|[),.;\"'\\]»”]+$", "");
    }
}
