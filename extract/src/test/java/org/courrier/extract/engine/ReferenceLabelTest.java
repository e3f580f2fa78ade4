package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * How the reference's label is read (issue 12), as the third pass over the independently written dev letters found
 * it misread, each convention pinned by a small letter written for the test: a label of two cues, a reply
 * instruction that names the number mid-sentence, a bilingual label over its value, the Nordic "Your DATE No …" row,
 * and the numbers that are not the letter's reference (a house number, a registered letter's number, an NGO's
 * registration).
 */
class ReferenceLabelTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create(FieldExtractor.Mode.RULES);

    private static LetterFields letter(UnaryOperator<PageSketch> header) {
        PageSketch p = header.apply(new PageSketch().line("MINISTRY OF FINANCE").skip(1));
        return EXTRACTOR
                .extract(p.skip(1)
                        .line("The Chief Director")
                        .line("Ministry of Roads and Highways")
                        .line("ACCRA")
                        .skip(1)
                        .line("Dear Sir,")
                        .lines(PageSketch.BODY_EN)
                        .line("Yours faithfully,")
                        .document())
                .fields();
    }

    @Test
    void aFileACaseIdOrANoticeNumberLabelsTheReference() {
        assertThat(letter(p -> p.line("File: BLE24-0187")).reference().value()).isEqualTo("BLE24-0187");
        assertThat(letter(p -> p.right("In Reply Refer To:").right("Case ID: 1987654"))
                        .reference()
                        .value())
                .isEqualTo("1987654");
        assertThat(letter(p -> p.right("Notice Number:    0184-2273-5519"))
                        .reference()
                        .value())
                .isEqualTo("0184-2273-5519");
    }

    /**
     * The letter's number typed under the letterhead, and the addressee's received stamp struck close under it with
     * its own number under its word: a stamp holds one number, so the one above its word is the letter's.
     */
    @Test
    void aNumberAboveAStampThatHoldsItsOwnNumberIsTheLetters() {
        assertThat(letter(p -> p.line("No. 0214/RG/P.BKE/CAB")
                                .at(0.17, "RECEIVED")
                                .at(0.19, "18 JUL 2024")
                                .at(0.2, "No. 0093")
                                .right("Accra, 15 July 2024"))
                        .reference()
                        .value())
                .isEqualTo("0214/RG/P.BKE/CAB");
    }

    /**
     * A Sri Lankan row of labels with the correspondent's number left blank ({@code My No: …} | {@code Your No:} |
     * {@code Date: 08.04.2025}): the next cell's label and date are no reference of theirs.
     */
    @Test
    void aBlankYourNoTakesNotTheNextCellsDate() {
        LetterFields f = letter(p -> p.row("My No: ED/09/12/04/02/2025", 0.41, "Your No:", 0.69, "Date: 08.04.2025"));
        assertThat(f.reference().value()).isEqualTo("ED/09/12/04/02/2025");
        assertThat(f.theirReference().found()).isFalse();
    }

    /** An Indian Office Memorandum opens with its file number: {@code F. No. W-11042/17/2023-NJJM-II}. */
    @Test
    void aFileNumbersAbbreviationLabelsTheReference() {
        assertThat(letter(p -> p.line("F. No. W-11042/17/2023-NJJM-II").centred("Government of India"))
                        .reference()
                        .value())
                .isEqualTo("W-11042/17/2023-NJJM-II");
    }

    /**
     * A minister's office numbers its correspondence with the year in the middle and prints the number alone over
     * the date ({@code 234-2024-3318}); a telephone number set alone so is no reference.
     */
    @Test
    void aBareTrackingNumberWithTheYearInItsMiddleIsTheReference() {
        assertThat(letter(p -> p.line("234-2024-3318").line("July 22, 2024"))
                        .reference()
                        .value())
                .isEqualTo("234-2024-3318");
        assertThat(letter(p -> p.line("416-585-7000").line("July 22, 2024"))
                        .reference()
                        .found())
                .isFalse();
        // an Australian minister's correspondence number, the year's last two figures after its letters
        assertThat(letter(p -> p.right("MC25-012345")).reference().value()).isEqualTo("MC25-012345");
    }

    /**
     * A law firm prints its file number at the right under the partner's direct line, and the addressee's mail room
     * stamped its received stamp close under it: a line labelled as the writer's own reference is no stamp's line.
     */
    @Test
    void theWritersLabelledReferenceCloseAboveAReceivedStampIsTheReference() {
        LetterFields f = letter(p -> p.at(0.72, "Direct Dial: (312) 555-0196")
                .at(0.72, "Our File No. 24-0317-RL")
                .halfSkip()
                .line("February 14, 2025")
                .at(0.69, "RECEIVED")
                .at(0.65, "FEB 18 2025"));
        assertThat(f.reference().value()).isEqualTo("24-0317-RL");
    }

    /** A bare file number whose last part is the year cut to its last two figures ({@code '25}). */
    @Test
    void aBareFileNumberEndingWithAShortYearIsTheReference() {
        assertThat(letter(p -> p.line("MIA/OM/0314/'25").line("March 4, 2025"))
                        .reference()
                        .value())
                .isEqualTo("MIA/OM/0314/'25");
    }

    @Test
    void aTheirReferenceLabelLeftEmptyTakesNotTheRowUnderIt() {
        LetterFields dated = letter(
                p -> p.line("Our Ref:     MOW/PS/RD/25/071").line("Your Ref:").line("Date: 14 March 2025"));
        assertThat(dated.reference().value()).isEqualTo("MOW/PS/RD/25/071");
        assertThat(dated.theirReference().found()).isFalse();
        LetterFields phone = letter(p -> p.line("Our Ref. No.: KMA/FIN/B.4/Vol.2/17")
                .line("Your Ref. No.:")
                .line("Tel: 0322-014 551"));
        assertThat(phone.theirReference().found()).isFalse();
        LetterFields place = letter(p -> p.line("Your Ref:").line("Kitwe, 3rd June, 2024"));
        assertThat(place.theirReference().found()).isFalse();
    }

    @Test
    void aLabelOfTwoCuesIsReadPastBoth() {
        assertThat(letter(p -> p.line("My Ref. No. MOF/BUD/RH/24/VOL.6/153"))
                        .reference()
                        .value())
                .isEqualTo("MOF/BUD/RH/24/VOL.6/153");
    }

    @Test
    void aReplyInstructionGivesTheNumberNotTheRestOfItsSentence() {
        assertThat(letter(p -> p.line("Please quote our reference RM240518 in all correspondence"))
                        .reference()
                        .value())
                .isEqualTo("RM240518");
    }

    @Test
    void aFileNumberWithWordsInItKeepsThem() {
        assertThat(letter(p -> p.line("RÉFÉRENCE : UPR/CIV/4e cycle/2024/112"))
                        .reference()
                        .value())
                .isEqualTo("UPR/CIV/4e cycle/2024/112");
    }

    /** Canada's federal letterhead: "Your file   Votre référence" over their number, "Our file …" over ours. */
    @Test
    void aBilingualLabelOverItsValue() {
        LetterFields f = letter(p -> p.at(0.7, "Your file   Votre référence")
                .at(0.7, "NBR-OPS-2024-117")
                .halfSkip()
                .at(0.7, "Our file   Notre référence")
                .at(0.7, "6850-4-20240911 (SMO-ATL)"));

        assertThat(f.reference().value()).isEqualTo("6850-4-20240911 (SMO-ATL)");
        assertThat(f.theirReference().value()).isEqualTo("NBR-OPS-2024-117");
    }

    /** The same labels in a French letter, the French label first: "Notre référence   Our file" over our number. */
    @Test
    void aBilingualLabelOverItsValueInAFrenchLetter() {
        PageSketch p = new PageSketch()
                .line("Agence canadienne d'inspection des aliments")
                .skip(1)
                .beside("Fromagerie des Deux-Rivières inc.", 0.63, "Votre référence   Your file")
                .line("1245, rang Saint-Simon")
                .beside("Saint-Hyacinthe (Québec)  J2T 5H1", 0.63, "Notre référence   Our file")
                .at(0.63, "COQ-SH-2024-0592")
                .skip(1)
                .line("Saint-Hyacinthe, le 9 juillet 2024")
                .skip(1)
                .line("Objet : Demande de mesures correctives")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(EXTRACTOR.extract(p.document()).fields().reference().value()).isEqualTo("COQ-SH-2024-0592");
    }

    /**
     * A French court's registry: the case's number in the general register ({@code N° RG}) is the letter's reference,
     * not the national Portalis number printed under it or after it beside a dash.
     */
    @Test
    void aCourtsRegisterNumberNotItsPortalisNumber() {
        assertThat(french(p -> p.line("N° RG : 25/04817").line("N° Portalis : DBX6-W-B7J-ZQ3LM"))
                        .reference()
                        .value())
                .isEqualTo("25/04817");
        assertThat(french(p -> p.line("N° RG 24/03712 – N° Portalis DBYS-W-B7I-NK4T"))
                        .reference()
                        .value())
                .isEqualTo("24/03712");
    }

    /** A Lebanese ministry spells the label out: "Numéro : 4381/2024". */
    @Test
    void theLabelNumeroSpelledOut() {
        assertThat(french(p -> p.line("Numéro : 4381/2024").line("Votre lettre : n° 611/2024 du 2 septembre 2024"))
                        .reference()
                        .value())
                .isEqualTo("4381/2024");
    }

    private static LetterFields french(UnaryOperator<PageSketch> header) {
        PageSketch p = header.apply(
                new PageSketch().line("TRIBUNAL JUDICIAIRE DE BORDEAUX").skip(1));
        return EXTRACTOR
                .extract(p.skip(1)
                        .at(0.55, "Monsieur Thomas VIDAL")
                        .at(0.55, "12, allée des Acacias")
                        .at(0.55, "33400 TALENCE")
                        .skip(1)
                        .line("Monsieur,")
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
    }

    /** Estonia and the Nordic countries: each party's date and number on one row. */
    @Test
    void theNordicRowsOfDateAndNumber() {
        LetterFields f =
                letter(p -> p.at(0.6, "Your 12.02.2025 No NPH-2025-014").at(0.6, "Our 03.03.2025 No 9-3/2025/1187-2"));

        assertThat(f.reference().value()).isEqualTo("9-3/2025/1187-2");
        assertThat(f.theirReference().value()).isEqualTo("NPH-2025-014");
    }

    /**
     * Sri Lanka numbers its houses "No. 62," before the street, the street's last word on the next line: an IOM
     * mission's letterhead, no reference of its own. No reference then, not the house's number and street.
     */
    @Test
    void aHouseNumberWithItsCommaAndStreetIsNoReference() {
        assertThat(letter(p -> p.at(0.69, "No. 62, Ananda Coomaraswamy")
                                .at(0.84, "Mawatha")
                                .at(0.75, "Colombo 07, Sri Lanka"))
                        .reference()
                        .value())
                .isNull();
    }

    /**
     * An Ivorian private university's letterhead says by which decree it is approved ({@code agréé par arrêté n°
     * 2014-317/MESRS/DGES}), above its own number at the start of a line: the letter's number is the one its line
     * opens with, not the act's cited in running words.
     */
    @Test
    void aNumberOpeningItsLineOutranksAnActsNumberInRunningWords() {
        PageSketch p = new PageSketch()
                .line("UNIVERSITÉ PRIVÉE LAGUNAIRE D'ABIDJAN")
                .type(30)
                .line("Établissement privé d'enseignement supérieur")
                .line("agréé par arrêté n° 2014-317/MESRS/DGES du 6 août 2014")
                .type(PageSketch.LINE)
                .skip(1)
                .beside("N° 0145/UPLA/PR/SG/2025", 0.7, "Abidjan, le 24 mars 2025")
                .skip(1)
                .at(0.45, "Monsieur le Ministre de l'Enseignement Supérieur")
                .skip(1)
                .line("Objet : Demande d'habilitation d'une licence professionnelle")
                .skip(1)
                .line("Monsieur le Ministre,")
                .lines(PageSketch.BODY_FR);
        assertThat(EXTRACTOR.extract(p.document()).fields().reference().value()).isEqualTo("0145/UPLA/PR/SG/2025");
    }

    @Test
    void aHouseNumberInTheLetterheadIsNoReference() {
        assertThat(letter(p -> p.line("No. 11 Mankata Avenue, Airport Residential Area, P.O. Box 55, Accra, Ghana")
                                .skip(1)
                                .line("Ref: SLHC/ACC/PROT/25/047"))
                        .reference()
                        .value())
                .isEqualTo("SLHC/ACC/PROT/25/047");
    }

    /** A registered letter's number under "LETTRE RECOMMANDÉE", then the letter's own "Réf." */
    @Test
    void aNamedReferenceWinsOverANumberSign() {
        assertThat(letter(p -> p.line("LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION")
                                .line("N° 2C 153 827 4406 1")
                                .line("Réf. : MED/13/2025/0045871"))
                        .reference()
                        .value())
                .isEqualTo("MED/13/2025/0045871");
    }

    /** In French, "Réf. :" may name what the letter answers; the letter's own number is then the "N°" above. */
    @Test
    void aReferenceLabelOverWhatTheLetterAnswersLeavesTheNumberSign() {
        assertThat(letter(p -> p.line("N° 2187 /DAEC/SCE")
                                .skip(2)
                                .line("Réf. : Votre lettre n° 0964/CR/DUP du 28 février 2023."))
                        .reference()
                        .value())
                .isEqualTo("2187 /DAEC/SCE");
    }

    /** An NGO's registration receipt and tax number in its letterhead. */
    @Test
    void aRegistrationNumberIsNoReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("BUREAU D'ÉTUDES ET DE COOPÉRATION DU BORGOU")
                        .line("Récépissé N° 2016/0452/DEP-BORGOU/SG/SAG – IFU 6201604521873")
                        .skip(2)
                        .right("Monsieur le Directeur départemental")
                        .right("de la Santé du Borgou")
                        .right("Parakou")
                        .skip(1)
                        .line("Monsieur le Directeur,")
                        .lines(PageSketch.BODY_FR)
                        .line("Veuillez agréer, Monsieur le Directeur, nos salutations distinguées.")
                        .document())
                .fields();

        assertThat(f.reference().value()).isNull();
    }

    /** A subject names the regulation it asks about: its number is no reference of the letter's. */
    @Test
    void theNumberASubjectWrapsOntoIsNoReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .at(0.38, "RÉPUBLIQUE D'HAÏTI")
                        .at(0.23, "MINISTÈRE DE LA SANTÉ PUBLIQUE ET DE LA POPULATION")
                        .skip(1)
                        .right("Port-au-Prince, le 14 novembre 2023")
                        .line("DPM/MT/2023-0784")
                        .skip(1)
                        .line("Monsieur Jean-Robert PIERRE-LOUIS")
                        .line("Pharma-Caraïbes S.A.")
                        .line("45, Route de Delmas, Delmas 33")
                        .skip(1)
                        .line("Objet : Demande de renouvellement de la licence d'importation n°")
                        .at(0.17, "LI-2021-0137")
                        .skip(1)
                        .line("Monsieur le Directeur Général,")
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
        assertThat(f.reference().value()).isEqualTo("DPM/MT/2023-0784");
    }

    @Test
    void anNgosOperatingLicenceInItsLetterheadIsNoReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("ASSOCIATION POUR LA PROMOTION DE LA SANTÉ COMMUNAUTAIRE AU TCHAD")
                        .line("ONG nationale – Autorisation de fonctionnement n° 0478/PR/PM/MATD/SG/DGAT/DAPCL/2016")
                        .line("Siège : Quartier Moursal – B.P. 1124 N'Djamena")
                        .skip(1)
                        .right("N'Djamena, le 12 décembre 2023")
                        .skip(1)
                        .right("À Monsieur le Délégué Provincial de la Santé")
                        .right("Abéché")
                        .skip(1)
                        .line("Objet : Transmission du rapport final de la campagne")
                        .skip(1)
                        .line("Monsieur le Délégué Provincial,")
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
        assertThat(f.reference().value()).isNull();
    }

    @Test
    void aRegulationNumberInTheSubjectIsNoReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("Ville de Gatineau")
                        .line("Service de l'urbanisme")
                        .skip(2)
                        .line("Gatineau, le 8 juin 2022")
                        .skip(1)
                        .line("Monsieur Patrick O'Neill")
                        .line("112, rue Saint-Rédempteur")
                        .line("Gatineau (Québec) J8X 2T6")
                        .skip(1)
                        .line("OBJET : Dérogation mineure au règlement de zonage n° 502-2005 – 112, rue")
                        .line("Saint-Rédempteur")
                        .skip(1)
                        .line("Monsieur,")
                        .lines(PageSketch.BODY_FR)
                        .line("Veuillez agréer, Monsieur, nos salutations distinguées.")
                        .document())
                .fields();
        assertThat(f.reference().value()).isNull();
        assertThat(f.subject().value()).startsWith("Dérogation mineure");
    }

    /**
     * An American agency's letter has no reference label: the complaint, inspection or request it is about numbers
     * it, in the subject or the head; a bid's or a permit's number does not.
     */
    /**
     * An Indonesian ministry labels its number {@code Number :}, as a Maldivian one does; the word alone, without its
     * colon, labels nothing ({@code Number of copies 3}).
     */
    @Test
    void numberAndItsColonLabelTheReference() {
        assertThat(letter(p -> p.line("Number : PM.01.02/C/1187/2025"))
                        .reference()
                        .value())
                .isEqualTo("PM.01.02/C/1187/2025");
        assertThat(letter(p -> p.line("Number of copies 3")).reference().found())
                .isFalse();
    }

    @Test
    void theCaseNumberOfALetterWithoutAReferenceLabelIsItsReference() {
        assertThat(usLetter("Re: Complaint No. 2241873").reference().value()).isEqualTo("2241873");
        assertThat(usLetter("Re: California Public Records Act Request No. PRR 24-1187")
                        .reference()
                        .value())
                .isEqualTo("PRR 24-1187");
        assertThat(usLetter("DWS No.: 220004851", "Inspection No.: 1-K7Q4RZ")
                        .reference()
                        .value())
                .isEqualTo("1-K7Q4RZ");
        assertThat(usLetter("Re: Intent to Award – RFP No. 23-041").reference().found())
                .isFalse();
        assertThat(usLetter("Our File: LA-2025-0112", "Re: Complaint No. 2241873")
                        .reference()
                        .value())
                .isEqualTo("LA-2025-0112");
    }

    private static LetterFields usLetter(String... head) {
        PageSketch p = new PageSketch()
                .line("U.S. Department of Labor")
                .line("Occupational Safety and Health Administration")
                .skip(2)
                .line("February 14, 2025")
                .skip(1)
                .line("Mr. Dale Hutchins")
                .line("Buckeye Corrugated Packaging, Inc.")
                .line("Marysville, OH 43040")
                .skip(1);
        for (String l : head) {
            p = p.line(l);
        }
        return EXTRACTOR
                .extract(p.skip(1)
                        .line("Dear Mr. Hutchins:")
                        .lines(PageSketch.BODY_EN)
                        .line("Sincerely,")
                        .document())
                .fields();
    }

    /** A Canadian commissioner's office labels its own number {@code Notre dossier}: the letter's reference. */
    @Test
    void ourFileLabelsAFrenchLettersReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("Commissariat aux langues officielles")
                        .skip(1)
                        .line("Le 27 septembre 2024")
                        .skip(1)
                        .line("Monsieur Marc-André LeBlanc")
                        .line("Sous-ministre")
                        .line("Ministère de la Santé")
                        .skip(1)
                        .line("Notre dossier : 2024-0387-SAN")
                        .line("Objet : Avis d'enquête")
                        .skip(1)
                        .line("Monsieur le Sous-Ministre,")
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
        assertThat(f.reference().value()).isEqualTo("2024-0387-SAN");
    }

    /**
     * An Algerian ministry cites the letter it answers under {@code Réf. :}: that is the correspondent's reference
     * (the number without the date), and the letter's own stays the {@code N°} under the letterhead.
     */
    @Test
    void aReferenceLabelCitingTheirLetterGivesTheirReference() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("Ministère de l'Enseignement Supérieur")
                        .line("Direction Générale des Enseignements")
                        .skip(1)
                        .line("N° 1127/DGEFS/SDHF/2024")
                        .right("Alger, le 12 septembre 2024")
                        .skip(1)
                        .line("Monsieur le Recteur de l'Université de Béjaïa")
                        .skip(1)
                        .line("Objet : Ouverture d'une offre de formation de Master")
                        .line("Réf. : V/Lettre n° 0456/R/UB/2024 du 03 juillet 2024.")
                        .skip(1)
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
        assertThat(f.reference().value()).isEqualTo("1127/DGEFS/SDHF/2024");
        assertThat(f.theirReference().value()).isEqualTo("0456/R/UB/2024");
    }

    /** {@code Ref: Your letter No. … dated 05/08/2024}: the number of the letter answered, without its date. */
    @Test
    void anEnglishReferenceCitingTheirLetterGivesTheirReference() {
        LetterFields f = letter(p -> p.line("Ref: Your letter No. 37.01.0000.106.29.012.24-215 dated 05/08/2024."));
        assertThat(f.theirReference().value()).isEqualTo("37.01.0000.106.29.012.24-215");
        assertThat(f.reference().found()).isFalse();
    }

    /** A bilingual Lebanese letterhead prints the label's Arabic after the number: it is no part of the reference. */
    @Test
    void theLabelsArabicAfterTheNumberIsNoPartOfIt() {
        LetterFields f = EXTRACTOR
                .extract(new PageSketch()
                        .line("Université libanaise")
                        .skip(1)
                        .line("N° : 4418/2022 )مقرلا(")
                        .right("Beyrouth, le 14 mars 2022")
                        .skip(1)
                        .line("Monsieur le Recteur de l'Agence universitaire")
                        .skip(1)
                        .line("Objet : Convention de coopération")
                        .skip(1)
                        .line("Monsieur le Recteur,")
                        .lines(PageSketch.BODY_FR)
                        .document())
                .fields();
        assertThat(f.reference().value()).isEqualTo("4418/2022");
    }

    /**
     * A Singapore ministry sets {@code Our Ref}, {@code Your Ref} and {@code Date} in a column of labels and their
     * values in the next, each value after its colon: the piece beside the label is its value.
     */
    @Test
    void aValueAfterItsColonInTheNextColumnIsTheLabelsNumber() {
        assertThat(letter(p -> p.row("Our Ref", 0.55, ": MH 34:18/6-2 V4")
                                .row("Your Ref :")
                                .row("Date", 0.55, ": 17 March 2025"))
                        .reference()
                        .value())
                .isEqualTo("MH 34:18/6-2 V4");
    }

    /**
     * A Swiss town's {@code Nos réf.} beside its value in the next column, the writer's initials and the file's
     * number joined by a dash: the dash is no word of the value.
     */
    @Test
    void aDashBetweenTheInitialsAndTheFilesNumberIsNoWord() {
        assertThat(letter(p -> p.row("Our Ref", 0.25, "YBo/nbe – PC 2024-0287").row("Plot", 0.25, "n° 4127 – ECA 9831"))
                        .reference()
                        .value())
                .isEqualTo("YBo/nbe – PC 2024-0287");
    }
}
