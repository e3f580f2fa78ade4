package org.courrier.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Word;

/**
 * Letterheads set in spaced capitals ({@code C O N T R A C T O R S , I N C .}) come out of a PDF's text layer one
 * character per word, because the spacing between letters is wider than the stripper's word gap. Such a run is put
 * back into its words: inside a run of four or more one-character words (three of them letters), a gap at most
 * 1.8 times the run's median gap joins two characters, a wider one separates words. Anything else is left as it is.
 */
final class LetterSpacing {

    /** The fewest one-character words that make a spaced-out run. */
    static final int MIN_RUN = 4;

    private static final double WORD_GAP = 1.8;

    private LetterSpacing() {}

    /** The line's words, spaced-out runs joined back into words. */
    static List<Word> joined(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && single(words.get(end))) {
                end++;
            }
            if (end - i >= MIN_RUN && letters(words, i, end) >= 3) {
                out.addAll(rejoin(words.subList(i, end)));
                i = end;
            } else {
                out.add(words.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean single(Word w) {
        return w.text().codePointCount(0, w.text().length()) == 1;
    }

    private static int letters(List<Word> words, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Character.isLetter(words.get(k).text().codePointAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static List<Word> rejoin(List<Word> run) {
        int[] gaps = new int[run.size() - 1];
        for (int k = 0; k < gaps.length; k++) {
            Box a = run.get(k).box();
            gaps[k] = run.get(k + 1).box().x() - (a.x() + a.w());
        }
        int[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double limit = WORD_GAP * Math.max(1, sorted[(sorted.length - 1) / 2]);
        List<Word> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= gaps.length; k++) {
            if (k == gaps.length || gaps[k] > limit) {
                out.add(merge(run.subList(start, k + 1)));
                start = k + 1;
            }
        }
        return out;
    }

    private static Word merge(List<Word> letters) {
        StringBuilder text = new StringBuilder();
        Box box = letters.get(0).box();
        double confidence = 1;
        for (Word w : letters) {
            text.append(w.text());
            box = box.union(w.box());
            confidence = Math.min(confidence, w.confidence());
        }
        return new Word(text.toString(), box, confidence);
    }
}
