package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Subjects printed without a label (issue 12), as the third pass over the independently written dev letters found
 * them missed, each convention pinned by a small letter written for the test: a salutation offering a choice of
 * forms and numbered paragraphs, a salutation in open punctuation over a long subject in capitals, a subject of
 * three lines set apart under the salutation, and a letter with no salutation at all.
 */
class SubjectWithoutLabelTest {

    /**
     * A Nigerian federal circular: no salutation, the subject a heading in capitals centred over two lines, then
     * paragraphs numbered from 1 with their lines hanging under the first word, not under the number.
     */
    @Test
    void aCircularsCentredHeadingOverAHangingNumberedParagraphIsTheSubject() {
        LetterFields f = fields(new PageSketch()
                .centred("FEDERAL MINISTRY OF EDUCATION")
                .centred("OFFICE OF THE PERMANENT SECRETARY")
                .skip(1)
                .beside("Ref. No: FME/PS/SSD/1032/Vol.IV/87", 0.7, "Date: 12th February, 2024")
                .skip(1)
                .centred("CIRCULAR")
                .skip(1)
                .line("All Honourable Commissioners for Education,")
                .line("36 States of the Federation")
                .skip(1)
                .centred("IMPLEMENTATION OF THE NATIONAL POLICY ON SAFETY, SECURITY AND")
                .centred("VIOLENCE-FREE SCHOOLS: SUBMISSION OF QUARTERLY COMPLIANCE REPORTS")
                .skip(1)
                .line(
                        "1.   I am directed to refer to the National Policy on Safety, Security and Violence-Free Schools")
                .at(0.13, "approved by the Federal Executive Council and to the Minimum Standards for Safe Schools")
                .at(0.13, "issued thereunder, and to inform you that compliance is to be monitored every quarter.")
                .skip(1)
                .line("2.   Accordingly, each State Ministry of Education is required to complete the template")
                .at(0.13, "attached and to forward it to the Director, Special Programmes, in line with the schedule.")
                .skip(1)
                .right("Permanent Secretary"));

        assertThat(f.subject().value())
                .isEqualTo("IMPLEMENTATION OF THE NATIONAL POLICY ON SAFETY, SECURITY AND"
                        + " VIOLENCE-FREE SCHOOLS: SUBMISSION OF QUARTERLY COMPLIANCE REPORTS");
    }

    /**
     * A Malian note de service with neither addressee nor subject: its heading names the kind of document and its
     * number ({@code NOTE DE SERVICE N° 2023-0145/MSDS-SG-DGSHP}) and is no subject, and the letterhead's column
     * above it no addressee.
     */
    @Test
    void aNoteDeServicesHeadingWithItsNumberIsNoSubject() {
        LetterFields f = fields(new PageSketch()
                .beside("MINISTERE DE LA SANTE ET DU", 0.65, "REPUBLIQUE DU MALI")
                .beside("DEVELOPPEMENT SOCIAL", 0.65, "Un Peuple – Un But – Une Foi")
                .line("**********")
                .line("SECRETARIAT GENERAL")
                .line("**********")
                .beside("DIRECTION GENERALE DE LA SANTE", 0.66, "Bamako, le 12 septembre 2023")
                .line("ET DE L'HYGIENE PUBLIQUE")
                .line("**********")
                .skip(2)
                .centred("NOTE DE SERVICE N° 2023-0145/MSDS-SG-DGSHP")
                .skip(2)
                .line("Dans le cadre de la réception des vaccins destinés à la campagne nationale de vaccination, il")
                .line("est créé au sein de la Direction Générale de la Santé une commission chargée de la réception")
                .line("et du contrôle des intrants au niveau du dépôt central de la ville de Bamako et des régions.")
                .skip(1)
                .right("Le Directeur Général"));

        assertThat(f.subject().found()).isFalse();
        assertThat(f.recipient().found()).isFalse();
    }

    /** Malaysian ministries: {@code Dato'/Sir/Madam,} then the subject, then paragraphs numbered from 1. */
    @Test
    void aSalutationOfferingFormsAndNumberedParagraphsFrameTheSubject() {
        LetterFields f = fields(new PageSketch()
                .line("KEMENTERIAN KESIHATAN MALAYSIA")
                .line("MINISTRY OF HEALTH MALAYSIA")
                .skip(2)
                .line("State Health Director")
                .line("Selangor State Health Department")
                .line("40100 Shah Alam")
                .line("SELANGOR")
                .skip(1)
                .line("Dato'/Sir/Madam,")
                .skip(1)
                .line("INTENSIFICATION OF DENGUE PREVENTION AND CONTROL ACTIVITIES IN OUTBREAK")
                .line("LOCALITIES IN THE STATE OF SELANGOR")
                .skip(1)
                .line("1. With respect, I refer to the above matter.")
                .skip(1)
                .line("2. Data from the surveillance system show that the State of Selangor recorded")
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,"));

        assertThat(f.subject().value())
                .isEqualTo("INTENSIFICATION OF DENGUE PREVENTION AND CONTROL ACTIVITIES IN OUTBREAK"
                        + " LOCALITIES IN THE STATE OF SELANGOR");
        assertThat(f.recipient().value().block()).startsWith("State Health Director, Selangor State Health");
    }

    /** Open punctuation: {@code Dear Mr and Mrs Fortuin} with no comma, a subject whose middle line ends in one. */
    @Test
    void aShortSubjectSetApartAboveTheSalutation() {
        LetterFields f = fields(new PageSketch()
                .line("RÉPUBLIQUE ET CANTON DE NEUCHÂTEL")
                .line("SERVICE DES CONTRIBUTIONS")
                .skip(1)
                .beside("Service des contributions", 0.52, "RECOMMANDÉE")
                .beside("Case postale", 0.52, "Monsieur")
                .beside("2301 La Chaux-de-Fonds", 0.52, "Yannick Perrenoud")
                .at(0.52, "Rue du Doubs 87")
                .at(0.52, "2300 La Chaux-de-Fonds")
                .skip(2)
                .beside("N/réf. : OTPP/LJ/2024-15873", 0.64, "La Chaux-de-Fonds, le 12 novembre 2024")
                .line("N° de contribuable : 1.487.305.62")
                .skip(2)
                .line("Sommation – déclaration d'impôt 2023")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR));

        assertThat(f.subject().value()).isEqualTo("Sommation – déclaration d'impôt 2023");
    }

    /**
     * A Swiss town's subject without a label between the date and the salutation: the matter on a wide line, what is
     * asked about it on a shorter one under it.
     */
    @Test
    void aSubjectsMatterAndWhatIsAskedOnTwoLinesAboveTheSalutation() {
        LetterFields f = fields(new PageSketch()
                .line("Ville de Lausanne")
                .line("Office de la police des constructions")
                .skip(2)
                .beside("Rue du Port-Franc 18", 0.56, "Madame")
                .beside("1002 Lausanne", 0.56, "Claire Dufour-Rochat")
                .at(0.56, "Chemin de Montolivet 19")
                .at(0.56, "1006 Lausanne")
                .skip(2)
                .row("Nos réf.", 0.23, "YBo/nbe – PC 2024-0287")
                .skip(1)
                .at(0.56, "Lausanne, le 14 mars 2024")
                .skip(1)
                .line("Installation d'une pompe à chaleur – Chemin de Montolivet 19")
                .line("Demande de compléments")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR));

        assertThat(f.subject().value())
                .isEqualTo("Installation d'une pompe à chaleur – Chemin de Montolivet 19 Demande de compléments");
    }

    /**
     * A Zambian city council's subject in capitals under the salutation, wrapped so that the Act's number and year
     * stand alone on its second line: no date line.
     */
    @Test
    void aSubjectsLineWithALawsNumberAndYearIsNoDate() {
        LetterFields f = fields(new PageSketch()
                .line("NDOLA CITY COUNCIL")
                .line("Department of Public Health")
                .skip(1)
                .line("Our Ref: NCC/PH/FS/26/014")
                .line("Date: 28 January 2026")
                .skip(1)
                .line("The Proprietor")
                .line("Chisokone Fresh Bakery Limited")
                .line("NDOLA")
                .skip(1)
                .line("Dear Sir/Madam,")
                .skip(1)
                .line("INSPECTION OF FOOD PREMISES – NON-COMPLIANCE WITH THE FOOD SAFETY ACT")
                .line("NO. 7 OF 2019")
                .skip(1)
                .lines(PageSketch.BODY_EN));

        assertThat(f.subject().value())
                .isEqualTo("INSPECTION OF FOOD PREMISES – NON-COMPLIANCE WITH THE FOOD SAFETY ACT NO. 7 OF 2019");
    }

    /**
     * A Chadian office centres its subject without a label over two lines above the salutation, the second going on
     * from the first after a dash.
     */
    @Test
    void aSubjectCentredOverTwoLinesGoingOnAfterADash() {
        LetterFields f = fields(new PageSketch()
                .line("OFFICE NATIONAL DE SÉCURITÉ ALIMENTAIRE")
                .line("DIRECTION GÉNÉRALE")
                .skip(1)
                .line("N° 0276/PR/PM/MA/SG/ONASA/DG/2024")
                .right("N'Djamena, le 15 mai 2024")
                .skip(1)
                .at(0.5, "À")
                .at(0.5, "Monsieur le Gouverneur de la Province du Ouaddaï")
                .at(0.5, "ABÉCHÉ")
                .skip(2)
                .centred("Distribution gratuite ciblée de céréales aux ménages vulnérables du Ouaddaï")
                .centred("– période de soudure 2024")
                .skip(1)
                .line("Monsieur le Gouverneur,")
                .lines(PageSketch.BODY_FR));

        assertThat(f.subject().value())
                .isEqualTo("Distribution gratuite ciblée de céréales aux ménages vulnérables du Ouaddaï – période de"
                        + " soudure 2024");
    }

    @Test
    void aCircularsSubjectMayOpenWithTheYearOfItsMatter() {
        LetterFields f = fields(new PageSketch()
                .at(0.33, "OYO STATE OF NIGERIA")
                .at(0.31, "OFFICE OF THE HEAD OF SERVICE")
                .skip(1)
                .line("Ref. No.: HOS/EST/1053/Vol.IV/212")
                .right("Date: 9th May, 2024")
                .skip(1)
                .line("All Permanent Secretaries,")
                .line("All Heads of Extra-Ministerial Departments,")
                .line("The Chief Registrar, High Court of Justice, Ibadan.")
                .skip(1)
                .at(0.15, "2024 STAFF VERIFICATION AND BIOMETRIC DATA CAPTURE EXERCISE")
                .skip(1)
                .line("1. In line with the State Government's resolve to sanitise the payroll and to build a reliable")
                .at(0.15, "database of all public servants for effective manpower planning, His Excellency, the")
                .at(0.15, "Executive Governor, has approved the conduct of a State-wide staff verification.")
                .skip(1)
                .lines(PageSketch.BODY_EN));

        assertThat(f.subject().value()).isEqualTo("2024 STAFF VERIFICATION AND BIOMETRIC DATA CAPTURE EXERCISE");
    }

    @Test
    void aMaoriGreetingIsTheSalutationOverTheSubject() {
        LetterFields f = fields(new PageSketch()
                .right("Heritage New Zealand")
                .right("Pouhere Taonga")
                .skip(2)
                .line("Our reference: 2025/217")
                .line("21 May 2025")
                .skip(1)
                .line("Ben Tapsell")
                .line("Aoraki Developments Limited")
                .line("PO Box 842")
                .line("Timaru 7940")
                .skip(1)
                .line("Tēnā koe Ben")
                .skip(1)
                .line("Archaeological authority application 2025/217 – 44 Selwyn Street, Timaru – decision")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Nāku noa, nā"));

        assertThat(f.subject().value())
                .isEqualTo("Archaeological authority application 2025/217 – 44 Selwyn Street, Timaru – decision");
    }

    @Test
    void aSalutationWithoutCommaOverASubjectWrappedAtACommaInCapitals() {
        LetterFields f = fields(new PageSketch()
                .line("CITY OF CAPE TOWN")
                .skip(2)
                .line("Mr D.J. Fortuin and Mrs R. Fortuin")
                .line("17 Wessels Road")
                .line("Green Point")
                .line("8005")
                .skip(1)
                .line("Dear Mr and Mrs Fortuin")
                .skip(1)
                .line("NOTICE IN TERMS OF SECTION 4(1) OF THE NATIONAL BUILDING REGULATIONS AND")
                .line("STANDARDS ACT, 1977 (ACT 103 OF 1977): UNAUTHORISED BUILDING WORK ON ERF 9142,")
                .line("GREEN POINT")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours sincerely"));

        assertThat(f.subject().value())
                .isEqualTo("NOTICE IN TERMS OF SECTION 4(1) OF THE NATIONAL BUILDING REGULATIONS AND STANDARDS ACT,"
                        + " 1977 (ACT 103 OF 1977): UNAUTHORISED BUILDING WORK ON ERF 9142, GREEN POINT");
        assertThat(f.recipient().value().block())
                .isEqualTo("Mr D.J. Fortuin and Mrs R. Fortuin, 17 Wessels Road," + " Green Point, 8005");
    }

    /** A case title wrapped onto a short second line and the notice's name under it, spaced apart as one block. */
    @Test
    void threeLinesSetApartUnderTheSalutationAreOneSubject() {
        LetterFields f = fields(new PageSketch()
                .line("SUPREME COURT OF JUDICATURE")
                .skip(2)
                .line("Pollard, Gopeesingh & Co.")
                .line("14 St. Vincent Street")
                .line("Port of Spain")
                .skip(1)
                .line("Dear Sirs/Madam,")
                .skip(1)
                .line("Claim No. CV2024-01873 – Kessington Holdings Limited v. The Port Authority of")
                .line("Trinidad and Tobago")
                .line("Notice of Case Management Conference")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,"));

        assertThat(f.subject().value())
                .isEqualTo("Claim No. CV2024-01873 – Kessington Holdings Limited v. The Port Authority of"
                        + " Trinidad and Tobago Notice of Case Management Conference");
    }

    /** A court's notice and a ministry's circular go from the addressee to the matter: no salutation. */
    @Test
    void withoutASalutationTheLineSetApartAboveTheBodyIsTheSubject() {
        LetterFields f = fields(new PageSketch()
                .line("TRIBUNAL ADMINISTRATIF DE MONTPELLIER")
                .skip(2)
                .right("Monsieur le Maire de Sète")
                .right("Hôtel de Ville")
                .right("34200 SÈTE")
                .skip(2)
                .at(0.2, "NOTIFICATION DE LA REQUÊTE INTRODUCTIVE D'INSTANCE")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie de croire, Monsieur le Maire, à l'assurance de ma considération distinguée."));

        assertThat(f.subject().value()).isEqualTo("NOTIFICATION DE LA REQUÊTE INTRODUCTIVE D'INSTANCE");
    }

    /**
     * A Ugandan circular's heading in capitals, set in from the margin, ends near the right margin: the body's first
     * line under it does not go on from it.
     */
    @Test
    void aHeadingInCapitalsSetInNearTheMarginIsNoWrappedBodyLine() {
        LetterFields f = fields(new PageSketch()
                .centred("THE REPUBLIC OF UGANDA")
                .skip(1)
                .line("In any correspondence on")
                .line("this subject please quote No. ADM 45/227/01")
                .skip(1)
                .line("All Chief Administrative Officers")
                .line("All City and Municipal Town Clerks")
                .skip(1)
                .at(0.13, "HANDOVER OF OFFICE BY ACCOUNTING OFFICERS IN LOCAL GOVERNMENTS")
                .skip(1)
                .line("Notwithstanding the Standing Orders, a number of Accounting Officers who")
                .line("were transferred or retired left their stations without handing over.")
                .lines(PageSketch.BODY_EN));

        assertThat(f.subject().value()).isEqualTo("HANDOVER OF OFFICE BY ACCOUNTING OFFICERS IN LOCAL GOVERNMENTS");
        assertThat(f.reference().value()).isEqualTo("ADM 45/227/01");
    }

    /** The opening sentence of a note verbale runs to the margin and on: it is no subject. */
    @Test
    void theFirstLineOfANoteVerbaleIsNoSubject() {
        LetterFields f = fields(new PageSketch()
                .line("MINISTÈRE DES RELATIONS EXTÉRIEURES")
                .line("N° 25/01472/DIPL/MINREX/DPE/DPI")
                .skip(1)
                .at(0.4, "NOTE VERBALE")
                .skip(2)
                .at(0.15, "Le Ministère des Relations Extérieures de la République (Direction du")
                .line("Protocole d'État) présente ses compliments à l'Ambassade de la République à")
                .line("Yaoundé et, se référant à la Note Verbale de cette dernière du 18 février 2025, a")
                .lines(PageSketch.BODY_FR));

        assertThat(f.subject().value()).isNull();
    }

    /** A sentence of greeting set apart under the salutation is the body's first paragraph, not a subject. */
    @Test
    void aGreetingSentenceUnderTheSalutationIsNoSubject() {
        LetterFields f = fields(new PageSketch()
                .line("COMMUNITY HEALTH INITIATIVE LIBERIA")
                .skip(2)
                .line("Dr. Samuel Tokpa")
                .line("County Health Officer")
                .line("Gbarnga, Bong County")
                .skip(1)
                .line("Dear Dr. Tokpa:")
                .skip(1)
                .line("Warm greetings from Community Health Initiative Liberia (CHI-Liberia).")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Sincerely,"));

        assertThat(f.subject().value()).isNull();
    }

    /** A span of years on the wrapped line of a subject in capitals is no date line. */
    @Test
    void aSpanOfYearsEndsASubjectInCapitalsUnderTheSalutation() {
        LetterFields f = fields(new PageSketch()
                .line("MZUZU CITY COUNCIL")
                .skip(2)
                .line("The Secretary for Local Government")
                .line("P.O. Box 30312")
                .line("LILONGWE 3")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RESPONSE TO QUERIES ON THE RURAL WATER POINTS REHABILITATION PROGRAMME FOR")
                .line("2023/2024 FINANCIAL YEAR")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,"));

        assertThat(f.subject().value())
                .isEqualTo("RESPONSE TO QUERIES ON THE RURAL WATER POINTS REHABILITATION PROGRAMME FOR 2023/2024"
                        + " FINANCIAL YEAR");
    }

    /** A court registry's heading, centred, over the line saying how the letter travels, over the salutation. */
    @Test
    void aCentredHeadingAboveTheDeliveryLineIsTheSubject() {
        LetterFields f = fields(new PageSketch()
                .line("TRIBUNAL ADMINISTRATIF DE RENNES")
                .line("Dossier n° : 2301877-3")
                .skip(2)
                .right("Madame Gwenaëlle TANGUY")
                .right("8, rue des Hortensias")
                .right("29200 BREST")
                .skip(1)
                .right("Rennes, le 12/06/2023")
                .skip(2)
                .at(0.388, "NOTIFICATION DE JUGEMENT")
                .at(0.35, "Lettre recommandée avec avis de réception")
                .skip(1)
                .line("Madame,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie d'agréer, Madame, l'expression de ma considération distinguée."));

        assertThat(f.subject().value()).isEqualTo("NOTIFICATION DE JUGEMENT");
    }

    /** Three lines in capitals above the salutation, the second ending with a comma, the last giving the dates. */
    @Test
    void aSubjectWrappedAtACommaMayEndWithTheDatesOfItsMeeting() {
        LetterFields f = fields(new PageSketch()
                .line("COMMISSION DE L'UNION AFRICAINE")
                .skip(2)
                .line("Son Excellence")
                .line("Monsieur le Ministre de la Santé")
                .line("Niamey")
                .skip(2)
                .line("INVITATION À LA TROISIÈME SESSION ORDINAIRE DU COMITÉ TECHNIQUE SPÉCIALISÉ")
                .line("SUR LA SANTÉ, LA POPULATION ET LE CONTRÔLE DES DROGUES, ADDIS-ABEBA, ÉTHIOPIE,")
                .line("4 – 8 MARS 2024")
                .skip(1)
                .line("Excellence,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Excellence, l'assurance de ma haute considération."));

        assertThat(f.subject().value())
                .isEqualTo("INVITATION À LA TROISIÈME SESSION ORDINAIRE DU COMITÉ TECHNIQUE SPÉCIALISÉ SUR LA SANTÉ, LA"
                        + " POPULATION ET LE CONTRÔLE DES DROGUES, ADDIS-ABEBA, ÉTHIOPIE, 4 – 8 MARS 2024");
    }

    /**
     * A subject set as two lines of its own above the salutation, each short of the margin (the matter, then the
     * property it is about), the second opening with the street number.
     */
    @Test
    void twoLinesOfAHeadingAboveTheSalutationAreOneSubject() {
        PageSketch p = new PageSketch()
                .line("City of Kelowna")
                .skip(1)
                .line("Harjit and Manpreet Sandhu")
                .line("892 Glenmore Drive")
                .line("Kelowna, BC  V1Y 4P6")
                .skip(1)
                .line("Notice of Bylaw Contravention – Unauthorized Secondary Suite")
                .line("892 Glenmore Drive (Lot 7, District Lot 138, ODYD, Plan 21455)")
                .skip(1)
                .line("Dear Harjit and Manpreet Sandhu:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Notice of Bylaw Contravention – Unauthorized Secondary Suite 892 Glenmore Drive (Lot 7, "
                        + "District Lot 138, ODYD, Plan 21455)");
    }

    /**
     * A subject set in bold under the salutation, wrapped over two lines and read as the body's first lines: set
     * apart from the paragraph under it and ending with no stop, it is the subject.
     */
    @Test
    void aHeadingUnderTheSalutationReadAsTheBodysFirstLinesIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("Whakatāne District Council")
                .skip(1)
                .line("Aroha Ngata")
                .line("PO Box 662")
                .line("Whakatāne 3158")
                .skip(1)
                .line("5 September 2024")
                .skip(1)
                .line("Tēnā koe Aroha")
                .skip(1)
                .line("Request for further information – Resource consent application RC24/0187, 2-lot subdivision")
                .line("and new dwelling, 12 Muriwai Drive, Whakatāne")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Request for further information – Resource consent application RC24/0187, 2-lot "
                        + "subdivision and new dwelling, 12 Muriwai Drive, Whakatāne");
    }

    /**
     * A column of labels and values at the left ({@code Our ref}, {@code Tax reference}) beside the date, the subject
     * and the salutation set further right: its lines, read in between, do not hide the subject over the salutation.
     */
    @Test
    void aColumnOfLabelsBesideTheSubjectHidesItNot() {
        PageSketch p = new PageSketch()
                .line("Revenue Jersey")
                .skip(1)
                .at(0.31, "Mr Daniel Pallot")
                .at(0.31, "La Rue de la Pointe, St Ouen")
                .skip(1)
                .beside("Date", 0.31, "22 July 2024")
                .line("Our ref")
                .beside("RJ/COMP/24/08813", 0.31, "Personal income tax return 2023 – enquiry")
                .line("Tax reference")
                .beside("419 227 A", 0.31, "Dear Mr Pallot")
                .at(0.31, "I am writing to tell you that I am checking your personal income tax return for")
                .at(0.31, "2023. Please send me the papers listed below within thirty days of this letter.");
        assertThat(fields(p).subject().value()).isEqualTo("Personal income tax return 2023 – enquiry");
    }

    /**
     * A letter without a salutation (a Swiss federal office's) sets its subject in bold under the place and date,
     * wrapped over two lines and read as the body's first: set apart from the paragraph under it and ending with no
     * stop, it is the subject.
     */
    @Test
    void aHeadingOverTheBodyOfALetterWithoutSalutationIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("Office fédéral de la culture OFC")
                .skip(1)
                .at(0.52, "Direction générale des immeubles et du patrimoine")
                .at(0.52, "Place de la Riponne 10")
                .at(0.52, "1014 Lausanne")
                .skip(1)
                .line("Référence du dossier : BAK-333.21-2/5/2")
                .skip(1)
                .line("Berne, 21 mars 2025")
                .skip(1)
                .line("Convention-programme 2025–2028 dans le domaine de la protection du patrimoine culturel et de la")
                .line("conservation des monuments historiques – versement de la tranche 2025")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Convention-programme 2025–2028 dans le domaine de la protection du patrimoine culturel et "
                        + "de la conservation des monuments historiques – versement de la tranche 2025");
    }

    /**
     * A statute's heading stacked in capitals under the salutation, four short lines one under the other (the Act,
     * the scheme, the authorisation, the amendment's code), set apart from the body: all four are the subject.
     */
    @Test
    void fourLinesOfAStatutesHeadingInCapitalsAreTheSubject() {
        PageSketch p = new PageSketch()
                .line("Department of Transport and Planning")
                .skip(1)
                .line("Ms Natalie Greco")
                .line("Bayside City Council")
                .line("SANDRINGHAM VIC 3191")
                .skip(1)
                .line("28 March 2025")
                .skip(1)
                .line("Dear Ms Greco")
                .skip(1)
                .line("PLANNING AND ENVIRONMENT ACT 1987")
                .line("BAYSIDE PLANNING SCHEME")
                .line("AUTHORISATION A0789")
                .line("AMENDMENT C205bays")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("PLANNING AND ENVIRONMENT ACT 1987 BAYSIDE PLANNING SCHEME AUTHORISATION A0789 AMENDMENT "
                        + "C205bays");
    }

    /**
     * A subject opening with the property's address, then a dash and the matter, set above the salutation: not an
     * address line, which has no such dash and words after it.
     */
    @Test
    void aSubjectOpeningWithThePropertysAddress() {
        PageSketch p = new PageSketch()
                .line("HM Land Registry")
                .skip(2)
                .line("Hargreaves Thorne LLP")
                .line("DX 14307")
                .line("Manchester 1")
                .skip(2)
                .line("14 Ashgrove Road, Sale M33 6PL – requisition on your application")
                .skip(1)
                .line("Dear Sir or Madam")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("14 Ashgrove Road, Sale M33 6PL – requisition on your application");
    }

    /**
     * A Ghanaian assembly's letter goes from the addressee in capitals to the matter in capitals, wrapped with its
     * last word centred, then to a paragraph whose first line is so full of names (an Act, its section) that its
     * words alone do not say prose. That first line is the body's, the heading above it the subject, and the
     * heading is no part of the address.
     */
    @Test
    void aHeadingInCapitalsOverAParagraphOpeningOnNamesIsTheSubjectNotTheAddress() {
        LetterFields f = fields(assemblyLetter());
        assertThat(f.subject().value())
                .isEqualTo("SUBMISSION OF THE 2025–2028 COMPOSITE BUDGET AND THE 2025 FEE-FIXING RESOLUTION");
        assertThat(f.recipient().value().block()).isEqualTo(ASSEMBLY_ADDRESSEE);
    }

    /** The layout model's address block run on into that subject is not taken over the rules' address. */
    @Test
    void theModelsAddressRunIntoTheSubjectGivesWayToTheRules() {
        LetterFields f =
                FieldExtractor.create().extract(assemblyLetter().document()).fields();
        assertThat(f.recipient().value().block()).isEqualTo(ASSEMBLY_ADDRESSEE);
    }

    /** A Central African town hall centres its subject in capitals over two lines above the salutation. */
    @Test
    void twoCentredLinesInCapitalsAboveTheSalutationAreTheSubject() {
        PageSketch p = new PageSketch()
                .centred("MAIRIE DE BANGUI")
                .centred("CABINET DU MAIRE")
                .skip(1)
                .line("N° 0217/MATDDL/MB/CAB/SG/25")
                .right("Bangui, le 16 avril 2025")
                .skip(1)
                .right("MONSIEUR LE DIRECTEUR GÉNÉRAL")
                .right("DE LA SODECA")
                .right("- BANGUI")
                .skip(1)
                .centred("RÉHABILITATION DES BORNES-FONTAINES PUBLIQUES")
                .centred("DANS LES 3ème ET 5ème ARRONDISSEMENTS")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("RÉHABILITATION DES BORNES-FONTAINES PUBLIQUES DANS LES 3ème ET 5ème ARRONDISSEMENTS");
    }

    /**
     * Vanuatu's ministry sets its subject under the address with three quarters of a white line above it: set apart
     * enough. An {@code Attention:} line set so under the address is no subject.
     */
    @Test
    void aLineThreeQuartersOfALineUnderTheAddressIsTheSubjectUnlessItIsAnAttentionLine() {
        PageSketch vanuatu = new PageSketch()
                .line("MINISTÈRE DE L'ÉDUCATION ET DE LA FORMATION")
                .skip(1)
                .right("Port-Vila, le 18 janvier 2021")
                .line("Monsieur le Proviseur")
                .line("Lycée Louis-Antoine de Bougainville")
                .step(110)
                .line("Port-Vila")
                .step(124)
                .line("BOURSES D'ÉTUDES SUPÉRIEURES 2021 – CANDIDATS RETENUS")
                .step(62)
                .line("Monsieur le Proviseur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(vanuatu).subject().value())
                .isEqualTo("BOURSES D'ÉTUDES SUPÉRIEURES 2021 – CANDIDATS RETENUS");

        PageSketch gambia = new PageSketch()
                .line("MINISTRY OF FISHERIES AND WATER RESOURCES")
                .skip(1)
                .right("12th March, 2025")
                .line("The Permanent Secretary")
                .line("Ministry of Environment")
                .step(110)
                .line("Banjul")
                .step(124)
                .line("Attention: The Executive Director, National Environment Agency")
                .step(62)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(gambia).subject().found()).isFalse();
    }

    /**
     * A Nigerian ministry's letter goes from the address and its attention line straight to its matter: a heading in
     * capitals on two lines, opening with the session's ordinal, then the first paragraph without a salutation. The
     * ordinal is no street number.
     */
    @Test
    void aHeadingInCapitalsOpeningWithAnOrdinalIsTheSubjectOfALetterWithoutSalutation() {
        PageSketch nigeria = new PageSketch()
                .line("FEDERAL MINISTRY OF EDUCATION")
                .right("14th April, 2025")
                .skip(1)
                .line("The Honourable Commissioner,")
                .line("Ministry of Education,")
                .line("Kano State.")
                .skip(1)
                .line("Attention: The Permanent Secretary")
                .skip(1)
                .line("69TH MINISTERIAL SESSION OF THE NATIONAL COUNCIL ON EDUCATION")
                .line("(NCE): SUBMISSION OF MEMORANDA AND NOMINATION OF DELEGATES")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(nigeria).subject().value())
                .isEqualTo("69TH MINISTERIAL SESSION OF THE NATIONAL COUNCIL ON EDUCATION (NCE): SUBMISSION OF "
                        + "MEMORANDA AND NOMINATION OF DELEGATES");
    }

    /**
     * A Sri Lankan district secretariat's circular: the addressees, then a short subject with no label set apart above
     * the first paragraph, no salutation, and a received stamp's number read beside the subject at the right. The
     * subject is not the address's last line.
     */
    @Test
    void aShortSubjectOverABodyWithoutSalutationBesideAStampsNumber() {
        PageSketch kandy = new PageSketch()
                .centred("DISTRICT SECRETARIAT")
                .centred("KANDY")
                .skip(1)
                .row("My No.", 0.37, "Your No.", 0.65, "Date")
                .row("KDS/ACC/BS/2024/17", 0.65, "2024.12.05")
                .skip(1)
                .line("All Divisional Secretaries,")
                .line("Kandy District.")
                .skip(1)
                .beside("Annual Board of Survey – 2024", 0.78, "No. 2187")
                .halfSkip()
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(kandy);
        assertThat(f.subject().value()).isEqualTo("Annual Board of Survey – 2024");
        assertThat(f.recipient().value().block()).isEqualTo("All Divisional Secretaries, Kandy District.");
    }

    private static final String ASSEMBLY_ADDRESSEE =
            "THE REGIONAL COORDINATING DIRECTOR, VOLTA REGIONAL COORDINATING COUNCIL, HO";

    private static PageSketch assemblyLetter() {
        return new PageSketch()
                .flushRight("REPUBLIC OF GHANA", 0.83)
                .flushRight("KETA MUNICIPAL ASSEMBLY", 0.83)
                .line("My Ref. No.: KMA/ADM/BUD/24/112")
                .flushRight("18th November, 2024", 0.83)
                .skip(1)
                .line("THE REGIONAL COORDINATING DIRECTOR")
                .line("VOLTA REGIONAL COORDINATING COUNCIL")
                .line("HO")
                .skip(1)
                .line("SUBMISSION OF THE 2025–2028 COMPOSITE BUDGET AND THE 2025 FEE-FIXING")
                .at(0.403, "RESOLUTION")
                .skip(1)
                .line("In accordance with Section 125 of the Local Governance Act, 2016 (Act 936) and")
                .line("the Budget Guidelines issued by the Ministry of Finance, we submit herewith")
                .line("three copies of the Assembly's Composite Budget and of its Fee-Fixing Resolution")
                .line("for review by the Regional Budget Hearing Committee at its coming session.");
    }

    /**
     * A bordereau d'envoi: its subject centred under the heading that names the document, over the table of the
     * documents sent, with no salutation; a soit-transmis without such a line has none.
     */
    @Test
    void aSubjectCentredUnderTheDocumentsKind() {
        PageSketch p = new PageSketch()
                .line("DIRECTION DÉPARTEMENTALE DES FINANCES PUBLIQUES")
                .right("Orléans, le 14 mai 2025")
                .right("Madame la Préfète du Loiret")
                .right("45042 ORLÉANS CEDEX 1")
                .line("Réf. : 2025/PGP/DCL/0147")
                .skip(1)
                .centred("BORDEREAU D'ENVOI")
                .centred("Contrôle budgétaire – Commune de Jargeau")
                .skip(1)
                .row("Désignation des pièces", 0.55, "Nombre", 0.7, "Observations")
                .row("Fiche d'analyse du budget primitif 2025", 0.58, "1", 0.7, "Déséquilibre réel")
                .row("Balance générale des comptes", 0.58, "1", 0.7, "—")
                .skip(1);
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value()).isEqualTo("Contrôle budgétaire – Commune de Jargeau");

        PageSketch without = new PageSketch()
                .line("MINISTÈRE DE L'ÉDUCATION NATIONALE")
                .right("Antananarivo, le 3 mars 2025")
                .skip(1)
                .centred("SOIT-TRANSMIS")
                .skip(1)
                .row("Pièce", 0.55, "Nombre", 0.7, "Observations")
                .row("Rapport de la mission d'inspection", 0.58, "1", 0.7, "Pour attribution")
                .skip(1);
        without.lines(PageSketch.BODY_FR);
        assertThat(fields(without).subject().found()).isFalse();
    }

    /** A Pacific regional body: the subject in capitals, then a greeting sentence opening the body. */
    @Test
    void aGreetingSentenceUnderASubjectInCapitalsOpensTheBody() {
        LetterFields f = fields(new PageSketch()
                .line("PACIFIC ISLANDS FORUM SECRETARIAT")
                .skip(2)
                .line("The Secretary to Government")
                .line("Office of the Prime Minister")
                .line("Funafuti")
                .line("TUVALU")
                .skip(1)
                .line("Dear Secretary to Government,")
                .skip(1)
                .line("PACIFIC RESILIENCE FACILITY – SIGNATURE AND RATIFICATION")
                .skip(1)
                .line("Warm Pacific greetings from the Pacific Islands Forum Secretariat.")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours sincerely,"));
        assertThat(f.subject().value()).isEqualTo("PACIFIC RESILIENCE FACILITY – SIGNATURE AND RATIFICATION");
    }
}
