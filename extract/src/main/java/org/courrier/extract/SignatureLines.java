package org.courrier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines under the closing formula where a signature block can stand, each described by the features the
 * signature-line model reads: the line's shape (how many words, capitalised, all capitals, initials, a trailing
 * comma), where it stands (lines and blank lines after the closing, margin, alignment with the line above), cue
 * words from the language's cue file (stamp, copy heading, footer, title heads such as {@code Ministre}), OCR
 * confidence, and the same few facts about the neighbouring lines.
 *
 * <p>No feature names a word of a person's name: names in the evaluation come from the same lists as in
 * training, and a model that learned them would be scored on what it memorised.
 *
 * <p>Immutable and thread-safe.
 */
final class SignatureLines {

    /** How many lines under the closing formula are looked at. */
    static final int WINDOW = 12;

    private final List<TextLine> lines;
    private final List<String[]> features;

    private SignatureLines(List<TextLine> lines, List<String[]> features) {
        this.lines = lines;
        this.features = features;
    }

    /**
     * The candidate lines of a letter with their features, none when the letter has no body; each line also says
     * whether the hand rules took it as the title or the name ({@code handTitle}, {@code handName}, either may be
     * null), so the model learns when to trust them.
     */
    static SignatureLines of(LetterMap map, DateFinder finder, TextLine handTitle, TextLine handName) {
        List<TextLine> window = new ArrayList<>();
        for (int i = map.bodyEnd() + 1; map.bodyEnd() >= 0 && i < map.lines().size() && window.size() < WINDOW; i++) {
            window.add(map.lines().get(i));
        }
        List<List<String>> own = new ArrayList<>();
        boolean copiesAbove = false;
        int blockRank = 0;
        for (int k = 0; k < window.size(); k++) {
            TextLine l = window.get(k);
            TextLine prev = k == 0 ? map.lines().get(map.bodyEnd()) : window.get(k - 1);
            List<String> f = new ArrayList<>(shape(map.book(), finder, l));
            boolean passes = !f.contains("cue=stamps") && !f.contains("date") && !f.contains("fragments");
            f.add("k=" + Math.min(k + 1, 8));
            f.add("gap=" + gapBucket(map.gap(prev, l)));
            f.add("left=" + (int) Math.min(4, l.left() * 5));
            f.add("conf=" + (l.confidence() >= 0.9 ? "hi" : l.confidence() >= 0.75 ? "mid" : "lo"));
            if (Math.abs(l.left() - prev.left()) < 0.02) {
                f.add("alignPrev");
            }
            if (l.page() != map.lines().get(map.bodyEnd()).page()) {
                f.add("nextPage");
            }
            if (copiesAbove) {
                f.add("copiesAbove");
            }
            if (passes) {
                blockRank++;
                f.add("rank=" + Math.min(blockRank, 5));
                f.add(map.book().value("signatureOrder") + "&rank=" + Math.min(blockRank, 5));
            }
            if (l == handTitle) {
                f.add("hand=title");
            }
            if (l == handName) {
                f.add("hand=name");
            }
            copiesAbove |= f.contains("cue=copies");
            own.add(f);
        }
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) {
            List<String> f = new ArrayList<>(own.get(k));
            neighbour(f, "prev:", k > 0 ? own.get(k - 1) : List.of("closing"));
            neighbour(f, "next:", k + 1 < own.size() ? own.get(k + 1) : List.of("end"));
            out.add(f.toArray(String[]::new));
        }
        return new SignatureLines(List.copyOf(window), List.copyOf(out));
    }

    int size() {
        return lines.size();
    }

    TextLine line(int k) {
        return lines.get(k);
    }

    String[] features(int k) {
        return features.get(k).clone();
    }

    /** What a line looks like on its own, whatever surrounds it. */
    private static List<String> shape(CueBook book, DateFinder finder, TextLine l) {
        List<String> f = new ArrayList<>();
        String text = SignatoryEngine.withoutStrokes(l.text());
        Tokens t = Tokens.of(text);
        f.add("n=" + Math.min(t.size(), 7));
        StringBuilder line = new StringBuilder();
        int caps = 0;
        int capitalised = 0;
        for (int i = 0; i < t.size(); i++) {
            String s = tokenShape(t.get(i).text());
            f.add("tok=" + s);
            if (i < 5) {
                line.append(i == 0 ? "" : "_").append(s);
            }
            if ("x".equals(s) || "p".equals(s)) {
                f.add("low=" + t.get(i).key());
            }
            caps += "XX".equals(s) ? 1 : 0;
            capitalised += s.startsWith("X") ? 1 : 0;
        }
        f.add("shape=" + line);
        f.add("caps=" + Math.min(caps, 3));
        f.add("capitalised=" + (t.size() == 0 ? "none" : capitalised == t.size() ? "all" : capitalised == 0 ? "no" : "some"));
        if (text.endsWith(",")) {
            f.add("endComma");
        }
        if (text.endsWith(".")) {
            f.add("endPeriod");
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            f.add("digit");
        }
        if (t.size() > 0 && t.size() <= 2 && text.length() <= 4) {
            f.add("fragments");
        }
        if (!finder.find(l.text(), true).isEmpty()) {
            f.add("date");
        }
        if (SignatoryEngine.looksLikeName(t)) {
            f.add("nameShape");
        }
        for (String cue : new String[] {"stamps", "copies", "closings", "civilities", "suscriptionHeads"}) {
            if (t.size() > 0 && book.match(cue, t, 0) > 0) {
                f.add("cue=" + cue);
            }
        }
        if (LetterMap.contains(book, "senderHeads", l)) {
            f.add("cue=senderHeads");
        }
        if (RecipientEngine.isFooter(book, l)) {
            f.add("cue=footer");
        }
        if (l.prose()) {
            f.add("prose");
        }
        return f;
    }

    /** {@code Xx} capitalised, {@code XX} all capitals, {@code x} lower case, {@code X.} an initial, {@code d} digits, {@code p} marks. */
    static String tokenShape(String token) {
        String w = token.replaceAll("[,;:]+$", "");
        if (w.isEmpty() || w.chars().noneMatch(Character::isLetterOrDigit)) {
            return "p";
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            return "d";
        }
        if (w.matches("\\p{Lu}\\.")) {
            return "X.";
        }
        boolean upperFirst = Character.isUpperCase(w.charAt(0));
        boolean anyLower = w.chars().anyMatch(Character::isLowerCase);
        if (upperFirst && !anyLower) {
            return w.length() == 1 ? "X" : "XX";
        }
        return upperFirst ? "Xx" : "x";
    }

    private static String gapBucket(double gap) {
        if (gap >= 50) {
            return "page";
        }
        return gap < 0.5 ? "0" : gap < 1.5 ? "1" : gap < 3.5 ? "2-3" : "4+";
    }

    private static void neighbour(List<String> f, String prefix, List<String> other) {
        for (String o : other) {
            if (o.equals("nameShape") || o.startsWith("cue=") || o.equals("endComma") || o.startsWith("capitalised=")
                    || o.equals("closing") || o.equals("end") || o.equals("date") || o.startsWith("n=")
                    || o.startsWith("hand=")) {
                f.add(prefix + o);
            }
        }
    }
}
