package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the forty-third batch (authors FM-FP: French and English on culture,
 * heritage, tourism, sport and youth, and letters written to their offices) joined, each pinned by a small letter
 * written for the test.
 */
class CultureAndHeritageConventionsTest {

    @Test
    void theirLetterNamedByItsKindAndDateIsTheirReferenceAsPrinted() {
        LetterFields f = fields(departmentalArchives("V/Réf. : Votre courrier du 4 octobre 2021"));
        assertThat(f.theirReference().value()).isEqualTo("Votre courrier du 4 octobre 2021");
        assertThat(f.reference().value()).isEqualTo("AD29/DIR/2021-318/YLB");
        assertThat(f.date().value()).hasToString("2021-11-08");
    }

    @Test
    void theLettersOwnLabelOverTheLetterAnsweredByItsDateRegistersNoReferenceOfTheirs() {
        assertThat(fields(departmentalArchives("Réf. : Votre lettre du 4 octobre 2021."))
                        .theirReference()
                        .value())
                .isNull();
    }

    @Test
    void wordsAndADateFollowedByANumberDoNotStandForTheirReference() {
        assertThat(fields(departmentalArchives("V/Réf. : Votre courrier du 4 mars 2025 (dossier n° CAR-2025-017)"))
                        .theirReference()
                        .value())
                .isNull();
    }

    /** A departmental service's letter, its own number over the line that cites the correspondent's letter. */
    private static PageSketch departmentalArchives(String cited) {
        return new PageSketch()
                .type(50)
                .line("Conseil départemental du Finistère")
                .line("Archives départementales")
                .skip(2)
                .line("N/Réf. : AD29/DIR/2021-318/YLB")
                .line(cited)
                .skip(1)
                .at(0.55, "Madame la Présidente")
                .at(0.55, "Centre généalogique du Finistère")
                .at(0.55, "29200 BREST")
                .skip(1)
                .at(0.6, "Quimper, le 8 novembre 2021")
                .skip(1)
                .line("Objet : Convention de partenariat pour l'indexation des registres matricules")
                .skip(1)
                .line("Madame la Présidente,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("La Directrice des Archives départementales")
                .right("Anne-Laure Guéguen");
    }
}
