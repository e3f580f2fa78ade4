package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-fifth batch of independently written dev letters (authors CS-CV: French and English from
 * agriculture, environment, energy and transport; French and English from work, social security, housing, culture and
 * elections) and older dev letters showed misread, each pinned by a small letter written for the test.
 */
class LandWorkAndWelfareConventionsTest {

    @Test
    void theLetterAnsweredCitedByNumberInTheOpeningIsTheirReference() {
        PageSketch p = new PageSketch()
                .centred("JORDAN UNIVERSITY HOSPITAL")
                .centred("Office of the Director General")
                .skip(1)
                .beside("Ref: JUH/DG/2024/1187", 0.7, "12 May 2024")
                .skip(1)
                .line("His Excellency the Ambassador")
                .line("Embassy of the Republic of Iraq")
                .line("Amman")
                .skip(1)
                .line("Your Excellency,")
                .skip(1)
                .line("With reference to your letter No. HO/AMM/2024/612 dated 05/05/2024 concerning")
                .line("the above-named patient, who was referred to the hospital for elective surgery,")
                .line("I am pleased to forward herewith the estimated cost of the proposed treatment.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("HO/AMM/2024/612");
        assertThat(f.reference().value()).isEqualTo("JUH/DG/2024/1187");
    }

    @Test
    void aNumberInTheOpeningThatNoLetterOfTheirsCarriesIsNoReference() {
        PageSketch p = new PageSketch()
                .centred("MINISTRY OF HEALTH")
                .skip(1)
                .beside("Ref: MOH/PH/2024/77", 0.7, "12 May 2024")
                .skip(1)
                .line("The Director")
                .line("Regional Hospital")
                .line("Gondar")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Under Regulation No. 14/2019 every facility shall report its cases of cholera")
                .line("within two days to the regional health bureau and to the Ministry of Health.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).theirReference().found()).isFalse();
    }

    @Test
    void theWritersOwnEarlierLetterCitedInTheOpeningIsNotTheirs() {
        PageSketch p = new PageSketch()
                .centred("MINISTÈRE DE LA SANTÉ")
                .skip(1)
                .beside("N° 0311/MS/DGS", 0.6, "Dakar, le 4 mars 2024")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("de l'Hôpital régional de Thiès")
                .skip(1)
                .line("Objet : Rapport trimestriel.")
                .skip(1)
                .line("Monsieur le Directeur,")
                .skip(1)
                .line("Comme suite à notre lettre n° 0123/MS/DGS du 3 février 2024, je vous rappelle que le")
                .line("rapport trimestriel de votre établissement est attendu avant la fin du mois en cours.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).theirReference().found()).isFalse();
    }

    @Test
    void theConsignmentAnsweredUnderAReferenceLabelIsTheirs() {
        PageSketch p = new PageSketch()
                .centred("ROYAUME DU MAROC")
                .centred("WILAYA DE LA RÉGION MARRAKECH-SAFI")
                .skip(1)
                .beside("N° 2214/DAR", 0.6, "Marrakech, le 4 décembre 2023")
                .skip(1)
                .right("Monsieur le Président du Conseil")
                .right("de la Commune de Marrakech")
                .skip(1)
                .line("Objet : Budget de l'exercice 2024.")
                .line("Réf. : Votre envoi n° 1127/DGS du 20 novembre 2023.")
                .skip(1)
                .line("Monsieur le Président,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("1127/DGS");
        assertThat(f.reference().value()).isEqualTo("2214/DAR");
    }

    @Test
    void aLabelOfTwoWordsUnderTheSubjectEndsIt() {
        PageSketch p = new PageSketch()
                .centred("COMMONWEALTH OF PENNSYLVANIA")
                .centred("Department of Labor & Industry")
                .skip(2)
                .line("June 17, 2024")
                .skip(1)
                .line("Mr. Daniel Kowalski, Owner")
                .line("Keystone Ridge Landscaping LLC")
                .line("Coopersburg, PA 18036")
                .skip(1)
                .line("RE: Wage Payment and Collection Law Claim – Maria L. Santos")
                .at(0.135, "Case Number: WPC-2024-018733")
                .skip(1)
                .line("Dear Mr. Kowalski:")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value()).isEqualTo("Wage Payment and Collection Law Claim – Maria L. Santos");
    }

    @Test
    void aCopyHeadingRepeatedHeadsMoreEntries() {
        PageSketch p = new PageSketch()
                .centred("OFFICE OF THE DISTRICT COLLECTOR, TIRUVALLUR")
                .skip(1)
                .beside("Rc. No. A3/4521/2024", 0.7, "Dated: 12.11.2024")
                .skip(1)
                .line("To")
                .line("The Commissioner of Revenue Administration,")
                .line("Chennai – 600 005.")
                .skip(1)
                .line("Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .right("Yours faithfully,")
                .skip(1)
                .right("District Collector,")
                .right("Tiruvallur.")
                .skip(1)
                .line("Copy submitted to: The Additional Chief Secretary to Government, Chennai.")
                .line("Copy to: The Joint Director of Agriculture, Tiruvallur.")
                .line("Copy to: The Revenue Divisional Officers, Tiruvallur.");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Additional Chief Secretary to Government, Chennai",
                        "The Joint Director of Agriculture, Tiruvallur",
                        "The Revenue Divisional Officers, Tiruvallur");
    }

    @Test
    void aSubjectUnderTheSalutationOverAnOpeningParagraphFullOfNames() {
        PageSketch p = new PageSketch()
                .centred("MINISTRY OF ENERGY AND ENERGY INDUSTRIES")
                .skip(1)
                .line("Our Ref: MEEI/UCM/BR-ON2024/19")
                .line("June 9, 2025")
                .skip(1)
                .line("Mr. Kendall Ramcharan")
                .line("Caroni Crest Resources Limited")
                .line("Couva")
                .skip(1)
                .line("Dear Mr. Ramcharan,")
                .skip(1)
                .line("Onshore and Nearshore Competitive Bid Round 2024 – Invitation to Negotiate an Exploration and")
                .line("Production Licence for the Central Range North Block")
                .skip(1)
                .line("The Ministry of Energy and Energy Industries refers to the Bid Submitted by Caroni Crest")
                .line("Resources Limited on December 6, 2024 for the Central Range North Block under the Onshore")
                .line("and Nearshore Competitive Bid Round 2024.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Onshore and Nearshore Competitive Bid Round 2024 – Invitation to Negotiate an Exploration"
                        + " and Production Licence for the Central Range North Block");
    }

    @Test
    void aWrappedHeadingUnderTheSalutationThenItsCaseOnALineOfItsOwn() {
        PageSketch p = new PageSketch()
                .centred("Department of Transport and Main Roads")
                .skip(1)
                .line("Mr Luca Ferrante")
                .line("PO Box 412")
                .line("Babinda Qld 4861")
                .skip(1)
                .line("3 March 2025")
                .skip(1)
                .line("Dear Mr Ferrante")
                .skip(1)
                .line("Decision notice – Application for road access works approval under section 62 of the Transport")
                .line("Infrastructure Act 1994")
                .line("Lot 7 on RP731944, Bruce Highway (10N), Babinda")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Decision notice – Application for road access works approval under section 62 of the"
                        + " Transport Infrastructure Act 1994 Lot 7 on RP731944, Bruce Highway (10N), Babinda");
    }

    @Test
    void fourLinesSetApartUnderTheSalutationAreTheSubject() {
        PageSketch p = new PageSketch()
                .centred("Historic England")
                .skip(1)
                .line("Ms Rachel Obi")
                .line("Bath and North East Somerset Council")
                .line("Bath")
                .skip(1)
                .line("3 April 2025")
                .skip(1)
                .line("Dear Ms Obi")
                .skip(1)
                .line("Arrangements for Handling Heritage Applications Direction 2021")
                .line("PLANNING (LISTED BUILDINGS AND CONSERVATION AREAS) ACT 1990")
                .line("14 GAY STREET, BATH, BA1 2PD")
                .line("Application No. 24/03127/LBC")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo(
                        "Arrangements for Handling Heritage Applications Direction 2021 PLANNING (LISTED BUILDINGS"
                                + " AND CONSERVATION AREAS) ACT 1990 14 GAY STREET, BATH, BA1 2PD Application No. 24/03127/LBC");
    }

    @Test
    void theirLettersKindOpeningTheLineBeforeItsNumberMakesItTheirs() {
        PageSketch p = new PageSketch()
                .centred("MINISTÈRE DE L'HABITAT, DE L'URBANISME ET DU CADASTRE")
                .centred("DIRECTION GÉNÉRALE DE L'HABITAT ET DU LOGEMENT")
                .skip(1)
                .line("N° 00318/MHUC/SG/DGHL")
                .line("V/Lettre n° 0127/SNI/DG du 9 février 2024")
                .flushRight("Libreville, le 21 février 2024", 0.9)
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("de la Société Nationale Immobilière")
                .right("LIBREVILLE")
                .skip(1)
                .line("Objet : Attribution des logements sociaux.")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("0127/SNI/DG");
        assertThat(f.reference().value()).isEqualTo("00318/MHUC/SG/DGHL");
    }

    @Test
    void aLetterCitedBesideTheirReferenceLabelGivesItsNumber() {
        PageSketch p = new PageSketch()
                .centred("MINISTÈRE DE L'HYDRAULIQUE ET DE L'ASSAINISSEMENT")
                .skip(1)
                .line("N° 00814/MHA/SG/DH")
                .flushRight("Dakar, le 8 juillet 2024", 0.9)
                .skip(1)
                .right("Monsieur le Directeur général")
                .right("de l'Office des Forages ruraux")
                .right("DAKAR")
                .skip(1)
                .row("Objet :", 0.23, "Continuité du service public de l'eau en milieu rural")
                .row("V/Réf. :", 0.23, "Lettre n° 01342/OFOR/DG/DEX du 27 juin 2024")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).theirReference().value()).isEqualTo("01342/OFOR/DG/DEX");
    }

    @Test
    void aNoteNumberedUnderItsSenderStaysItsOwn() {
        PageSketch p = new PageSketch()
                .beside("Ambassade du Canada", 0.75, "Embassy of Canada")
                .skip(2)
                .line("Note n° 2024-0117")
                .skip(1)
                .line("L'Ambassade du Canada présente ses compliments au Ministère des Affaires étrangères")
                .line("et a l'honneur de solliciter l'autorisation de survol du territoire pour un aéronef.")
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("2024-0117");
        assertThat(f.theirReference().found()).isFalse();
    }

    @Test
    void theKindOfBodyAloneUnderWordsThatNameNoneEndsTheName() {
        PageSketch p = new PageSketch()
                .type(44)
                .step(90)
                .centred("INDEPENDENT NATIONAL ELECTORAL")
                .centred("COMMISSION")
                .step(62)
                .type(30)
                .centred("OFFICE OF THE SECRETARY TO THE COMMISSION")
                .type(50)
                .skip(2)
                .beside("Ref: INEC/SEC/EPM/117", 0.75, "14th October, 2025")
                .skip(1)
                .line("The National Chairman,")
                .line("Progressive Citizens Alliance,")
                .line("Abuja.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("INDEPENDENT NATIONAL ELECTORAL COMMISSION");
    }

    @Test
    void anAgencyInTypeAsLargeAsItsMinistrysWrites() {
        PageSketch p = new PageSketch()
                .centred("THE UNITED REPUBLIC OF TANZANIA")
                .type(30)
                .centred("MINISTRY OF WORKS")
                .type(35)
                .skip(2)
                .centred("TANZANIA NATIONAL ROADS AGENCY (TANROADS)")
                .type(50)
                .skip(1)
                .line("Ref. No. TRD/DOM/R.20/57")
                .skip(1)
                .line("District Executive Director,")
                .line("Kongwa District Council,")
                .line("KONGWA.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("TANZANIA NATIONAL ROADS AGENCY (TANROADS)");
    }

    @Test
    void anAgencyInSmallerTypeUnderItsMinistryIsItsUnit() {
        PageSketch p = new PageSketch()
                .type(39)
                .centred("MINISTRY OF NATURAL RESOURCES AND ENVIRONMENT")
                .type(29)
                .centred("Planning and Urban Management Agency")
                .type(50)
                .skip(2)
                .line("Ref: PUMA/DC/2024/318")
                .skip(1)
                .line("Ms. Leilani Fa'asavalu")
                .line("Lefaga Beach Fale Ltd")
                .line("Apia")
                .skip(1)
                .line("Dear Ms. Fa'asavalu,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("MINISTRY OF NATURAL RESOURCES AND ENVIRONMENT");
    }

    @Test
    void aCodeOfFourPartsWithTheYearAloneAtTheTopIsTheReference() {
        PageSketch p = new PageSketch()
                .centred("Republic of the Philippines")
                .centred("DEPARTMENT OF AGRICULTURE")
                .centred("REGIONAL FIELD OFFICE NO. 02")
                .skip(1)
                .flushRight("DA-RFO2-ORED-2025-08-0214", 0.9)
                .skip(1)
                .line("MEMORANDUM")
                .skip(1)
                .row("TO", 0.22, ": ALL PROVINCIAL VETERINARIANS")
                .row("FROM", 0.22, ": The Regional Executive Director")
                .row("SUBJECT", 0.22, ": MOVEMENT OF LIVE HOGS IN AREAS UNDER ZONING")
                .row("DATE", 0.22, ": August 18, 2025")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("DA-RFO2-ORED-2025-08-0214");
    }

    @Test
    void aLabelGivenAgainInTheOtherLanguageIsPassedOver() {
        PageSketch p = new PageSketch()
                .beside("Employment and Social", 0.45, "Emploi et Développement")
                .beside("Development Canada", 0.45, "social Canada")
                .skip(2)
                .flushRight("Your file  Votre référence SCA-2024-117", 0.9)
                .flushRight("Our file  Notre référence 021034588-NHSP", 0.9)
                .skip(1)
                .line("Ms. Hélène Tremblay")
                .line("Centre communautaire des aînés de Sudbury")
                .line("Sudbury ON  P3C 1T4")
                .skip(1)
                .line("Dear Ms. Tremblay:")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("021034588-NHSP");
        assertThat(f.theirReference().value()).isEqualTo("SCA-2024-117");
    }

    @Test
    void whereRepliesGoIsNoLetterheadName() {
        PageSketch p = new PageSketch()
                .flushRight("Communications should be addressed to:", 0.9)
                .flushRight("The Clerk of Parliament", 0.9)
                .flushRight("Parliament Building", 0.9)
                .flushRight("Private Bag B362", 0.9)
                .skip(1)
                .type(41)
                .centred("PARLIAMENT OF MALAWI")
                .type(50)
                .skip(1)
                .beside("Ref. No. PAR/COM/SCA/7/25", 0.75, "28th January, 2025")
                .skip(1)
                .line("The Secretary for Labour,")
                .line("Ministry of Labour,")
                .line("LILONGWE 3.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("PARLIAMENT OF MALAWI");
    }

    @Test
    void theDayOfTheWeekBeforeTheDateIsNoPlace() {
        PageSketch p = new PageSketch()
                .centred("Tasman District Council")
                .skip(2)
                .line("Friday, 13 December 2024")
                .skip(1)
                .line("Mr and Mrs Carter")
                .line("PO Box 22")
                .line("Motueka 7143")
                .skip(1)
                .line("Dear Mr and Mrs Carter")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2024, 12, 13));
        assertThat(f.place().found()).isFalse();
    }

    @Test
    void whatADateIsOfIsNoPlace() {
        PageSketch en = new PageSketch()
                .centred("Arizona Department of Revenue")
                .skip(2)
                .flushRight("Notice Date February 14, 2025", 0.9)
                .skip(1)
                .line("Desert Bloom Landscaping LLC")
                .line("Phoenix AZ 85004")
                .skip(1)
                .line("Dear Taxpayer:")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(en).place().found()).isFalse();
        PageSketch fr = new PageSketch()
                .centred("Caisse primaire d'assurance maladie de Loire-Atlantique")
                .skip(2)
                .flushRight("Accident du : 12/11/2025", 0.9)
                .skip(1)
                .right("SARL Menuiserie Atlantique")
                .right("44000 Nantes")
                .skip(1)
                .line("Madame, Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(fr).place().found()).isFalse();
    }

    @Test
    void thePlaceAloneOverTheDateAtTheFootOfANote() {
        PageSketch p = new PageSketch()
                .centred("Ministry of External Affairs")
                .skip(2)
                .line("No. D.II/651/12/2024")
                .skip(1)
                .line("The Ministry of External Affairs presents its compliments to the Embassy of the")
                .line("Republic of the Philippines and has the honour to convey the following information.")
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .line("New Delhi")
                .line("18 November 2024")
                .skip(3)
                .line("Embassy of the Republic of the Philippines")
                .line("New Delhi");
        LetterFields f = fields(p);
        assertThat(f.place().value()).isEqualTo("New Delhi");
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2024, 11, 18));
    }

    @Test
    void anAddressesTownOverTheDateIsNoPlace() {
        PageSketch p = new PageSketch()
                .centred("Ministry for Primary Industries")
                .skip(2)
                .line("Ms Aroha Walker")
                .line("12 Bowen Street")
                .line("Wellington")
                .line("12 May 2025")
                .skip(1)
                .line("Dear Ms Walker")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).place().found()).isFalse();
    }

    @Test
    void thePlaceAfterTheDatesLabel() {
        PageSketch p = new PageSketch()
                .centred("BANQUE DU NORD")
                .skip(2)
                .beside("Nos réf. : SO/25/018442", 0.68, "Date : Roubaix, le 17 février 2025")
                .skip(1)
                .right("Direction générale des Finances publiques")
                .right("59000 Lille")
                .skip(1)
                .line("Madame, Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).place().value()).isEqualTo("Roubaix");
    }

    @Test
    void aSubjectsSecondLineHangsUnderItsTextInTheLabelsColumn() {
        PageSketch p = new PageSketch()
                .centred("PRÉFET DE L'ISÈRE")
                .skip(2)
                .row("Nos réf. :", 0.22, "UDI-RAC-2024-1187")
                .flushRight("Grenoble, le 3 décembre 2024", 0.9)
                .skip(1)
                .right("Monsieur le Directeur")
                .right("Chimie du Pont-de-Claix SAS")
                .skip(1)
                // the label's cell and the subject's first line read as one line: the second line hangs under the
                // subject's text, further right than the characters of "Objet : " say
                .line("Objet : Installations classées pour la protection de l'environnement")
                .at(0.218, "Inspection du 12 novembre 2024 – Suites")
                .skip(1)
                .line("Monsieur le Directeur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Installations classées pour la protection de l'environnement Inspection du 12 novembre"
                        + " 2024 – Suites");
    }

    @Test
    void aFundUnderItsMinistryInCapitalsIsNoPartOfTheMinistrysName() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE ISLAMIQUE DE MAURITANIE")
                .line("Honneur – Fraternité – Justice")
                .line("MINISTÈRE DE LA SANTÉ")
                .line("CAISSE NATIONALE D'ASSURANCE")
                .line("MALADIE")
                .line("Direction Générale")
                .skip(2)
                .line("N° 0562/CNAM/DG/DPCM")
                .flushRight("Nouakchott, le 4 mars 2025", 0.9)
                .skip(1)
                .right("Monsieur le Directeur")
                .right("de la Clinique Ibn Sina")
                .right("Nouakchott")
                .skip(1)
                .line("Monsieur le Directeur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("CAISSE NATIONALE D'ASSURANCE MALADIE");
    }

    @Test
    void aCompanysNameOverItsFormAndRegistrationWrites() {
        PageSketch p = new PageSketch()
                .type(47)
                .line("EDG")
                .type(25)
                .line("ÉLECTRICITÉ DE GUINÉE")
                .line("Société Anonyme – RCCM GN.KAL.2001.B.0473")
                .type(50)
                .skip(2)
                .line("DIRECTION GÉNÉRALE – Direction de la Distribution et de la Clientèle")
                .skip(1)
                .beside("N/Réf. : 1273/EDG/DG/DDC/24", 0.7, "Conakry, le 22 avril 2024")
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("de la Société des Eaux de Guinée")
                .right("Conakry")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("ÉLECTRICITÉ DE GUINÉE");
    }

    @Test
    void aCompanysInitialsBeforeItsFormAreNoName() {
        PageSketch p = new PageSketch()
                .type(43)
                .line("SOCIÉTÉ DES EAUX DE GUINÉE")
                .type(24)
                .line("S.E.G. – Société Anonyme au capital de 30 000 000 000 GNF")
                .type(50)
                .skip(2)
                .beside("N/Réf. : 0427/SEG/DG/2023", 0.7, "Conakry, le 2 mai 2023")
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("d'Électricité de Guinée")
                .right("Conakry")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("SOCIÉTÉ DES EAUX DE GUINÉE");
    }
}
