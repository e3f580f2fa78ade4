package org.courrier.document;

import java.util.List;
import java.util.Objects;

/**
 * One line of text in reading order, with the words it is made of.
 * Lines from sources without positions (DOCX, plain text) carry synthetic boxes: one line height per line.
 */
public record Line(String text, Box box, List<Word> words, double confidence) {

    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        words = List.copyOf(words);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("line confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A line built from words: text joined by single spaces, box the union, confidence the mean. */
    public static Line of(List<Word> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one word");
        }
        StringBuilder text = new StringBuilder();
        Box box = Box.EMPTY;
        double sum = 0;
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text());
            box = box.union(w.box());
            sum += w.confidence();
        }
        return new Line(text.toString(), box, words, sum / words.size());
    }
}
