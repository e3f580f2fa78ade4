package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions of real correspondence for the addressee, subject, copies and signature (issue 12), each pinned by a
 * small letter written for the test: open punctuation, the addressee's organisation above the person, a subject
 * that ends short of the margin or stands unlabelled above the salutation, copy headings without a colon, a title
 * on two lines.
 */
class CorrespondenceFamiliesTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    @Test
    void theAddressAboveASalutationInOpenPunctuation() {
        PageSketch p = new PageSketch()
                .line("Department of Coastal Works")
                .skip(1)
                .line("12 May 2025")
                .skip(1)
                .line("Greenfield Survey Partners Pty Ltd")
                .line("Attention: Ms Helen Torrance")
                .line("PO Box 881")
                .line("Bundaberg QLD 4670")
                .skip(1)
                .line("Dear Ms Torrance")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours sincerely");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Greenfield Survey Partners Pty Ltd, Attention: Ms Helen Torrance, PO Box 881,"
                        + " Bundaberg QLD 4670");
    }

    @Test
    void theAddresseesOrganisationAboveThePerson() {
        PageSketch p = new PageSketch()
                .line("SERVICE PUBLIC DES FINANCES")
                .skip(1)
                .right("Namur, le 4 avril 2025")
                .skip(1)
                .line("HARBOUR TRADING SRL")
                .line("Madame Lucie Marchal")
                .line("Administratrice")
                .line("Rue Haute 12")
                .line("1000 Bruxelles")
                .skip(1)
                .line("Objet : Avis de rectification")
                .skip(1)
                .line("Madame,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block()).startsWith("HARBOUR TRADING SRL, Madame Lucie Marchal");
    }

    @Test
    void aSubjectEndingShortOfTheMarginEndsThere() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF TRADE")
                .skip(1)
                .line("14 February 2025")
                .skip(1)
                .line("The Director")
                .line("Harbour Traders Ltd")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: Renewal of your export licence")
                .line("The Authority has reviewed the application that your company lodged in")
                .line("March and is now in a position to renew the licence for a further period");
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(fields(p).subject().value()).isEqualTo("Renewal of your export licence");
    }

    @Test
    void anUnlabelledSubjectAboveTheSalutation() {
        PageSketch p = new PageSketch()
                .line("OFFICE CANTONAL DE LA STATISTIQUE")
                .skip(1)
                .line("Entreprise Marbrerie Colin")
                .line("Route de Sion 4")
                .line("1950 Sion")
                .skip(1)
                .line("Sion, le 8 mars 2025")
                .skip(1)
                .line("Enquête annuelle sur les loyers 2025 – participation obligatoire")
                .skip(1)
                .line("Madame, Monsieur,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Enquête annuelle sur les loyers 2025 – participation obligatoire");
    }

    @Test
    void copyHeadingsWithoutAColonOrWithANoteBeforeIt() {
        PageSketch bare = new PageSketch()
                .line("District Council of Westvale")
                .skip(1)
                .line("6 February 2025")
                .skip(1)
                .line("Mr Owen Pryce")
                .line("Mill Farm, Westvale")
                .skip(1)
                .line("Dear Mr Pryce,");
        bare.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Anna Reid")
                .line("Planning Officer")
                .skip(1)
                .line("c.c. Cllr Mark Hollis – Ward Member, Westvale North");
        assertThat(fields(bare).copies().value()).containsExactly("Cllr Mark Hollis – Ward Member, Westvale North");

        PageSketch noted = new PageSketch()
                .line("Halvard Mechanical Contractors, Inc.")
                .skip(1)
                .line("March 3, 2025")
                .skip(1)
                .line("Mr Paul Grant")
                .line("Northbay Builders")
                .skip(1)
                .line("Dear Mr Grant:");
        noted.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,")
                .skip(2)
                .line("Dana Holt")
                .line("Vice President")
                .skip(1)
                .line("cc (by email):")
                .line("Erik Halvard, President")
                .line("Project File 2290");
        assertThat(fields(noted).copies().value()).containsExactly("Erik Halvard, President", "Project File 2290");
    }

    @Test
    void aTitleOnTwoLinesUnderTheName() {
        PageSketch p = new PageSketch()
                .line("Coastal Habitat Agency")
                .skip(1)
                .line("3 March 2025")
                .skip(1)
                .line("Mr J. Smith")
                .line("Harbour Traders Ltd")
                .skip(1)
                .line("Dear Mr Smith,");
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Chantal Moreau")
                .line("Team Lead, Regulatory Reviews")
                .line("Coastal Habitat Protection Program");
        assertThat(fields(p).signatory().value().title())
                .isEqualTo("Team Lead, Regulatory Reviews, Coastal Habitat Protection Program");
    }

    @Test
    void aTypewritersDashAfterTheSalutationsColonKeepsItASalutation() {
        PageSketch p = new PageSketch()
                .line("UNIVERSITY OF CALIFORNIA")
                .line("OFFICE OF THE PRESIDENT")
                .skip(1)
                .right("Berkeley, March 20,1905.")
                .skip(1)
                .line("Dr. J. C. Branner,")
                .line("Stanford University, Cal.")
                .skip(1)
                .line("Dear Sir:-");
        p.lines(PageSketch.BODY_EN).skip(1).at(0.5, "Very truly yours,");
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block()).isEqualTo("Dr. J. C. Branner, Stanford University, Cal.");
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(1905, 3, 20));
    }

    @Test
    void anAddressTypedAtTheFootUnderTheSignatureSteppedToTheRight() {
        PageSketch p = new PageSketch()
                .at(0.3, "UNIVERSITY OF CALIFORNIA")
                .at(0.3, "OFFICE OF THE PRESIDENT")
                .skip(2)
                .at(0.42, "Berkeley, March 20, 1905.")
                .skip(2)
                .line("My dear Dr. Branner:");
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .at(0.4, "Very sincerely yours,")
                .skip(1)
                .at(0.45, "Benj. I. Wheeler")
                .skip(3)
                .line("Acting President J. C. Branner,")
                .at(0.3, "Stanford University,")
                .at(0.42, "California.");
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block())
                .isEqualTo("Acting President J. C. Branner, Stanford University, California.");
        assertThat(f.signatory().value().name()).isEqualTo("Benj. I. Wheeler");
    }

    @Test
    void anAddressAtTheFootIsNotTakenWhenOneStandsAboveTheSalutation() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF TRADE")
                .skip(1)
                .right("14 February 2025")
                .skip(1)
                .line("Mr John Ellis")
                .line("Harbour Traders Ltd")
                .skip(1)
                .line("Dear Mr Ellis,");
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .at(0.5, "Yours sincerely,")
                .skip(2)
                .at(0.5, "Mary Asante")
                .skip(2)
                .line("To: the Registry");
        assertThat(fields(p).recipient().value().block()).isEqualTo("Mr John Ellis, Harbour Traders Ltd");
    }

    @Test
    void anAddresseeNamedByOfficeOpensTheBlock() {
        PageSketch p = new PageSketch()
                .line("KUMASI METROPOLITAN ASSEMBLY")
                .skip(1)
                .right("Kumasi, 9 October, 2023")
                .skip(1)
                .line("The Chairman")
                .line("Kejetia Market Traders' Union")
                .line("C/o Kejetia Market Office")
                .line("Kumasi")
                .skip(1)
                .line("Dear Sir,");
        p.lines(PageSketch.BODY_EN).skip(1).at(0.5, "Yours faithfully,");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("The Chairman, Kejetia Market Traders' Union, C/o Kejetia Market Office, Kumasi");
    }

    @Test
    void aPostalBoxLineStaysInTheAddressAndAnIrishSalutationEndsIt() {
        PageSketch p = new PageSketch()
                .line("Direction de la Coopération Internationale")
                .skip(1)
                .right("Monaco, le 27 mai 2019")
                .skip(1)
                .line("Madame Fatoumata Coulibaly")
                .line("ONG Santé Sahel Solidarité")
                .line("BP E 2214 – Bamako")
                .line("MALI")
                .skip(1)
                .line("Madame la Directrice,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Madame Fatoumata Coulibaly, ONG Santé Sahel Solidarité, BP E 2214 – Bamako, MALI");

        PageSketch irish = new PageSketch()
                .line("Mayo County Council")
                .skip(1)
                .right("3 March 2025")
                .skip(1)
                .line("Ms Aoife Walsh")
                .line("7 Meadowvale")
                .line("Castlebar, Co. Mayo")
                .skip(1)
                .line("A Chara,");
        irish.lines(PageSketch.BODY_EN).skip(1).at(0.5, "Is mise le meas,");
        assertThat(fields(irish).recipient().value().block())
                .isEqualTo("Ms Aoife Walsh, 7 Meadowvale, Castlebar, Co. Mayo");
    }

    @Test
    void anUnlabelledSubjectLeftOfAnIndentedSalutationAndOneWrappedOntoANumber() {
        PageSketch p = new PageSketch()
                .line("GOUVERNORAT DE SFAX")
                .skip(1)
                .at(0.46, "Monsieur le Président Directeur Général")
                .at(0.46, "du Groupe Chimique Tunisien")
                .at(0.46, "SFAX")
                .skip(1)
                .line("Plan d'action pour la réduction des rejets de phosphogypse sur le littoral sud de Sfax")
                .skip(1)
                .at(0.15, "Monsieur le Président Directeur Général,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Plan d'action pour la réduction des rejets de phosphogypse sur le littoral sud de Sfax");

        PageSketch wrapped = new PageSketch()
                .line("COMMUNE D'ETTERBEEK")
                .skip(1)
                .right("Etterbeek, le 29 novembre 2023")
                .skip(1)
                .line("PRIME COMMUNALE À L'EMBELLISSEMENT DES FAÇADES SUR LA ROUTE – DEMANDE N°")
                .line("2023/041")
                .skip(1)
                .line("Madame, Monsieur,");
        wrapped.lines(PageSketch.BODY_FR);
        assertThat(fields(wrapped).subject().value())
                .isEqualTo("PRIME COMMUNALE À L'EMBELLISSEMENT DES FAÇADES SUR LA ROUTE – DEMANDE N° 2023/041");
    }

    @Test
    void aLongLowerCaseLetterheadLineDoesNotStartTheBody() {
        PageSketch p = new PageSketch()
                .line("Ministère de la Santé")
                .at(0.35, "Direction générale de la coordination réseau et ministérielle et des affaires")
                .at(0.35, "institutionnelles")
                .skip(2)
                .line("Québec, le 17 octobre 2023")
                .skip(1)
                .line("Monsieur Stéphane Tremblay")
                .line("375, rue Argyll")
                .line("Sherbrooke (Québec) J1J 3H5")
                .skip(1)
                .line("Objet : Plan de contingence pour la période automne-hiver")
                .skip(1)
                .line("Monsieur le Président-Directeur général,");
        p.lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.subject().value()).isEqualTo("Plan de contingence pour la période automne-hiver");
        assertThat(f.recipient().value().block())
                .isEqualTo("Monsieur Stéphane Tremblay, 375, rue Argyll, Sherbrooke (Québec) J1J 3H5");
    }

    @Test
    void copiesOnTheHeadingsLineWrapOntoTheNextAndTheCompanyFooterIsNoEntry() {
        PageSketch p = new PageSketch()
                .line("BRAC SAS")
                .skip(1)
                .right("Lyon, le 4 mai 2023")
                .skip(1)
                .line("Monsieur le Président")
                .line("Conseil départemental")
                .skip(1)
                .line("Monsieur le Président,");
        p.lines(PageSketch.BODY_FR)
                .line("Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur le Président, l'expression")
                .line("de nos salutations distinguées.")
                .skip(1)
                .at(0.56, "Le Directeur Technique,")
                .skip(1)
                .at(0.56, "Julien Marchetti")
                .skip(1)
                .line("P.J. : comptes rendus de chantier n° 17 à 22 ; relevés Météo-France mars-avril 2023")
                .line(
                        "c.c. : M. Didier Pons, Cabinet Pons Architectes (maître d'œuvre) ; Maître Sophie Arnaud, avocate")
                .line("au barreau de Lyon")
                .line(
                        "BRAC SAS au capital de 1 200 000 € – 18, rue Francis de Pressensé – 69100 Villeurbanne – RCS Lyon");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "M. Didier Pons, Cabinet Pons Architectes (maître d'œuvre)",
                        "Maître Sophie Arnaud, avocate au barreau de Lyon");
    }

    @Test
    void aNoticeSetApartUnderTheSignatureDoesNotExtendTheBody() {
        PageSketch p = new PageSketch()
                .line("Department of Agriculture")
                .skip(1)
                .right("12 May 2024")
                .skip(1)
                .line("Mr John Kelly")
                .line("Killarney")
                .skip(1)
                .line("Dear Mr Kelly,");
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Eimear Costigan")
                .line("Senior Inspector")
                .skip(1)
                .line("c.c.  Mr Declan Moriarty, Teagasc Advisory Office, Killarney")
                .skip(2)
                .at(0.18, "You are welcome to write to us in Irish or English, and we will answer you in the language");
        LetterFields f = fields(p);
        assertThat(f.copies().value()).containsExactly("Mr Declan Moriarty, Teagasc Advisory Office, Killarney");
        assertThat(f.signatory().value().name()).isEqualTo("Eimear Costigan");
    }

    @Test
    void aReferenceSharingItsLineWithThePlaceAndDateAndLabelsOfSeveralWords() {
        PageSketch p = new PageSketch()
                .at(0.35, "NATIONS UNIES – DROITS DE L'HOMME")
                .skip(1)
                .line("RÉFÉRENCE : UPR/CIV/4e cycle/2024/112 Genève, le 18 avril 2024")
                .skip(1)
                .line("Excellence,");
        p.lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("UPR/CIV/4e cycle/2024/112");
        assertThat(f.theirReference().found()).isFalse();
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2024, 4, 18));

        PageSketch memo = new PageSketch()
                .line("HARTLEY MECHANICAL CONTRACTORS")
                .skip(1)
                .line("March 3, 2025")
                .skip(1)
                .line("Re: Project: Riverside Medical Office Building")
                .line("Subcontract No.: NB-2317-23H")
                .line("HMC Letter No.: HMC-2317-046")
                .skip(1)
                .line("Dear Mr Olsen:");
        memo.lines(PageSketch.BODY_EN);
        assertThat(fields(memo).reference().value()).isEqualTo("HMC-2317-046");
    }

    @Test
    void aReceivedStampBesideTheAddressGivesNeitherTheDateNorThePlaceNorTheReferenceNorAnAddressLine() {
        PageSketch p = new PageSketch()
                .line("SERVICE PUBLIC FÉDÉRAL INTÉRIEUR")
                .line("Direction générale Sécurité civile")
                .skip(1)
                .line("Nos références : DGSC/DRA/2022/0386")
                .line("Bruxelles, le 17 octobre 2022")
                .skip(1)
                .at(0.5, "Monsieur le Commandant de zone")
                .at(0.5, "Zone de secours Hainaut-Centre")
                .at(0.5, "Rue de la Grande Triperie 24")
                .at(0.5, "7000 Mons")
                .skip(1)
                .at(0.62, "ZONE DE SECOURS HAINAUT-CENTRE")
                .at(0.64, "REÇU LE 21 OCT. 2022")
                .at(0.64, "Réf. ent. : 2022/4417")
                .skip(1)
                .line("Objet : Dotation fédérale complémentaire 2022")
                .skip(1)
                .line("Monsieur le Commandant,");
        p.lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2022, 10, 17));
        assertThat(f.place().value()).isEqualTo("Bruxelles");
        assertThat(f.reference().value()).isEqualTo("DGSC/DRA/2022/0386");
        assertThat(f.recipient().value().block())
                .isEqualTo(
                        "Monsieur le Commandant de zone, Zone de secours Hainaut-Centre, Rue de la Grande Triperie 24,"
                                + " 7000 Mons");
    }

    @Test
    void aStampWordIsMatchedWordForWordSoACentreIsNoStamp() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ÉDUCATION")
                .skip(1)
                .line("Québec, le 12 janvier 2024")
                .skip(1)
                .line("Madame Julie Gagnon")
                .line("Directrice générale")
                .line("Centre de services scolaire des Navigateurs")
                .line("Lévis (Québec) G6W 5M6")
                .skip(1)
                .line("Objet : Autorisation du projet d'agrandissement")
                .skip(1)
                .line("Madame la Directrice générale,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Madame Julie Gagnon, Directrice générale, Centre de services scolaire des Navigateurs,"
                        + " Lévis (Québec) G6W 5M6");
    }

    @Test
    void aSubjectRunningToTheMarginStopsAtTheParagraphSetHalfALineApart() {
        PageSketch p = new PageSketch()
                .line("WORLD HEALTH ORGANIZATION")
                .skip(1)
                .line("Date: 18 June 2024")
                .skip(1)
                .line("Ms Lilian Chebet")
                .line("Principal Secretary")
                .skip(1)
                .line("Dear Principal Secretary,")
                .halfSkip()
                .line("Subject: Support to the cholera outbreak response in Garissa, Tana River and Mandera Counties")
                .halfSkip()
                .line("I acknowledge with thanks receipt of your letter of 11 June 2024 requesting technical and")
                .line("logistical support from the Organization for the ongoing cholera outbreak response in the");
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours sincerely,");
        assertThat(fields(p).subject().value())
                .isEqualTo("Support to the cholera outbreak response in Garissa, Tana River and Mandera Counties");
    }

    @Test
    void aTownsNameKeepsTheArticleItOpensWith() {
        PageSketch p = new PageSketch()
                .line("Communauté d'agglomération")
                .skip(1)
                .right("La Rochelle, le 4 avril 2025")
                .skip(1)
                .right("Madame Odile Ferrand")
                .right("12, rue des Gabares")
                .right("17000 La Rochelle")
                .skip(1)
                .line("Objet : Collecte des encombrants")
                .skip(1)
                .line("Madame,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).place().value()).isEqualTo("La Rochelle");
    }

    /** An Indian or Pakistani office memorandum's date line: the place between {@code Dated} and {@code the}. */
    private static LetterFields officeMemorandum(String dateLine) {
        PageSketch p = new PageSketch()
                .line("GOVERNMENT OF PUNJAB")
                .line("DEPARTMENT OF PERSONNEL")
                .skip(1)
                .beside("No. 4/17/2023-2PP2/186", 0.55, dateLine)
                .skip(1)
                .line("OFFICE MEMORANDUM")
                .skip(1)
                .line("Subject: Filing of annual property returns for the year 2023");
        p.lines(PageSketch.BODY_EN);
        return fields(p);
    }

    @Test
    void thePlaceBetweenDatedAndTheDay() {
        LetterFields f = officeMemorandum("Dated, Chandigarh the 11th January, 2024");
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2024, 1, 11));
        assertThat(f.place().value()).isEqualTo("Chandigarh");
        assertThat(officeMemorandum("Dated Peshawar the 12/09/2024").place().value())
                .isEqualTo("Peshawar");
        assertThat(officeMemorandum("New Delhi, the 4th March, 2025").place().value())
                .isEqualTo("New Delhi");
        assertThat(officeMemorandum("Jaipur, dated: 03.03.2025").place().value())
                .isEqualTo("Jaipur");
    }

    @Test
    void aDatedLineUnderTheOfficesTownTakesItsPlace() {
        PageSketch p = new PageSketch()
                .line("No. 33-11/2024-NDM-I")
                .at(0.42, "Government of India")
                .at(0.42, "Ministry of Home Affairs")
                .skip(1)
                .at(0.6, "NDMA Bhawan, A-1, Safdarjung Enclave,")
                .at(0.75, "New Delhi – 110029")
                .at(0.7, "Dated the 4th March, 2025")
                .skip(1)
                .line("To")
                .line("The Chief Secretary,")
                .line("Government of Odisha,")
                .line("Bhubaneswar – 751001.")
                .skip(1)
                .line("Subject: Release of the second instalment of the State Disaster Response Fund")
                .skip(1)
                .line("Sir,");
        p.lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2025, 3, 4));
        assertThat(f.place().value()).isEqualTo("New Delhi");
    }

    @Test
    void aDateUnderAStreetAddressTakesNoPlace() {
        PageSketch p = new PageSketch()
                .line("Department of Coastal Works")
                .at(0.6, "14 Harbour Street")
                .at(0.6, "Wellington 6011")
                .at(0.6, "12 May 2025")
                .skip(1)
                .line("Greenfield Survey Partners Ltd")
                .skip(1)
                .line("Dear Ms Torrance,");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).place().value()).isNull();
    }

    /**
     * A note verbale dated at its foot in a narrow column beside the seal, the year wrapped onto a line of its own
     * ({@code Addis Ababa, 29 September} / {@code 2025}): the note's date, not the session dates of its body.
     */
    @Test
    void aNoteVerbaleDatedAtItsFootWithTheYearWrapped() {
        PageSketch p = new PageSketch()
                .line("AFRICAN UNION")
                .line("UNIÃO AFRICANA")
                .skip(1)
                .line("BC/SA/HHS/11.2/1487.25")
                .centred("NOTE VERBALE")
                .skip(1)
                .line("The African Union Commission presents its compliments to the Embassy of the Republic of")
                .line("Malawi and has the honour to inform the Embassy that the Fifth Ordinary Session of the")
                .line(
                        "Specialised Technical Committee on Health will be held in Addis Ababa from 17 to 21 November 2025.")
                .skip(1)
                .line("The African Union Commission avails itself of this opportunity to renew to the Embassy the")
                .line("assurances of its highest consideration.")
                .skip(2)
                .right("Addis Ababa, 29 September")
                .right("2025")
                .skip(2)
                .line("Embassy of the Republic of Malawi")
                .line("ADDIS ABABA");
        LetterFields f = fields(p);
        assertThat(f.date().value()).hasToString("2025-09-29");
        assertThat(f.place().value()).isEqualTo("Addis Ababa");
    }

    /**
     * A memo's head as a column of labels and a column of values, OCR reading each label apart from its value: the
     * copies on the {@code Cc:} row, one per line or several on a line between semicolons and wrapped; the addressee
     * on the {@code To:} rows, not the e-mail address on the next row.
     */
    @Test
    void aMemosCopyRowAndAddresseeRowsInAColumnOfValues() {
        PageSketch p = new PageSketch()
                .line("KAIMAI REGIONAL COUNCIL")
                .skip(1)
                .beside("To:", 0.21, "Rebecca Tane, Director Freshwater Policy")
                .at(0.21, "Ministry for the Environment")
                .beside("Email:", 0.21, "rebecca.tane@mfe.govt.nz")
                .beside("From:", 0.21, "Dr Hamish Te Rangi, Chief Executive")
                .beside("Date:", 0.21, "3 June 2025")
                .beside(
                        "Cc:",
                        0.21,
                        "Office of the Minister for the Environment; Chief Executive, Regional and Unitary")
                .at(0.21, "Councils Aotearoa")
                .line("Subject: Freshwater farm plans – request to defer regional implementation dates")
                .skip(1)
                .line("Tēnā koe Rebecca");
        p.lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.copies().value())
                .containsExactly(
                        "Office of the Minister for the Environment",
                        "Chief Executive, Regional and Unitary Councils Aotearoa");
        assertThat(f.recipient().value().block())
                .isEqualTo("Rebecca Tane, Director Freshwater Policy, Ministry for the Environment");

        PageSketch column = new PageSketch()
                .line("MINISTRY OF FINANCE AND ECONOMIC MANAGEMENT")
                .skip(1)
                .line("MEMORANDUM")
                .skip(1)
                .beside("TO:", 0.22, "Dr Teariki Pera, Secretary of Health")
                .beside("FROM:", 0.22, "Maria Tangimetua, Financial Secretary")
                .beside("CC:", 0.22, "Office of the Prime Minister")
                .at(0.22, "Public Service Commissioner")
                .beside("DATE:", 0.22, "19 August 2024")
                .line("SUBJECT: 2024/25 Appropriation – Pa Enua Health Services")
                .skip(1);
        column.lines(PageSketch.BODY_EN);
        assertThat(fields(column).copies().value())
                .containsExactly("Office of the Prime Minister", "Public Service Commissioner");
    }

    /** A circular's addressee after {@code To:} on its own line, under the circular's number. */
    @Test
    void aCircularsAddresseeAfterItsLabel() {
        PageSketch p = new PageSketch()
                .centred("PRIME MINISTER'S OFFICE")
                .skip(1)
                .beside("Ref: PMO/CAB/SEC/12/4", 0.75, "9 August 2024")
                .skip(1)
                .centred("PMO CIRCULAR NO. 14 OF 2024")
                .skip(1)
                .line("To: All Senior Chief Executives")
                .skip(1)
                .line("Subject: Implementation of the e-Cabinet System")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block()).isEqualTo("All Senior Chief Executives");
    }

    /**
     * A reply instruction wrapped so that its next line opens with {@code subject} ({@code In any correspondence on
     * this} / {@code subject please quote No. …}): no label in lower case, the subject is the one under the address.
     */
    @Test
    void aReplyInstructionsWordSubjectLabelsNothing() {
        PageSketch p = new PageSketch()
                .line("BUKEDEA REGIONAL REFERRAL HOSPITAL")
                .line("In any correspondence on this")
                .line("subject please quote No. ADM 45/223/01")
                .skip(1)
                .right("14th May, 2025")
                .line("The Permanent Secretary")
                .line("Ministry of Health")
                .line("KAMPALA")
                .skip(1)
                .line("RE: REQUEST FOR EMERGENCY REPLENISHMENT OF ESSENTIAL MEDICINES")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value()).isEqualTo("REQUEST FOR EMERGENCY REPLENISHMENT OF ESSENTIAL MEDICINES");
    }

    /** An Indian state's letter: its number above the heading, the state's government over its department. */
    private static PageSketch keralaLetter() {
        PageSketch p = new PageSketch()
                .line("No. LSGD-DA3/412/2025-LSGD")
                .skip(1)
                .centred("GOVERNMENT OF KERALA")
                .centred("Local Self Government (DA) Department")
                .right("Thiruvananthapuram, Dated: 14-03-2025")
                .line("From")
                .at(0.18, "Dr. Anand Krishnan IAS")
                .at(0.18, "Principal Secretary to Government")
                .line("To")
                .at(0.18, "The Secretary to Government of India")
                .at(0.18, "Ministry of Housing and Urban Affairs")
                .at(0.18, "New Delhi – 110 011")
                .skip(1)
                .line("Sir,")
                .at(0.18, "Sub: LSGD – AMRUT 2.0 – Release of second instalment of Central share – reg.")
                .at(0.18, "Ref: 1. This Department's letter No. LSGD-DA3/88/2024-LSGD dated 22.10.2024.")
                .at(0.22, "2. Letter No. K-14011/17/2024-AMRUT-II dated 16.01.2025 of the Ministry.")
                .skip(1);
        return p.lines(PageSketch.BODY_EN);
    }

    @Test
    void aStatesDepartmentUnderItsGovernmentsHeading() {
        assertThat(fields(keralaLetter()).sender().value())
                .isEqualTo("GOVERNMENT OF KERALA, Local Self Government (DA) Department");

        PageSketch national = new PageSketch()
                .centred("GOVERNMENT OF INDIA")
                .centred("MINISTRY OF JAL SHAKTI")
                .centred("Department of Drinking Water and Sanitation")
                .right("New Delhi, the 4th March, 2025")
                .skip(1)
                .line("The Chief Secretaries of all States")
                .skip(1)
                .line("Subject: ODF Plus verification")
                .skip(1)
                .line("Sir,");
        national.lines(PageSketch.BODY_EN);
        assertThat(fields(national).sender().value()).doesNotStartWith("GOVERNMENT OF INDIA, Department");
    }

    /**
     * An Indian letter's {@code From} / {@code To} blocks (the writer's name and title under {@code From}, the
     * addressee under {@code To}) and its {@code Ref:} list of the letters cited, numbered: the letter's own number is
     * the one at its head.
     */
    @Test
    void anIndianLettersFromToBlocksAndItsListOfLettersCited() {
        LetterFields f = fields(keralaLetter());
        assertThat(f.recipient().value().block())
                .isEqualTo(
                        "The Secretary to Government of India, Ministry of Housing and Urban Affairs, New Delhi – 110 011");
        assertThat(f.reference().value()).isEqualTo("LSGD-DA3/412/2025-LSGD");
    }

    /**
     * A British minister addressed as {@code The Rt Hon}, under a letterhead that names its writer with a contact
     * line of several parts (address, telephone, e-mail between dots): the addressee is the minister.
     */
    @Test
    void aMinisterAddressedAsTheRtHonUnderAWritersLetterhead() {
        PageSketch p = new PageSketch()
                .centred("University of Wessex Downs")
                .centred("OFFICE OF THE VICE-CHANCELLOR")
                .centred("Professor Sir Anthony Beresford-Lyle FRS")
                .centred("Vice-Chancellor and President")
                .centred("Chancellor's Court, Salisbury SP2 8QJ · +44 (0)1722 560 100 · vc@wessexdowns.ac.uk")
                .skip(2)
                .beside("Our ref: VC/ABL/2026/014", 0.75, "27 January 2026")
                .skip(1)
                .line("The Rt Hon Catherine Ashworth MP")
                .line("Minister of State for Skills")
                .line("Department for Education")
                .line("London SW1P 3BT")
                .skip(1)
                .line("Dear Minister,")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("The Rt Hon Catherine Ashworth MP, Minister of State for Skills, Department for Education,"
                        + " London SW1P 3BT");
    }

    /**
     * An address above the date and salutation, under the letterhead: the name with its civility under {@code Yours
     * faithfully} is the signature's, no address typed at the foot.
     */
    @Test
    void anAddressAboveTheDateRulesOutOneUnderTheSignature() {
        PageSketch p = new PageSketch()
                .line("Severn Vale Water")
                .line("Regulation & Strategy Directorate")
                .skip(5)
                .beside("Water Resources and Drought Policy Team", 0.63, "Our ref: SVW/REG/CON/25/017")
                .line("Department for Environment, Food and Rural Affairs")
                .line("2 Marsham Street")
                .line("London")
                .line("SW1P 4DF")
                .skip(1)
                .line("14 March 2025")
                .skip(1)
                .line("Dear Sir or Madam,")
                .skip(1);
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Dr Martin Okonkwo-Reid")
                .line("Director of Regulation and Strategy")
                .line("Severn Vale Water Ltd");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo(
                        "Water Resources and Drought Policy Team, Department for Environment, Food and Rural Affairs,"
                                + " 2 Marsham Street, London, SW1P 4DF");
    }

    /**
     * An office named for the official of a body: the hospital named with it, the county government's heading above
     * it; the body writes, the office is its unit. An office under another office's name keeps its order.
     */
    @Test
    void anOfficeOfItsBodysOfficialComesWithTheBody() {
        PageSketch hospital = new PageSketch()
                .right("Office of the Hospital Director")
                .right("Bukedea Regional Referral Hospital")
                .right("P.O. Box 112")
                .right("BUKEDEA")
                .skip(1)
                .right("14th May, 2025")
                .line("The Permanent Secretary")
                .line("Ministry of Health")
                .line("KAMPALA")
                .skip(1)
                .line("Dear Sir,");
        hospital.lines(PageSketch.BODY_EN);
        assertThat(fields(hospital).sender().value())
                .isEqualTo("Bukedea Regional Referral Hospital, Office of the Hospital Director");

        PageSketch county = new PageSketch()
                .centred("REPUBLIC OF KENYA")
                .skip(1)
                .centred("COUNTY GOVERNMENT OF NAKURU")
                .centred("OFFICE OF THE COUNTY SECRETARY")
                .line("Telephone: 051-2214560")
                .skip(1)
                .beside("Ref: CGN/CS/ADM/14/VOL.II/(37)", 0.75, "3rd March, 2025")
                .skip(1)
                .line("The Principal Secretary,")
                .line("State Department for Devolution,")
                .line("NAIROBI.")
                .skip(1)
                .line("Dear Sir,");
        county.lines(PageSketch.BODY_EN);
        assertThat(fields(county).sender().value())
                .isEqualTo("COUNTY GOVERNMENT OF NAKURU, OFFICE OF THE COUNTY SECRETARY");

        PageSketch cabinet = new PageSketch()
                .centred("GOVERNMENT OF GRENADA")
                .centred("OFFICE OF THE PRIME MINISTER")
                .centred("CABINET OFFICE")
                .centred("Ministerial Complex, 6th Floor, Botanical Gardens, St. George's, Grenada")
                .centred("Tel: (473) 440-2255 | Email: cabinetsecretary@gov.gd")
                .skip(1)
                .beside("Our Ref: CAB/G/2024/Vol.4/118", 0.75, "9th April, 2024")
                .skip(1)
                .line("The Permanent Secretary")
                .line("Ministry of Infrastructure Development")
                .skip(1)
                .line("Dear Permanent Secretary,");
        cabinet.lines(PageSketch.BODY_EN);
        assertThat(fields(cabinet).sender().value()).isEqualTo("OFFICE OF THE PRIME MINISTER CABINET OFFICE");
    }

    /**
     * A state's government over an office of the state ({@code Government of the People's Republic of Bangladesh} /
     * {@code Office of the Deputy Commissioner, Sylhet}): the office writes, the state's heading is not its body.
     */
    @Test
    void aStatesGovernmentIsNoBodyOfTheOfficeUnderIt() {
        PageSketch p = new PageSketch()
                .centred("Government of the People's Republic of Bangladesh")
                .centred("Office of the Deputy Commissioner, Sylhet")
                .centred("(General Section)")
                .skip(1)
                .beside("Memo No. 05.46.9100.010.16.002.24-318", 0.7, "Date: 25 February 2024")
                .skip(1)
                .at(0.16, "To")
                .at(0.2, "Upazila Nirbahi Officer (All)")
                .at(0.2, "Sylhet District.")
                .skip(1)
                .line("Subject: Preparatory meeting on the observance of the Independence Day, 2024.");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("Office of the Deputy Commissioner, Sylhet");
    }

    /**
     * An office named for an official over its body's name in the same column, the body named without a hospital's or
     * a council's words: a department, a district local government. The body writes, the office is its unit.
     */
    @Test
    void anOfficeOverItsBodysNameGivesWayToTheBody() {
        PageSketch department = new PageSketch()
                .right("Office of the Secretary")
                .right("Department of Energy, Environment and Climate Action")
                .right("8 Nicholson Street")
                .right("East Melbourne, Victoria 3002")
                .skip(1)
                .line("Ref: SEC24003318")
                .skip(1)
                .line("The Hon. Rebecca Stavrou MP")
                .line("Minister for Energy and Resources")
                .skip(1)
                .line("Dear Minister");
        department.lines(PageSketch.BODY_EN);
        assertThat(fields(department).sender().value())
                .isEqualTo("Department of Energy, Environment and Climate Action");

        PageSketch district = new PageSketch()
                .beside("Telephone: +256 464 445 012", 0.6, "Office of the Chief Administrative Officer")
                .beside("Email: cao@mityana.go.ug", 0.6, "Mityana District Local Government")
                .right("P.O. Box 80")
                .skip(1)
                .line("Date: 4th July, 2023")
                .skip(1)
                .line("Mr. Ssemakula Robert")
                .line("Busimbi Sub-County")
                .skip(1)
                .line("RE: TRANSFER OF SERVICE");
        district.lines(PageSketch.BODY_EN);
        assertThat(fields(district).sender().value()).isEqualTo("Mityana District Local Government");
    }

    /**
     * The reply instruction and references in the left column, an office's name in the right, and the body's own name
     * set across the page under the state's: the references beside the letterhead do not end it.
     */
    @Test
    void referencesBesideTheLetterheadDoNotEndIt() {
        PageSketch p = new PageSketch()
                .beside(
                        "In case of reply the number and date of this",
                        0.62,
                        "Office of the Metropolitan Chief Executive")
                .beside("letter should be quoted.", 0.8, "P. O. Box 74")
                .beside("My Ref. No.: STMA/MCE/GHA/VOL.2/041", 0.68, "Tel: 031-204 6187")
                .line("Your Ref. No.: ....................")
                .centred("REPUBLIC OF GHANA")
                .skip(1)
                .centred("SEKONDI-TAKORADI METROPOLITAN ASSEMBLY")
                .skip(1)
                .right("26th February, 2024")
                .line("THE REGIONAL MANAGER")
                .line("GHANA HIGHWAY AUTHORITY")
                .line("TAKORADI")
                .skip(1)
                .line("REQUEST FOR SUPPORT: DESILTING OF DRAINS");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("SEKONDI-TAKORADI METROPOLITAN ASSEMBLY");
    }

    /**
     * A Pakistani office memorandum: no salutation, its last numbered paragraph set apart, signed at the right, the
     * addressees at the left margin under the signature (a line as wide as running text), then the copy list.
     */
    @Test
    void anOfficeMemorandumsAddresseesUnderItsSignature() {
        PageSketch p = new PageSketch()
                .centred("GOVERNMENT OF PAKISTAN")
                .centred("MINISTRY OF FEDERAL EDUCATION & PROFESSIONAL TRAINING")
                .right("Islamabad, the 12th August, 2024")
                .centred("OFFICE MEMORANDUM")
                .line("Subject:- OBSERVANCE OF OFFICE TIMINGS")
                .skip(1);
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .at(0.18, "5.      This issues with the approval of the Secretary, Ministry of Federal Education")
                .line("and Professional Training.")
                .skip(1)
                .at(0.65, "(Muhammad Tariq Javed)")
                .at(0.65, "Section Officer (Admin-I)")
                .skip(1)
                .line("All Officers/Officials of the Ministry of Federal Education & Professional Training, Islamabad.")
                .line("All Heads of Attached Departments/Autonomous Bodies/Subordinate Offices.")
                .skip(1)
                .line("Copy for information to:")
                .at(0.13, "1. PS to Federal Secretary")
                .at(0.13, "2. Notice Board");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("All Officers/Officials of the Ministry of Federal Education & Professional Training,"
                        + " Islamabad., All Heads of Attached Departments/Autonomous Bodies/Subordinate Offices.");
    }

    /**
     * A Djiboutian circular names the minister, then {@code à} and its addressees as a list of dashed items, long
     * enough to look like running text, over {@code Objet :}: the items are the addressees, the body starts after
     * the subject.
     */
    @Test
    void aCircularsDashedListOfAddresseesOverItsSubject() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ÉDUCATION NATIONALE")
                .right("RÉPUBLIQUE DE DJIBOUTI")
                .skip(1)
                .at(0.25, "CIRCULAIRE N° 0027/MENFOP/SG/DEF")
                .at(0.38, "Djibouti, le 2 septembre 2024")
                .skip(1)
                .line("Le Ministre de l'Éducation Nationale et de la Formation Professionnelle")
                .at(0.18, "à")
                .at(0.17, "– Mesdames et Messieurs les Inspecteurs de l'Enseignement Fondamental ;")
                .at(0.17, "– Mesdames et Messieurs les Directeurs des écoles primaires publiques et privées ;")
                .at(0.17, "– Mesdames et Messieurs les Principaux des collèges d'enseignement moyen.")
                .skip(1)
                .line("Objet : Organisation de la rentrée scolaire 2024-2025.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.subject().value()).isEqualTo("Organisation de la rentrée scolaire 2024-2025.");
        assertThat(f.recipient().value().block())
                .isEqualTo("Mesdames et Messieurs les Inspecteurs de l'Enseignement Fondamental, Mesdames et Messieurs"
                        + " les Directeurs des écoles primaires publiques et privées, Mesdames et Messieurs les"
                        + " Principaux des collèges d'enseignement moyen");
    }

    /**
     * A Béninois note de service sets {@code DE}, {@code À}, {@code DATE} and {@code OBJET} in a column without
     * colons and their values in the next; the addressees' second line is long enough to read as prose, and is no
     * paragraph: the subject under it is still the letter's.
     */
    @Test
    void aValuesSecondLineBesideAMemosLabelsOpensNoBody() {
        PageSketch note = new PageSketch()
                .line("MINISTÈRE DE LA SANTÉ")
                .line("DIRECTION DÉPARTEMENTALE DE LA SANTÉ DU BORGOU")
                .skip(2)
                .skip(4)
                .centred("NOTE DE SERVICE")
                .centred("N° 0042/MS/DDS-BORGOU/SPSSE/SA")
                .skip(2)
                .row("DE", 0.28, "Le Directeur Départemental de la Santé du Borgou")
                .skip(1)
                .row("À", 0.28, "Médecins Coordonnateurs des Zones Sanitaires du Borgou")
                .at(0.28, "Responsables des formations sanitaires publiques et privées")
                .skip(1)
                .row("DATE", 0.28, "Parakou, le 12 janvier 2026")
                .skip(1)
                .row("OBJET", 0.28, "Délais de saisie et de validation des données sanitaires dans le DHIS2")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(note).subject().value())
                .isEqualTo("Délais de saisie et de validation des données sanitaires dans le DHIS2");
    }
}
