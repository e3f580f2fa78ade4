package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Document;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.SourceFile;
import org.courrier.document.Word;
import org.courrier.extract.record.LetterFields;

/** Builds small positioned letters by hand: lines placed at a left margin, on the right, or side by side. */
final class PageSketch {

    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;
    private static final int CHAR = 24;
    private static final int SPACE = 14;
    static final int LINE = 50;
    private static final int STEP = 62;
    /** The rules' extractor the convention tests read their sketches with. */
    private static final FieldExtractor RULES = FieldExtractor.create(FieldExtractor.Mode.RULES);

    /** Four lines of French body text, the running prose of an ordinary letter. */
    static final String[] BODY_FR = {
        "Nous avons l'honneur de vous faire part de la tenue prochaine d'un atelier",
        "national de validation du plan de riposte aux inondations dans la région.",
        "Votre participation serait vivement appréciée par les services techniques",
        "de notre département ainsi que par les partenaires au développement.",
    };

    /** Four lines of English body text. */
    static final String[] BODY_EN = {
        "I am writing to confirm the arrangements agreed during our meeting on the",
        "renewal of the water and sanitation programme in the northern districts.",
        "The Ministry would be grateful for your support in mobilising the experts",
        "needed for the assessment mission and for sharing the latest survey data.",
    };

    private final List<Page> pages = new ArrayList<>();
    private List<Line> lines = new ArrayList<>();
    private int y = 200;
    private double confidence = 0.97;
    private int type = LINE;
    private int step = STEP;

    /** A line at the left margin. */
    PageSketch line(String text) {
        return at(0.1, text);
    }

    /** A line starting at the given fraction of the page width. */
    PageSketch at(double x, String text) {
        lines.add(Line.of(words(x, y, text)));
        y += step;
        return this;
    }

    /**
     * A line of ordinary type read in a box {@code height} pixels high (a stamp's lines that OCR or the text layer
     * read as one line); the next line follows under it.
     */
    PageSketch tall(double x, String text, int height) {
        lines.add(Line.of(heightened(words(x, y, text), height)));
        y += height + step - type;
        return this;
    }

    /**
     * A piece read {@code height} pixels high with its top at {@code top}, set beside the other lines without
     * moving on (a seal's text round its rim read as one word as tall as the seal).
     */
    PageSketch piece(double x, int top, String text, int height) {
        lines.add(Line.of(heightened(words(x, top, text), height)));
        return this;
    }

    /** The words read in boxes {@code height} pixels high. */
    private static List<Word> heightened(List<Word> words, int height) {
        List<Word> w = new ArrayList<>();
        for (Word word : words) {
            Box b = word.box();
            w.add(new Word(word.text(), new Box(b.x(), b.y(), b.w(), height), word.confidence()));
        }
        return w;
    }

    /** A line set flush right: it ends at the given fraction of the page width. */
    PageSketch flushRight(String text, double right) {
        return at((right * WIDTH - width(text)) / WIDTH, text);
    }

    /** A line centred on the page. */
    PageSketch centred(String text) {
        return at((WIDTH - width(text)) / 2.0 / WIDTH, text);
    }

    /** The width in pixels the words of {@code text} take in the current type. */
    private int width(String text) {
        int width = -SPACE * type / LINE;
        for (String t : text.split(" ")) {
            width += t.length() * CHAR * type / LINE + SPACE * type / LINE;
        }
        return width;
    }

    /** A line starting in the right half. */
    PageSketch right(String text) {
        return at(0.58, text);
    }

    /** Two blocks OCR read as one line: left text and, after a wide gap, right text. */
    PageSketch merged(String left, String right) {
        List<Word> w = new ArrayList<>(words(0.1, y, left));
        w.addAll(words(0.58, y, right));
        lines.add(Line.of(w));
        y += step;
        return this;
    }

    /**
     * Two pieces of one row in different sizes of type that the text layer gives as one line: {@code left} at the
     * margin in the current type, then {@code right} from {@code x} in type {@code height} pixels high, tops aligned.
     */
    PageSketch sized(String left, double x, String right, int height) {
        List<Word> w = new ArrayList<>(words(0.1, y, left));
        w.addAll(heightened(words(x, y, right), height));
        lines.add(Line.of(w));
        y += step;
        return this;
    }

    /** Two lines OCR read apart on one row: left text and, after a gap, text starting at {@code x}. */
    PageSketch beside(String left, double x, String right) {
        lines.add(Line.of(words(0.1, y, left)));
        lines.add(Line.of(words(x, y, right)));
        y += step;
        return this;
    }

    /**
     * Two lines OCR read apart on one row, the right one in type {@code height} pixels high, tops aligned (a name
     * signed level with the page's footer).
     */
    PageSketch besideSized(String left, double x, String right, int height) {
        lines.add(Line.of(words(0.1, y, left)));
        lines.add(Line.of(heightened(words(x, y, right), height)));
        y += step;
        return this;
    }

    /**
     * A row of pieces OCR read apart (a table of labels or of their values): the first at the left margin, each next
     * one at the page-width fraction given before it: {@code row("Votre lettre du", 0.3, "Vos références", …)}.
     */
    PageSketch row(Object... cells) {
        for (List<Word> cell : cellWords(cells)) {
            lines.add(Line.of(cell));
        }
        y += step;
        return this;
    }

    /**
     * A row of cells OCR read as one line (a table's row of values set close enough for that): the first at the left
     * margin, each next one at the page-width fraction given before it, as {@link #row}.
     */
    PageSketch cells(Object... cells) {
        lines.add(Line.of(cellWords(cells).stream().flatMap(List::stream).toList()));
        y += step;
        return this;
    }

    /** The words of each cell of a row on the current line: the first at the left margin, then at their fractions. */
    private List<List<Word>> cellWords(Object... cells) {
        List<List<Word>> out = new ArrayList<>();
        out.add(words(0.1, y, (String) cells[0]));
        for (int i = 1; i + 1 < cells.length; i += 2) {
            out.add(words((Double) cells[i], y, (String) cells[i + 1]));
        }
        return out;
    }

    /** Lines at the left margin, one after the other (a paragraph of {@link #BODY_FR} or {@link #BODY_EN}). */
    PageSketch lines(String[] text) {
        for (String l : text) {
            line(l);
        }
        return this;
    }

    /** Vertical white space of n lines. */
    PageSketch skip(int n) {
        y += n * STEP;
        return this;
    }

    /** Vertical white space of half a line: a paragraph set apart by spacing rather than by a blank line. */
    PageSketch halfSkip() {
        y += STEP / 2;
        return this;
    }

    /**
     * Type height in pixels for the lines that follow (50 by default): a letterhead's name set larger or smaller
     * than the text. The line step stays the same.
     */
    PageSketch type(int height) {
        type = height;
        return this;
    }

    /** Line step in pixels for the lines that follow (62 by default): type set closer, as in a page footer. */
    PageSketch step(int pixels) {
        step = pixels;
        return this;
    }

    /** Word confidence for the lines that follow, as an OCR engine would report it. */
    PageSketch confidence(double c) {
        confidence = c;
        return this;
    }

    PageSketch newPage() {
        close();
        return this;
    }

    Document document() {
        close();
        return new Document(new SourceFile("sketch.pdf", "application/pdf", 1, pages.size(), "0".repeat(64)), pages);
    }

    private void close() {
        if (!lines.isEmpty()) {
            pages.add(new Page(pages.size() + 1, WIDTH, HEIGHT, lines, PageMethod.TEXT_LAYER, 100, 0, 0));
        }
        lines = new ArrayList<>();
        y = 200;
    }

    private List<Word> words(double x, int top, String text) {
        List<Word> out = new ArrayList<>();
        int left = (int) (x * WIDTH);
        for (String t : text.split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            int w = t.length() * CHAR * type / LINE;
            out.add(new Word(t, new Box(left, top, w, type), confidence));
            left += w + SPACE * type / LINE;
        }
        return out;
    }

    /** The fields the rules read from a sketch, as a convention test asserts them. */
    static LetterFields fields(PageSketch sketch) {
        return RULES.extract(sketch.document()).fields();
    }
}
