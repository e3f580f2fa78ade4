package org.courrier.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.courrier.document.Box;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Word;

/**
 * A PDF page's own text layer as lines and words with boxes (PDF points scaled to 300 dpi), or nothing when
 * the layer holds no real text (scanned page, a few stray characters, unmapped glyphs).
 *
 * <p>Not thread-safe: one instance per page, on the thread that holds the document.
 */
final class PdfTextLayer extends PDFTextStripper {

    static final double DPI = 300;
    private static final double SCALE = DPI / 72.0;
    /** The cap height of real text fonts, as a fraction of the type size: 0.65 to 0.75 (Liberation, DejaVu). */
    private static final double CAP_HEIGHT = 0.7;

    /** The slant (degrees off a quarter turn) from which a character is set at an angle, not on a line. */
    private static final double OBLIQUE_DEGREES = 2;

    private static final double MIN_CAP_HEIGHT = 0.5;
    private static final double MAX_CAP_HEIGHT = 0.9;

    private final List<Line> lines = new ArrayList<>();
    /** The direction (degrees, a quarter turn's multiple) each line's characters are set in. */
    private final List<Integer> lineDirections = new ArrayList<>();

    private final List<Word> words = new ArrayList<>();
    private final List<Integer> wordDirections = new ArrayList<>();
    /** Each word's characters, to measure the gaps between them. */
    private final List<List<TextPosition>> wordGlyphs = new ArrayList<>();
    /** Whether the word starts where the stripper cut the line, with no space, jump or slant before it. */
    private final List<Boolean> wordCut = new ArrayList<>();

    /** A space, a jump or a slanted character since the last word: the next word does not start at a cut. */
    private boolean breakBefore;
    /** Whether the line writes its spaces as characters, as browsers and word processors do. */
    private boolean lineWritesSpaces;

    private PdfTextLayer() {
        // content order keeps a two-column letterhead column by column (sorting by position interleaved the
        // columns line by line: CER 4.6 % against 2.4 % on the generated corpus's PDFs); boxes are exact either way
        setSortByPosition(false);
    }

    /** The page's text layer, or null when it is not real text. */
    static Page read(PDDocument pdf, int index) throws IOException {
        PdfTextLayer layer = new PdfTextLayer();
        layer.setStartPage(index + 1);
        layer.setEndPage(index + 1);
        layer.getText(pdf);
        layer.endLine();
        List<Line> lines = RaisedFragments.joined(layer.upright());
        String text = String.join("\n", lines.stream().map(Line::text).toList());
        if (!TextLayerQuality.isRealText(text)) {
            return null;
        }
        PDRectangle box = pdf.getPage(index).getCropBox();
        int rotation = pdf.getPage(index).getRotation();
        boolean sideways = rotation == 90 || rotation == 270;
        int width = (int) Math.round((sideways ? box.getHeight() : box.getWidth()) * SCALE);
        int height = (int) Math.round((sideways ? box.getWidth() : box.getHeight()) * SCALE);
        return new Page(index + 1, width, height, lines, PageMethod.TEXT_LAYER, 100, 0, 0);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank() || oblique(p)) {
                addWord(current);
                current.clear();
                breakBefore = true;
                lineWritesSpaces |= p.getUnicode() != null && !p.getUnicode().isEmpty() && !oblique(p);
            } else {
                if (!current.isEmpty() && jump(current.get(current.size() - 1), p)) {
                    addWord(current);
                    current.clear();
                    breakBefore = true;
                }
                current.add(p);
            }
        }
        addWord(current);
    }

    /**
     * Whether the character is set at a slant, neither level nor a quarter turn: a stamp pressed at an angle, a note
     * written across the margin, a diagonal watermark. Its glyphs follow no line of the page (each would come out as
     * a line of a letter or two, strewn over the letterhead), and a scan of the page gives no line for them either.
     */
    static boolean oblique(TextPosition p) {
        Matrix m = p.getTextMatrix();
        double degrees = Math.toDegrees(Math.atan2(m.getValue(0, 1), m.getValue(0, 0)));
        double off = Math.abs(degrees - 90 * Math.round(degrees / 90));
        return off > OBLIQUE_DEGREES;
    }

    /**
     * Whether the next character stands apart from the one before on the line: back to the left of it, or further
     * right than a wide space. In content order two runs of text on one baseline (a name at the right written
     * before {@code Ampliations :} at the left) come one after the other without a space: they are two pieces.
     */
    private static boolean jump(TextPosition before, TextPosition next) {
        double size = Math.max(1, before.getYScale());
        double gap = gap(before, next);
        return gap < -0.5 * size || gap > 1.5 * size;
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void addWord(List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (TextPosition p : positions) {
            text.append(p.getUnicode());
            double h = glyphHeight(p);
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - h);
            bottom = Math.max(bottom, p.getYDirAdj());
        }
        int x = (int) Math.round(Math.max(0, left) * SCALE);
        int y = (int) Math.round(Math.max(0, top) * SCALE);
        Box box = new Box(
                x,
                y,
                Math.max(1, (int) Math.round(right * SCALE) - x),
                Math.max(1, (int) Math.round(bottom * SCALE) - y));
        words.add(new Word(text.toString(), box, 1.0));
        wordDirections.add(Math.round(positions.get(0).getDir()));
        wordGlyphs.add(List.copyOf(positions));
        wordCut.add(!breakBefore && words.size() > 1);
        breakBefore = false;
    }

    /**
     * The lines set in the page's own direction, the one most of its characters run in. A line turned a quarter
     * turn from it runs along the margin (a note written up the edge, a form's code printed sideways): its
     * characters follow no line of the page, PDFBox places them in their own turned frame (the note came out as
     * a row of single letters over the letterhead), and a scan of the page reads no line there either.
     */
    private List<Line> upright() {
        Map<Integer, Integer> characters = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            characters.merge(lineDirections.get(i), lines.get(i).text().length(), Integer::sum);
        }
        int direction = characters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0);
        List<Line> upright = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lineDirections.get(i) == direction) {
                upright.add(lines.get(i));
            }
        }
        return upright;
    }

    /**
     * The height of a character's capitals, from the font's descriptor. Some writers put a cap height there that
     * no font has (Chromium writes 358 units per 1000 for DejaVu, whose capitals are 729 high): the lines of such a
     * letter came out half as high as they are, and every comparison of type sizes on it was wrong. A cap height
     * outside half to nine tenths of the type size is taken as 0.7 of the size, the middle of real fonts.
     */
    static double glyphHeight(TextPosition p) {
        // the type size on the page: the text rendering matrix holds the page's own scale too (Chromium draws in CSS
        // pixels scaled by 0.75), which getFontSizeInPt leaves out
        double size = p.getYScale();
        double h = p.getHeightDir();
        if (size > 0 && !(h >= MIN_CAP_HEIGHT * size && h <= MAX_CAP_HEIGHT * size)) {
            return CAP_HEIGHT * size;
        }
        return h > 0 ? h : CAP_HEIGHT * Math.max(size, 1);
    }

    /** Ends the line; where its words go back to the left (two runs of text on one baseline), each run is a line. */
    private void endLine() {
        if (lineWritesSpaces) {
            glueLetterSpacedCuts();
        }
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size()
                    || words.get(i).box().x() < words.get(i - 1).box().x()
                    || !wordDirections.get(i).equals(wordDirections.get(i - 1))) {
                lines.add(Line.of(LetterSpacing.joined(new ArrayList<>(words.subList(from, i)))));
                lineDirections.add(wordDirections.get(from));
                from = i;
            }
        }
        words.clear();
        wordDirections.clear();
        wordGlyphs.clear();
        wordCut.clear();
        breakBefore = false;
        lineWritesSpaces = false;
    }

    /**
     * Glues back the words of a letter-spaced line that the stripper cut inside a word. CSS letter-spacing widens
     * every gap between two letters, and the stripper, which guesses word breaks from gaps, cuts such a word where a
     * narrow letter or a kerned pair tips its guess ("PRINCI PA UTÉ DE MONACO", "CONSEIL N AT IONAL"). On a line
     * that writes its spaces as characters, a cut with no space before it and no wider than the line's usual gap
     * between two letters (half as wide again, and a tenth of the type size) is no word break.
     */
    private void glueLetterSpacedCuts() {
        double letterGap = median(letterGaps());
        for (int i = words.size() - 1; i > 0; i--) {
            if (!wordCut.get(i) || !wordDirections.get(i).equals(wordDirections.get(i - 1))) {
                continue;
            }
            TextPosition before = last(wordGlyphs.get(i - 1));
            TextPosition next = wordGlyphs.get(i).get(0);
            if (jump(before, next) || gap(before, next) > 1.5 * letterGap + 0.1 * Math.max(1, before.getYScale())) {
                continue;
            }
            Word a = words.get(i - 1);
            Word b = words.get(i);
            words.set(
                    i - 1,
                    new Word(a.text() + b.text(), a.box().union(b.box()), Math.min(a.confidence(), b.confidence())));
            List<TextPosition> glyphs = new ArrayList<>(wordGlyphs.get(i - 1));
            glyphs.addAll(wordGlyphs.get(i));
            wordGlyphs.set(i - 1, glyphs);
            words.remove(i);
            wordDirections.remove(i);
            wordGlyphs.remove(i);
            wordCut.remove(i);
        }
    }

    /** The gaps between two letters of the line: inside its words, and at the stripper's cuts between them. */
    private List<Double> letterGaps() {
        List<Double> gaps = new ArrayList<>();
        for (int i = 0; i < wordGlyphs.size(); i++) {
            List<TextPosition> glyphs = wordGlyphs.get(i);
            for (int k = 1; k < glyphs.size(); k++) {
                gaps.add(gap(glyphs.get(k - 1), glyphs.get(k)));
            }
            if (i > 0 && wordCut.get(i) && !jump(last(wordGlyphs.get(i - 1)), glyphs.get(0))) {
                gaps.add(gap(last(wordGlyphs.get(i - 1)), glyphs.get(0)));
            }
        }
        return gaps;
    }

    /** The space from the end of one character (its advance) to the start of the next, in the page's units. */
    private static double gap(TextPosition before, TextPosition next) {
        return next.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    }

    private static TextPosition last(List<TextPosition> glyphs) {
        return glyphs.get(glyphs.size() - 1);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
