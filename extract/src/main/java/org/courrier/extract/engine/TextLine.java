package org.courrier.extract.engine;

import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Word;
import org.courrier.extract.record.Evidence;

/**
 * One positioned piece of a line: a whole line, or the part of it on one side of a wide gap (a date at the right
 * of a letterhead line, a signature beside a copy list).
 *
 * @param index  position in reading order over the whole letter
 * @param tokens the text cut into tokens, once
 * @param prose  whether the line is running text ({@link RunningText#isProse}), decided once
 * @param words  the piece's words with their boxes, as read (empty for a line made without them)
 */
record TextLine(
        int page,
        int index,
        String text,
        Box box,
        double confidence,
        int pageWidth,
        int pageHeight,
        Tokens tokens,
        boolean prose,
        List<Word> words) {

    /** How far (page fraction) a line may start from the point it hangs under. */
    static final double HANGING = 0.015;

    /** Mean OCR word confidence from which a line counts as read well. */
    private static final double SURE_LINE = 0.7;

    TextLine {
        words = List.copyOf(words);
    }

    TextLine(int page, int index, String text, Box box, double confidence, int pageWidth, int pageHeight) {
        this(page, index, text, box, confidence, pageWidth, pageHeight, List.of());
    }

    TextLine(
            int page,
            int index,
            String text,
            Box box,
            double confidence,
            int pageWidth,
            int pageHeight,
            List<Word> words) {
        this(page, index, text, box, confidence, pageWidth, pageHeight, Tokens.of(text), false, words);
    }

    /** The same line at another place in reading order, its tokens, prose flag and words kept. */
    TextLine at(int newIndex) {
        return new TextLine(
                page, newIndex, text, box, confidence, pageWidth, pageHeight, tokens, RunningText.isProse(this), words);
    }

    /**
     * A space between two words wider than this share of the page's width parts two cells of a row that OCR read as
     * one line ({@code ENV/SAL/2023/0871} | {@code Julie Vanderstraeten} | {@code 2 photos} | {@code Rixensart, le 23
     * août 2023}).
     */
    static final double CELL_GAP = 0.02;

    /** A space wider than this share of the page's width, where the type changes size, parts two pieces of a line. */
    static final double TYPE_CHANGE_GAP = 0.01;

    /** Words whose heights differ by more than this share of the larger are in different sizes of type. */
    static final double TYPE_CHANGE = 0.12;

    /**
     * Where in the text the cell holding the character at {@code offset} starts: after the last space wider than
     * {@link #CELL_GAP} between two of the words before it; 0 when there is none, or when the words do not spell the
     * text.
     */
    int cellStart(int offset) {
        if (words.size() < 2) {
            return 0;
        }
        int start = 0;
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            if (i > 0) {
                at++; // the space between two words
                if (at > offset) {
                    break;
                }
                if (cellGap(words.get(i - 1).box(), words.get(i).box())) {
                    start = at;
                }
            }
            if (!text.startsWith(w, at)) {
                return 0;
            }
            at += w.length();
        }
        return start;
    }

    /**
     * Where in the text the cell holding the character at {@code offset} ends: at the first space wider than {@link
     * #CELL_GAP} after it; the text's length when there is none, or when the words do not spell the text.
     */
    int cellEnd(int offset) {
        return breakAfter(offset, this::cellGap);
    }

    /** Whether the space between two words of the line, one box after the other, parts two cells. */
    private boolean cellGap(Box a, Box b) {
        return b.x() - a.right() > CELL_GAP * pageWidth;
    }

    /**
     * Where in the text the type changes size after a space wider than {@link #TYPE_CHANGE_GAP} (an entry and the
     * page's footer in smaller type, read as one line: {@code Archives} | {@code Hôtel de Ville … Tél. : …}): the
     * offset of that space; the text's length when there is none, or when the words do not spell the text.
     */
    int typeChange() {
        return breakAfter(
                0,
                (a, b) -> b.x() - a.right() > TYPE_CHANGE_GAP * pageWidth
                        && Math.abs(b.h() - a.h()) > TYPE_CHANGE * Math.max(a.h(), b.h()));
    }

    /**
     * The offset of the first space after {@code offset} between two words whose boxes {@code parts} tells apart; the
     * text's length when there is none, or when the words do not spell the text.
     */
    private int breakAfter(int offset, java.util.function.BiPredicate<Box, Box> parts) {
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            if (i > 0) {
                if (at > offset
                        && parts.test(words.get(i - 1).box(), words.get(i).box())) {
                    return at;
                }
                at++; // the space between two words
            }
            if (!text.startsWith(w, at)) {
                return text.length();
            }
            at += w.length();
        }
        return text.length();
    }

    /** Top of the line as a fraction of the page height. */
    double top() {
        return pageHeight == 0 ? 0 : (double) box.y() / pageHeight;
    }

    /** Left edge as a fraction of the page width. */
    double left() {
        return pageWidth == 0 ? 0 : (double) box.x() / pageWidth;
    }

    /** Horizontal centre as a fraction of the page width. */
    double centre() {
        return pageWidth == 0 ? 0.5 : (double) box.centerX() / pageWidth;
    }

    /** Width as a fraction of the page width. */
    double width() {
        return pageWidth == 0 ? 0 : (double) box.w() / pageWidth;
    }

    /** Whether the other line starts, or ends, at the same point of the page as this one: one column of text. */
    boolean sharesColumnWith(TextLine other) {
        return Math.abs(left() - other.left()) < 0.02 || endsLevelWith(other);
    }

    /** Whether the other line ends at the same point of the page as this one (lines set flush right). */
    boolean endsLevelWith(TextLine other) {
        return Math.abs(box.right() - other.box().right()) < 0.01 * Math.max(1, other.pageWidth());
    }

    /**
     * A line as high as its letters: its characters at least a third as wide as the line is high. A stamp's lines
     * read as one ({@code HARBOURVIEW RE – HRRECEIVED}, three lines high) are not a line of large type.
     */
    boolean oneLineHigh() {
        int chars = text.strip().length();
        return chars > 0 && (double) box.w() / chars >= box.h() / 3.0;
    }

    /**
     * Whether most of the line's letters are of another script than the Latin alphabet ({@code طبضلا بتكم} under a
     * Moroccan signature, {@code الاتحاد العام لمقاولات المغرب} beside {@code CONFÉDÉRATION GÉNÉRALE DES ENTREPRISES DU
     * MAROC}): a bilingual letterhead's or a stamp's words, whose Latin form the letter prints too; never the record's.
     */
    boolean otherScript() {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return letters > 0 && latin * 2 < letters;
    }

    /** Scales a field's confidence down for a line OCR was unsure of: 1 from {@link #SURE_LINE}, 0.85 at nothing. */
    double readQuality() {
        return Math.min(1.0, 0.85 + 0.15 * confidence / SURE_LINE);
    }

    Evidence evidence() {
        return new Evidence(page, box, text);
    }

    /**
     * Whether the other line starts where this line's character at {@code offset} stands (a hanging indent: the
     * entries under a copy list's first one, a subject's second line under the text after its label), within
     * {@value #HANGING} of the page width; the characters are taken as evenly spread over the line.
     */
    boolean startsUnder(TextLine other, int offset) {
        return Math.abs(other.box().x() - xAt(offset)) <= HANGING * pageWidth;
    }

    /** Where the character at {@code offset} stands, in pixels, the characters taken as evenly spread over the line. */
    double xAt(int offset) {
        return box.x() + (double) box.w() * offset / Math.max(1, text.length());
    }
}
