package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courrier.document.Box;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.FieldName;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static Field<String> at(String value, int page, int y) {
        return new Field<>(value, null, 0.9, List.of(new Evidence(page, new Box(200, y, 900, 40), value)));
    }

    @Test
    void twoReadersOfOneLineAgreeEvenWhenTheyCutItDifferently() {
        assertThat(Agreement.of(at("Ministère de la Santé", 1, 300), at("Ministère de la Santé publique", 1, 310)))
                .isEqualTo(Agreement.AGREE);
        // the same value read from elsewhere agrees too
        assertThat(Agreement.of(at("0042/MSAS", 1, 300), at("0042/MSAS", 2, 900)))
                .isEqualTo(Agreement.AGREE);
    }

    @Test
    void anotherLineOrAnotherPageDiffers() {
        assertThat(Agreement.of(at("Direction des Archives", 1, 300), at("Service du Courrier", 1, 600)))
                .isEqualTo(Agreement.DIFFER);
        assertThat(Agreement.of(at("Direction des Archives", 1, 300), at("Service du Courrier", 2, 300)))
                .isEqualTo(Agreement.DIFFER);
    }

    @Test
    void aFieldOnlyOneReaderFoundStandsAloneOrIsContradicted() {
        assertThat(Agreement.of(at("Objet", 1, 300), Field.missing())).isEqualTo(Agreement.ALONE);
        assertThat(Agreement.of(Field.absent(0.9), at("Objet", 1, 300))).isEqualTo(Agreement.DIFFER);
        assertThat(Agreement.of(Field.absent(0.9), Field.missing())).isEqualTo(Agreement.AGREE);
        // an empty copy list is no copy list
        Field<List<String>> none = new Field<>(List.of(), null, 0.9, List.of());
        assertThat(Agreement.of(none, Field.missing())).isEqualTo(Agreement.AGREE);
    }

    @Test
    void theCombinedExtractorSaysHowTheReadersStoodOnTheSixFieldsTheModelReads() {
        PageSketch p = new PageSketch()
                .line("REPUBLIQUE DU NIGER")
                .line("MINISTERE DE L'HYDRAULIQUE")
                .skip(1)
                .merged("N° 0031/MHA/SG", "Niamey, le 7 février 2023")
                .skip(1)
                .right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(1)
                .line("Objet : Atelier de validation")
                .skip(1)
                .line("Monsieur le Directeur,");
        var document = p.lines(PageSketch.BODY_FR).document();
        FieldExtractor.Extraction combined =
                FieldExtractor.uncalibrated(FieldExtractor.Mode.COMBINED).extract(document);
        assertThat(combined.agreement())
                .containsOnlyKeys(
                        FieldName.SENDER,
                        FieldName.REFERENCE,
                        FieldName.DATE,
                        FieldName.RECIPIENT,
                        FieldName.SUBJECT,
                        FieldName.COPIES);
        assertThat(FieldExtractor.rules().extract(document).agreement()).isEmpty();
    }
}
