package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout features of every line of a letter, as the {@link LayoutModel} reads them: where the line stands on
 * its page, how big and how far from its neighbours it is, what its characters are made of, which cue words of the
 * language file open or fill it, whether a date or a reference-like number is in it, and the same few facts about
 * the lines just above and below. The labels already given to the lines above are added by
 * {@link #withHistory}, so that the model reads the page as a sequence.
 *
 * <p>Every feature is a string ({@code name=value}); continuous values are cut into a few buckets so that a
 * maximum-entropy model can weigh them. Stateless and thread-safe.
 */
final class LayoutFeatures {

    /** Cue lists whose phrase opening a line says what the line is. */
    private static final List<String> OPENING_CUES = List.of(
            "subject",
            "reference",
            "theirReference",
            "copies",
            "dateLabels",
            "addresseeLead",
            "salutations",
            "civilities",
            "bodyOpeners",
            "noteVerbale",
            "suscriptionHeads",
            "placeLead");

    /** Cue lists whose phrase anywhere in a line says something about it. */
    private static final List<String> CONTAINED_CUES = List.of(
            "governmentHeads",
            "senderHeads",
            "countryHeads",
            "orgPrepositions",
            "replyInstructions",
            "closings",
            "stamps",
            "footer",
            "letterheadNoise",
            "pageMarks",
            "seatLeads");

    private static final Pattern REFERENCE_LIKE =
            Pattern.compile(".*[A-Za-z]*[0-9]+[/\\-.][0-9A-Za-z].*|.*[A-Z]{2,}/.*");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i).*(@|www\\.|https?:|\\btel\\b|\\bt[ée]l[ée]?phone|\\bfax\\b|\\+\\d|\\bp\\.?o\\.? box|\\bb\\.?p\\.?\\s*\\d).*");
    private static final Pattern POSTCODE = Pattern.compile(".*\\b\\d{4,5}\\b.*");

    private final DateFinder dates;

    LayoutFeatures(DateFinder dates) {
        this.dates = dates;
    }

    /** The features of each line of the letter, in reading order, without the labels of the lines above. */
    List<String[]> of(LetterMap map) {
        List<TextLine> lines = map.lines();
        double medianHeight = medianHeight(lines);
        boolean dayFirst = "dmy".equals(map.book().value("numericDateOrder"));
        List<List<String>> own = new ArrayList<>(lines.size());
        List<List<String>> brief = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            List<String> b = briefFeatures(map, l, dayFirst);
            brief.add(b);
            own.add(b);
        }
        List<String[]> out = new ArrayList<>(lines.size());
        int firstOnPage = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (i > 0 && lines.get(i - 1).page() != l.page()) {
                firstOnPage = i;
            }
            List<String> f = new ArrayList<>(own.get(i));
            f.add("bias");
            f.add("page=" + Math.min(l.page(), 3));
            f.add("nth=" + Math.min(i - firstOnPage, 12));
            f.add("height=" + bucket(l.box().h() / medianHeight, 0.8, 0.95, 1.15, 1.5));
            f.add("gapAbove="
                    + gapBucket(i == 0 || lines.get(i - 1).page() != l.page() ? 99 : map.gap(lines.get(i - 1), l)));
            f.add("gapBelow="
                    + gapBucket(
                            i + 1 >= lines.size() || lines.get(i + 1).page() != l.page()
                                    ? 99
                                    : map.gap(l, lines.get(i + 1))));
            f.add("part=" + part(map, i));
            f.add("sameRow="
                    + (sameRowAsPrevious(lines, i) ? "right" : sameRowAsPrevious(lines, i + 1) ? "left" : "no"));
            int left = i > 0
                    ? (int) Math.signum(Math.round((l.left() - lines.get(i - 1).left()) * 50))
                    : 9;
            f.add("indentVsAbove=" + left);
            for (String p : i > 0 ? brief.get(i - 1) : List.of("none")) {
                f.add("up:" + p);
            }
            for (String p : i + 1 < lines.size() ? brief.get(i + 1) : List.of("none")) {
                f.add("down:" + p);
            }
            f.add("pos&top=" + f.get(0) + "&" + f.get(1));
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    /** The features a line shows its neighbours too: position, shape and cues. */
    private List<String> briefFeatures(LetterMap map, TextLine l, boolean dayFirst) {
        List<String> f = new ArrayList<>();
        f.add("top=" + (int) Math.min(9, Math.floor(l.top() * 10)));
        f.add("left=" + (int) Math.min(4, Math.floor(l.left() * 5)));
        f.add("centre=" + bucket(Math.abs(l.centre() - 0.5), 0.05, 0.15, 0.3));
        f.add("width=" + bucket(l.width(), 0.15, 0.3, 0.5, 0.7));
        String text = l.text();
        int letters = 0;
        int capitals = 0;
        int digits = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        int visible = Math.max(1, letters + digits);
        f.add("caps=" + bucket(letters == 0 ? 0 : (double) capitals / letters, 0.15, 0.5, 0.9));
        f.add("digits=" + bucket((double) digits / visible, 0.01, 0.2, 0.5));
        Tokens t = l.tokens();
        f.add("tokens=" + bucket(t.size(), 1.5, 3.5, 6.5, 10.5));
        f.add("endsWith=" + ending(text));
        f.add("prose=" + l.prose());
        LanguageCues book = map.book();
        for (String cue : OPENING_CUES) {
            int n = t.size() == 0 ? 0 : book.match(cue, t, 0);
            if (n > 0) {
                f.add("opens=" + cue);
                f.add("opens=" + cue + "&colon=" + t.colonAfter(n - 1));
                if (n == t.size()) {
                    f.add("only=" + cue);
                }
            }
        }
        for (String cue : CONTAINED_CUES) {
            if (LetterMap.contains(book, cue, l)) {
                f.add("has=" + cue);
            }
        }
        if (t.size() > 0 && t.colonAfter(0)) {
            f.add("colonAfterFirst");
        }
        if (t.size() > 0 && t.get(0).key().length() >= 2) {
            f.add("w0=" + t.get(0).key());
        }
        if (!dates.find(text, dayFirst).isEmpty()) {
            f.add("date");
        }
        if (REFERENCE_LIKE.matcher(text).matches()) {
            f.add("referenceLike");
        }
        if (CONTACT.matcher(text).matches()) {
            f.add("contact");
        }
        if (POSTCODE.matcher(text).matches()) {
            f.add("postcode");
        }
        if (LetterMap.isSalutation(book, l)) {
            f.add("salutation");
        }
        return f;
    }

    /** Adds the labels the model gave the two lines above (the sequence context). */
    static String[] withHistory(String[] features, String previous, String beforePrevious) {
        String[] out = Arrays.copyOf(features, features.length + 3);
        out[features.length] = "prev=" + previous;
        out[features.length + 1] = "prev2=" + beforePrevious + "&" + previous;
        out[features.length + 2] = "prev&top=" + previous + "&" + features[0];
        return out;
    }

    private static String part(LetterMap map, int i) {
        if (map.salutation() == i) {
            return "salutation";
        }
        if (map.inHeader(i)) {
            return "header";
        }
        if (map.inBody(i)) {
            return "body";
        }
        return i > map.bodyEnd() ? "after" : "between";
    }

    private static boolean sameRowAsPrevious(List<TextLine> lines, int i) {
        if (i <= 0 || i >= lines.size()) {
            return false;
        }
        TextLine a = lines.get(i - 1);
        TextLine b = lines.get(i);
        return a.page() == b.page()
                && a.box().verticalOverlap(b.box()) * 2
                        > Math.min(a.box().h(), b.box().h());
    }

    private static String ending(String text) {
        if (text.isEmpty()) {
            return "none";
        }
        char c = text.charAt(text.length() - 1);
        return switch (c) {
            case ',', ';' -> "comma";
            case '.' -> "period";
            case ':' -> "colon";
            default -> Character.isDigit(c) ? "digit" : Character.isLetter(c) ? "letter" : "other";
        };
    }

    private static String gapBucket(double gap) {
        return gap >= 90 ? "page" : bucket(gap, 0.3, 1.0, 2.5);
    }

    /** The index of the first threshold the value is under, or the number of thresholds. */
    static String bucket(double value, double... thresholds) {
        for (int i = 0; i < thresholds.length; i++) {
            if (value < thresholds[i]) {
                return Integer.toString(i);
            }
        }
        return Integer.toString(thresholds.length);
    }

    private static double medianHeight(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return 1;
        }
        int[] h = lines.stream().mapToInt(l -> l.box().h()).sorted().toArray();
        return Math.max(1, h[h.length / 2]);
    }
}
