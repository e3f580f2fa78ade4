package org.courrier.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courrier.document.Box;
import org.courrier.document.CourrierException;
import org.courrier.document.Document;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Reason;
import org.courrier.document.SourceFile;
import org.courrier.document.Word;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.extract.record.RecordSchema;
import org.slf4j.LoggerFactory;

/**
 * Coverage-guided fuzzing of field extraction: OCR-like positioned text built from the fuzzer's bytes (pages of any
 * size, lines of words that are letter cue words, dates, references or arbitrary strings, boxes anywhere on the page,
 * any confidence) goes through the standard {@link LetterPipeline} with its default settings, extraction budget
 * included. The invariant: a record that validates against the published schema, or {@code OVER_BUDGET} within the
 * budget; no engine fails along the way (the extractor would otherwise leave that field for review and log it), and
 * no other exception.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the committed inputs ({@code LetterPipelineFuzzTestInputs/}) and an
 * empty one; with {@code JAZZER_FUZZ=1} Jazzer fuzzes it (see README, "Fuzzing").
 */
class LetterPipelineFuzzTest {

    private static final String[] CUES = {
        "Objet",
        "Objet :",
        ":",
        "N°",
        "Réf.",
        "V/Réf.",
        "Our Ref:",
        "Your Ref:",
        "le",
        "Le",
        "mars",
        "novembre",
        "2024",
        "26",
        "NOV",
        "2021",
        "Copie",
        "Copies :",
        "Ampliation",
        "cc:",
        "Subject:",
        "Re:",
        "Dear",
        "Sir,",
        "Madame",
        "Monsieur",
        "le Directeur",
        "Ministère",
        "MINISTERE",
        "Ambassade",
        "Embassy",
        "of",
        "de",
        "la",
        "République",
        "Republic",
        "P.O.",
        "Box",
        "Ref.",
        "No.",
        "/",
        "-",
        "SG",
        "000475",
        "Bamako,",
        "Paris,",
        "Geneva,",
        "à",
        "A",
        "Son Excellence",
        "Le Ministre",
        "The Director",
        "Yours",
        "faithfully,",
        "Veuillez",
        "agréer",
        "l'expression",
        "Fait",
        "Signé",
        "P.J.",
        "Encl.",
        "1905",
        "31/12/2023",
        "2023-12-31",
        "\u00a0",
        "–",
        "«",
        "»",
        "’",
        "|",
        "—",
        "I",
        "l",
        "0",
        "O"
    };

    private static final Map<String, String> DEFAULTS = Map.of();
    private static final LetterPipeline PIPELINE =
            LetterPipeline.builder(CourrierSettings.from(DEFAULTS)).build();
    private static final Duration BUDGET = CourrierSettings.from(DEFAULTS).extractBudget();
    private static final ListAppender<ILoggingEvent> ENGINE_LOG = engineLog();

    @FuzzTest(maxDuration = "30s")
    void ocrLikeTextGivesARecordWithinTheBudget(FuzzedDataProvider data) {
        Document document = document(data);
        ENGINE_LOG.list.clear();
        long start = System.nanoTime();
        try {
            LetterRecord record = PIPELINE.process(document);
            assertThat(RecordSchema.violations(RecordJson.toJson(record))).isEmpty();
        } catch (CourrierException e) {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.OVER_BUDGET);
        }
        // the budget, plus a margin for the thread hand-over and a busy machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plusSeconds(5));
        assertThat(ENGINE_LOG.list)
                .as("engines that failed (their field left for review)")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    private static Document document(FuzzedDataProvider data) {
        int pageCount = data.consumeInt(1, 3);
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            int width = data.consumeInt(0, 7000);
            int height = data.consumeInt(0, 10000);
            PageMethod method = data.pickValue(PageMethod.values());
            List<Line> lines = new ArrayList<>();
            int lineCount = data.consumeInt(0, 80);
            int y = data.consumeInt(0, 400);
            for (int l = 0; l < lineCount && data.remainingBytes() > 0; l++) {
                y += data.consumeInt(-40, 200);
                int x = data.consumeInt(0, Math.max(0, width));
                List<Word> words = new ArrayList<>();
                for (int w = data.consumeInt(1, 14); w > 0; w--) {
                    String text = data.consumeBoolean() ? data.pickValue(CUES) : data.consumeString(24);
                    int wordWidth = data.consumeInt(0, 900);
                    int wordHeight = data.consumeInt(0, 200);
                    words.add(new Word(
                            text, new Box(x, Math.max(0, y), wordWidth, wordHeight), data.consumeProbabilityDouble()));
                    x += wordWidth + data.consumeInt(0, 300);
                }
                lines.add(Line.of(words));
            }
            double meanConfidence = method == PageMethod.OCR ? data.consumeDouble() : 100;
            int rotation = 90 * data.consumeInt(0, 3);
            double skew = method == PageMethod.OCR ? data.consumeRegularDouble(-45, 45) : 0;
            pages.add(new Page(p, width, height, lines, method, clamp(meanConfidence), rotation, skew));
        }
        return new Document(new SourceFile("fuzz.pdf", "application/pdf", 1, pages.size(), "0".repeat(64)), pages);
    }

    /** An OCR engine reports its mean word confidence in percent. */
    private static double clamp(double confidence) {
        return Double.isFinite(confidence) ? Math.max(0, Math.min(100, Math.abs(confidence) % 101)) : 0;
    }

    private static ListAppender<ILoggingEvent> engineLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger("org.courrier.extract.engine.LetterExtractor")).addAppender(appender);
        return appender;
    }
}
