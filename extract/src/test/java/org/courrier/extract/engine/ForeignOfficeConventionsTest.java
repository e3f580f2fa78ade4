package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.time.LocalDate;
import java.util.List;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twentieth batch of independently written dev letters (authors BY-CB: foreign and international
 * offices writing French, Europe writing English, French administrative document kinds) showed misread, each pinned
 * by a small letter written for the test.
 */
class ForeignOfficeConventionsTest {

    @Test
    void theDateUnderItsLabelInARowOfLabelsIsTheLettersNotADateOfBirth() {
        PageSketch p = new PageSketch()
                .line("Norwegian Directorate of Immigration")
                .skip(2)
                .line("Thandiwe Dlamini")
                .line("14 Jacaranda Street")
                .line("Pretoria 0083")
                .skip(1)
                .row("Our ref.", 0.4, "Case officer", 0.7, "Date")
                .row("24/881234-9", 0.4, "Kari Nymoen", 0.7, "05.02.2025")
                .skip(1)
                .line("DECISION ON YOUR APPLICATION FOR A RESIDENCE PERMIT")
                .line("Name: Thandiwe Dlamini")
                .line("Date of birth: 03.08.1994")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).date().value()).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void aDateLabelThatNamesAnotherDateIsNotTheLetters() {
        LanguageCues en = LanguageCues.load("en");
        LanguageCues fr = LanguageCues.load("fr");
        assertThat(DateEngine.namesAnotherDate(en, "Date of birth:")).isTrue();
        assertThat(DateEngine.namesAnotherDate(fr, "Date de naissance :")).isTrue();
        assertThat(DateEngine.namesAnotherDate(en, "Date:")).isFalse();
        assertThat(DateEngine.namesAnotherDate(fr, "Dakar, le")).isFalse();
    }

    @Test
    void anOfficesCodeBeforeItsNumberIsTheReferenceNotARegisteredLettersNumber() {
        PageSketch p = new PageSketch()
                .right("LETTRE RECOMMANDÉE")
                .right("AVEC ACCUSÉ DE RÉCEPTION")
                .right("N° 1A 187 654 3210 9")
                .line("DIRECTION DÉPARTEMENTALE DES FINANCES PUBLIQUES DE LA GIRONDE")
                .line("Pôle de recouvrement spécialisé")
                .skip(1)
                .at(0.45, "SARL BOULANGERIE DELMAS")
                .at(0.45, "4, rue Montaudon")
                .at(0.45, "33500 LIBOURNE")
                .skip(1)
                .at(0.45, "Bordeaux, le 12 mars 2024")
                .line("Réf. : PRS 33/2024/0412")
                .skip(1)
                .line("Objet : Demande de délais de paiement")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("PRS 33/2024/0412");
    }

    @Test
    void aCopyListEntrysFileNumberIsNotTheLetters() {
        PageSketch p = new PageSketch()
                .line("MUTUELLE NORMANDE D'ASSURANCES")
                .line("Service Sinistres Habitation")
                .line("N° 1A 187 654 3210 9")
                .skip(1)
                .at(0.5, "Caen, le 3 mars 2025")
                .skip(1)
                .at(0.5, "Madame Sophie LEMAIRE")
                .at(0.5, "12, rue des Capucins")
                .at(0.5, "14000 CAEN")
                .skip(1)
                .line("Objet : votre sinistre dégât des eaux du 3 février 2025")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Caroline LEPRÊTRE")
                .at(0.55, "Gestionnaire sinistres")
                .skip(2)
                .line("P.J. : lettre d'acceptation – rapport d'expertise")
                .line("Copie : Cabinet Expertises Normandes, réf. EXP 25-1187");
        assertThat(fields(p).reference().value()).isNotEqualTo("EXP 25-1187");
    }

    @Test
    void aRecordNumberOfCodeNumberAndYearAtTheRightOfTheDateIsTheReference() {
        PageSketch p = new PageSketch()
                .row("Finnish National Agency for Education", 0.5, "LETTER", 0.85, "1 (2)")
                .line("Opetushallitus")
                .row("Utbildningsstyrelsen", 0.5, "14.3.2025", 0.75, "OPH-4127-2025")
                .skip(2)
                .line("Makerere University")
                .line("Academic Registrar's Department")
                .line("P.O. Box 7062")
                .line("Kampala")
                .skip(2)
                .line("Request for verification of degree certificates")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("OPH-4127-2025");
    }

    @Test
    void aBalticRowOfDateAndNumberAndTheRowOfTheLetterAnswered() {
        PageSketch p = new PageSketch()
                .centred("STATE REVENUE SERVICE")
                .centred("Tax Administration")
                .skip(2)
                .row("Riga", 0.63, "Nordhaven Logistics GmbH")
                .row("22.05.2024 No. 8.10.2/45821", 0.63, "Am Sandtorkai 48")
                .row("To 03.05.2024 application No. NH-TAX-2024/117", 0.63, "20457 Hamburg")
                .at(0.63, "Germany")
                .skip(2)
                .line("On registration in the Value Added Tax Register")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("8.10.2/45821");
        assertThat(f.theirReference().value()).isEqualTo("NH-TAX-2024/117");
    }

    @Test
    void theTownWhereAConsulateSitsEndsItsNameOnTheNextLine() {
        PageSketch p = new PageSketch()
                .row("RÉPUBLIQUE", 0.6, "CONSULAT GÉNÉRAL DE FRANCE")
                .row("FRANÇAISE", 0.8, "À GENÈVE")
                .at(0.7, "Service des affaires sociales")
                .skip(2)
                .row("N° 2025-0342/CGG/AS", 0.55, "Genève, le 2 juin 2025")
                .skip(1)
                .at(0.55, "Madame Hélène BERTHIER")
                .at(0.55, "Présidente de l'Amicale des Français")
                .at(0.55, "Case postale 1245")
                .at(0.55, "1211 Genève 1")
                .skip(1)
                .line("Objet : Soutien au tissu associatif des Français à l'étranger")
                .skip(1)
                .line("Madame la Présidente,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("CONSULAT GÉNÉRAL DE FRANCE À GENÈVE");
    }

    @Test
    void aCountOfCopiesForEachOfThemAfterTheLeaderDotsIsNoPartOfTheEntry() {
        PageSketch p = new PageSketch()
                .line("CENTRE HOSPITALIER UNIVERSITAIRE DE TREICHVILLE")
                .skip(1)
                .line("NOTE DE SERVICE N° 0047/CHU-T/DG/DRH")
                .skip(1)
                .at(0.55, "Abidjan, le 10 mars 2025")
                .skip(1)
                .line("Objet : Ponctualité et assiduité du personnel")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .row("AMPLIATIONS", 0.65, "Le Directeur Général")
                .line("Cabinet MSHPCMU ...................... 1")
                .line("Chefs de Service ..................... Tous")
                .line("Surveillants d'Unité de Soins ........ Tous")
                .line("Chrono ............................... 1");
        assertThat(fields(p).copies().value())
                .containsExactly("Cabinet MSHPCMU", "Chefs de Service", "Surveillants d'Unité de Soins", "Chrono");
    }

    @Test
    void theHighCommissionerHeadingTheLetterheadIsTheBodyLikeAPrefect() {
        PageSketch p = new PageSketch()
                .line("HAUT-COMMISSAIRE")
                .line("DE LA RÉPUBLIQUE")
                .line("EN NOUVELLE-CALÉDONIE")
                .line("Liberté")
                .line("Égalité")
                .line("Fraternité")
                .skip(1)
                .line("Secrétariat général")
                .line("Direction des affaires juridiques")
                .skip(1)
                .at(0.6, "Nouméa, le 27 février 2025")
                .skip(1)
                .at(0.5, "Monsieur le président de l'assemblée")
                .at(0.5, "de la province Nord")
                .at(0.5, "BP 41 – 98860 KONÉ")
                .skip(1)
                .line("Objet : Contrôle de légalité d'une délibération")
                .skip(1)
                .line("Monsieur le président,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("HAUT-COMMISSAIRE DE LA RÉPUBLIQUE EN NOUVELLE-CALÉDONIE");
    }

    @Test
    void theAddresseesOfANoteDeServiceAfterTheirLabel() {
        PageSketch p = new PageSketch()
                .row("MINISTÈRE DE LA SANTÉ", 0.65, "BURKINA FASO")
                .line("CENTRE HOSPITALIER UNIVERSITAIRE SOURÔ SANOU")
                .line("DIRECTION GÉNÉRALE")
                .skip(1)
                .at(0.65, "Bobo-Dioulasso, le 16 janvier 2025")
                .centred("NOTE DE SERVICE")
                .centred("N° 2025-0047/MS/SG/CHUSS/DG/DRH")
                .skip(1)
                .line("Destinataires : Tout le personnel du CHU Sourô Sanou")
                .line("Objet : Port obligatoire de la tenue de travail")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block()).isEqualTo("Tout le personnel du CHU Sourô Sanou");
    }

    @Test
    void aNumberANumberSignLeadsEndsACopysNameAndIsNoCount() {
        PageSketch p = new PageSketch()
                .line("REGIONAL DEMOCRATIC COUNCIL")
                .line("REGION No. 6")
                .skip(1)
                .line("14th May, 2025")
                .skip(1)
                .line("The Permanent Secretary")
                .line("Ministry of Education")
                .line("Georgetown")
                .skip(1)
                .line("Subject: Funds for the extension of Rose Hall Primary School")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Regional Executive Officer")
                .skip(1)
                .line("cc:")
                .line("Regional Chairman, Region No. 6")
                .line("Regional Engineer, Region No. 6")
                .line("Head, Office of the Budget");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Regional Chairman, Region No. 6",
                        "Regional Engineer, Region No. 6",
                        "Head, Office of the Budget");
    }

    @Test
    void theCopyListUnderTheAddresseesInFineIsTheOneUnderTheCopyHeading() {
        PageSketch p = new PageSketch()
                .line("DÉPARTEMENT DE LA BOUENZA")
                .line("PRÉFECTURE")
                .skip(1)
                .at(0.6, "Madingou, le 3 juillet 2023")
                .skip(1)
                .line("Objet : Célébration de la fête de l'indépendance")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.7, "Le Préfet,")
                .skip(1)
                .line("Destinataires in fine :")
                .line("- Monsieur l'Administrateur-maire de la commune de Nkayi ;")
                .line("- Monsieur le Directeur départemental de la Police ;")
                .line("- Mesdames et Messieurs les Directeurs départementaux.")
                .line("Copie : MATDDL (Cabinet) ; Chrono/Archives.");
        assertThat(fields(p).copies().value()).containsExactly("MATDDL (Cabinet)", "Chrono/Archives");
    }

    @Test
    void aFirstLineWithTheBodysSetOpeningWordsStartsTheBodyThoughFullOfNames() {
        PageSketch p = new PageSketch()
                .centred("FEDERAL MINISTRY OF WATER RESOURCES AND SANITATION")
                .centred("OFFICE OF THE PERMANENT SECRETARY")
                .skip(1)
                .row("Ref. No. FMWRS/PS/DSRRM/141/Vol.III/62", 0.72, "Date: 17th March, 2025")
                .line("The Managing Director,")
                .line("Nigeria Hydrological Services Agency,")
                .line("Abuja.")
                .skip(1)
                .line("INVITATION TO THE NATIONAL WORKSHOP ON DAM SAFETY AND FLOOD EARLY")
                .line("WARNING, 2025")
                .skip(1)
                .line("I am directed to inform you that the Federal Ministry of Water Resources and Sanitation, in")
                .line("collaboration with the Nigeria Integrated Water Resources Management Commission, will hold a")
                .line("National Workshop on Dam Safety and Flood Early Warning ahead of the 2025 Rainy Season.")
                .skip(1)
                .line("2. The Workshop is scheduled to hold as follows:")
                .at(0.15, "Date: Tuesday 8th April, 2025")
                .at(0.15, "Venue: Conference Hall, Federal Secretariat, Abuja")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        List<TextLine> lines = ReadingOrder.lines(p.document());
        LetterMap map = LetterMap.of(lines, LanguageCues.load("en"));
        assertThat(lines.get(map.bodyStart()).text()).startsWith("I am directed to inform you");
    }
}
