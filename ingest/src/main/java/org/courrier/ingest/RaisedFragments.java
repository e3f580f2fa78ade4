package org.courrier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Line;
import org.courrier.document.Word;

/**
 * Puts back together a row of text that a PDF's text layer split where the type left its baseline: a superscript
 * ({@code 9}{@code th} {@code October, 2023}, {@code 1}{@code er} {@code mars}, {@code N}{@code o}) comes out as
 * lines of its own, before or after its row. A smaller piece lifted off a neighbouring line and touching the end of
 * one of its words joins that word ({@code 9th}), and the rest of the row, level with the line the piece joined,
 * joins it after. Two lines of one size side by side are left apart: the text layer separated them for a reason (a
 * note written beside a line, a second column).
 */
final class RaisedFragments {

    /** Share of the smaller line's height two pieces of one row have in common. */
    private static final double SAME_ROW = 0.4;
    /** Widest space between two pieces of one row, in line heights (a word space is about a third of one). */
    private static final double ROW_GAP = 1.0;
    /** Widest space between a raised piece's foot and the top of the line it touches, in the taller one's heights. */
    private static final double RAISED = 0.5;
    /** Widest space between a word and a raised piece that belongs to it, in the line's heights. */
    private static final double TOUCHING = 0.12;
    /** How far over its line's foot a superscript's foot stands, at least, in the line's heights. */
    private static final double LIFTED = 0.25;
    /** Most words a raised piece holds ({@code th}, {@code er}, {@code o}, a footnote's mark). */
    private static final int MAX_PIECE_WORDS = 2;

    private RaisedFragments() {}

    static List<Line> joined(List<Line> lines) {
        List<Line> in = new ArrayList<>(lines);
        List<Line> out = new ArrayList<>(lines.size());
        // the line that took a raised piece in, whose row may go on in the next line (compared by identity)
        Line pieced = null;
        for (int i = 0; i < in.size(); i++) {
            Line line = in.get(i);
            Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            Line grown = last == null ? null : absorbed(last, line);
            if (grown == null && last != null && last == pieced && restOfRow(last, line)) {
                grown = merged(last, line);
            }
            if (grown != null) {
                out.set(out.size() - 1, grown);
                pieced = grown;
                continue;
            }
            // the piece stands higher than its line, and the text layer, reading top down, may give it first
            Line next = i + 1 < in.size() ? absorbed(in.get(i + 1), line) : null;
            if (next != null) {
                in.set(i + 1, next);
                pieced = next;
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /**
     * The host line with the piece put in after the word whose end it touches, or null when the piece is no raised
     * piece of it: set smaller and lifted off the line's foot, a word or two, level with the host or its foot just
     * over the host's top (the text layer's boxes hold the letters' height only, and a superscript's is above the
     * number's).
     */
    private static Line absorbed(Line host, Line piece) {
        Box h = host.box();
        Box p = piece.box();
        if (piece.words().size() > MAX_PIECE_WORDS || p.h() >= h.h() || h.bottom() - p.bottom() < LIFTED * h.h()) {
            return null;
        }
        int apart = h.y() - p.bottom();
        if (h.verticalOverlap(p) <= 0 && apart > RAISED * h.h()) {
            return null;
        }
        List<Word> words = host.words();
        for (int w = 0; w < words.size(); w++) {
            int gap = p.x() - words.get(w).box().right();
            if (gap >= -p.h() / 4 && gap <= TOUCHING * h.h()) {
                List<Word> joined = new ArrayList<>(words.subList(0, w));
                Word before = words.get(w);
                Word first = piece.words().get(0);
                joined.add(new Word(
                        before.text() + first.text(),
                        before.box().union(first.box()),
                        Math.min(before.confidence(), first.confidence())));
                joined.addAll(piece.words().subList(1, piece.words().size()));
                joined.addAll(words.subList(w + 1, words.size()));
                return Line.of(joined);
            }
        }
        return null;
    }

    /** The row a raised piece broke, going on after it: level with the line and close after its end. */
    private static boolean restOfRow(Line a, Line b) {
        Box x = a.box();
        Box y = b.box();
        int height = Math.min(x.h(), y.h());
        int gap = y.x() - x.right();
        return height > 0
                && gap >= -height / 4
                && x.verticalOverlap(y) >= SAME_ROW * height
                && gap <= ROW_GAP * Math.max(x.h(), y.h());
    }

    private static Line merged(Line a, Line b) {
        List<Word> words = new ArrayList<>(a.words());
        words.addAll(b.words());
        return Line.of(words);
    }
}
