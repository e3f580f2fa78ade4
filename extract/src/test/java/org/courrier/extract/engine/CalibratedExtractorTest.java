package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.courrier.document.Document;
import org.courrier.document.Flattening;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

class CalibratedExtractorTest {

    private static Document letter() {
        return new PageSketch()
                .line("MINISTERE DE L'HYDRAULIQUE")
                .skip(1)
                .line("N° 0031/2019/MHA/SG")
                .right("Niamey, le 7 février 2023")
                .skip(1)
                .right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(1)
                .line("Objet : Atelier de validation")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .document();
    }

    /** The letter as if read from a phone photo whose sheet was found and flattened. */
    private static Document photographed(Document d) {
        Flattening f = new Flattening(
                3080, 4108, 2480, 3508, List.of(310.0, 280.0, 2790.0, 330.0, 2760.0, 3800.0, 290.0, 3760.0), true);
        List<Page> pages = d.pages().stream()
                .map(p -> new Page(
                        p.number(),
                        p.width(),
                        p.height(),
                        p.lines(),
                        PageMethod.OCR,
                        100,
                        p.rotation(),
                        p.skewDegrees(),
                        f))
                .toList();
        return new Document(d.source(), pages);
    }

    @Test
    void fieldsOfAFlattenedPhotoStayUnderTheAutoAcceptThresholdUntilPhotosHaveATable() {
        Calibration scansOnly = Calibration.parse(String.join(
                "\n", "reference.found.ocr=0.0:0.97", "date.found=0.0:0.1 0.5:0.97", "subject.found.ocr=0.0:0.95"));
        LetterFields scan = FieldExtractor.calibrated(scansOnly)
                .extract(readByOcr(letter()))
                .fields();
        LetterFields photo = FieldExtractor.calibrated(scansOnly)
                .extract(photographed(letter()))
                .fields();

        assertThat(photo.reference().value()).isEqualTo(scan.reference().value());
        assertThat(scan.reference().confidence()).isEqualTo(0.97);
        assertThat(photo.reference().confidence())
                .isCloseTo(0.97 * CalibratedExtractor.UNCALIBRATED_PHOTO, within(1e-9));
        assertThat(photo.date().confidence()).isLessThan(0.9);
        assertThat(photo.subject().confidence()).isLessThan(0.9);

        Calibration withPhotos =
                Calibration.parse(String.join("\n", "reference.found.ocr=0.0:0.97", "reference.found.photo=0.0:0.93"));
        LetterFields measured = FieldExtractor.calibrated(withPhotos)
                .extract(photographed(letter()))
                .fields();
        assertThat(measured.reference().confidence()).isEqualTo(0.93);
    }

    private static Document readByOcr(Document d) {
        List<Page> pages = d.pages().stream()
                .map(p -> new Page(
                        p.number(),
                        p.width(),
                        p.height(),
                        p.lines(),
                        PageMethod.OCR,
                        100,
                        p.rotation(),
                        p.skewDegrees()))
                .toList();
        return new Document(d.source(), pages);
    }

    @Test
    void calibrationChangesHowSureTheRecordIsNeverWhatItSays() {
        Calibration table = Calibration.parse(String.join(
                "\n", "reference.found.text=0.0:0.2", "reference.found.ocr=0.0:0.4", "date.found=0.0:0.1 0.5:0.97"));
        LetterFields rules = FieldExtractor.rules().extract(letter()).fields();
        LetterFields text = FieldExtractor.calibrated(table).extract(letter()).fields();
        LetterFields ocr =
                FieldExtractor.calibrated(table).extract(readByOcr(letter())).fields();

        assertThat(rules.reference().value()).isEqualTo("0031/2019/MHA/SG");
        assertThat(text.reference().value()).isEqualTo(rules.reference().value());
        assertThat(text.reference().evidence()).isEqualTo(rules.reference().evidence());
        assertThat(text.reference().confidence()).isEqualTo(0.2);
        assertThat(ocr.reference().confidence()).isEqualTo(0.4);
        assertThat(text.date().confidence()).isEqualTo(0.97); // the pooled table serves both sources
        assertThat(text.subject().confidence()).isEqualTo(rules.subject().confidence()); // no table: the rule's own
    }
}
