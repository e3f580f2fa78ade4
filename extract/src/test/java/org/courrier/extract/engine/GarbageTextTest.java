package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.courrier.document.Document;
import org.courrier.extract.record.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage OCR (random tokens, one enormous line, thousands of lines) gives a record, never an exception and never
 * a stall. The time bound is a hang guard far above the normal run (well under a second), not a benchmark.
 */
class GarbageTextTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzéèàçABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/.,:;-'°№|!";
    private static final String[] CUES = {
        "Objet",
        ":",
        "N°",
        "Réf.",
        "le",
        "mars",
        "2024",
        "Copie",
        "à",
        "cc:",
        "Subject:",
        "Dear",
        "Sir,",
        "Monsieur",
        "Ministère",
        "P.O.",
        "Box",
        "Ref.",
        "No.",
        "1905",
        "Ampliation"
    };

    private final LetterExtractor extractor = new LetterExtractor();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTokensAndCueWordsGiveARecord(long seed) {
        Random r = new Random(seed);
        PageSketch sketch = new PageSketch();
        for (int line = 0; line < 300; line++) {
            if (line > 0 && line % 50 == 0) {
                sketch.newPage();
            }
            StringBuilder text = new StringBuilder();
            for (int w = 1 + r.nextInt(12); w > 0; w--) {
                text.append(r.nextInt(3) == 0 ? CUES[r.nextInt(CUES.length)] : token(r))
                        .append(' ');
            }
            sketch.at(r.nextDouble() * 0.6, text.toString().strip());
        }
        extractsWithinTheGuard(sketch.document());
    }

    @Test
    void aFiftyThousandCharacterLineGivesARecord() {
        Random r = new Random(7);
        StringBuilder line = new StringBuilder();
        while (line.length() < 50_000) {
            line.append(r.nextInt(4) == 0 ? CUES[r.nextInt(CUES.length)] : token(r))
                    .append(' ');
        }
        extractsWithinTheGuard(
                new PageSketch().line("Objet : essai").line(line.toString()).document());
    }

    @Test
    void fiveThousandLinesGiveARecord() {
        Random r = new Random(11);
        PageSketch sketch = new PageSketch();
        for (int line = 0; line < 5_000; line++) {
            if (line > 0 && line % 50 == 0) {
                sketch.newPage();
            }
            sketch.line(CUES[r.nextInt(CUES.length)] + " " + token(r) + " " + token(r));
        }
        extractsWithinTheGuard(sketch.document());
    }

    @Test
    void anEngineThatThrowsCostsItsFieldNotTheRecord() {
        AtomicInteger calls = new AtomicInteger();
        Field<String> field = LetterExtractor.guarded(
                "lettre.pdf",
                "subject",
                () -> {
                    calls.incrementAndGet();
                    throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
                },
                Field.missing());

        assertThat(calls).hasValue(1);
        assertThat(field.found()).isFalse();
        assertThat(field.confidence()).isZero();
    }

    private void extractsWithinTheGuard(Document document) {
        FieldExtractor.Extraction extraction = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(document));
        assertThat(extraction.fields()).isNotNull();
        assertThat(extraction.language()).isNotBlank();
    }

    private static String token(Random r) {
        StringBuilder t = new StringBuilder();
        for (int i = 1 + r.nextInt(10); i > 0; i--) {
            t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return t.toString();
    }
}
