package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-third batch of independently written dev letters (authors CK-CN: French from North Africa,
 * the Middle East, the Indian Ocean and the Pacific, English from local government and utilities, French from
 * international and regional bodies, English from the ministries and embassies of Asia, the Pacific, the Caribbean
 * and the Gulf) showed misread, each pinned by a small letter written for the test.
 */
class RegionalMailConventionsTest {

    @Test
    void aLabelledSubjectRunToTheMarginIsNoParagraphAboveTheSalutation() {
        PageSketch p = new PageSketch()
                .at(0.18, "GROUPE DE LA BANQUE AFRICAINE DE DÉVELOPPEMENT")
                .at(0.18, "AFRICAN DEVELOPMENT BANK GROUP")
                .at(0.18, "Bureau pour la prestation des services et le suivi des projets")
                .skip(1)
                .right("Abidjan, le 6 décembre 2023")
                .line("Réf. : RDGW/SN/2023/12/0512")
                .skip(1)
                .line("Monsieur le Ministre de l'Économie, du Plan et de la Coopération")
                .line("Dakar – Sénégal")
                .skip(1)
                .line("Objet : Projet d'appui à la résilience des systèmes agricoles et alimentaires au Sénégal")
                .line("Notification de l'approbation du prêt")
                .skip(1)
                .line("Monsieur le Ministre,")
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("RDGW/SN/2023/12/0512");
        assertThat(f.subject().value())
                .isEqualTo("Projet d'appui à la résilience des systèmes agricoles et alimentaires au Sénégal"
                        + " Notification de l'approbation du prêt");
    }

    @Test
    void aNumberTypedWithSpacesAroundItsSlashesIsOneReference() {
        PageSketch p = new PageSketch()
                .beside("RÉPUBLIQUE TUNISIENNE", 0.7, "Sfax, le 7 octobre 2024")
                .line("MINISTÈRE DE L'INTÉRIEUR")
                .line("GOUVERNORAT DE SFAX")
                .line("Secrétariat Général")
                .skip(1)
                .line("N° 3317 / SG / DDR / 2024")
                .skip(1)
                .centred("Le Gouverneur de Sfax")
                .centred("à")
                .centred("Monsieur le Commissaire Régional au Développement Agricole")
                .skip(1)
                .line("Objet : Convocation à la réunion du comité régional.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("3317 / SG / DDR / 2024");
    }

    @Test
    void theRegistersNumberAfterADashEndsTheReference() {
        PageSketch p = new PageSketch()
                .line("DÉPARTEMENT DE LA RÉUNION")
                .line("Direction de l'Insertion")
                .skip(1)
                .beside("Réf. : DGADHS/DILE/SPI/2024 – n° 1873", 0.55, "Saint-Denis, le 5 novembre 2024")
                .skip(1)
                .at(0.55, "Madame la Présidente")
                .at(0.55, "Association Lakour Jardin Kréol")
                .at(0.55, "97490 Sainte-Clotilde")
                .skip(1)
                .line("Objet : Notification de subvention")
                .skip(1)
                .line("Madame la Présidente,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("DGADHS/DILE/SPI/2024 – n° 1873");
    }

    @Test
    void aLabelOfAbbreviationsGluedToItsNumberIsALabel() {
        PageSketch p = new PageSketch()
                .centred("OFFICE OF THE DISTRICT COLLECTOR, TIRUVALLUR")
                .skip(1)
                .beside("From", 0.5, "To")
                .beside("Tmt. R. Kavitha, I.A.S.,", 0.5, "The Commissioner of Revenue Administration,")
                .beside("District Collector,", 0.5, "Chennai – 600 005.")
                .skip(1)
                .beside("Rc.No.A3/4521/2024", 0.75, "Dated: 19.11.2024")
                .skip(1)
                .line("Sir,")
                .line("Sub: Disaster Management – Final assessment report – Regarding.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("A3/4521/2024");
    }

    @Test
    void aCopySubmittedToASuperiorIsACopy() {
        PageSketch p = new PageSketch()
                .centred("OFFICE OF THE DISTRICT COLLECTOR, TIRUVALLUR")
                .skip(1)
                .line("Rc.No.A3/4521/2024")
                .line("Sir,")
                .line("Sub: Final assessment report – Regarding.")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .right("Yours faithfully,")
                .right("District Collector")
                .skip(1)
                .line("Copy submitted to: The Additional Chief Secretary to Government.")
                .line("Copy to: The Joint Director of Agriculture, Tiruvallur.");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Additional Chief Secretary to Government",
                        "The Joint Director of Agriculture, Tiruvallur");
    }

    @Test
    void theAddressColumnBesideTheWordmarkNamesNoSender() {
        PageSketch p = new PageSketch()
                .type(30)
                .step(40)
                .beside("Sir Cecil Wallace-Whitfield Centre", 0.7, "Telephone: (242) 327-5826")
                .line("West Bay Street")
                .line("P.O. Box N-7147")
                .beside("Nassau, N.P., The Bahamas", 0.7, "cabinetoffice@bahamas.gov.bs")
                .type(50)
                .step(62)
                .tall(0.38, "CABINET OFFICE", 80)
                .centred("COMMONWEALTH OF THE BAHAMAS")
                .centred("“Forward, Upward, Onward, Together”")
                .skip(1)
                .line("Our Ref.: CAB/2/17/4 Vol. III")
                .line("Your Ref.: MOW/ADM/118/25")
                .line("12th May, 2025")
                .skip(1)
                .line("Permanent Secretary")
                .line("Ministry of Works and Family Island Affairs")
                .line("Nassau, N.P.")
                .skip(1)
                .line("Dear Permanent Secretary,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("CABINET OFFICE");
    }

    @Test
    void anEmailAddressAloneOnItsLineIsNoSender() {
        PageSketch p = new PageSketch()
                .at(0.6, "contact@sitgc.ci")
                .at(0.6, "Tél. : +225 27 22 40 18 00")
                .skip(1)
                .line("SITGC")
                .skip(2)
                .right("Abidjan, le 12 mars 2024")
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("de l'AGEROUTE")
                .skip(1)
                .line("Objet : Lettre de soumission")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("SITGC");
    }

    @Test
    void aMemosAddresseeEndsWhereTheNextRowsColonStands() {
        PageSketch p = new PageSketch()
                .centred("GOVERNMENT OF SAMOA")
                .centred("MINISTRY OF HEALTH")
                .skip(1)
                .centred("MEMORANDUM")
                .skip(1)
                .beside("TO", 0.24, ": All Medical Superintendents and Nurse Managers")
                .at(0.28, "District Hospitals and Health Centres")
                .beside("FROM", 0.24, ": Director General of Health")
                .beside("DATE", 0.24, ": 4 June 2024")
                .beside("REF", 0.24, ": MOH/PHS/IMM/2024/041")
                .line("SUBJECT : MEASLES–RUBELLA SUPPLEMENTARY IMMUNISATION CAMPAIGN")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("All Medical Superintendents and Nurse Managers District Hospitals and Health Centres");
    }

    @Test
    void aSubjectInCapitalsOfThreeLinesUnderTheSalutationIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("CITY OF EKURHULENI")
                .line("Metropolitan Municipality")
                .skip(1)
                .right("Our Ref: 25/SCM/AW/0187")
                .right("Date: 03 March 2025")
                .skip(1)
                .line("The Director")
                .line("Masakhane Civils (Pty) Ltd")
                .line("PO Box 1123")
                .line("Germiston South")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .line("LETTER OF AWARD: CONTRACT NO. A-WS 04-2024: REHABILITATION AND REPLACEMENT OF")
                .line("WATER RETICULATION PIPELINES IN TEMBISA EXTENSIONS 5, 6 AND 7 FOR A PERIOD OF THREE")
                .line("(3) YEARS")
                .skip(1)
                .line("The above bid, closed on 18 October, refers.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("LETTER OF AWARD: CONTRACT NO. A-WS 04-2024: REHABILITATION AND REPLACEMENT OF WATER"
                        + " RETICULATION PIPELINES IN TEMBISA EXTENSIONS 5, 6 AND 7 FOR A PERIOD OF THREE (3) YEARS");
    }

    @Test
    void theDraftersInitialsUnderANotesAddresseeAreNoPartOfIt() {
        PageSketch p = new PageSketch()
                .beside("MINISTÈRE DES AFFAIRES ÉTRANGÈRES", 0.62, "RÉPUBLIQUE DE DJIBOUTI")
                .line("Direction du Protocole d'État")
                .skip(1)
                .line("N° 1462 /MAECI/DPE/SPI")
                .skip(1)
                .centred("NOTE VERBALE")
                .skip(1)
                .line("Le Ministère des Affaires Étrangères et de la Coopération Internationale présente ses")
                .line("compliments à l'Ambassade du Japon à Djibouti et a l'honneur de lui transmettre les cartes")
                .line("d'identité diplomatiques de ses agents nouvellement accrédités.")
                .line("Le Ministère saisit cette occasion pour renouveler à l'Ambassade du Japon les assurances")
                .line("de sa haute considération.")
                .skip(1)
                .at(0.57, "Djibouti, le 9 octobre 2024")
                .skip(3)
                .line("AMBASSADE DU JAPON")
                .line("DJIBOUTI")
                .line("DPE/SPI/AH/fm");
        assertThat(fields(p).recipient().value().block()).isEqualTo("AMBASSADE DU JAPON, DJIBOUTI");
    }

    @Test
    void aDistrictsNumberAfterACommaIsNoCountOfCopies() {
        PageSketch p = new PageSketch()
                .line("TUOLUMNE COUNTY BOARD OF SUPERVISORS")
                .skip(1)
                .line("March 4, 2025")
                .skip(1)
                .line("Director, Caltrans District 10")
                .line("Stockton, CA 95205")
                .skip(1)
                .line("Dear Director:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,")
                .line("Margaret A. Delacroix, Chair")
                .skip(1)
                .line("cc: The Honorable Rachel Vasquez-Moreno, California State Senate, District 4")
                .at(0.14, "The Honorable Curtis D. Langford, California State Assembly, District 9")
                .at(0.14, "Tuolumne County Transportation Council")
                .at(0.14, "Captain, California Highway Patrol, Sonora Area");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Honorable Rachel Vasquez-Moreno, California State Senate, District 4",
                        "The Honorable Curtis D. Langford, California State Assembly, District 9",
                        "Tuolumne County Transportation Council",
                        "Captain, California Highway Patrol, Sonora Area");
    }

    @Test
    void aLocalGovernmentNamedByItsPlaceWrites() {
        PageSketch p = new PageSketch()
                .tall(0.24, "ILORIN WEST LOCAL GOVERNMENT", 80)
                .centred("Local Government Secretariat, Oja-Oba, P.M.B. 1402, Ilorin")
                .centred("OFFICE OF THE EXECUTIVE CHAIRMAN")
                .skip(1)
                .beside("Our Ref. No: IWLG/EC/S.112/Vol.II/47", 0.74, "Date: 17th June, 2024")
                .skip(1)
                .line("The Honourable Commissioner,")
                .line("Ministry of Local Government and Chieftaincy Affairs,")
                .line("Ilorin.")
                .skip(1)
                .line("Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("ILORIN WEST LOCAL GOVERNMENT");
    }

    @Test
    void anOverseasCountrysNameHeadsItsMinistry() {
        PageSketch p = new PageSketch()
                .at(0.53, "Papeete, le 16 janvier 2026")
                .tall(0.14, "POLYNÉSIE FRANÇAISE", 62)
                .at(0.17, "MINISTÈRE DE LA SANTÉ")
                .at(0.18, "ET DE LA PRÉVENTION")
                .at(0.24, "Le Ministre")
                .skip(1)
                .line("N° 00387 /MSP/DS/BVS")
                .at(0.53, "Monsieur le Maire")
                .at(0.53, "de la commune de Taiarapu-Est")
                .skip(1)
                .line("Objet : Épidémie de dengue – Mobilisation des communes")
                .skip(1)
                .line("Monsieur le Maire,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("MINISTÈRE DE LA SANTÉ ET DE LA PRÉVENTION");
    }

    @Test
    void aServiceNamedForTheCommunesItServesIsNoCommune() {
        PageSketch p = new PageSketch()
                .tall(0.42, "DORDOGNE", 90)
                .at(0.41, "LE DÉPARTEMENT")
                .skip(1)
                .line("Direction de l'Attractivité et des Territoires")
                .line("Service Aides aux communes")
                .skip(1)
                .at(0.52, "Monsieur le Maire")
                .at(0.52, "Mairie de Besse")
                .skip(1)
                .line("Objet : Subvention au titre du fonds d'aide aux communes")
                .skip(1)
                .line("Monsieur le Maire,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("DORDOGNE LE DÉPARTEMENT");
    }

    @Test
    void aDecisionNoticeIsNumberedByTheApplicationItDecides() {
        PageSketch p = new PageSketch()
                .line("North Kesteven District Council")
                .line("Development Management")
                .skip(1)
                .line("Fenwick Architectural Design Ltd")
                .line("14 Mill Lane")
                .line("Sleaford NG34 7QT")
                .skip(1)
                .centred("TOWN AND COUNTRY PLANNING ACT 1990")
                .centred("REFUSAL OF PLANNING PERMISSION")
                .beside("Application No:", 0.29, "24/1187/HOUS")
                .beside("Applicant:", 0.29, "Mr & Mrs D Whitlock")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("24/1187/HOUS");
    }

    @Test
    void aMottosWordEndingABodysNameIsNoStateHeading() {
        PageSketch p = new PageSketch()
                .tall(0.1, "France Travail", 90)
                .line("Direction régionale Hauts-de-France")
                .skip(2)
                .at(0.55, "Monsieur le Préfet de la région Hauts-de-France")
                .at(0.55, "59039 Lille Cedex")
                .skip(1)
                .line("Objet : Comité régional de l'emploi")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("France Travail");
    }

    @Test
    void aBareOfficeTakesItsTerritoryFromItsOwnColumn() {
        PageSketch p = new PageSketch()
                .beside("RÉGION DE TAHOUA", 0.62, "RÉPUBLIQUE DU NIGER")
                .beside("———", 0.62, "Fraternité – Travail – Progrès")
                .beside("GOUVERNORAT", 0.68, "———")
                .at(0.1, "———")
                .line("SECRÉTARIAT GÉNÉRAL")
                .skip(1)
                .beside("N° 000317/GRT/SG/CRS", 0.7, "Tahoua, le 14 février 2024")
                .skip(1)
                .at(0.55, "Monsieur le Préfet du Département de Konni")
                .skip(1)
                .line("Objet : Compte rendu de la réunion du comité régional de sécurité")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("GOUVERNORAT, RÉGION DE TAHOUA");
    }
}
