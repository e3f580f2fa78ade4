package org.courrier.extract.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Document;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.Word;

/**
 * The letter's lines in reading order, each line cut at wide gaps between words so that blocks OCR merged onto
 * one line (letterhead and date, copy list and signature) come apart again.
 *
 * <p>Stateless and thread-safe.
 */
final class ReadingOrder {

    /** A gap wider than this fraction of the page width separates two blocks. */
    private static final double BLOCK_GAP = 0.06;

    /**
     * A gap wider than this fraction of the page width separates two pieces set in type of different sizes (a
     * letterhead's contact line at the left, the office's name in large capitals beside it).
     */
    private static final double TYPE_GAP = 0.03;

    /** How many times taller one word must be than the word before it to be set in another size of type. */
    private static final double TYPE_STEP = 1.6;

    /** A piece taller than this many times the page's median line height is no line of text. */
    private static final double TALL_PIECE = 4;

    private ReadingOrder() {}

    static List<TextLine> lines(Document document) {
        List<TextLine> out = new ArrayList<>();
        for (Page page : document.pages()) {
            List<TextLine> onPage = new ArrayList<>();
            for (Line line : page.lines()) {
                for (Line piece : split(line, page.width())) {
                    String text = clean(Normalizer.normalize(piece.text(), Normalizer.Form.NFKC));
                    if (!text.isEmpty()) {
                        onPage.add(new TextLine(
                                page.number(),
                                0,
                                text,
                                piece.box(),
                                piece.confidence(),
                                page.width(),
                                page.height(),
                                piece.words()));
                    }
                }
            }
            onPage = withoutSealLetters(onPage);
            onPage.sort(Comparator.comparingInt((TextLine l) -> l.box().y()));
            out.addAll(rows(onPage));
        }
        List<TextLine> indexed = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            indexed.add(out.get(i).at(i));
        }
        return indexed;
    }

    /** A seal's text is set smaller than the letter's: under this share of the ordinary lines' height. */
    private static final double SEAL_TYPE = 0.7;

    /**
     * The page's lines without the lone letters of a round seal's or a stamp's text read one by one ({@code M},
     * {@code A}, {@code ★}): a piece of one or two letters or marks, no figure, in type under 0.7 of the page's
     * ordinary lines. Each would otherwise stand as a line of its own inside an address block or a heading.
     */
    private static List<TextLine> withoutSealLetters(List<TextLine> lines) {
        List<Integer> heights = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.text().codePoints().filter(Character::isLetter).count() >= 3) {
                heights.add(l.box().h());
            }
        }
        if (heights.isEmpty()) {
            return lines;
        }
        heights.sort(null);
        int median = heights.get(heights.size() / 2);
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            String t = l.text();
            boolean mark =
                    t.codePointCount(0, t.length()) <= 2 && t.codePoints().noneMatch(Character::isDigit);
            if (!(mark && l.box().h() < SEAL_TYPE * median)) {
                kept.add(l);
            }
        }
        return kept;
    }

    /** Specks before the first word and after the last one: {@code ~ Your Ref:}, {@code Dear Sir, |}. */
    private static String clean(String text) {
        String t = text.strip();
        if (!CLOSING_QUOTE.matcher(t).find()) {
            t = TRAILING.matcher(t).replaceAll(""); // not "« Le Clos des Oliviers »": the quote closes its name
        }
        return LEADING.matcher(t).replaceAll("").strip();
    }

    /** A line ending on the closing guillemet of one it opened ({@code Objet : Projet « Ville propre »}). */
    private static final java.util.regex.Pattern CLOSING_QUOTE = java.util.regex.Pattern.compile("«[^»]*\\s»$");

    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile("^[~_’‘'|©.,`]+\\s*");
    private static final java.util.regex.Pattern TRAILING =
            java.util.regex.Pattern.compile("(\\s+[^\\p{L}\\p{N}(),.;:]{1,2})+$");

    /**
     * Pieces side by side on one row are read left to right. A piece many lines tall ({@code IPPIN}, a seal's text
     * set round its rim and read as one word as tall as the seal) stands alone at its top: made a row's first piece,
     * it would gather every line beside it into one row and read the page's middle column by column.
     */
    private static List<TextLine> rows(List<TextLine> sorted) {
        List<TextLine> out = new ArrayList<>(sorted.size());
        double tall = TALL_PIECE * medianHeight(sorted);
        int i = 0;
        while (i < sorted.size()) {
            TextLine first = sorted.get(i);
            if (first.box().h() > tall) {
                out.add(first);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sorted.size() && sameRow(first.box(), sorted.get(j).box())) {
                j++;
            }
            List<TextLine> row = new ArrayList<>(sorted.subList(i, j));
            row.sort(Comparator.comparingInt((TextLine l) -> l.box().x()));
            out.addAll(row);
            i = j;
        }
        return out;
    }

    /** The median height of the pieces, 0 for none. */
    private static double medianHeight(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] h = lines.stream().mapToInt(l -> l.box().h()).sorted().toArray();
        return h[h.length / 2];
    }

    /** Two boxes on one row: they share more than half the height of the shorter. */
    static boolean sameRow(Box a, Box b) {
        int h = Math.max(1, Math.min(a.h(), b.h()));
        return a.verticalOverlap(b) * 2 > h;
    }

    /** Strokes OCR reads as characters: column rules, stamp edges, underlines. */
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile("[|~_=\\[\\]{}¦]+");

    private static List<Line> split(Line line, int pageWidth) {
        List<Word> words = line.words().stream()
                .filter(w -> !NOISE.matcher(w.text()).matches())
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() < line.words().size()) {
            line = Line.of(words);
        }
        if (words.size() < 2 || pageWidth == 0) {
            return List.of(line);
        }
        List<Line> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < words.size(); i++) {
            Box a = words.get(i - 1).box();
            Box b = words.get(i).box();
            int gap = b.x() - a.right();
            double step = (double) Math.max(a.h(), b.h()) / Math.max(1, Math.min(a.h(), b.h()));
            if (gap > BLOCK_GAP * pageWidth || gap > TYPE_GAP * pageWidth && step >= TYPE_STEP) {
                pieces.add(Line.of(words.subList(from, i)));
                from = i;
            }
        }
        if (from == 0) {
            return List.of(line);
        }
        pieces.add(Line.of(words.subList(from, words.size())));
        return pieces;
    }
}
