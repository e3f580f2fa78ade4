package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-sixth batch of independently written dev letters (authors CW-CZ: French and English from
 * public finance and the economy; French and English from interior, defence, parliaments and the offices of the
 * head of State and of government) and older dev letters showed misread, each pinned by a small letter written for
 * the test.
 */
class MoneyAndStateConventionsTest {

    @Test
    void aRemarkInBracketsUnderTheAddresseesOpensNoBody() {
        PageSketch p = new PageSketch()
                .line("PRÉFET")
                .line("DE LA GIRONDE")
                .right("Bordeaux, le 14 avril 2025")
                .skip(1)
                .line("Cabinet")
                .skip(1)
                .centred("Le préfet de la Gironde")
                .centred("à")
                .centred("Mesdames et Messieurs les maires du département")
                .centred("(en communication à Mesdames et Messieurs les sous-préfets d'arrondissement)")
                .skip(1)
                .line("N/Réf. : CAB/BREP/2025-0417")
                .line("Objet : Commémoration du 80e anniversaire de la victoire du 8 mai 1945")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("CAB/BREP/2025-0417");
        assertThat(f.subject().value()).isEqualTo("Commémoration du 80e anniversaire de la victoire du 8 mai 1945");
    }

    @Test
    void aOneOpeningAnOfficesCodeIsItsRankNotAnI() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES")
                .line("Direction du budget")
                .line("Bureau de la politique budgétaire")
                .right("Paris, le 9 octobre 2023")
                .skip(1)
                .line("Réf. : DB-1BPB-23-1874")
                .skip(1)
                .right("Monsieur le secrétaire général")
                .right("Ministère de la culture")
                .skip(1)
                .line("Objet : Préparation de la fin de gestion 2023.")
                .skip(1)
                .line("Monsieur le secrétaire général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("DB-1BPB-23-1874");
    }

    @Test
    void aSuscriptionBesideTheLetterheadLeavesTheLetterheadItsName() {
        PageSketch p = new PageSketch()
                .beside("RÉPUBLIQUE", 0.55, "Paris, le 9 octobre 2023")
                .beside("FRANÇAISE", 0.55, "Le ministre délégué auprès du ministre")
                .beside("Liberté Égalité Fraternité", 0.55, "de l'économie et des finances,")
                .beside("MINISTÈRE DE L'ÉCONOMIE", 0.55, "chargé des comptes publics")
                .beside("ET DES FINANCES", 0.55, "à")
                .beside("Direction du budget", 0.55, "Monsieur le secrétaire général")
                .at(0.55, "Ministère de la culture")
                .skip(1)
                .line("Objet : Préparation de la fin de gestion 2023.")
                .skip(1)
                .line("Monsieur le secrétaire général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES");
    }

    @Test
    void aNameInCapitalsEndsWithItsKindAndAcronymOnTheLastLine() {
        PageSketch p = new PageSketch()
                .flushRight("NATIONAL DISASTER", 0.92)
                .flushRight("MANAGEMENT", 0.92)
                .flushRight("ORGANISATION (NADMO)", 0.92)
                .flushRight("P.O. BOX CT 3994", 0.92)
                .flushRight("CANTONMENTS, ACCRA", 0.92)
                .skip(1)
                .flushRight("5th September, 2024", 0.92)
                .skip(1)
                .line("THE METROPOLITAN CHIEF EXECUTIVE")
                .line("ACCRA METROPOLITAN ASSEMBLY")
                .line("ACCRA")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("DESILTING OF PRIMARY DRAINS")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("NATIONAL DISASTER MANAGEMENT ORGANISATION (NADMO)");
    }

    @Test
    void aStatesOfficeNamedWholeIsTheSenderOverItsOfficialsSuscription() {
        PageSketch p = new PageSketch()
                .beside("RÉPUBLIQUE DU SÉNÉGAL", 0.7, "Dakar, le 15 mai 2024")
                .line("Un Peuple – Un But – Une Foi")
                .skip(1)
                .line("PRIMATURE")
                .skip(2)
                .line("N° 00347/PM/SGG/DAJL")
                .skip(2)
                .centred("LE SECRÉTAIRE GÉNÉRAL DU GOUVERNEMENT")
                .centred("à")
                .centred("MESDAMES ET MESSIEURS LES SECRÉTAIRES GÉNÉRAUX DES MINISTÈRES")
                .skip(1)
                .line("Objet : Procédure d'élaboration des projets de textes.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("PRIMATURE");
    }

    @Test
    void numberedCopyEntriesGoOnPastTheFirstEntrysWrappedEnd() {
        PageSketch p = new PageSketch()
                .centred("PRESIDENTIAL SECRETARIAT")
                .skip(1)
                .beside("My No.: PS/PA/2024/118", 0.7, "12 July 2024")
                .skip(1)
                .line("Secretary")
                .line("Ministry of Disaster Management")
                .line("Colombo 07")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Director (Public Affairs)")
                .skip(1)
                .line("Copy: 1. Director General, Disaster Management Centre, Colombo 07 – for action")
                .at(0.17, "please.")
                .at(0.15, "2. Divisional Secretary, Kaduwela – for information and necessary action please.")
                .at(0.15, "3. Mr. K. A. Wijeratne, Temple Road, Kaduwela – for information.");
        assertThat(fields(p).copies().value()).hasSize(3);
    }

    @Test
    void theListBesideACopyHeadingUnderItsOwnLabelIsNoSecondColumn() {
        PageSketch p = new PageSketch()
                .line("SOSETRA SARL")
                .right("Dakar, le 12 juillet 2022")
                .skip(1)
                .right("Monsieur le Président")
                .right("du Comité de Règlement des Différends")
                .right("ARMP – Dakar")
                .skip(1)
                .line("Objet : Recours contre l'attribution du marché n° 2022/014.")
                .skip(1)
                .line("Monsieur le Président,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Gérant")
                .skip(2)
                .right("Ousmane FALL")
                .skip(1)
                .beside("Ampliations :", 0.62, "P.J. :")
                .beside("– Monsieur le Directeur de l'Administration générale", 0.62, "– Copie du recours gracieux")
                .beside("– Monsieur le Directeur central des Marchés publics", 0.62, "– PV d'ouverture des plis");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Monsieur le Directeur de l'Administration générale",
                        "Monsieur le Directeur central des Marchés publics");
    }

    @Test
    void aMarkingCentredInSmallTypeUnderTheCopyListIsNoEntry() {
        PageSketch p = new PageSketch()
                .line("Australian National Audit Office")
                .skip(1)
                .line("Ms Jane Doe")
                .line("Secretary")
                .line("Department of Industry")
                .line("Canberra ACT 2601")
                .skip(1)
                .line("Dear Ms Doe")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely")
                .skip(2)
                .line("Auditor-General")
                .skip(1)
                .line("cc: Ms Rachel Duong, Chief Audit Executive, Department of Industry")
                .at(0.13, "Mr Tomasz Kowal, Audit Team Leader, ANAO")
                .skip(1)
                .halfSkip()
                .type(40)
                .centred("OFFICIAL: Sensitive — Section 36 Auditor-General Act 1997");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Ms Rachel Duong, Chief Audit Executive, Department of Industry",
                        "Mr Tomasz Kowal, Audit Team Leader, ANAO");
    }

    @Test
    void aMemosKindPrintedInLargeTypeIsNoSender() {
        PageSketch p = new PageSketch()
                .type(30)
                .flushRight("Department of Transport and Planning", 0.92)
                .type(76)
                .line("Memo")
                .type(30)
                .flushRight("State Planning Services", 0.92)
                .flushRight("GPO Box 2392, Melbourne VIC 3001", 0.92)
                .skip(1)
                .row("To", 0.22, "Jessica Tran, Manager, Development Facilitation")
                .row("From", 0.22, "Michael O'Dwyer, Director, State Planning Services")
                .row("Date", 0.22, "15 November 2023")
                .row("Subject", 0.22, "Planning permit application PA2300941")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Department of Transport and Planning");
    }

    @Test
    void aLetterDeliveredAgainstAReceiptSaysSoAboveTheAddresseeNotWhoSendsIt() {
        PageSketch p = new PageSketch()
                .line("Société Ivoirienne de Travaux et de Génie Civil – SA au capital de 500 000 000 FCFA")
                .right("Abidjan, le 23 septembre 2024")
                .skip(1)
                .line("N/Réf : 0214/SITGC/DG/DT/2024")
                .line("Dépôt contre décharge")
                .skip(1)
                .right("Monsieur le Directeur des Infrastructures")
                .right("Ministère de la Santé")
                .right("ABIDJAN – Plateau")
                .skip(1)
                .line("Objet : Réclamation relative au paiement des décomptes n° 7 et n° 8")
                .skip(1)
                .line("Monsieur le Directeur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isNotEqualTo("Dépôt contre décharge");
    }

    @Test
    void aDivisionNamedOverItsMinistryWritesWithinIt() {
        PageSketch p = new PageSketch()
                .type(36)
                .at(0.19, "EDUCATIONAL PLANNING AND RESEARCH DIVISION")
                .type(32)
                .at(0.19, "MINISTRY OF EDUCATION MALAYSIA")
                .type(24)
                .at(0.19, "Level 1-4, Block E8, Government Complex Parcel E")
                .at(0.19, "62604 PUTRAJAYA")
                .type(50)
                .skip(1)
                .at(0.59, "Our Ref. : KPM.600-3/2/3 Jld. 58 (214)")
                .at(0.59, "Date : 18 March 2024")
                .line("Ms. Tan Hui Ling")
                .line("Faculty of Education")
                .line("Universiti Malaysia Sabah")
                .skip(1)
                .line("Madam,")
                .skip(1)
                .line("APPROVAL TO CONDUCT RESEARCH IN SCHOOLS")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value())
                .isEqualTo("EDUCATIONAL PLANNING AND RESEARCH DIVISION, MINISTRY OF EDUCATION MALAYSIA");
    }

    @Test
    void theNameALogosAbbreviationSpellsIsTheSender() {
        PageSketch p = new PageSketch()
                .at(0.7, "Drivers Medical Group")
                .type(86)
                .line("DVLA")
                .type(50)
                .at(0.7, "Swansea SA99 1DF")
                .type(22)
                .line("Driver & Vehicle Licensing Agency")
                .type(50)
                .skip(2)
                .beside("Mr Simon Hardacre", 0.6, "Date 14 March 2025")
                .beside("14 Lindisfarne Close", 0.6, "Our reference M2418/77301/DMG")
                .line("DARLINGTON DL3 8QW")
                .skip(1)
                .line("Dear Mr Hardacre")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Driver & Vehicle Licensing Agency");
    }

    @Test
    void aBranchWritesUnderItsBanksName() {
        PageSketch p = new PageSketch()
                .type(27)
                .flushRight("Iloilo City – Iznart Branch", 0.92)
                .type(43)
                .line("ARCHIPELAGO COMMERCIAL BANK")
                .type(27)
                .flushRight("G/F Sevilla Building, Iznart Street", 0.92)
                .flushRight("Iloilo City 5000, Philippines", 0.92)
                .type(50)
                .skip(2)
                .line("October 7, 2024")
                .line("Ref. No. ACB-IZN-2024-10-0218")
                .skip(1)
                .line("The City Treasurer")
                .line("City Government of Iloilo")
                .skip(1)
                .line("Dear Sir:")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("ARCHIPELAGO COMMERCIAL BANK");
    }

    @Test
    void aDirectorateGeneralIsABodyNotAUnitOfTheMinistryAboveIt() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DES FINANCES ET DU BUDGET")
                .line("DIRECTION GÉNÉRALE DES IMPÔTS")
                .right("Niamey, le 4 mars 2024")
                .skip(1)
                .line("N° 0412/MF/DGI")
                .skip(1)
                .right("Monsieur le Directeur général")
                .right("de la Société SONIBAT")
                .skip(1)
                .line("Objet : Notification de redressement.")
                .skip(1)
                .line("Monsieur le Directeur général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isNotEqualTo("MINISTÈRE DES FINANCES ET DU BUDGET");
    }
}
