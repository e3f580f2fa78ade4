package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courrier.document.CourrierException;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Reason;
import org.courrier.document.Word;
import org.courrier.ingest.PageSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractPageReaderTest {

    static final Path TESSDATA =
            Path.of(System.getProperty("courrier.ocr.tessdata", "/usr/share/tesseract-ocr/5/tessdata"));
    static final BufferedImage UPRIGHT = TestPages.letter(TestPages.LETTER);

    static TesseractPageReader reader;

    @BeforeAll
    static void start() {
        reader = new TesseractPageReader(settings("fra+eng", Duration.ofSeconds(60), OcrSettings.Preprocessing.ALL));
    }

    @AfterAll
    static void stop() {
        reader.close();
    }

    static OcrSettings settings(String languages, Duration timeout, OcrSettings.Preprocessing steps) {
        return new OcrSettings(TESSDATA, languages, timeout, steps);
    }

    @Test
    void readsFrenchLetterIntoLinesOfWordsWithBoxes() throws CourrierException {
        Page page = reader.read(TestPages.source(UPRIGHT, 300));

        assertThat(page.method()).isEqualTo(PageMethod.OCR);
        assertThat(page.lines()).extracting(Line::text).containsExactlyElementsOf(TestPages.LETTER);
        assertThat(page.meanConfidence()).isGreaterThan(80);
        Word monsieur = page.lines().get(1).words().get(0);
        assertThat(monsieur.text()).isEqualTo("Monsieur");
        // drawn at x = 250 on the baseline y = 490 in a 50 px font
        assertThat(monsieur.box().x()).isBetween(245, 262);
        assertThat(monsieur.box().bottom()).isBetween(480, 500);
        assertThat(monsieur.box().h()).isBetween(25, 50);
        assertThat(monsieur.confidence()).isGreaterThan(0.8);
        assertThat(page.rotation()).isZero();
        assertThat(page.width()).isEqualTo(2480);
    }

    @Test
    void readsPageScannedUpsideDownAsWellAsUpright() throws CourrierException {
        Page upright = reader.read(TestPages.source(UPRIGHT, 300));
        Page upsideDown = reader.read(TestPages.source(ImageOperations.quarterTurn(UPRIGHT, 180), 300));

        assertThat(upsideDown.rotation()).isEqualTo(180);
        assertThat(upsideDown.text()).isEqualTo(upright.text());
    }

    @Test
    void turnsPageScannedSidewaysBackUpright() throws CourrierException {
        Page sideways = reader.read(TestPages.source(ImageOperations.quarterTurn(UPRIGHT, 90), 300));

        assertThat(sideways.rotation()).isEqualTo(270);
        assertThat(sideways.lines()).extracting(Line::text).containsExactlyElementsOf(TestPages.LETTER);
    }

    @Test
    void undoesSkewAndReportsTheAngle() throws CourrierException {
        Page skewed = reader.read(TestPages.source(ImageOperations.rotate(UPRIGHT, 3), 300));

        assertThat(skewed.skewDegrees()).isBetween(2.0, 4.0);
        assertThat(skewed.lines()).extracting(Line::text).containsExactlyElementsOf(TestPages.LETTER);
    }

    @Test
    void readsAPhonePhotoOfTheLetterFlattenedAndUprightEvenTakenUpsideDown() throws CourrierException {
        double[] corners = TestPhotos.corners(2480, 3508, new java.util.Random(9));
        TestPhotos.Photo photo = TestPhotos.photo(UPRIGHT, corners, 0.35, 9);
        TestPhotos.Photo upsideDown = TestPhotos.photo(ImageOperations.quarterTurn(UPRIGHT, 180), corners, 0.35, 10);

        Page page = reader.read(TestPages.source(photo.image(), 72));
        Page turned = reader.read(TestPages.source(upsideDown.image(), 72));

        assertThat(page.flattened()).isTrue();
        assertThat(page.width()).isEqualTo(2480);
        assertThat(page.height()).isEqualTo(3508);
        assertThat(page.lines()).extracting(Line::text).containsExactlyElementsOf(TestPages.LETTER);
        assertThat(Math.abs(page.skewDegrees())).isLessThan(0.3);
        assertThat(turned.flattened()).isTrue();
        assertThat(turned.rotation()).isEqualTo(180);
        assertThat(turned.lines()).extracting(Line::text).containsExactlyElementsOf(TestPages.LETTER);
    }

    @Test
    void aScanIsNotFlattened() throws CourrierException {
        Page page = reader.read(TestPages.source(ImageOperations.rotate(UPRIGHT, 3), 300));

        assertThat(page.flattened()).isFalse();
        assertThat(page.flattening()).isNull();
    }

    @Test
    void upscalesLowResolutionFaxBeforeReading() throws CourrierException {
        BufferedImage fax = ImageOperations.scale(UPRIGHT, 200.0 / 300);

        Page page = reader.read(TestPages.source(fax, 200));

        assertThat(page.width()).isEqualTo(2480);
        assertThat(page.text()).contains("Monsieur le Directeur", "renouvellement");
    }

    @Test
    void passesReadyPagesThrough() throws CourrierException {
        Page ready = new Page(1, 10, 10, List.of(), PageMethod.TEXT, 100, 0, 0);

        assertThat(reader.read(new PageSource.Ready(ready))).isSameAs(ready);
    }

    @Test
    void pageOverItsTimeBudgetFailsWithOcrTimeout() {
        try (TesseractPageReader hurried =
                new TesseractPageReader(settings("fra+eng", Duration.ofMillis(1), OcrSettings.Preprocessing.NONE))) {
            assertThatThrownBy(() -> hurried.read(TestPages.source(UPRIGHT, 300)))
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OCR_TIMEOUT))
                    .hasMessageContaining("page 1");
        }
    }

    @Test
    void missingLanguageDataStopsWithFileAndPackageNamed(@TempDir Path empty) {
        try (TesseractPageReader broken = new TesseractPageReader(
                new OcrSettings(empty, "deu", Duration.ofSeconds(5), OcrSettings.Preprocessing.NONE))) {
            assertThatThrownBy(() -> broken.read(TestPages.source(UPRIGHT, 300)))
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENVIRONMENT))
                    .hasMessageContaining("deu.traineddata")
                    .hasMessageContaining("tesseract-ocr-deu");
        }
    }

    @Test
    void aDamagedLanguageFileAmongSeveralFailsVerifyAndEveryImagePageNamingTheFile(@TempDir Path copy)
            throws Exception {
        java.nio.file.Files.copy(TESSDATA.resolve("eng.traineddata"), copy.resolve("eng.traineddata"));
        byte[] fra = java.nio.file.Files.readAllBytes(TESSDATA.resolve("fra.traineddata"));
        java.nio.file.Files.write(copy.resolve("fra.traineddata"), java.util.Arrays.copyOf(fra, 100_000));
        try (TesseractPageReader damaged = new TesseractPageReader(
                new OcrSettings(copy, "fra+eng", Duration.ofSeconds(60), OcrSettings.Preprocessing.NONE))) {
            assertThatThrownBy(damaged::verify)
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENVIRONMENT))
                    .hasMessageContaining(copy.resolve("fra.traineddata").toString())
                    .hasMessageContaining("100000 bytes")
                    .hasMessageContaining("courrier.ocr.tessdata");
            // Tesseract alone would read on with English only: worse text, with no word of it
            assertThatThrownBy(() -> damaged.read(TestPages.source(UPRIGHT, 300)))
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENVIRONMENT))
                    .hasMessageContaining(copy.resolve("fra.traineddata").toString());
        }
    }

    @Test
    void soundLanguageDataPassesVerify() throws CourrierException {
        reader.verify();
    }

    @Test
    void namesTheRealEngineVersion() {
        assertThat(reader.engine()).matches("tesseract \\d+\\.\\d+\\.\\d+.*");
        assertThat(reader.languages()).isEqualTo("fra+eng");
    }

    @Test
    void workersEachGetTheirOwnEngineAndReadCorrectly() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (TesseractPageReader shared =
                new TesseractPageReader(settings("fra+eng", Duration.ofSeconds(60), OcrSettings.Preprocessing.NONE))) {
            BufferedImage other = TestPages.letter(List.of("Accusé de réception", "Référence : 2024/117"));
            Future<Page> first = workers.submit(() -> shared.read(TestPages.source(UPRIGHT, 300)));
            Future<Page> second = workers.submit(() -> shared.read(TestPages.source(other, 300)));

            assertThat(first.get().text()).contains("Monsieur le Directeur");
            assertThat(second.get().text()).contains("Accusé de réception", "Référence : 2024/117");
            assertThat(shared.engineCount()).isEqualTo(2);
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void freesTheEnginesOfWorkerThreadsThatHaveEnded() throws Exception {
        try (TesseractPageReader recycling =
                new TesseractPageReader(settings("fra+eng", Duration.ofSeconds(60), OcrSettings.Preprocessing.NONE))) {
            List<String> texts = new CopyOnWriteArrayList<>();
            for (int generation = 0; generation < 3; generation++) {
                Thread worker = new Thread(() -> {
                    try {
                        texts.add(recycling.read(TestPages.source(UPRIGHT, 300)).text());
                    } catch (CourrierException e) {
                        texts.add(e.getMessage());
                    }
                });
                worker.start();
                worker.join();
            }

            assertThat(texts).hasSize(3).allSatisfy(text -> assertThat(text).contains("Monsieur le Directeur"));
            assertThat(recycling.engineCount()).isEqualTo(1);
        }
    }
}
