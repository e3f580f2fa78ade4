package org.courrier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.courrier.document.CourrierException;

/**
 * Coverage-guided fuzzing of intake: any bytes (the seeds are a PDF with a text layer, a scanned PDF, a fax TIFF, a
 * PNG and a JPEG; see {@link FuzzSeeds}) go through {@link Intake#open} with the real default limits, and every image
 * page is decoded as OCR would ask for it. The invariant: pages whose images stay within the pixel limit, or a
 * {@link CourrierException} naming the file; never another exception (an {@link OutOfMemoryError} included, under
 * the heap the test JVM is given), never longer than the OCR page budget.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs as a regression test over the seeds and every crash file committed
 * beside them ({@code IntakeFuzzTestInputs/}); with {@code JAZZER_FUZZ=1} Jazzer mutates them for
 * {@code maxDuration} (see README, "Fuzzing").
 */
class IntakeFuzzTest {

    private static final IntakeLimits LIMITS = IntakeLimits.DEFAULTS;
    /** {@code courrier.ocr.page-timeout}: no page may take longer to open and decode than OCR may take to read it. */
    private static final Duration PAGE_BUDGET = Duration.ofSeconds(60);

    private static final Intake INTAKE = Intake.create(LIMITS);
    private static final Path FILE = inputFile();

    @FuzzTest(maxDuration = "${courrier.fuzz.duration:30s}")
    void anyFileGivesDecodablePagesOrATypedReason(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        long start = System.nanoTime();
        int pages = 0;
        try (OpenedDocument document = INTAKE.open(FILE)) {
            assertThat(document.pages()).isNotEmpty().hasSizeLessThanOrEqualTo(LIMITS.maxPages());
            for (PageSource page : document.pages()) {
                pages++;
                if (page instanceof PageSource.Image image) {
                    BufferedImage decoded = image.render();
                    assertThat((long) decoded.getWidth() * decoded.getHeight())
                            .isLessThanOrEqualTo(LIMITS.maxPixelsPerPage());
                }
            }
        } catch (CourrierException e) {
            assertThat(e.getMessage()).startsWith(FILE.getFileName().toString());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(PAGE_BUDGET.multipliedBy(Math.max(1, pages)));
    }

    private static Path inputFile() {
        try {
            Path dir = Files.createTempDirectory("courrier-fuzz-intake");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("fuzz-input");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
