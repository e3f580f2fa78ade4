package org.courrier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Word;
import org.junit.jupiter.api.Test;

class LetterSpacingTest {

    /** Words laid out left to right: each character 20 px wide, {@code letterGap} between letters of a word. */
    private static List<Word> spaced(int letterGap, int wordGap, String... words) {
        List<Word> out = new ArrayList<>();
        int x = 100;
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                out.add(new Word(String.valueOf(w.charAt(k)), new Box(x, 300, 20, 30), 1.0));
                x += 20 + letterGap;
            }
            x += wordGap - letterGap;
        }
        return out;
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void spacedCapitalsBecomeTheirWordsAgain() {
        List<Word> joined = LetterSpacing.joined(spaced(9, 30, "CONTRACTORS,", "INC."));
        assertThat(texts(joined)).containsExactly("CONTRACTORS,", "INC.");
        assertThat(joined.get(0).box()).isEqualTo(new Box(100, 300, 12 * 20 + 11 * 9, 30));
    }

    @Test
    void wordsAroundARunAreKeptAndARunIsFoundAmongThem() {
        List<Word> line = new ArrayList<>();
        line.add(new Word("Ministère", new Box(0, 300, 90, 30), 1.0));
        line.addAll(spaced(9, 30, "DES", "MINES"));
        line.add(new Word("(Cabinet)", new Box(900, 300, 90, 30), 0.8));
        assertThat(texts(LetterSpacing.joined(line))).containsExactly("Ministère", "DES", "MINES", "(Cabinet)");
    }

    @Test
    void ordinaryTextWithShortWordsIsLeftAlone() {
        List<Word> line = new ArrayList<>();
        int x = 0;
        for (String w : "il y a à la page 3 trois points".split(" ")) {
            line.add(new Word(w, new Box(x, 300, 12 * w.length(), 30), 1.0));
            x += 12 * w.length() + 10;
        }
        assertThat(LetterSpacing.joined(line)).isEqualTo(line);
        // three one-letter words are not a run, nor four symbols with two letters
        assertThat(LetterSpacing.joined(spaced(9, 30, "A", "B", "C"))).hasSize(3);
        assertThat(LetterSpacing.joined(spaced(9, 30, "1", "2", "A", "B"))).hasSize(4);
    }
}
