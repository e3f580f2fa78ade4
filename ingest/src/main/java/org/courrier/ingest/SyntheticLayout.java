package org.courrier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Word;

/**
 * Lays text without positions onto A4 pages at 300 dpi: one line per text line, fixed line height and an
 * average character width, so that evidence boxes still point at the right line of the right page.
 */
final class SyntheticLayout {

    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;
    static final int MARGIN = 236;
    static final int LINE_HEIGHT = 50;
    static final int CHAR_WIDTH = 25;
    static final int LINES_PER_PAGE = (HEIGHT - 2 * MARGIN) / LINE_HEIGHT;

    private SyntheticLayout() {}

    static List<Page> pages(String text) {
        List<Page> pages = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("[\n\f]")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (lines.size() == LINES_PER_PAGE) {
                pages.add(page(pages.size() + 1, lines));
                lines = new ArrayList<>();
            }
            lines.add(line(line, MARGIN + lines.size() * LINE_HEIGHT));
        }
        if (!lines.isEmpty()) {
            pages.add(page(pages.size() + 1, lines));
        }
        return pages;
    }

    private static Page page(int number, List<Line> lines) {
        return new Page(number, WIDTH, HEIGHT, lines, PageMethod.TEXT, 100, 0, 0);
    }

    private static Line line(String text, int y) {
        List<Word> words = new ArrayList<>();
        int x = MARGIN;
        for (String w : text.split("\\s+")) {
            words.add(new Word(w, new Box(x, y, w.length() * CHAR_WIDTH, LINE_HEIGHT - 10), 1.0));
            x += (w.length() + 1) * CHAR_WIDTH;
        }
        return Line.of(words);
    }
}
