package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a copy list's entries are told apart and where the list ends (issue 12), as the second batch of independently
 * written dev letters set it, each convention pinned by a small letter written for the test: entries set as address
 * blocks in spaced groups, entries on one line between middle dots, a hanging indent after {@code c. c.}, {@code
 * Copie conforme :}, and the page footer under the list.
 */
class CopyListTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static List<String> copies(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields().copies().value();
    }

    private static PageSketch english() {
        return new PageSketch()
                .line("MINISTRY OF HEALTH")
                .skip(1)
                .line("The Regional Administrative Secretary,")
                .line("Mwanza Region,")
                .line("P.O. Box 119,")
                .line("MWANZA.")
                .skip(1)
                .line("Dear Sir,")
                .line("DEPLOYMENT OF HEALTH WORKERS")
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,")
                .skip(1)
                .line("Dr. Amina Mollel")
                .line("for: PERMANENT SECRETARY")
                .skip(1);
    }

    private static PageSketch french() {
        return new PageSketch()
                .line("Ministère de l'Éducation")
                .skip(1)
                .line("Madame Julie Gagnon")
                .line("Directrice générale")
                .line("Centre de services scolaire")
                .skip(1)
                .line("Objet : Agrandissement de l'école secondaire")
                .skip(1)
                .line("Madame la Directrice générale,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Madame, mes salutations distinguées.")
                .skip(1)
                .line("Le sous-ministre adjoint,")
                .line("Pierre Tremblay")
                .skip(1);
    }

    @Test
    void entriesSetAsAddressBlocksByTheirPunctuationAloneEvenlySpaced() {
        PageSketch p = english()
                .line("Copy:    Regional Commissioner,")
                .at(0.17, "Mbeya Region,")
                .at(0.17, "MBEYA.")
                .at(0.17, "District Commissioner,")
                .at(0.17, "Chunya District,")
                .at(0.17, "CHUNYA.");
        assertThat(copies(p))
                .containsExactly(
                        "Regional Commissioner, Mbeya Region, MBEYA", "District Commissioner, Chunya District, CHUNYA");
    }

    /**
     * A typed letter of the past: {@code Copy to} with no colon heads the list, and the writer's and typist's
     * initials set apart under it ({@code HWP/GM.}, {@code DMG/JK}) are no entry.
     */
    @Test
    void copyToWithoutColonAndTheTypistsInitialsUnderTheList() {
        PageSketch bristol = english()
                .line("Copy to Professor A. L. Meredith, Department of Chemistry.")
                .skip(1)
                .line("HWP/GM.");
        assertThat(copies(bristol)).containsExactly("Professor A. L. Meredith, Department of Chemistry");
        PageSketch nz = english()
                .line("c.c. Chief Surveyor, Hamilton.")
                .line("Field Officer, Te Awamutu.")
                .skip(1)
                .line("DMG/JK");
        assertThat(copies(nz)).containsExactly("Chief Surveyor, Hamilton", "Field Officer, Te Awamutu");
    }

    /**
     * A Pakistani or Indian order's endorsement under the signature: {@code A copy is forwarded for information
     * to:-}, its colon followed by a typewriter's dash, over numbered entries.
     */
    @Test
    void aCopyIsForwardedToWithATypewritersColonAndDash() {
        PageSketch order = english()
                .line("No. & Date Even.")
                .line("A copy is forwarded for information to:-")
                .at(0.12, "1. The Programme Director, PMIU, Lahore.")
                .at(0.12, "2. PS to Secretary, School Education Department.")
                .at(0.12, "3. Master File.");
        assertThat(copies(order))
                .containsExactly(
                        "The Programme Director, PMIU, Lahore",
                        "PS to Secretary, School Education Department",
                        "Master File");
    }

    @Test
    void anEnclosureLineUnderTheListEndsIt() {
        PageSketch p = english()
                .line("Copy to: Building Permits & Inspection Services")
                .line("Enclosure: Secondary Suite Information Bulletin");
        assertThat(copies(p)).containsExactly("Building Permits & Inspection Services");
    }

    @Test
    void entriesAfterASemicolonOnTheLineTheHeadingsWrappedOntoAreEntries() {
        PageSketch p = french().line(
                        "cc : Ministre de l'Éducation et de la Formation ; Commission nationale des bourses ; Ambassade"
                                + " de France – Service de")
                .line("coopération et d'action culturelle ; Dossier");
        assertThat(copies(p))
                .containsExactly(
                        "Ministre de l'Éducation et de la Formation",
                        "Commission nationale des bourses",
                        "Ambassade de France – Service de coopération et d'action culturelle",
                        "Dossier");
    }

    @Test
    void entriesSetAsAddressBlocksInSpacedGroups() {
        PageSketch p = english()
                .line("Copy to:")
                .step(50)
                .line("Permanent Secretary,")
                .line("President's Office – Regional Administration,")
                .line("P.O. Box 1923,")
                .line("DODOMA.")
                .skip(1)
                .line("Regional Medical Officer,")
                .line("Mwanza Region – for information.");
        assertThat(copies(p))
                .containsExactly(
                        "Permanent Secretary, President's Office – Regional Administration, P.O. Box 1923, DODOMA",
                        "Regional Medical Officer, Mwanza Region – for information");
    }

    @Test
    void entriesEndedBySemicolonsRunOnOverCapitalisedAndHyphenatedLines() {
        PageSketch p = english()
                .line("Copie à :")
                .line("- Son Excellence Monsieur le Vice-Premier Ministre, Ministre")
                .line("de l'Intérieur, Sécurité, Décentralisation et Affaires")
                .line("Coutumières")
                .line("à Kinshasa/Gombe ;")
                .line("- Monsieur le Président de l'Assemblée Provinciale du Haut-")
                .line("Katanga ;")
                .line("- Monsieur le Maire de la Ville de Lubumbashi.");
        assertThat(copies(p))
                .containsExactly(
                        "Son Excellence Monsieur le Vice-Premier Ministre, Ministre de l'Intérieur, Sécurité, "
                                + "Décentralisation et Affaires Coutumières à Kinshasa/Gombe",
                        "Monsieur le Président de l'Assemblée Provinciale du Haut-Katanga",
                        "Monsieur le Maire de la Ville de Lubumbashi");
    }

    @Test
    void aRowOfDotsSmudgedByTheScanLeadsOnlyToTheCount() {
        PageSketch p = english()
                .line("Copy to:")
                .line("Cabinet du Ministre ..........cccoeveeeee. 01")
                .line("DRE DOSSO ........vcrcrrccceneers 1")
                .line("Direction ... Sud")
                .line("Chrono ........................eeseeseess 1");
        assertThat(copies(p)).containsExactly("Cabinet du Ministre", "DRE DOSSO", "Direction ... Sud", "Chrono");
    }

    @Test
    void aHeadingGivenFirstInAnotherLanguage() {
        PageSketch p =
                english().line("s.k. / c.c. : Director General of Customs").at(0.18, "Chief Executive Officer, MIDA");
        assertThat(copies(p)).containsExactly("Director General of Customs", "Chief Executive Officer, MIDA");
    }

    @Test
    void evenlySpacedLinesEndingWithCommasStayOneEntryEach() {
        PageSketch p = english()
                .line("cc:")
                .line("The Director of Planning,")
                .line("The Regional Medical Officer,")
                .line("The District Health Officer.");
        assertThat(copies(p))
                .containsExactly(
                        "The Director of Planning", "The Regional Medical Officer", "The District Health Officer");
    }

    @Test
    void entriesOnOneLineBetweenMiddleDots() {
        PageSketch p = french().line("Copie : Direction de région Differdange · Commission scolaire de Differdange");
        assertThat(copies(p)).containsExactly("Direction de région Differdange", "Commission scolaire de Differdange");
    }

    /**
     * A Malian directorate's {@code AMPLIATIONS} give each entry its count of copies after leader dots; where the dots
     * were lost, the count stands apart on the entry's row ({@code - Chrono} … {@code 1}): no part of the entry.
     */
    @Test
    void aCountReadApartOnItsEntrysRowIsNoPartOfTheEntry() {
        PageSketch p = french().line("AMPLIATIONS :")
                .line("- Original .............. 1")
                .line("- SG/MEE .............. 1")
                .line("- Intéressés .............. 7")
                .row("- Chrono", 0.225, "1");
        assertThat(copies(p)).containsExactly("Original", "SG/MEE", "Intéressés", "Chrono");
    }

    /**
     * A development bank's {@code cc:} followed by a tab: the entries under it start a little further right than the
     * heading's characters say, each a new entry though the first ran to the margin.
     */
    @Test
    void entriesHangingAfterATabBehindCcAreEntriesOfTheirOwn() {
        PageSketch p = english()
                .line("cc: Additional Chief Secretary (Development), Planning Board, Government of Punjab")
                .at(0.155, "Chief Executive Officer, Punjab Municipal Development Fund Company")
                .at(0.155, "Country Director, Pakistan Resident Mission, ADB");
        assertThat(copies(p))
                .containsExactly(
                        "Additional Chief Secretary (Development), Planning Board, Government of Punjab",
                        "Chief Executive Officer, Punjab Municipal Development Fund Company",
                        "Country Director, Pakistan Resident Mission, ADB");
    }

    @Test
    void aHangingIndentAfterCcStartsANewEntry() {
        PageSketch p = french().line(
                        "c. c. M. Denis Larochelle, président du conseil d'administration, Centre de services scolaire")
                .at(0.16, "Mme Catherine Roy, Direction générale des infrastructures")
                .at(0.16, "Direction régionale de la Capitale-Nationale");
        assertThat(copies(p))
                .containsExactly(
                        "M. Denis Larochelle, président du conseil d'administration, Centre de services scolaire",
                        "Mme Catherine Roy, Direction générale des infrastructures",
                        "Direction régionale de la Capitale-Nationale");
    }

    @Test
    void copieConformeHeadsTheList() {
        PageSketch p = french().line("Copie conforme :")
                .line("Monsieur Jean Ouimet, recteur")
                .line("Bureau de coopération interuniversitaire (BCI)");
        assertThat(copies(p))
                .containsExactly("Monsieur Jean Ouimet, recteur", "Bureau de coopération interuniversitaire (BCI)");
    }

    @Test
    void aCompanysLegalLineUnderTheListIsNoEntry() {
        PageSketch p = english()
                .line("c.c.:")
                .line("1. Port Manager, Limassol Port")
                .line("2. Cyprus Shipping Chamber")
                .at(0.2, "Akamas Maritime Lines Ltd • Registered in Cyprus, Reg. No. HE 187245 • VAT No. CY10187245N");
        assertThat(copies(p)).containsExactly("Port Manager, Limassol Port", "Cyprus Shipping Chamber");
    }

    @Test
    void theSendersAddressSetCloseAtTheFootOfThePageIsNoEntry() {
        PageSketch p = french();
        p.skip(22)
                .line("Copie à : Inspection fédérale de la sécurité nucléaire ; Office cantonal de la santé publique")
                .step(38)
                .line("Office fédéral de la santé publique OFSP")
                .line("Division Radioprotection")
                .line("Schwarzenburgstrasse 157, 3003 Berne")
                .line("Tél. +41 58 462 96 14")
                .line("www.ofsp.admin.ch");
        assertThat(copies(p))
                .containsExactly(
                        "Inspection fédérale de la sécurité nucléaire", "Office cantonal de la santé publique");
    }

    /** Bangladesh's memos: a heading that runs on to its colon, then numbered entries. */
    @Test
    void aHeadingWithANoteBeforeItsColonHeadsTheListBelow() {
        PageSketch p = english()
                .line("Copy for information and necessary action (not according to seniority):")
                .at(0.11, "1. Divisional Commissioner, Sylhet Division, Sylhet.")
                .at(0.11, "2. District Relief and Rehabilitation Officer, Sylhet.")
                .at(0.11, "3. Office copy.");
        assertThat(copies(p))
                .containsExactly(
                        "Divisional Commissioner, Sylhet Division, Sylhet",
                        "District Relief and Rehabilitation Officer, Sylhet",
                        "Office copy");
    }

    /** An entry that reads like a sentence and names the website is still an entry of a numbered list. */
    @Test
    void aNumberedEntryNamingTheWebsiteIsNoFooter() {
        PageSketch p = english()
                .line("Copy to:")
                .at(0.13, "1. The Registrars of all Central Universities.")
                .at(0.13, "2. NIC, Ministry of Education, for uploading on the website.");
        assertThat(copies(p))
                .containsExactly(
                        "The Registrars of all Central Universities",
                        "NIC, Ministry of Education, for uploading on the website");
    }

    /** A list run on after its heading with dashes between the entries, wrapped at the margin. */
    @Test
    void entriesRunOnBetweenDashes() {
        PageSketch p = french().line("Copie à : Inspection générale de l'éducation, du sport et de la recherche –"
                        + " Service interacadémique")
                .line("des examens et concours (SIEC) – Cabinet du ministre");
        assertThat(copies(p))
                .containsExactly(
                        "Inspection générale de l'éducation, du sport et de la recherche",
                        "Service interacadémique des examens et concours (SIEC)",
                        "Cabinet du ministre");
    }

    /** A single dash inside an entry's name is no separator. */
    @Test
    void oneDashStaysInsideItsEntry() {
        PageSketch p = english().line("cc: The Permanent Secretary – Administration, Ministry of Health, LUSAKA");
        assertThat(copies(p)).containsExactly("The Permanent Secretary – Administration, Ministry of Health, LUSAKA");
    }

    /** A second entry close under the first, long enough to read as running text. */
    @Test
    void aLongEntryCloseUnderTheFirstIsAnEntry() {
        PageSketch p = french().line("c.c. : Représentant de l'OMS, Moroni")
                .step(53)
                .line("Coordonnateur régional de l'équipe d'appui, Nairobi");
        assertThat(copies(p))
                .containsExactly(
                        "Représentant de l'OMS, Moroni", "Coordonnateur régional de l'équipe d'appui, Nairobi");
    }

    /**
     * The Congo's ministries: a dashed list whose entries wrap back to the dash's margin, with notes in brackets
     * under an entry and under the list.
     */
    @Test
    void aDashedListWrapsToItsMarginAndCarriesNotesInBrackets() {
        PageSketch p = french().line("Copies pour information :")
                .line("– Son Excellence Monsieur le Président de la République")
                .line("(Avec l'expression de mes hommages les plus déférents)")
                .line("– Son Excellence Madame la Première Ministre, Cheffe du")
                .line("Gouvernement")
                .line("– Monsieur le Directeur Général du Cadastre Minier")
                .line("(CAMI)")
                .line("(Tous) à Kinshasa et Kolwezi");
        assertThat(copies(p))
                .containsExactly(
                        "Son Excellence Monsieur le Président de la République",
                        "Son Excellence Madame la Première Ministre, Cheffe du Gouvernement",
                        "Monsieur le Directeur Général du Cadastre Minier (CAMI)");
    }

    /**
     * The page's footer, in smaller type and centred in its foot under a bulleted list, right of the list's margin:
     * not the end of the last entry wrapped onto an indented line.
     */
    @Test
    void aFooterCentredUnderABulletedListEndsIt() {
        PageSketch p = english()
                .skip(20)
                .line("cc: – The Governor, Bank of Zambia, Lusaka")
                .at(0.13, "– The Executive Director for Zambia, Abidjan")
                .at(0.13, "– Country Manager, Zambia Country Office, Lusaka")
                .skip(1)
                .type(36)
                .at(0.264, "African Development Bank · African Development Fund · Nigeria Trust Fund");
        assertThat(copies(p))
                .containsExactly(
                        "The Governor, Bank of Zambia, Lusaka",
                        "The Executive Director for Zambia, Abidjan",
                        "Country Manager, Zambia Country Office, Lusaka");
    }

    /** North American ministers' letters head the copies with the letter {@code c} and a colon. */
    @Test
    void theLetterCAndAColonHeadTheCopies() {
        PageSketch p = english()
                .line("c:  Rick Szymanski, MPP, Haliburton–Kawartha Lakes–Brock")
                .line("Tamara Ouellette, Manager, Municipal Services Office – Central");
        assertThat(copies(p))
                .containsExactly(
                        "Rick Szymanski, MPP, Haliburton–Kawartha Lakes–Brock",
                        "Tamara Ouellette, Manager, Municipal Services Office – Central");
    }

    /**
     * Entries set as address blocks without punctuation, a wider step between the blocks than between their lines:
     * one entry per block.
     */
    @Test
    void unpunctuatedBlocksSetApartByAWiderStepAreOneEntryEach() {
        PageSketch p = english()
                .step(52)
                .line("c.c. The Permanent Secretary – Administration")
                .at(0.13, "Ministry of Health")
                .step(64)
                .at(0.13, "LUSAKA")
                .step(52)
                .at(0.13, "The Director General")
                .at(0.13, "Zambia Medicines and Medical Supplies Agency")
                .at(0.13, "P.O. Box 30207")
                .step(64)
                .at(0.13, "LUSAKA")
                .step(52)
                .at(0.13, "The Permanent Secretary, Copperbelt Province – for your information");
        assertThat(copies(p))
                .containsExactly(
                        "The Permanent Secretary – Administration, Ministry of Health, LUSAKA",
                        "The Director General, Zambia Medicines and Medical Supplies Agency, P.O. Box 30207, LUSAKA",
                        "The Permanent Secretary, Copperbelt Province – for your information");
    }

    /** One wider step before the list's last line sets it apart; the lines above it stay one entry each. */
    @Test
    void oneWiderStepBeforeTheLastLineJoinsNothing() {
        PageSketch p = english()
                .step(52)
                .line("cc: Chief Medical Officer")
                .at(0.1, "Director, Health Promotion and Protection")
                .at(0.1, "Chief Executive Officer, SERHA")
                .step(64)
                .at(0.1, "Medical Officers (Health)")
                .step(52)
                .at(0.1, "File");
        assertThat(copies(p))
                .containsExactly(
                        "Chief Medical Officer",
                        "Director, Health Promotion and Protection",
                        "Chief Executive Officer, SERHA",
                        "Medical Officers (Health)",
                        "File");
    }

    /**
     * The first entry under the heading opens with its dash and runs wide, like running text: it is an entry. The
     * rules alone find it (the layout model's list, taken where the rules found none, ran on into the page's footer).
     */
    @Test
    void aWideFirstEntryOpeningWithItsDashIsAnEntry() {
        PageSketch p = french().line("Copie à :")
                .line("– Service immeubles, patrimoine et logistique, Département des finances, Lausanne")
                .line("– Administration fédérale des finances AFF, Berne");
        assertThat(FieldExtractor.create(FieldExtractor.Mode.RULES)
                        .extract(p.document())
                        .fields()
                        .copies()
                        .value())
                .containsExactly(
                        "Service immeubles, patrimoine et logistique, Département des finances, Lausanne",
                        "Administration fédérale des finances AFF, Berne");
    }

    /** Counts of copies in a column of their own, each read onto its entry's line: the counts are no part of it. */
    @Test
    void countsInAColumnOfTheirOwnAreNoPartOfTheEntries() {
        PageSketch p = french().line("Ampliations :");
        p.line("- Préfet de l'Atlantique ....... 1")
                .line("- SE/Mairie                        1")
                .line("- CA/Godomey ....... 1")
                .line("- DST                                  1")
                .line("- Archives                           1");
        assertThat(copies(p)).containsExactly("Préfet de l'Atlantique", "SE/Mairie", "CA/Godomey", "DST", "Archives");
    }

    /** A number closing one entry's name among entries without counts stays. */
    @Test
    void aNumberEndingOneNameIsNoCount() {
        PageSketch p = french().line("Copie à :");
        p.line("- Commissariat de police de l'arrondissement 4")
                .line("- Direction des services techniques")
                .line("- Archives");
        assertThat(copies(p))
                .containsExactly(
                        "Commissariat de police de l'arrondissement 4",
                        "Direction des services techniques",
                        "Archives");
    }

    /** The members of the sender's union, set small at the foot under the list, are the page's footer. */
    @Test
    void aLineInSmallerTypeAtTheFootUnderTheListIsTheFooter() {
        PageSketch p = english()
                .skip(18)
                .line("c.c. Permanent Secretary, Ministry of Foreign Affairs")
                .at(0.135, "OECS National Focal Point, Grenada")
                .skip(1)
                .type(36)
                .at(0.11, "Antigua and Barbuda • Dominica • Grenada • Montserrat • Saint Lucia");
        assertThat(copies(p))
                .containsExactly(
                        "Permanent Secretary, Ministry of Foreign Affairs", "OECS National Focal Point, Grenada");
    }

    /**
     * Entries hanging after {@code c. c.} on the heading's line: a line back on the heading's margin under them (the
     * office's address) is no entry.
     */
    @Test
    void aLineBackOnTheMarginUnderHangingEntriesEndsTheList() {
        PageSketch p = french().line("c. c. Mme Joanie Bélanger, députée de Portneuf")
                .at(0.156, "M. François Dumas, directeur général, Ville de Saint-Raymond")
                .skip(1)
                .line("700, boulevard René-Lévesque Est, 21e étage");
        assertThat(copies(p))
                .containsExactly(
                        "Mme Joanie Bélanger, députée de Portneuf",
                        "M. François Dumas, directeur général, Ville de Saint-Raymond");
    }

    /** The town in capitals under a list of dashed entries is where they all are, not an entry. */
    @Test
    void aTownInCapitalsUnderDashedEntriesIsNoEntry() {
        PageSketch p = french().line("Cc :")
                .at(0.13, "- Hon. Ministre de l'Éducation")
                .at(0.13, "- Directeur Général du Rwanda Basic Education Board (REB)")
                .at(0.13, "- Ambassade de France au Rwanda")
                .at(0.13, "KIGALI");
        assertThat(copies(p))
                .containsExactly(
                        "Hon. Ministre de l'Éducation",
                        "Directeur Général du Rwanda Basic Education Board (REB)",
                        "Ambassade de France au Rwanda");
    }

    /** An entry run to the margin goes on in lower case on the next line: one entry, in a list without bullets. */
    @Test
    void aLineInLowerCaseUnderAnEntryRunToTheMarginContinuesIt() {
        PageSketch p = french().line("Copie à :")
                .line("Monsieur le Représentant personnel du Président de la République auprès du Conseil")
                .line("permanent de la Francophonie")
                .line("Ambassade de France aux Seychelles");
        assertThat(copies(p))
                .containsExactly(
                        "Monsieur le Représentant personnel du Président de la République auprès du Conseil"
                                + " permanent de la Francophonie",
                        "Ambassade de France aux Seychelles");
    }

    /**
     * Offices named by their initials alone ({@code PR/PM}, {@code SG}, {@code VR-CA}) are entries like any other.
     */
    @Test
    void anOfficesInitialsAloneAreAnEntry() {
        PageSketch p = french().line("Copies :")
                .line("– PR/PM")
                .line("– SG")
                .line("– VR-CA")
                .line("– Ministère de l'Agriculture")
                .line("– Chrono");
        assertThat(copies(p)).containsExactly("PR/PM", "SG", "VR-CA", "Ministère de l'Agriculture", "Chrono");
    }

    /** A Ugandan district heads every entry of its list with {@code c.c.}: the heading is no part of the entries. */
    @Test
    void aHeadingRepeatedOnEveryEntryIsNoPartOfIt() {
        PageSketch p = english()
                .line("c.c. The Permanent Secretary, Ministry of Local Government, KAMPALA")
                .line("c.c. The District Chairperson, Gulu")
                .line("c.c. The Chairperson LC III, Awach Sub-county");
        assertThat(copies(p))
                .containsExactly(
                        "The Permanent Secretary, Ministry of Local Government, KAMPALA",
                        "The District Chairperson, Gulu",
                        "The Chairperson LC III, Awach Sub-county");
    }

    /**
     * A city council's footer centred at the foot of a full page, close under the list's last entry: it spans half
     * the page, no entry does.
     */
    @Test
    void aWideCentredFooterCloseUnderTheListIsNoEntry() {
        PageSketch p = english()
                .skip(22)
                .line("cc: The Town Clerk – Ndola City Council")
                .line("The Chief Environmental Health Officer")
                .line("File")
                .centred("All correspondence should be addressed to the Town Clerk · Ndola");
        assertThat(copies(p))
                .containsExactly(
                        "The Town Clerk – Ndola City Council", "The Chief Environmental Health Officer", "File");
    }

    /**
     * An "Ampliations :" list set in two columns, read row by row: the entries of the column beside count too, and a
     * note set beside an entry ("– for information") is none.
     */
    @Test
    void aListInTwoColumnsKeepsBothColumns() {
        PageSketch p = french().line("Ampliations :")
                .row("- SG/MS", 0.41, "- Chefs de département")
                .row("- DMP", 0.41, "- Chefs de service")
                .row("- DSIO", 0.41, "- Tableaux d'affichage")
                .row("- DAF", 0.41, "- Chrono");
        assertThat(copies(p))
                .containsExactlyInAnyOrder(
                        "SG/MS",
                        "DMP",
                        "DSIO",
                        "DAF",
                        "Chefs de département",
                        "Chefs de service",
                        "Tableaux d'affichage",
                        "Chrono");

        PageSketch notes = english()
                .line("Copies:")
                .row("- Vice-Chancellor", 0.55, "- for information")
                .row("- Bursar", 0.55, "- for necessary action")
                .line("- File");
        assertThat(copies(notes)).containsExactly("Vice-Chancellor", "Bursar", "File");
    }

    /**
     * The list under its heading in the right column, the addressees' list in the left one beside it: the left
     * column's lines are no copies.
     */
    @Test
    void aListBesideTheCopyListIsNoPartOfIt() {
        PageSketch p = french().row("Liste des destinataires :", 0.52, "Ampliation :")
                .row("- Proviseurs des lycées publics et privés ;", 0.52, "- SG/MENAPLN")
                .row("- Directeurs des collèges d'enseignement général ;", 0.52, "- DGEPS")
                .row("- Directeurs des établissements privés.", 0.52, "- Chrono");
        assertThat(copies(p)).containsExactly("SG/MENAPLN", "DGEPS", "Chrono");
    }

    /**
     * A circular's head sets its labels in one column, "cc :" among "Réf. :", "À :" and "Objet :", the entries in the
     * values' column: the copies, though no "De :" row makes it a memo.
     */
    @Test
    void aCopyRowAmongACircularsHeadLabels() {
        PageSketch p = new PageSketch()
                .line("Organisation des Nations Unies")
                .line("pour l'éducation, la science et la culture")
                .centred("LETTRE CIRCULAIRE")
                .beside("Réf. :", 0.25, "ED/PSD/ESD/2025/07")
                .beside("Date :", 0.25, "24 avril 2025")
                .beside("À :", 0.25, "Commissions nationales pour l'UNESCO")
                .beside("cc :", 0.25, "Délégations permanentes auprès de l'UNESCO")
                .at(0.25, "Directeurs et chefs des bureaux hors Siège de l'UNESCO")
                .beside("Objet :", 0.25, "Prix UNESCO pour l'éducation au développement durable")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer l'assurance de ma haute considération.");
        assertThat(copies(p))
                .containsExactly(
                        "Délégations permanentes auprès de l'UNESCO",
                        "Directeurs et chefs des bureaux hors Siège de l'UNESCO");
    }

    /**
     * A Senegalese NGO's "Ampliation" list with each entry's count of copies in a column of its own: one entry long
     * enough that its count is read onto its line. The number is a count there too; a name that lists numbers
     * ({@code Tchaoudjo 1, 2, 3 et 4}) keeps its last.
     */
    @Test
    void aCountReadOntoOneLongEntryIsACountWhenTheOthersStandApart() {
        PageSketch p = french().line("Ampliation :")
                .row("– DGSP", 0.46, "1")
                .row("– Gouverneur de la région de Kolda", 0.46, "1")
                .line("– Médecin-chef de la Région médicale de Kolda 1")
                .row("– Maires des communes Tchaoudjo 1, 2, 3 et 4", 0.6, "4")
                .row("– Archives / Chrono", 0.46, "2");
        assertThat(copies(p))
                .containsExactly(
                        "DGSP",
                        "Gouverneur de la région de Kolda",
                        "Médecin-chef de la Région médicale de Kolda",
                        "Maires des communes Tchaoudjo 1, 2, 3 et 4",
                        "Archives / Chrono");
    }

    /**
     * A French agency's copy list naming each addressee with their civility and full title, one of them as wide as
     * the body: an entry of the list, though it reads like a line of running text.
     */
    @Test
    void aWideEntryOpeningWithACivilityStaysInTheList() {
        PageSketch p = french().line("Copie :")
                .line("Monsieur le Président du Conseil départemental de la Loire")
                .line("Madame la Présidente du conseil d'administration de l'association gestionnaire des résidences");
        assertThat(copies(p))
                .containsExactly(
                        "Monsieur le Président du Conseil départemental de la Loire",
                        "Madame la Présidente du conseil d'administration de l'association gestionnaire des"
                                + " résidences");
    }

    /**
     * A development bank's "cc:" list, its first entry written on the heading's line and run to the margin on "of",
     * the next entries hanging under the first: the line under it ends the first entry ({@code Finance}), though it
     * stands where the next entries start.
     */
    @Test
    void anEntryLeftOpenOnTheHeadingsLineEndsOnTheNextLine() {
        PageSketch p = english()
                .line(
                        "cc: Mr. Bishnu Ghimire, Joint Secretary, International Economic Cooperation Division, Ministry of")
                .at(0.13, "Finance")
                .at(0.13, "Secretary, Ministry of Home Affairs");
        assertThat(copies(p))
                .containsExactly(
                        "Mr. Bishnu Ghimire, Joint Secretary, International Economic Cooperation Division, Ministry of"
                                + " Finance",
                        "Secretary, Ministry of Home Affairs");
    }
}
