package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the fourth batch of independently written dev letters (authors M-P) showed misread, each pinned by a
 * small letter written for the test: a line that only says how the letter travels ({@code REGISTERED MAIL},
 * {@code LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION}) is neither the sender nor the first line of the address, and a
 * reference label read whole when it is qualified or translated before its colon ({@code Référence du dossier :},
 * {@code Notre réf. / Our ref. :}) or translated in its table cell ({@code Our Ref / Ons Verw / Isalathiso}), and
 * the lines of a {@code RE:} block that start where a tab after the label put its text.
 */
class DeliveryNoticeAndLabelTest {

    @Test
    void theLinesOfARegardingBlockSetAfterATabGoOn() {
        PageSketch p = new PageSketch()
                .line("Ministry of the Environment, Conservation and Parks")
                .skip(2)
                .line("March 3, 2025")
                .skip(1)
                .line("Ms. Claire Tremblay")
                .line("1450 Thickson Road South")
                .line("Whitby ON L1N 9Z4")
                .skip(1)
                .line("RE: Application for an Environmental Compliance Approval")
                .at(0.155, "Reference Number 4817-D2KL7M")
                .at(0.155, "1450 Thickson Road South, Whitby")
                .skip(1)
                .line("Dear Ms. Tremblay:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Application for an Environmental Compliance Approval Reference Number 4817-D2KL7M "
                        + "1450 Thickson Road South, Whitby");
    }

    @Test
    void aDeliveryModeOverTheAddressIsNotItsFirstLine() {
        PageSketch p = new PageSketch()
                .line("City of Kelowna")
                .line("Development Services – Bylaw Services")
                .skip(2)
                .line("November 18, 2024")
                .line("File: BLE24-0187")
                .skip(1)
                .line("REGISTERED MAIL")
                .line("Harjit and Manpreet Sandhu")
                .line("892 Glenmore Drive")
                .line("Kelowna, BC V1Y 4P6")
                .skip(2)
                .line("Dear Harjit and Manpreet Sandhu:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Harjit and Manpreet Sandhu, 892 Glenmore Drive, Kelowna, BC V1Y 4P6");
    }

    @Test
    void aRegisteredLetterNoticeBesideTheLetterheadIsNotTheSender() {
        PageSketch p = new PageSketch()
                .right("LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION")
                .right("ET REMISE EN MAIN PROPRE CONTRE SIGNATURE")
                .skip(1)
                .line("Lycée Jean Moulin")
                .line("12, rue de la République")
                .line("69001 Lyon")
                .skip(1)
                .right("Monsieur Paul DURAND")
                .right("4, allée des Tilleuls")
                .right("69300 Caluire")
                .skip(1)
                .right("Lyon, le 21 janvier 2025")
                .skip(2)
                .line("Objet : Convocation au conseil de discipline")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Lycée Jean Moulin");
    }

    @Test
    void aLabelQualifiedBeforeItsColonIsNotPartOfTheNumber() {
        PageSketch p = new PageSketch()
                .line("Office fédéral des routes OFROU")
                .skip(1)
                .line("Référence du dossier : OFROU-432.11-09/0274")
                .skip(1)
                .right("Municipalité de Villeneuve")
                .right("1844 Villeneuve VD")
                .skip(1)
                .right("Estavayer-le-Lac, 12 mars 2025")
                .skip(1)
                .line("Objet : Assainissement du bruit routier")
                .skip(1)
                .line("Madame la Syndique,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("OFROU-432.11-09/0274");
    }

    @Test
    void aLabelTranslatedBeforeItsColonIsReadWhole() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ÉDUCATION ET DE LA FORMATION")
                .skip(1)
                .line("Notre réf. / Our ref. : MOET/SU/21/057")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("Lycée de Port-Vila")
                .skip(1)
                .right("Port-Vila, le 14 décembre 2021")
                .skip(1)
                .line("Objet : Bourses d'études supérieures")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("MOET/SU/21/057");
    }

    @Test
    void aLabelTranslatedInItsTableCellHasItsValueUnderIt() {
        PageSketch p = new PageSketch()
                .line("STELLENBOSCH MUNICIPALITY")
                .skip(1)
                .row("Our Ref / Ons Verw / Isalathiso", 0.45, "Your Ref / U Verw", 0.7, "Date / Datum")
                .row("RC 2025/0771 – Erf 4417", 0.45, "MV/TRF/2291", 0.7, "04 March 2025")
                .skip(2)
                .line("Malan & Visser Attorneys")
                .line("PO Box 312")
                .line("STELLENBOSCH")
                .skip(1)
                .line("RE: APPLICATION FOR RATES CLEARANCE CERTIFICATE")
                .skip(1)
                .line("Dear Madam")
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("RC 2025/0771 – Erf 4417");
        assertThat(f.theirReference().value()).isEqualTo("MV/TRF/2291");
    }
}
