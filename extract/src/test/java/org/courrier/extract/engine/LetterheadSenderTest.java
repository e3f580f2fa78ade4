package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sender read from a letterhead the way real offices print them (issue 12): the issuing body's full name, not
 * a line of its translation, its logo's abbreviation, the territory or ministry it reports to, a received stamp,
 * or one line of its wrapped name. Each letter is written for the test.
 */
class LetterheadSenderTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static String sender(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields().sender().value();
    }

    private static PageSketch englishLetter(PageSketch p) {
        p.skip(1)
                .line("Our ref: WS/2025/311")
                .line("3 March 2025")
                .skip(1)
                .line("Ms Aoife Brennan")
                .line("12 Quay Street")
                .line("Galway")
                .skip(1)
                .line("Dear Ms Brennan,")
                .skip(1)
                .line("Subject: Connection of your property to the public water supply");
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours sincerely,");
        return p;
    }

    /**
     * Sierra Leone's ministries: the contact lines and the address in two columns at the top, then the government,
     * the ministry's name and the state's motto under it, centred. The ministry writes, though the motto stands
     * under its name as under a state's.
     */
    @Test
    void aMinistrysNameOverTheStatesMottoIsTheSender() {
        PageSketch p = new PageSketch()
                .beside("Telephone: +232 (0) 76 611 204", 0.78, "Youyi Building")
                .beside("Email: ps@mlgca.gov.sl", 0.76, "4th Floor, Brookfields")
                .beside("Website: www.mlgca.gov.sl", 0.76, "Freetown, Sierra Leone")
                .skip(1)
                .centred("GOVERNMENT OF SIERRA LEONE")
                .centred("MINISTRY OF LOCAL GOVERNMENT AND COMMUNITY AFFAIRS")
                .centred("Unity – Freedom – Justice");
        assertThat(sender(englishLetter(p))).isEqualTo("MINISTRY OF LOCAL GOVERNMENT AND COMMUNITY AFFAIRS");
    }

    /**
     * A body's name wrapped in its column, its second line ending on the acronym the name's words make
     * ({@code Authority for Civil Society} / {@code Organizations (ACSO)}): one name, though the line under the first
     * opens a kind of body and the first is a whole name already.
     */
    @Test
    void aNameWrappedOntoTheLineThatEndsOnItsAcronymIsOneName() {
        PageSketch p = new PageSketch()
                .line("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA")
                .skip(1)
                .line("Authority for Civil Society")
                .line("Organizations (ACSO)");
        assertThat(sender(englishLetter(p))).isEqualTo("Authority for Civil Society Organizations (ACSO)");
    }

    /**
     * A university's letterhead names the unit that writes under its name in smaller type ({@code ACADEMIC REGISTRY ·
     * STUDENT RECORDS}): a registry's word there is a unit's name, not a received stamp's, though the addressee's
     * stamp stands further down the page.
     */
    @Test
    void aRegistryNamedUnderItsUniversityIsNoReceivedStamp() {
        PageSketch p = new PageSketch()
                .type(45)
                .centred("UNIVERSITY OF BRISTOL")
                .type(25)
                .centred("ACADEMIC REGISTRY · STUDENT RECORDS")
                .centred("Beacon House, Queens Road, Bristol BS8 1QU")
                .type(PageSketch.LINE)
                .skip(1)
                .beside("Council Tax Section", 0.7, "BRISTOL CITY COUNCIL")
                .beside("Bristol City Council", 0.7, "09 OCT 2024")
                .beside("PO Box 3399", 0.72, "SCANNED")
                .line("Bristol BS1 9NE")
                .skip(1)
                .right("Our ref: AR/CTX/2425/11873")
                .right("7 October 2024")
                .skip(1)
                .line("Dear Sir or Madam,");
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(sender(p)).startsWith("UNIVERSITY OF BRISTOL");
    }

    /**
     * A regional commission prints its name in its working languages one under the other ({@code COMMISSION DE LA
     * CEDEAO} / {@code COMISSÃO DA CEDEAO}): the second line names the same body again, it does not go on with it.
     */
    @Test
    void aNameRepeatedInAnotherLanguageIsNoWrappedLine() {
        PageSketch p = new PageSketch()
                .centred("COMMISSION DE LA CEDEAO")
                .centred("COMISSÃO DA CEDEAO")
                .centred("Département de l'Agriculture, de l'Environnement et des Ressources en eau")
                .skip(1)
                .line("N° 0412/CEDEAO/DAERE/2025")
                .right("Abuja, le 10 mars 2025")
                .skip(1)
                .right("Monsieur le Ministre de l'Agriculture")
                .right("Niamey")
                .skip(1)
                .line("Objet : Réunion du Comité ministériel spécialisé")
                .skip(1)
                .line("Monsieur le Ministre,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("COMMISSION DE LA CEDEAO");
    }

    /** The same with the article elided before the name's last word: {@code CONSEIL DE L'EUROPE} / {@code COUNCIL OF EUROPE}. */
    @Test
    void aNameRepeatedInAnotherLanguageAfterAnElidedArticle() {
        PageSketch p = new PageSketch()
                .line("CONSEIL DE L'EUROPE")
                .line("COUNCIL OF EUROPE")
                .skip(1)
                .line("Réf. : DLAPIL/TO/EV/2025/17")
                .line("Strasbourg, le 11 février 2025")
                .skip(1)
                .right("Son Excellence")
                .right("Monsieur João Mendes Pereira")
                .right("Représentant permanent du Portugal")
                .skip(1)
                .line("Excellence,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("CONSEIL DE L'EUROPE");
    }

    /**
     * A logo's tall letters read on the line of the name beside them ({@code WFP World Food}), the name's last word
     * ({@code Programme}) close under it in ordinary type: the word ends the name, it is no speck of the emblem.
     */
    @Test
    void theNamesLastWordUnderALogosTallLine() {
        PageSketch p = englishLetter(new PageSketch()
                .tall(0.18, "WFP World Food", 140)
                .at(0.2, "Programme")
                .skip(1)
                .right("Ref: WFP/KHM/CD/2025/042")
                .right("Phnom Penh, 6 March 2025"));
        assertThat(sender(p)).isEqualTo("World Food Programme");
    }

    /**
     * An English name broken after an adjective ({@code EAST SEPIK PROVINCIAL} / {@code ADMINISTRATION}), its noun a
     * wide line-spacing lower in a large letterhead: the name goes on, as after "OF".
     */
    @Test
    void aNameBrokenAfterAnAdjectiveGoesOn() {
        PageSketch p = englishLetter(new PageSketch()
                .line("EAST SEPIK PROVINCIAL")
                .skip(1)
                .line("ADMINISTRATION")
                .line("Office of the Provincial Administrator"));
        assertThat(sender(p)).isEqualTo("EAST SEPIK PROVINCIAL ADMINISTRATION");
    }

    /** An embassy's name goes on with the country it is in, on the next line: {@code AU CAMBODGE}. */
    @Test
    void anEmbassysNameGoesOnWithTheCountryItIsIn() {
        PageSketch p = new PageSketch()
                .line("AMBASSADE DE FRANCE")
                .type(38)
                .line("AU CAMBODGE")
                .type(PageSketch.LINE)
                .line("Service de coopération")
                .line("et d'action culturelle")
                .skip(1)
                .line("N° 2024-0187/SCAC/AC")
                .right("Phnom Penh, le 6 juin 2024")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("Institut de technologie du Cambodge")
                .skip(1)
                .line("Objet : Bourses de master 2024")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).startsWith("AMBASSADE DE FRANCE AU CAMBODGE");
    }

    /**
     * A province's government named over two lines ({@code MPUMALANGA} / {@code PROVINCIAL GOVERNMENT}) heads the body
     * that writes, named under it ({@code PROVINCIAL TREASURY}).
     */
    @Test
    void aGovernmentsNameOverTwoLinesHeadsTheBodyUnderIt() {
        PageSketch p = englishLetter(new PageSketch()
                .centred("MPUMALANGA")
                .centred("PROVINCIAL GOVERNMENT")
                .skip(1)
                .centred("PROVINCIAL TREASURY"));
        assertThat(sender(p)).isEqualTo("PROVINCIAL TREASURY");
    }

    /** A chamber's logo: its name, then its département in one word of larger capitals close under it. */
    @Test
    void theTerritoryOfALogoInLargerCapitalsUnderTheName() {
        PageSketch p = new PageSketch()
                .line("CHAMBRE D'AGRICULTURE")
                .type(76)
                .line("GERS")
                .type(PageSketch.LINE)
                .skip(1)
                .line("Route de Mirande – BP 70161")
                .line("32003 Auch Cedex")
                .skip(1)
                .line("Nos réf. : PRES/HD/SE/2025-0388")
                .right("Auch, le 29 septembre 2025")
                .skip(1)
                .right("Monsieur le Préfet du Gers")
                .right("Préfecture du Gers")
                .skip(1)
                .line("Objet : Demande de reconnaissance en calamité agricole")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("CHAMBRE D'AGRICULTURE GERS");
    }

    /** A Thai ministry heads its letters with the Permanent Secretary's office over its own name: the ministry. */
    @Test
    void theMinistryUnderTheOfficeOfItsPermanentSecretaryWrites() {
        PageSketch p = englishLetter(new PageSketch()
                .right("Office of the Permanent Secretary")
                .right("Ministry of Higher Education, Science,")
                .right("Research and Innovation")
                .right("328 Si Ayutthaya Road, Ratchathewi"));
        assertThat(sender(p)).startsWith("Ministry of Higher Education, Science, Research and Innovation");
    }

    /** A ministry's long name broken after a comma, its second line a little lower: one name. */
    @Test
    void aMinistrysNameBrokenAfterACommaGoesOn() {
        PageSketch p = new PageSketch()
                .centred("GOVERNMENT OF SAINT LUCIA")
                .centred("Ministry of External Affairs, International Trade,")
                .step(81)
                .centred("Civil Aviation and Diaspora Affairs");
        p.step(62).centred("Department of External Affairs · Conway Business Centre, Waterfront, Castries");
        assertThat(sender(englishLetter(p)))
                .startsWith("Ministry of External Affairs, International Trade, Civil Aviation and Diaspora Affairs");
    }

    /** A ministry's name wrapped before {@code and}, ending on the same word as its first line, is one name. */
    @Test
    void aNameWrappedBeforeAndIsNoTranslation() {
        PageSketch p = englishLetter(new PageSketch()
                .line("State of Qatar")
                .line("Ministry of Education")
                .line("and Higher Education")
                .line("Equivalency and Accreditation Department"));
        assertThat(sender(p)).startsWith("Ministry of Education and Higher Education");
    }

    /**
     * A Togolese commune heads its letters with the territories above it, one under the other ({@code RÉGION DES
     * PLATEAUX} / {@code PRÉFECTURE DE KLOTO} / {@code COMMUNE DE KLOTO 1} / {@code MAIRIE}): the commune writes, the
     * prefecture only places it.
     */
    @Test
    void theCommuneUnderItsPrefectureWrites() {
        PageSketch p = new PageSketch()
                .beside("RÉGION DES PLATEAUX", 0.62, "RÉPUBLIQUE TOGOLAISE")
                .beside("--------", 0.62, "Travail – Liberté – Patrie")
                .line("PRÉFECTURE DE KLOTO")
                .line("--------")
                .line("COMMUNE DE KLOTO 1")
                .line("--------")
                .line("MAIRIE")
                .skip(1)
                .line("N° 0187/2023/CK1/M/SG/STM")
                .right("Kpalimé, le 12 juin 2023")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("Société Affichage Plus")
                .right("Kpalimé")
                .skip(1)
                .line("Objet : Régularisation des panneaux publicitaires")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).startsWith("COMMUNE DE KLOTO 1");
    }

    /**
     * A French court heads its letters with the court of appeal whose district it sits in ({@code COUR D'APPEL DE
     * RENNES} / {@code TRIBUNAL JUDICIAIRE DE NANTES} / its service): the tribunal writes, the court of appeal only
     * places it.
     */
    @Test
    void theTribunalUnderItsCourtOfAppealWrites() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE FRANÇAISE")
                .skip(1)
                .line("COUR D'APPEL DE RENNES")
                .beside("TRIBUNAL JUDICIAIRE DE NANTES", 0.55, "Monsieur Kévin LE FLOCH")
                .beside("Service des contentieux de la protection", 0.55, "27, rue de la Ville-en-Bois")
                .beside("Greffe", 0.55, "44100 Nantes")
                .line("19, quai François Mitterrand")
                .skip(1)
                .right("Nantes, le 12 mai 2025")
                .skip(1)
                .line("Objet : Convocation à l'audience")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).startsWith("TRIBUNAL JUDICIAIRE DE NANTES");
    }

    /**
     * A Tunisian regional commissariat is named in capitals right under its ministry's wrapped name, in the same
     * type ({@code MINISTÈRE DE L'AGRICULTURE, DES RESSOURCES} / {@code HYDRAULIQUES ET DE LA PÊCHE} / {@code
     * COMMISSARIAT RÉGIONAL …}): the commissariat's line opens a body of its own, not the ministry's third line.
     */
    @Test
    void aCommissariatUnderItsMinistryIsNoLineOfTheMinistrysName() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE TUNISIENNE")
                .line("MINISTÈRE DE L'AGRICULTURE, DES RESSOURCES")
                .line("HYDRAULIQUES ET DE LA PÊCHE")
                .line("COMMISSARIAT RÉGIONAL AU DÉVELOPPEMENT")
                .line("AGRICOLE DE SFAX")
                .skip(1)
                .beside("N° 2023/1457", 0.7, "Sfax, le 22 juillet 2023")
                .skip(1)
                .right("Monsieur le Président du Groupement")
                .right("de Développement Agricole – Agareb")
                .skip(1)
                .line("Objet : Répartition des quotas d'eau d'irrigation")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).doesNotContain("COMMISSARIAT").startsWith("MINISTÈRE DE L'AGRICULTURE");
    }

    /**
     * A Beninese commune names its mayor under its name in the letterhead ({@code COMMUNE D'ABOMEY-CALAVI} / {@code
     * *} / {@code LE MAIRE}): the office's two words say less than the commune's name, which stays the sender.
     */
    @Test
    void theMayorNamedUnderTheCommuneSaysLessThanTheCommune() {
        PageSketch p = new PageSketch()
                .centred("RÉPUBLIQUE DU BÉNIN")
                .skip(1)
                .centred("DÉPARTEMENT DE L'ATLANTIQUE")
                .centred("*")
                .centred("COMMUNE D'ABOMEY-CALAVI")
                .centred("*")
                .centred("LE MAIRE")
                .skip(1)
                .right("Abomey-Calavi, le 5 mai 2022")
                .skip(1)
                .at(0.5, "Monsieur le Directeur Général de l'Agence du")
                .at(0.5, "Cadre de Vie pour le Développement du Territoire")
                .at(0.5, "COTONOU")
                .skip(1)
                .line("Objet : Invitation à la cérémonie de lancement des travaux")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("COMMUNE D'ABOMEY-CALAVI");
    }

    /**
     * A Swiss canton heads its services' letters with its own name ({@code RÉPUBLIQUE ET CANTON DE NEUCHÂTEL}, {@code
     * CANTON DE VAUD}): the canton is the body that writes, not a state's heading to pass over for its service.
     */
    @Test
    void aSwissCantonIsTheBodyNotAStatesHeading() {
        PageSketch neuchatel = new PageSketch()
                .line("RÉPUBLIQUE ET CANTON DE NEUCHÂTEL")
                .skip(1)
                .line("DÉPARTEMENT DES FINANCES ET DE LA SANTÉ")
                .line("SERVICE DES CONTRIBUTIONS")
                .skip(1)
                .right("Monsieur Luca Bernasconi")
                .right("Rue de la Serre 12")
                .right("2300 La Chaux-de-Fonds")
                .skip(1)
                .right("La Chaux-de-Fonds, le 14 avril 2025")
                .skip(1)
                .line("Objet : Sommation – déclaration d'impôt 2023")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(neuchatel)).isEqualTo("RÉPUBLIQUE ET CANTON DE NEUCHÂTEL");
    }

    /**
     * A French regional health agency's logo sets the region flush right under the agency's name ({@code Agence
     * Régionale de Santé} / {@code Occitanie}), over the state's block at the left: the region is part of the name.
     */
    @Test
    void theRegionSetFlushRightUnderTheAgencysNameIsPartOfIt() {
        PageSketch p = new PageSketch()
                .flushRight("Agence Régionale de Santé", 0.92)
                .flushRight("Occitanie", 0.92)
                .line("RÉPUBLIQUE FRANÇAISE")
                .line("Liberté")
                .line("Égalité")
                .line("Fraternité")
                .skip(1)
                .line("Délégation départementale de l'Hérault")
                .right("Montpellier, le 5 avril 2024")
                .skip(1)
                .right("Madame la Directrice")
                .right("EHPAD Les Oliviers")
                .right("34000 Montpellier")
                .skip(1)
                .line("Objet : Inspection de l'établissement")
                .skip(1)
                .line("Madame la Directrice,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("Agence Régionale de Santé Occitanie");
    }

    @Test
    void federalQualifyingACourtIsNoStateHeading() {
        PageSketch p = new PageSketch()
                .at(0.17, "FEDERAL HIGH COURT OF NIGERIA")
                .at(0.17, "LAGOS JUDICIAL DIVISION")
                .at(0.17, "Office of the Deputy Chief Registrar");
        assertThat(sender(englishLetter(p))).isEqualTo("FEDERAL HIGH COURT OF NIGERIA LAGOS JUDICIAL DIVISION");
    }

    @Test
    void aNameBrokenAfterItsCommaGoesOnOnTheNextLine() {
        PageSketch p = new PageSketch()
                .beside("Ministry of the Environment,", 0.75, "Ministère de l'Environnement")
                .beside("Conservation and Parks", 0.75, "et des Parcs")
                .skip(1)
                .line("Environmental Assessment and Permissions Division")
                .line("135 St. Clair Avenue West, 1st Floor");
        assertThat(sender(englishLetter(p))).startsWith("Ministry of the Environment, Conservation and Parks");
    }

    @Test
    void aGovernmentHeadingOverAnAdministrationIsPassedOver() {
        PageSketch p = new PageSketch()
                .at(0.38, "GOVERNMENT OF MALTA")
                .type(40)
                .at(0.29, "Malta Tax and Customs Administration")
                .type(30)
                .at(0.26, "Office of the Commissioner for Tax and Customs – Objections Unit");
        assertThat(sender(englishLetter(p))).isEqualTo("Malta Tax and Customs Administration");
    }

    @Test
    void ofANamePrintedInTwoLanguagesSideBySideTheLettersOwn() {
        PageSketch p = new PageSketch()
                .beside("ORGANISATION FOR ECONOMIC", 0.65, "ORGANISATION DE COOPÉRATION")
                .beside("CO-OPERATION AND DEVELOPMENT", 0.65, "ET DE DÉVELOPPEMENT ÉCONOMIQUES")
                .skip(2)
                .line("Réf. : EDU/IMEP/TALIS/2023.117")
                .right("Paris, le 27 juin 2023")
                .skip(1)
                .line("Madame Véronique Lambotte")
                .line("Directrice générale")
                .line("Boulevard du Jardin Botanique, 20-22")
                .line("1000 Bruxelles")
                .skip(1)
                .line("Objet : Participation à l'enquête TALIS 2024")
                .skip(1)
                .line("Madame la Directrice générale,");
        p.lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("ORGANISATION DE COOPÉRATION ET DE DÉVELOPPEMENT ÉCONOMIQUES");

        PageSketch english =
                new PageSketch().beside("MINISTÈRE DE LA SANTÉ PUBLIQUE", 0.6, "MINISTRY OF PUBLIC HEALTH");
        assertThat(sender(englishLetter(english))).isEqualTo("MINISTRY OF PUBLIC HEALTH");
    }

    @Test
    void aPlacesNameOverTheKindOfLocalAuthorityIsOneName() {
        PageSketch p = new PageSketch()
                .beside("In case of reply the number and date of this letter", 0.7, "ASANTE AKIM CENTRAL")
                .beside("should be quoted.", 0.7, "MUNICIPAL ASSEMBLY")
                .right("P.O. Box 46")
                .right("Konongo – Ashanti");
        assertThat(sender(englishLetter(p))).isEqualTo("ASANTE AKIM CENTRAL MUNICIPAL ASSEMBLY");
    }

    @Test
    void theNameInTheLetterHeadsLanguageNotItsTranslationAbove() {
        PageSketch p = new PageSketch()
                .type(40)
                .at(0.6, "An tSeirbhís Uisce Phoiblí")
                .type(56)
                .at(0.6, "Department of Public Water Services")
                .type(36)
                .at(0.6, "Connections Unit");
        assertThat(sender(englishLetter(p))).isEqualTo("Department of Public Water Services");
    }

    @Test
    void theFullNameNotTheLogosAbbreviationAboveIt() {
        PageSketch p = new PageSketch()
                .type(70)
                .line("NCU")
                .type(44)
                .line("Northfield Central University")
                .line("Faculty of Arts");
        assertThat(sender(englishLetter(p))).isEqualTo("Northfield Central University");
    }

    @Test
    void aNameWrappedOverTwoLinesInTheSameTypeIsJoined() {
        PageSketch p = new PageSketch()
                .type(60)
                .line("World Meteorological")
                .line("Organization")
                .type(36)
                .line("Regional Office for Southern Africa");
        assertThat(sender(englishLetter(p))).isEqualTo("World Meteorological Organization");
    }

    @Test
    void theMinistryUnderTheStateHeadingIsNotItsMotto() {
        PageSketch p = new PageSketch()
                .line("REPUBLIC OF THE NORTHERN ISLES")
                .line("Ministry of Lands and Housing")
                .type(36)
                .line("Survey Division")
                .type(50);
        assertThat(sender(englishLetter(p))).isEqualTo("Ministry of Lands and Housing");
    }

    @Test
    void theWritersDesignationOverADemiOfficialLetterIsNoBody() {
        PageSketch p = new PageSketch()
                .beside("Dr. Meenakshi Raghavan, IAS", 0.78, "Tel.: 011-2306 2157")
                .line("Additional Secretary")
                .line("Mission Director (NHM)")
                .at(0.45, "Government of India")
                .at(0.42, "Ministry of Health & Family Welfare")
                .at(0.42, "Nirman Bhawan, New Delhi – 110011");
        assertThat(sender(englishLetter(p))).isEqualTo("Ministry of Health & Family Welfare");
    }

    @Test
    void withoutAnOfficeWordTheNameInLargeTypeNotTheSeatAbove() {
        PageSketch p = new PageSketch()
                .type(40)
                .at(0.78, "EAC Headquarters")
                .at(0.76, "Afrika Mashariki Road")
                .at(0.76, "P.O. Box 1096, Arusha")
                .type(80)
                .at(0.28, "EAST AFRICAN COMMUNITY")
                .type(40)
                .at(0.42, "One People, One Destiny");
        assertThat(sender(englishLetter(p))).isEqualTo("EAST AFRICAN COMMUNITY");
    }

    @Test
    void aStampReadAsOneTallLineIsNoNameInLargeType() {
        PageSketch p = new PageSketch()
                .line("Ministry of Home Affairs")
                .line("Department of Immigration")
                .tall(0.65, "HARBOURVIEW RE – HRRECEIVED", 150);
        assertThat(sender(englishLetter(p))).isEqualTo("Ministry of Home Affairs, Department of Immigration");
    }

    @Test
    void aReceivedStampAtTheTopIsNotTheSender() {
        PageSketch p = new PageSketch()
                .type(80)
                .at(0.6, "TREASURY & PLANNING DEPT.")
                .at(0.6, "Inward No. 5512")
                .type(50)
                .line("Ministry of Lands and Housing")
                .type(36)
                .line("Survey Division")
                .type(50);
        assertThat(sender(englishLetter(p))).isEqualTo("Ministry of Lands and Housing");
    }

    @Test
    void theLocalAuthorityNotTheMinistryOrTerritoryAboveIt() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ADMINISTRATION TERRITORIALE")
                .line("RÉGION DES HAUTS-PLATEAUX")
                .line("COMMUNE DE VALDORÉ")
                .line("Secrétariat Général")
                .skip(1)
                .line("N° 0412/CV/SG")
                .right("Valdoré, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("de l'Entreprise Batisol")
                .skip(1)
                .line("Objet : Occupation du domaine public")
                .skip(1)
                .line("Monsieur le Directeur,");
        p.lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("COMMUNE DE VALDORÉ");
    }

    @Test
    void aProvinceUnderTheMinistryOfTheInteriorWrites() {
        PageSketch p = new PageSketch()
                .line("ROYAUME DU MAROC")
                .line("*****")
                .line("MINISTÈRE DE L'INTÉRIEUR")
                .line("*****")
                .line("PROVINCE D'EL JADIDA")
                .line("*****")
                .line("SECRÉTARIAT GÉNÉRAL");
        assertThat(sender(frenchLetter(p))).isEqualTo("PROVINCE D'EL JADIDA");
    }

    @Test
    void aDepartmentalServiceBesideThePrefectsBlockWritesUnderItsDepartementsName() {
        PageSketch p = new PageSketch()
                .at(0.62, "Direction départementale")
                .beside("PRÉFET", 0.62, "de la protection des populations")
                .beside("DE LA VIENNE", 0.62, "Service santé et protection animales")
                .line("Liberté")
                .line("Égalité")
                .line("Fraternité");
        assertThat(sender(frenchLetter(p)))
                .isEqualTo("Direction départementale de la protection des populations de la Vienne");
    }

    @Test
    void aNameLineEndingOnAPrepositionGoesOnPastAWideLineSpacing() {
        PageSketch p = new PageSketch()
                .at(0.12, "ROYAUME DU MAROC")
                .skip(1)
                .step(100)
                .at(0.1, "AMBASSADE DU ROYAUME DU")
                .step(62)
                .at(0.16, "MAROC")
                .at(0.15, "À DAKAR");
        assertThat(sender(frenchLetter(p))).startsWith("AMBASSADE DU ROYAUME DU MAROC");
    }

    @Test
    void aPlacesNameInALogosLargeTypeNamesItsCouncil() {
        PageSketch p = new PageSketch()
                .type(90)
                .step(140)
                .at(0.7, "Wexham")
                .type(48)
                .step(62)
                .at(0.7, "Borough Council")
                .at(0.45, "Housing and Communities – Private Sector Housing");
        assertThat(sender(englishLetter(p))).isEqualTo("Wexham Borough Council");
    }

    /**
     * A logo's {@code Blue Mountains} over {@code City Council} in large type, with the council's address set in small
     * type at the right: three of the address lines are read between the logo's two lines.
     */
    @Test
    void aPlacesNameOverItsCouncilWithTheAddressColumnReadInBetween() {
        PageSketch p = new PageSketch()
                .piece(0.2, 144, "Blue Mountains", 47)
                .piece(0.8, 142, "Locked Bag 1005", 24)
                .piece(0.77, 189, "Katoomba NSW 2780", 24)
                .piece(0.2, 222, "City Council", 47)
                .piece(0.78, 239, "Phone 02 4780 5600", 24)
                .piece(0.2, 289, "Environment and Planning – Tree Management", 27)
                .piece(0.74, 286, "council@bmcc.nsw.gov.au", 23)
                .skip(4);
        assertThat(sender(englishLetter(p))).isEqualTo("Blue Mountains City Council");
    }

    /** The ministry's building and street at the top right, over the ministry's name: the building is no sender. */
    @Test
    void aSecretariatComplexAndItsWayAreTheAddress() {
        PageSketch p = new PageSketch()
                .beside("Telephone: 09-4613760", 0.71, "Federal Secretariat Complex")
                .beside("09-4613761", 0.7, "Phase III, Shehu Shagari Way")
                .beside("E-mail: ps@education.gov.ng", 0.78, "P.M.B. 146, Garki")
                .at(0.85, "Abuja")
                .skip(1)
                .at(0.3, "FEDERAL REPUBLIC OF NIGERIA")
                .at(0.23, "FEDERAL MINISTRY OF EDUCATION")
                .at(0.3, "OFFICE OF THE PERMANENT SECRETARY");
        assertThat(sender(englishLetter(p))).startsWith("FEDERAL MINISTRY OF EDUCATION");
    }

    @Test
    void aStatesHeadingOpeningWithTheIsNoPartOfTheName() {
        PageSketch p = new PageSketch()
                .at(0.358, "THE UNITED REPUBLIC OF TANZANIA")
                .at(0.393, "PRIME MINISTER'S OFFICE")
                .at(0.295, "REGIONAL ADMINISTRATION AND LOCAL GOVERNMENT");
        assertThat(sender(englishLetter(p)))
                .startsWith("PRIME MINISTER'S OFFICE")
                .doesNotContain("REPUBLIC");
    }

    @Test
    void ofTwoNamesSideBySideTheOneTheLettersTextUsesWrites() {
        PageSketch p = new PageSketch()
                .beside("AFRICAN UNION", 0.62, "UNION AFRICAINE")
                .skip(1);
        frenchLetter(p)
                .line("La Commission de l'Union africaine vous remercie de votre soutien constant à ses programmes")
                .line("et vous prie d'agréer l'assurance de sa haute considération.");
        assertThat(sender(p)).isEqualTo("UNION AFRICAINE");
    }

    @Test
    void aStateServiceWritesForTheWilayaItServes() {
        PageSketch p = new PageSketch()
                .at(0.2, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE")
                .beside("WILAYA D'ORAN", 0.8, "ولاية وهران")
                .beside("DIRECTION DES TRAVAUX PUBLICS", 0.75, "مديرية الأشغال العمومية")
                .line("SERVICE DES ROUTES");
        assertThat(sender(frenchLetter(p))).isEqualTo("DIRECTION DES TRAVAUX PUBLICS, WILAYA D'ORAN");
    }

    @Test
    void anOfficeNamedOnlyByItsPlaceGivesWayToTheNameInLargerType() {
        PageSketch p = new PageSketch()
                .type(25)
                .at(0.75, "Country Office")
                .type(50)
                .step(70)
                .at(0.15, "Mountain Hope Partners")
                .type(25)
                .step(62)
                .at(0.6, "Plot 12, Airport Road, Lilongwe");
        assertThat(sender(englishLetter(p))).isEqualTo("Mountain Hope Partners");
    }

    @Test
    void anAbbreviationThatIsTheBodysOwnNameStays() {
        PageSketch p = new PageSketch().at(0.55, "UNICEF Malawi Country Office").at(0.55, "P.O. Box 30375, Lilongwe 3");
        assertThat(sender(englishLetter(p))).isEqualTo("UNICEF Malawi Country Office");
    }

    @Test
    void aCouncilsPlaceSetALineAboveItsKindInALogoIsPartOfItsName() {
        PageSketch p = new PageSketch()
                .step(110)
                .at(0.2, "Snowy Valleys")
                .step(62)
                .at(0.2, "Shire Council")
                .at(0.2, "Development Services – Planning");
        assertThat(sender(englishLetter(p))).isEqualTo("Snowy Valleys Shire Council");
    }

    @Test
    void aGovernmentLogosWordReadOnTheAgencysRowIsLeftOut() {
        PageSketch p = new PageSketch().at(0.2, "NSW").at(0.2, "GOVERNMENT Transport for NSW");
        assertThat(sender(englishLetter(p))).isEqualTo("Transport for NSW");
    }

    private static PageSketch frenchLetter(PageSketch p) {
        p.skip(1)
                .line("N° 0318/CHN/DG/2025")
                .right("Lomé, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("de la Caisse Nationale d'Assurance Maladie")
                .skip(1)
                .line("Objet : Créances au titre de l'exercice 2024")
                .skip(1)
                .line("Monsieur le Directeur Général,");
        p.lines(PageSketch.BODY_FR);
        return p;
    }

    @Test
    void aNameSetAsAWordmarkOverTwoLinesIsJoined() {
        PageSketch p = new PageSketch()
                .type(70)
                .at(0.7, "NHS")
                .at(0.7, "Highland")
                .type(36)
                .at(0.6, "Chief Executive's Office")
                .at(0.6, "Assynt House");
        assertThat(sender(englishLetter(p))).isEqualTo("NHS Highland");
    }

    @Test
    void theHospitalUnderItsMinistrysHeadingWritesNotTheMinistry() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE LA SANTÉ")
                .line("CENTRE HOSPITALIER NATIONAL")
                .line("Direction Générale");
        assertThat(sender(frenchLetter(p))).isEqualTo("CENTRE HOSPITALIER NATIONAL");
    }

    @Test
    void aDirectorateUnderItsMinistryLeavesTheMinistryTheSender() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DES FINANCES")
                .line("DIRECTION GÉNÉRALE DU BUDGET")
                .line("Service de la dépense");
        assertThat(sender(frenchLetter(p))).startsWith("MINISTÈRE DES FINANCES");
    }

    @Test
    void thePresidencyAndPrimatureAboveTheMinistryAreNotTheSender() {
        PageSketch p = new PageSketch()
                .line("PRÉSIDENCE DE LA RÉPUBLIQUE")
                .line("PRIMATURE")
                .line("MINISTÈRE DES FINANCES ET DU BUDGET")
                .line("SECRÉTARIAT GÉNÉRAL");
        assertThat(sender(frenchLetter(p))).startsWith("MINISTÈRE DES FINANCES ET DU BUDGET");
    }

    @Test
    void aTelegraphicAddressInTheLetterheadIsNotTheSender() {
        PageSketch p = new PageSketch()
                .line("Telephone: +263 242 706081")
                .line("Telegraphic address: \"AGRILANDS\"")
                .skip(1)
                .at(0.3, "MINISTRY OF LANDS AND RURAL DEVELOPMENT");
        assertThat(sender(englishLetter(p))).isEqualTo("MINISTRY OF LANDS AND RURAL DEVELOPMENT");
    }

    @Test
    void aCourtRegistryInTheLetterheadIsNoReceivedStamp() {
        PageSketch p = new PageSketch()
                .line("THE JUDICIARY OF THE REPUBLIC OF TRINIDAD AND")
                .line("TOBAGO")
                .line("SUPREME COURT OF JUDICATURE — CIVIL REGISTRY")
                .line("Hall of Justice, Knox Street, Port of Spain");
        assertThat(sender(englishLetter(p))).isNotNull().containsIgnoringCase("COURT");
    }

    @Test
    void aCompanysWordmarkEndingWithItsLegalForm() {
        PageSketch p = new PageSketch()
                .type(90)
                .step(120)
                .line("HALVORSEN MECHANICAL")
                .type(50)
                .step(62)
                .line("CONTRACTORS, INC.")
                .right("2840 Industrial Parkway NE")
                .right("Minneapolis, MN 55418");
        assertThat(sender(englishLetter(p))).isEqualTo("HALVORSEN MECHANICAL CONTRACTORS, INC.");
    }

    @Test
    void theNameInLargeTypeOverTheOfficeLinesPrintedSmallAboveIt() {
        PageSketch p = new PageSketch()
                .type(22)
                .right("Banque privée")
                .right("Service Conformité clients")
                .right("Boîte postale 2214")
                .type(50)
                .line("Banque de l'Alzette")
                .type(22)
                .line("LUXEMBOURG · DEPUIS 1921")
                .type(50);
        assertThat(sender(frenchLetter(p))).isEqualTo("Banque de l'Alzette");
    }

    @Test
    void aOneWordOfficeUnderTheTerritoryItServes() {
        PageSketch p = new PageSketch()
                .at(0.1, "MINISTÈRE DE L'ADMINISTRATION TERRITORIALE")
                .at(0.25, "**********")
                .at(0.2, "RÉGION DE SIKASSO")
                .at(0.25, "**********")
                .at(0.22, "GOUVERNORAT")
                .at(0.25, "**********")
                .at(0.25, "CABINET");
        assertThat(sender(frenchLetter(p))).isEqualTo("GOUVERNORAT, RÉGION DE SIKASSO");
    }

    /** The government heads the letterhead and one of its own directorates stands beside it: the government writes. */
    @Test
    void aGovernmentOverOneOfItsDirectoratesIsTheSender() {
        PageSketch p = new PageSketch()
                .type(40)
                .line("Scottish Government")
                .type(28)
                .at(0.56, "Agriculture and Rural Economy Directorate")
                .at(0.56, "Islands Team")
                .type(PageSketch.LINE);
        assertThat(sender(englishLetter(p))).isEqualTo("Scottish Government");
    }

    /** The letters of a logo beside the name ("be" of a ".be" logo), a little lower, are not part of the name. */
    @Test
    void aLogosLettersBesideTheNameAreNoPartOfIt() {
        PageSketch p = new PageSketch()
                .type(36)
                .step(38)
                .at(0.16, "SPF FINANCES")
                .type(42)
                .step(90)
                .at(0.095, "be")
                .type(24)
                .step(62)
                .at(0.16, "Service public fédéral Finances")
                .type(PageSketch.LINE);
        assertThat(sender(englishLetter(p))).isEqualTo("SPF FINANCES");
    }

    /**
     * A received stamp, tilted, so that each of its lines reads as tall as it is widely spaced: its first line is as
     * much the stamp's as its date line.
     */
    @Test
    void aReceivedStampInLargeTypeIsNoSender() {
        PageSketch p = new PageSketch()
                .type(40)
                .line("NATIONAL WATER AND ELECTRICITY COMPANY")
                .line("Directorate General")
                .skip(2)
                .type(90)
                .step(85)
                .at(0.12, "MINISTRY OF WATER AND ENERGY")
                .at(0.15, "PRIVATE SECRETARIAT")
                .at(0.14, "RECEIVED 06 FEB 2025")
                .type(PageSketch.LINE)
                .step(62);
        assertThat(sender(englishLetter(p))).isEqualTo("NATIONAL WATER AND ELECTRICITY COMPANY");
    }

    /**
     * A letterhead name whose end runs under a received stamp set at the right (a ministry's stamp beside the name of
     * the mission writing to it) is no line of the stamp: only a line within the stamp's width is.
     */
    @Test
    void aNameRunningUnderAStampsEdgeIsNoStampLine() {
        PageSketch p = new PageSketch()
                .at(0.6, "PROTOCOL SECTION")
                .at(0.58, "RECEIVED")
                .at(0.21, "HIGH COMMISSION OF THE REPUBLIC OF NAMIBIA")
                .at(0.6, "23 JAN 2025")
                .at(0.45, "NEW DELHI");
        assertThat(sender(englishLetter(p))).isEqualTo("HIGH COMMISSION OF THE REPUBLIC OF NAMIBIA");
    }

    /**
     * A stamp read as one line as tall as the whole stamp reaches no letterhead line far above its top: the lines of a
     * stamp stand close together.
     */
    @Test
    void aStampReadAsOneTallLineReachesNoNameFarAboveIt() {
        PageSketch p = new PageSketch()
                .type(43)
                .at(0.23, "CARIBBEAN COMMUNITY SECRETARIAT")
                .type(PageSketch.LINE)
                .at(0.12, "Turkeyen, Greater Georgetown, P.O. Box 10827, Guyana")
                .skip(3)
                .tall(0.3, "MINISTRY OF FOREIGN AFFAIRS RECEIVED 13 MAY 2024 CENTRAL REGISTRY", 180);
        assertThat(sender(englishLetter(p))).isEqualTo("CARIBBEAN COMMUNITY SECRETARIAT");
    }

    /**
     * The state's motto under its name is known; a later line of names between dashes under the embassy's name (the
     * states it is accredited to) is no second motto, and the embassy's name no state heading.
     */
    @Test
    void anEmbassyOverTheStatesItIsAccreditedToIsTheSender() {
        PageSketch p = new PageSketch()
                .at(0.4, "RÉPUBLIQUE DU BURUNDI")
                .at(0.4, "Unité – Travail – Progrès")
                .at(0.3, "AMBASSADE DE LA RÉPUBLIQUE DU BURUNDI À BRUXELLES")
                .at(0.1, "Royaume de Belgique – Grand-Duché de Luxembourg – Royaume des Pays-Bas – Union européenne")
                .skip(1)
                .line("Réf. : 204.02/0583/AMBABU/BXL/2023")
                .skip(1)
                .at(0.37, "NOTE VERBALE")
                .skip(1)
                .at(0.16, "L'Ambassade de la République du Burundi à Bruxelles présente ses")
                .line("compliments au Service public fédéral Affaires étrangères et a l'honneur de")
                .line("l'informer de l'arrivée de Monsieur Désiré NDAYISHIMIYE, Premier Conseiller.");
        assertThat(sender(p)).isEqualTo("AMBASSADE DE LA RÉPUBLIQUE DU BURUNDI À BRUXELLES");
    }

    /**
     * {@code HM Land} / {@code Registry}: a name set as a wordmark over two lines in large type, its second line a
     * received stamp's word. It is the sender, not the office's line beside it in small type.
     */
    @Test
    void aWordmarkEndingOnAStampsWordIsTheName() {
        PageSketch p = new PageSketch()
                .type(75)
                .piece(0.1, 200, "HM Land", 75)
                .piece(0.1, 290, "Registry", 75)
                .type(50)
                .right("Manchester Office")
                .right("PO Box 74")
                .right("Gloucester GL14 9BB")
                .right("Tel 0300 006 0411");
        assertThat(sender(englishLetter(p))).isEqualTo("HM Land Registry");
    }

    /** An agency with a name of its own under the presidency's heading writes, not the presidency. */
    @Test
    void anAgencyUnderThePresidencysHeadingWrites() {
        PageSketch p = new PageSketch()
                .beside("PRÉSIDENCE DE LA RÉPUBLIQUE", 0.55, "RÉPUBLIQUE GABONAISE")
                .at(0.55, "Union – Travail – Justice")
                .line("AGENCE NATIONALE DES INFRASTRUCTURES")
                .line("NUMÉRIQUES ET DES FRÉQUENCES")
                .at(0.2, "DIRECTION GÉNÉRALE");
        assertThat(sender(frenchLetter(p)))
                .isEqualTo("AGENCE NATIONALE DES INFRASTRUCTURES NUMÉRIQUES ET DES FRÉQUENCES");
    }

    /**
     * A school's name under its académie, set in the left column level with the first lines of an address at the
     * right: the school writes, and its name is read although it comes after the addressee's first line.
     */
    @Test
    void aSchoolUnderItsAcademieBesideTheAddress() {
        PageSketch p = new PageSketch()
                .line("RÉGION ACADÉMIQUE")
                .line("AUVERGNE-RHÔNE-ALPES")
                .skip(1)
                .line("ACADÉMIE DE LYON")
                .beside("Lycée général et technologique", 0.45, "Monsieur et Madame MARTINON")
                .beside("du Val-de-Saône", 0.45, "112, chemin de la Fontaine")
                .at(0.45, "01600 Trévoux")
                .skip(1)
                .at(0.45, "Trévoux, le 4 mars 2025")
                .skip(1)
                .line("Objet : convocation au conseil de discipline")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("Lycée général et technologique du Val-de-Saône");
    }

    /**
     * A ministry's name in large capitals wrapped onto a second line ({@code EDUCATION}), the step between the lines
     * wider than a body line's but close for their type: one name.
     */
    @Test
    void aNameInLargeCapitalsWrapsWithItsTypesStep() {
        PageSketch p = new PageSketch()
                .line("GOVERNMENT OF SIERRA LEONE")
                .type(43)
                .piece(0.19, 260, "MINISTRY OF BASIC AND SENIOR SECONDARY", 43)
                .piece(0.19, 347, "EDUCATION", 43)
                .type(50)
                .skip(3)
                .line("Office of the Permanent Secretary");
        assertThat(sender(englishLetter(p))).isEqualTo("MINISTRY OF BASIC AND SENIOR SECONDARY EDUCATION");
    }

    /**
     * A Ghanaian assembly's name set flush right in capitals over two lines, under the state's name: the two lines
     * end at one point and are one name.
     */
    @Test
    void aNameInCapitalsSetFlushRightWrapsOntoItsNextLine() {
        PageSketch p = new PageSketch()
                .flushRight("REPUBLIC OF GHANA", 0.9)
                .type(60)
                .flushRight("KETA MUNICIPAL", 0.9)
                .flushRight("ASSEMBLY", 0.9)
                .type(PageSketch.LINE)
                .flushRight("P.O. Box 12", 0.9)
                .flushRight("Keta – Volta Region", 0.9);
        assertThat(sender(englishLetter(p))).isEqualTo("KETA MUNICIPAL ASSEMBLY");
    }

    /** A préfecture's name stacked as a typed letterhead of 1908 set it: the preposition alone on its own line. */
    @Test
    void aNameStackedWithItsPrepositionAloneOnALine() {
        PageSketch p = new PageSketch()
                .at(0.18, "PRÉFECTURE")
                .at(0.24, "DE")
                .at(0.17, "SEINE-ET-OISE")
                .skip(1)
                .at(0.21, "3e DIVISION")
                .skip(1)
                .right("Versailles, le 14 mars 1908.")
                .skip(1)
                .right("Monsieur le Maire de Montmorency")
                .skip(1)
                .line("Monsieur le Maire,");
        p.lines(PageSketch.BODY_FR);
        assertThat(sender(p)).isEqualTo("PRÉFECTURE DE SEINE-ET-OISE");
    }

    /** A Sri Lankan district secretariat: the office's kind centred over its town's name in smaller capitals. */
    @Test
    void aLocalAuthoritysKindOverItsPlace() {
        PageSketch p = new PageSketch()
                .row("Telephone : 081-2224501", 0.72, "E-mail : gakandy@gmail.com")
                .centred("DISTRICT SECRETARIAT")
                .type(36)
                .centred("KANDY")
                .type(PageSketch.LINE)
                .skip(1)
                .row("My No.", 0.37, "Your No.", 0.65, "Date")
                .row("KDS/ACC/BS/2024/17", 0.65, "2024.12.05")
                .skip(1)
                .line("All Divisional Secretaries,")
                .line("Kandy District.")
                .skip(1)
                .line("Dear Sir/Madam,");
        p.lines(PageSketch.BODY_EN);
        assertThat(sender(p)).isEqualTo("DISTRICT SECRETARIAT, KANDY");
    }

    /**
     * An international body's letterhead giving its name in two languages, one under the other: the name in the
     * letter's language, not both run together ({@code COMITÉ INTERNATIONAL DE LA CROIX-ROUGE} opens with the French
     * word for a body and joins its words with French ones).
     */
    @Test
    void aNameGivenAgainInAnotherLanguageEndsTheName() {
        PageSketch p = new PageSketch()
                .line("INTERNATIONAL COMMITTEE OF THE RED CROSS")
                .line("COMITÉ INTERNATIONAL DE LA CROIX-ROUGE")
                .line("Regional Delegation Nairobi");
        assertThat(sender(englishLetter(p))).isEqualTo("INTERNATIONAL COMMITTEE OF THE RED CROSS");
    }

    /**
     * Myanmar's ministries head their letters with the whole state's government, its name long with the state's
     * ("Union" is the state's word here, no body's): the heading, the ministry under it writes.
     */
    @Test
    void aGovernmentNamedWithItsStatesLongNameHeadsTheMinistry() {
        PageSketch p = new PageSketch()
                .centred("Government of the Republic of the Union of Myanmar")
                .centred("Ministry of Health")
                .centred("Department of Public Health");
        assertThat(sender(englishLetter(p))).startsWith("Ministry of Health");
    }

    /**
     * The World Bank's country office: its seat in small type at the right, the organisation's name in a logo's large
     * capitals opening with "THE". The article opens the name; the office is only its unit.
     */
    @Test
    void aNameInLargeCapitalsOpeningWithTheArticleOutranksTheCountryOffice() {
        PageSketch p = new PageSketch()
                .right("Nepal Country Office")
                .type(100)
                .line("THE WORLD BANK")
                .type(PageSketch.LINE)
                .right("P.O. Box 798, Kathmandu, Nepal")
                .line("IBRD • IDA  |  WORLD BANK GROUP");
        assertThat(sender(englishLetter(p))).isEqualTo("THE WORLD BANK");
    }
}
