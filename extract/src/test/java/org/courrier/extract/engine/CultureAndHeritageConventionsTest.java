package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.util.List;
import org.courrier.document.Document;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.Recipient;
import org.courrier.extract.record.Signatory;
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

    @Test
    void aSubjectTheModelReadsFromTheAddressKeptIsNone() {
        PageSketch p = new PageSketch()
                .type(50)
                .at(0.5, "COMITÉ OLYMPIQUE GABONAIS")
                .at(0.75, "Cabinet du Président")
                .skip(2)
                .beside("N° 0094/COG/PDT/SG/2024", 0.68, "Libreville, le 28 mars 2024")
                .skip(2)
                .at(0.5, "Monsieur le Président de la")
                .at(0.5, "Fédération Gabonaise de Taekwondo")
                .at(0.5, "BP 2241")
                .at(0.5, "Libreville")
                .skip(2)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("Le Président")
                .right("Léon-Paul NDONG MBA");
        Document d = p.document();
        List<TextLine> lines = ReadingOrder.lines(d);
        LetterMap map = LetterMap.of(lines, LanguageCues.load("fr"));
        Field<Recipient> addressee = fields(p).recipient();
        assertThat(addressee.value().block()).endsWith("Libreville");
        assertThat(LetterExtractor.proposedSubject(map, proposal(lines, "Libreville"), addressee)
                        .found())
                .isFalse();
        assertThat(LetterExtractor.proposedSubject(map, proposal(lines, "Cabinet du Président"), addressee)
                        .found())
                .isTrue();
    }

    @Test
    void theContactLinesOfAColumnBesideTheBodyAreNoSubject() {
        PageSketch p = new PageSketch()
                .type(44)
                .at(0.75, "Nouméa, le 9 août 2023")
                .skip(1)
                .at(0.4, "N° 23-18734/DCCFC/SAC")
                .line("PROVINCE SUD")
                .beside("Direction de la culture", 0.55, "Madame la Présidente")
                .beside("Service des actions culturelles", 0.55, "Association Ori Lumières du Pacifique")
                .at(0.55, "BP 4123")
                .at(0.55, "98846 NOUMÉA CEDEX")
                .skip(1)
                .line("Affaire suivie par :")
                .beside("Priscilla Wamytan", 0.4, "Madame la Présidente,")
                .line("Tél. : 20 30 42")
                .beside(
                        "priscilla.wamytan@province-sud.nc",
                        0.4,
                        "J'accuse réception de votre dossier de demande de subvention au titre")
                .at(0.4, "du dispositif d'aide aux manifestations culturelles, reçu le 2 août 2023.")
                .at(0.4, "Il sera examiné par la commission culturelle lors de sa prochaine séance,")
                .at(0.4, "dont la date vous sera communiquée dans les meilleurs délais.")
                .skip(1)
                .at(0.4, "Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.")
                .skip(2)
                .right("La directrice de la culture")
                .right("Sylvie Naouna-Brunet");
        assertThat(fields(p).subject().value()).isNull();
    }

    @Test
    void theOpeningCitesTheirLetterWithItsReferenceLabel() {
        PageSketch p = new PageSketch()
                .type(50)
                .line("NATIONAL ARTS COUNCIL (BASATA)")
                .line("P.O. Box 4779, Dar es Salaam")
                .skip(1)
                .beside("Ref. No. BST/P.10/23/VOL.II/83", 0.75, "12th July, 2023")
                .skip(1)
                .line("Managing Director,")
                .line("Kilimanjaro Sounds Entertainment Ltd,")
                .line("P.O. Box 31245,")
                .line("ARUSHA.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: PERMIT TO STAGE THE ARUSHA BEATS FESTIVAL 2023")
                .skip(1)
                .line(
                        "Please refer to the above heading and to your letter with Ref. No. KSE/ADM/07/23 dated 3rd July,")
                .line("2023 applying for a permit to stage the Arusha Beats Festival at the Sheikh Amri Abeid Stadium.")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Dr. Halima S. Mbwambo")
                .line("EXECUTIVE SECRETARY");
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("KSE/ADM/07/23");
        assertThat(f.reference().value()).isEqualTo("BST/P.10/23/VOL.II/83");
    }

    @Test
    void twoSignersSideBySideEachKeepTheirOwnColumn() {
        assertThat(fields(cricketClub(false)).signatory().value())
                .isEqualTo(new Signatory("Stephen Kouris", "President"));
        assertThat(fields(cricketClub(true)).signatory().value())
                .isEqualTo(new Signatory("Stephen Kouris", "President"));
    }

    /** A club's letter signed by its president and its secretary side by side, their signatures over their names. */
    private static PageSketch cricketClub(boolean signed) {
        PageSketch p = new PageSketch()
                .type(50)
                .line("PARKDALE ROVERS CRICKET CLUB INC.")
                .line("PO Box 214, Mentone VIC 3194")
                .skip(1)
                .line("18 June 2025")
                .skip(1)
                .line("Chief Executive Officer")
                .line("Kingston City Council")
                .line("PO Box 1000")
                .line("MENTONE GARDENS VIC 3194")
                .skip(1)
                .line("Dear Sir/Madam,")
                .skip(1)
                .line("Re: Bicentennial Park Reserve – seasonal tenancy 2025/26")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(1);
        if (signed) {
            p.beside("S. Kouris", 0.4, "A. Leung");
        } else {
            p.skip(1);
        }
        return p.beside("Stephen Kouris", 0.4, "Amanda Leung").beside("President", 0.4, "Secretary");
    }

    @Test
    void aTitleWrappedOntoAFewWordsEndingWithItsCommaIsReadWhole() {
        assertThat(fields(signedFrench("Le Président de la Commission", "Régionale de Discipline,"))
                        .signatory()
                        .value())
                .isEqualTo(new Signatory("Joseph Rosemain", "Le Président de la Commission, Régionale de Discipline"));
    }

    @Test
    void aTitleRunsOnOverFourLines() {
        assertThat(fields(signedFrench(
                                "La Directrice de la Culture,",
                                "chargée du patrimoine,",
                                "des archives",
                                "et de la lecture publique"))
                        .signatory()
                        .value()
                        .title())
                .endsWith("et de la lecture publique");
    }

    /** A French letter signed under a title of these lines, centred, over the name. */
    private static PageSketch signedFrench(String... title) {
        PageSketch p = new PageSketch()
                .type(50)
                .line("Ligue de Football de la Martinique")
                .skip(1)
                .at(0.6, "Fort-de-France, le 24 mars 2022")
                .skip(1)
                .at(0.55, "Monsieur le Président")
                .at(0.55, "Club Sportif du François")
                .at(0.55, "97240 Le François")
                .skip(1)
                .line("Objet : Décision de la commission du 22 mars 2022")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations sportives.")
                .skip(1);
        for (String l : title) {
            p.centred(l);
        }
        return p.skip(3).centred("Joseph Rosemain");
    }

    @Test
    void aNoteVerbaleCitesTheNoteItAnswersInTheThirdPerson() {
        assertThat(fields(
                                noteVerbale(
                                        "en",
                                        "has the honour to refer to the Embassy's Note No. DA-025/2025 of 1 May 2025 on the visit of the training"))
                        .theirReference()
                        .value())
                .isEqualTo("DA-025/2025");
        assertThat(fields(
                                noteVerbale(
                                        "fr",
                                        "se référant à la Note Verbale de cette dernière n° RK 512/2025 du 2 mai 2025, a l'honneur de l'informer"))
                        .theirReference()
                        .value())
                .isEqualTo("RK 512/2025");
        assertThat(fields(
                                noteVerbale(
                                        "fr",
                                        "se référant à sa note verbale du 20 mai 2025, a l'honneur de l'informer de la décision du Ministère"))
                        .theirReference()
                        .value())
                .isNull();
    }

    /** A note verbale whose opening's second line is this. */
    private static PageSketch noteVerbale(String language, String cited) {
        boolean fr = language.equals("fr");
        return new PageSketch()
                .type(50)
                .centred(fr ? "MINISTÈRE DES RELATIONS EXTÉRIEURES" : "DEPARTMENT OF FOREIGN AFFAIRS AND TRADE")
                .skip(1)
                .line(fr ? "N° 2025/0417/MINREX/DP" : "No. 25/1187")
                .skip(1)
                .centred("NOTE VERBALE")
                .skip(1)
                .at(
                        0.18,
                        fr
                                ? "Le Ministère des Relations Extérieures présente ses compliments à l'Ambassade et,"
                                : "The Department of Foreign Affairs and Trade presents its compliments to the Embassy and")
                .line(cited)
                .line(
                        fr
                                ? "que les autorisations demandées ont été accordées aux membres de la délégation."
                                : "ship to inform that the clearance requested has been granted for the dates the Embassy named.")
                .lines(fr ? PageSketch.BODY_FR : PageSketch.BODY_EN)
                .at(
                        0.18,
                        fr
                                ? "Le Ministère saisit cette occasion pour renouveler à l'Ambassade les assurances de sa"
                                : "The Department avails itself of this opportunity to renew to the Embassy the assurances")
                .line(fr ? "haute considération." : "of its highest consideration.")
                .skip(2)
                .right(fr ? "Yaoundé, le 12 mai 2025" : "Canberra, 12 May 2025");
    }

    /** The model's subject read from the line of this text. */
    private static Field<String> proposal(List<TextLine> lines, String text) {
        TextLine line =
                lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
        return Field.of(text, 0.85, List.of(line.evidence()));
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
