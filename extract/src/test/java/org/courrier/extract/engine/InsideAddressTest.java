package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Where the inside address starts and ends (issue 12), as the second batch of independently written dev letters set
 * it, each convention pinned by a small letter written for the test: the address read line by line with the column
 * beside it, a table of references and an unlabelled subject between it and the salutation, a window envelope's
 * return line over it, an attention or e-mail line under it, a lone {@code à} over it, a memo's {@code TO:} /
 * {@code FROM:} column.
 */
class InsideAddressTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    private static String block(PageSketch p) {
        return fields(p).recipient().value().block();
    }

    /** A Cook Islands ministry: {@code Kia orana Mrs Tuara,} greets the addressee as {@code Dear} would. */
    @Test
    void aPacificGreetingIsTheSalutationUnderTheAddress() {
        PageSketch p = new PageSketch()
                .line("GOVERNMENT OF THE COOK ISLANDS")
                .line("Ministry of Finance and Economic Management")
                .skip(2)
                .line("Our Ref: TRE 12/3/7")
                .line("Date: 19 June 2023")
                .skip(1)
                .line("Chief Executive Officer")
                .line("Cook Islands Tourism Corporation")
                .line("PO Box 14")
                .line("Avarua, Rarotonga")
                .skip(1)
                .line("Kia orana Mrs Tuara,")
                .skip(1)
                .line("OUTSTANDING QUARTERLY FINANCIAL REPORTS – 2022/23")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Kia manuia,");
        assertThat(block(p))
                .isEqualTo("Chief Executive Officer, Cook Islands Tourism Corporation, PO Box 14, Avarua, Rarotonga");
    }

    @Test
    void aNoteVerbalesEnclosuresLineOverItsAddresseeIsNoAddress() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE DU SÉNÉGAL")
                .line("MINISTÈRE DES AFFAIRES ÉTRANGÈRES")
                .skip(1)
                .line("N° 01247/MAESE/DP")
                .skip(1)
                .line("Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade de la République")
                .line("fédérale d'Allemagne et a l'honneur de lui transmettre les cartes d'identité demandées.")
                .lines(PageSketch.BODY_FR)
                .line("Le Ministère saisit cette occasion pour renouveler à l'Ambassade les assurances de sa")
                .line("haute considération.")
                .skip(1)
                .right("Dakar, le 14 juin 2023")
                .skip(5)
                .line("P.J. : 4 cartes")
                .skip(1)
                .line("Ambassade de la République fédérale d'Allemagne")
                .line("DAKAR");
        assertThat(block(p)).isEqualTo("Ambassade de la République fédérale d'Allemagne, DAKAR");
    }

    @Test
    void aLoneLetterOfHandwritingSetAslantIsNoAddressLead() {
        PageSketch p = new PageSketch()
                .line("AMBASSADE DE LA RÉPUBLIQUE DÉMOCRATIQUE DU CONGO EN FRANCE")
                .at(0.50, "T")
                .at(0.52, "S")
                .at(0.54, "S")
                .at(0.55, "à")
                .at(0.38, "32, cours Albert 1er – 75008 Paris")
                .at(0.57, "p")
                .at(0.58, "r")
                .at(0.59, "é")
                .skip(1)
                .line("N° 0217/AMB.RDC/PAR/CAB/2023")
                .skip(1)
                .line("L'Ambassade de la République Démocratique du Congo en France présente ses compliments")
                .line("au Ministère de l'Europe et des Affaires étrangères et a l'honneur de lui notifier")
                .lines(PageSketch.BODY_FR)
                .line("L'Ambassade saisit cette occasion pour renouveler au Ministère les assurances de sa")
                .line("très haute considération.")
                .skip(1)
                .right("Paris, le 14 juin 2023")
                .skip(3)
                .line("Ministère de l'Europe et des Affaires étrangères")
                .line("Direction du Protocole")
                .line("57, boulevard des Invalides")
                .line("75007 PARIS");
        assertThat(block(p))
                .isEqualTo("Ministère de l'Europe et des Affaires étrangères, Direction du Protocole, "
                        + "57, boulevard des Invalides, 75007 PARIS");
    }

    @Test
    void aLawyerHeadingTheLetterheadIsTheWriterNotTheAddressee() {
        PageSketch p = new PageSketch()
                .right("CASTELLAN AVOCATS")
                .right("Maître Laure CASTELLAN")
                .right("Avocat au Barreau de Marseille")
                .right("42, rue Grignan – 13001 Marseille")
                .right("Tél. : 04 91 33 72 05 – Fax : 04 91 33 72 06")
                .skip(2)
                .line("LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION")
                .skip(1)
                .at(0.52, "Monsieur Karim BENHAMOU")
                .at(0.52, "15, boulevard Longchamp")
                .at(0.52, "13001 Marseille")
                .skip(1)
                .at(0.52, "Marseille, le 3 octobre 2024")
                .skip(1)
                .line("Objet : Mise en demeure – loyers et charges impayés")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).isEqualTo("Monsieur Karim BENHAMOU, 15, boulevard Longchamp, 13001 Marseille");
    }

    @Test
    void theOrganisationAboveThePersonWhenTheReferencesColumnIsReadInBetween() {
        PageSketch p = new PageSketch()
                .line("MAKSU- JA TOLLIAMET")
                .line("Estonian Tax and Customs Board")
                .skip(1)
                .beside("Nordic Parcel Hub Oy", 0.6, "Your 12.02.2025 No NPH-2025-014")
                .line("Mr Mikko Lahtinen")
                .beside("Managing Director", 0.6, "Our 03.03.2025 No 9-3/2025/1187-2")
                .line("Satamatie 12")
                .line("00980 Helsinki")
                .skip(1)
                .line("Customs warehousing authorisation for a fulfilment centre")
                .skip(1)
                .line("Dear Mr Lahtinen")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo("Nordic Parcel Hub Oy, Mr Mikko Lahtinen, Managing Director, Satamatie 12, "
                        + "00980 Helsinki");
    }

    @Test
    void theAddressAboveATableOfReferencesAndASubjectWithoutLabel() {
        PageSketch p = new PageSketch()
                .line("SERVICE PUBLIC FÉDÉRAL FINANCES")
                .line("Centre PME Liège")
                .skip(2)
                .right("SRL MENUISERIE DUPONT")
                .right("Rue de la Gare 48")
                .right("4620 Fléron")
                .skip(2);
        p.row("Votre lettre du", 0.3, "Vos références", 0.5, "Nos références", 0.75, "Annexe(s)")
                .row("20/01/2025", 0.3, "DL/2024/ISOC", 0.5, "2025/PME-LG/E3/04712", 0.75, "1")
                .right("Liège, le 18 février 2025")
                .skip(1)
                .line("Impôt des sociétés – exercice d'imposition 2024 – demande de renseignements (article 316")
                .line("du Code des impôts sur les revenus)")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).isEqualTo("SRL MENUISERIE DUPONT, Rue de la Gare 48, 4620 Fléron");
    }

    @Test
    void aReturnLineInSmallTypeOverAWindowAddressIsNotPartOfIt() {
        PageSketch p = new PageSketch()
                .line("Confédération suisse")
                .right("Office fédéral de la statistique OFS")
                .skip(2)
                .type(34)
                .line("P.P. CH-2010 Neuchâtel   OFS, Espace de l'Europe 10")
                .type(50)
                .line("Menuiserie Fleury & Fils Sàrl")
                .line("Direction")
                .line("Route de Courroux 44")
                .line("2800 Delémont")
                .skip(2)
                .line("Neuchâtel, 8 mars 2021")
                .skip(1)
                .line("Enquête sur la structure des salaires – participation obligatoire")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).isEqualTo("Menuiserie Fleury & Fils Sàrl, Direction, Route de Courroux 44, 2800 Delémont");

        PageSketch civility = new PageSketch()
                .right("Association des habitants de la Jonction")
                .skip(2)
                .type(34)
                .at(0.55, "AHJ · Case postale 117 · 1211 Genève 8")
                .type(50)
                .at(0.55, "Monsieur le Conseiller d'État")
                .at(0.55, "Département de la santé et des mobilités")
                .at(0.55, "1211 Genève 3")
                .skip(2)
                .at(0.55, "Genève, le 18 juin 2024")
                .skip(1)
                .line("Modération du trafic au boulevard Carl-Vogt")
                .skip(1)
                .line("Monsieur le Conseiller d'État,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(civility))
                .isEqualTo("Monsieur le Conseiller d'État, Département de la santé et des mobilités, 1211 Genève 3");
    }

    @Test
    void anAttentionOrEmailLineUnderACompleteAddressEndsIt() {
        PageSketch p = new PageSketch()
                .line("Scottish Government")
                .line("Islands Team")
                .skip(2)
                .line("Fiona Macleod")
                .line("Executive Director, Place and Economy")
                .line("Argyll and Bute Council")
                .line("Kilmory")
                .line("Lochgilphead")
                .line("PA31 8RT")
                .line("By email: fiona.macleod@argyll-bute.gov.uk")
                .skip(1)
                .line("Our ref: A52840127")
                .line("Your ref: PE/FM/ISL/26")
                .line("Date: 12 February 2026")
                .skip(1)
                .line("Dear Fiona")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo("Fiona Macleod, Executive Director, Place and Economy, Argyll and Bute Council, "
                        + "Kilmory, Lochgilphead, PA31 8RT");
    }

    @Test
    void anAttentionLineUnderTheOrganisationStaysInTheAddress() {
        PageSketch p = new PageSketch()
                .line("BÂTIMENTS RHÔNE-ALPES CONSTRUCTION")
                .skip(2)
                .beside("Nos réf. : BRAC/DT/JM/23-112", 0.53, "Communauté de communes")
                .beside("Interlocuteur : Julien Marchetti", 0.53, "des Monts du Lyonnais")
                .beside("j.marchetti@brac-construction.fr", 0.53, "À l'attention de Monsieur le Président")
                .right("79, allée du Petit Bois")
                .right("69850 SAINT-MARTIN-EN-HAUT")
                .skip(1)
                .right("Villeurbanne, le 4 septembre 2023")
                .skip(1)
                .line("Contestation des pénalités de retard – Construction de la maison de santé")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p))
                .isEqualTo("Communauté de communes, des Monts du Lyonnais, À l'attention de Monsieur le "
                        + "Président, 79, allée du Petit Bois, 69850 SAINT-MARTIN-EN-HAUT");

        // a ministry's name wrapped on two lines, its secretariat and its service over the attention line
        PageSketch ministry = new PageSketch()
                .line("Moreau Delacroix")
                .skip(2)
                .beside("Nos réf. : 25.0143/CM/SB", 0.5, "Par lettre recommandée avec accusé de réception")
                .beside("Ligne directe : 01 53 43 18 27", 0.5, "et par courriel")
                .at(0.5, "Ministère de l'Agriculture et de la")
                .at(0.5, "Souveraineté alimentaire")
                .at(0.5, "Secrétariat général")
                .at(0.5, "Service des affaires juridiques")
                .at(0.5, "À l'attention de Madame la Cheffe de service")
                .at(0.5, "78, rue de Varenne")
                .at(0.5, "75349 PARIS 07 SP")
                .skip(1)
                .right("Paris, le 7 avril 2025")
                .skip(1)
                .line("Objet : Recours gracieux")
                .skip(1)
                .line("Madame la Cheffe de service,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(ministry))
                .startsWith("Ministère de l'Agriculture et de la Souveraineté alimentaire, Secrétariat général, ");
    }

    @Test
    void aLoneAOverTheAddressNotTheStampBesideIt() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DES PÊCHES ET DE L'ÉCONOMIE MARITIME")
                .line("SECRÉTARIAT GÉNÉRAL")
                .beside("N° 01962 /MPEM/SG/DARE", 0.65, "Nouakchott, le 28 septembre 2023")
                .skip(1)
                .at(0.47, "Le Secrétaire Général")
                .at(0.47, "à")
                .beside("BUREAU COURRIER", 0.47, "Monsieur le Commandant de la")
                .at(0.47, "Garde-Côtes Mauritanienne")
                .at(0.47, "Nouadhibou")
                .skip(1)
                .line("Objet : Liste des navires dont les licences sont suspendues.")
                .skip(1)
                .line("Monsieur le Commandant,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).isEqualTo("Monsieur le Commandant de la, Garde-Côtes Mauritanienne, Nouadhibou");
    }

    @Test
    void aVerticalMottoStartingWithAuIsNoAddressee() {
        PageSketch p = new PageSketch()
                .beside("Au", 0.6, "Programme des Nations Unies pour le Développement")
                .beside("service", 0.6, "Port-au-Prince, Haïti")
                .line("des peuples")
                .skip(2)
                .line("Port-au-Prince, le 9 mai 2022")
                .line("Réf. : PNUD/HTI/RR/2022/0193")
                .skip(1)
                .line("Direction Générale de la Protection Civile")
                .line("Port-au-Prince")
                .skip(1)
                .line("Objet : Appui à la préparation de la saison cyclonique")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).isEqualTo("Direction Générale de la Protection Civile, Port-au-Prince");
    }

    @Test
    void aMemoAddresseeEndsAtTheNextLabelOfItsColumn() {
        PageSketch p = new PageSketch()
                .line("GAMBIA REVENUE AUTHORITY")
                .at(0.3, "INTERNAL MEMORANDUM")
                .skip(1)
                .beside("TO:", 0.23, "Commissioner, Domestic Taxes Department")
                .beside("FROM:", 0.23, "Director, Human Resources")
                .beside("DATE:", 0.23, "5th August, 2024")
                .beside("REF:", 0.23, "GRA/HRD/TRN/24/118")
                .line("SUBJECT: NOMINATION OF STAFF FOR TRAINING")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(block(p)).isEqualTo("Commissioner, Domestic Taxes Department");
    }

    @Test
    void labelledContactLinesBesideTheAddressAreNotIt() {
        PageSketch p = new PageSketch()
                .right("NHS Highland")
                .skip(1)
                .beside("Morag Sutherland MSP", 0.67, "Assynt House")
                .beside("The Scottish Parliament", 0.67, "Inverness IV2 3BW")
                .line("Edinburgh")
                .line("EH99 1SP")
                .at(0.67, "Date: 17 July 2025")
                .at(0.67, "Enquiries to: Corporate Office")
                .at(0.67, "Tel:")
                .at(0.67, "Email: ceo@nhs.example")
                .skip(1)
                .line("Dear Ms Sutherland")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p)).isEqualTo("Morag Sutherland MSP, The Scottish Parliament, Edinburgh, EH99 1SP");
    }

    @Test
    void aMemoWithoutAddressOrSalutationHasNoneFromItsLetterhead() {
        PageSketch p = new PageSketch()
                .at(0.25, "Government of the People's Republic of Bangladesh")
                .at(0.25, "Ministry of Disaster Management and Relief")
                .at(0.4, "Relief Branch-2")
                .at(0.35, "Bangladesh Secretariat, Dhaka")
                .at(0.4, "www.modmr.gov.bd")
                .skip(1)
                .beside("Memo No. 51.00.0000.421.14.003.25-215", 0.7, "Date: 26 February 2025")
                .skip(1)
                .line("Subject: Allocation of GR rice and cash for families affected by flash floods in Sylhet")
                .line("district.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.recipient().found()).isFalse();
        assertThat(f.sender().value()).startsWith("Ministry of Disaster Management and Relief");
    }

    @Test
    void aNoteVerbaleWithoutHeadingNamesItsAddresseeAtTheFoot() {
        PageSketch p = new PageSketch()
                .at(0.14, "HIGH COMMISSION OF THE REPUBLIC OF SIERRA LEONE")
                .at(0.2, "P.O. Box 55, Cantonments, Accra, Ghana")
                .skip(1)
                .line("Ref: SLHC/ACC/PROT/25/047")
                .at(0.17, "The High Commission of the Republic of Sierra Leone in Accra presents its")
                .line("compliments to the Ministry of Foreign Affairs of the Republic of Ghana (Protocol")
                .line("Bureau) and has the honour to inform the Honourable Ministry that His Excellency")
                .line("Dr. Mohamed Alie Bangura, Minister of Trade and Industry of the Republic of Sierra")
                .line("Leone, will lead a four-member delegation to Accra to attend the Biashara Forum.")
                .lines(PageSketch.BODY_EN)
                .at(0.17, "The High Commission of the Republic of Sierra Leone in Accra avails itself of")
                .line("this opportunity to renew to the Ministry of Foreign Affairs of the Republic of Ghana")
                .line("(Protocol Bureau) the assurances of its highest consideration.")
                .skip(1)
                .at(0.65, "Accra, 17th October, 2025")
                .skip(2)
                .line("The Ministry of Foreign Affairs")
                .line("(Protocol Bureau)")
                .line("ACCRA");
        assertThat(block(p)).isEqualTo("The Ministry of Foreign Affairs, (Protocol Bureau), ACCRA");
    }

    /**
     * An embassy dates its note at the paragraphs' indent, at the left, with the seal at the right beside it: the
     * addressee named under the date is the note's, and the date line itself is none of it.
     */
    @Test
    void aNoteVerbaleDatedAtTheLeftNamesItsAddresseeUnderTheDate() {
        PageSketch p = new PageSketch()
                .at(0.3, "EMBASSY OF THE REPUBLIC OF THE PHILIPPINES")
                .skip(1)
                .line("No. 2024-0317")
                .at(0.17, "The Embassy of the Republic of the Philippines presents its compliments to the")
                .line("Foreign, Commonwealth and Development Office – Protocol Directorate, and has the")
                .line("honour to inform the latter of the arrival in London of the new First Secretary.")
                .lines(PageSketch.BODY_EN)
                .at(0.17, "The Embassy of the Republic of the Philippines avails itself of this opportunity")
                .line("to renew to the Protocol Directorate the assurances of its highest consideration.")
                .skip(1)
                .at(0.17, "London, 8 March 2024")
                .at(0.79, "LONDON")
                .skip(1)
                .line("Foreign, Commonwealth and Development Office")
                .line("Protocol Directorate")
                .line("King Charles Street")
                .line("London SW1A 2AH");
        assertThat(block(p))
                .isEqualTo("Foreign, Commonwealth and Development Office, Protocol Directorate, King Charles Street, "
                        + "London SW1A 2AH");
    }

    /**
     * A Swiss federal office greets a municipality on two lines ({@code Madame la Syndique,} / {@code Mesdames et
     * Messieurs les Municipaux,}): one salutation, the first line of it no addressee; the address stands above the
     * subject, and the subject's two unlabelled lines above the salutation's first line.
     */
    @Test
    void aSalutationOfTwoLinesIsNoAddressee() {
        PageSketch p = new PageSketch()
                .at(0.52, "Office fédéral des routes OFROU")
                .at(0.52, "Filiale Estavayer-le-Lac")
                .skip(1)
                .line("Municipalité de Villeneuve")
                .line("Greffe municipal")
                .line("Grand-Rue 39")
                .line("1844 Villeneuve VD")
                .skip(1)
                .line("Estavayer-le-Lac, 17 septembre 2024")
                .skip(1)
                .line("N9 Villeneuve – Rennaz, assainissement du bruit routier")
                .line("Réponse à votre demande de paroi antibruit au lieu-dit Les Fourches")
                .skip(1)
                .line("Madame la Syndique,")
                .line("Mesdames et Messieurs les Municipaux,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p))
                .isEqualTo("Municipalité de Villeneuve, Greffe municipal, Grand-Rue 39, 1844 Villeneuve VD");
        assertThat(fields(p).subject().value())
                .isEqualTo("N9 Villeneuve – Rennaz, assainissement du bruit routier Réponse à votre demande de paroi "
                        + "antibruit au lieu-dit Les Fourches");
    }

    /** A court's notice names the case's parties under its number; the addressee is the block at the right. */
    @Test
    void theCasesPartiesAreNoAddressee() {
        PageSketch p = new PageSketch()
                .line("TRIBUNAL ADMINISTRATIF DE MONTPELLIER")
                .skip(1)
                .line("Dossier n° : 2504187-2")
                .line("M. Thierry LACOMBE c/ Commune de Sète")
                .skip(1)
                .right("Monsieur le Maire de Sète")
                .right("Hôtel de Ville")
                .right("34200 SÈTE")
                .skip(2)
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie de croire, Monsieur le Maire, à l'assurance de ma considération distinguée.");
        assertThat(block(p)).isEqualTo("Monsieur le Maire de Sète, Hôtel de Ville, 34200 SÈTE");
    }

    /**
     * A government order of Bangladesh: no salutation, signed at the right, the addressee at the left under the
     * signature and above the memo's number and its distribution list.
     */
    @Test
    void anOrdersAddresseeUnderTheSignatureAtTheRight() {
        PageSketch p = new PageSketch()
                .line("Government of the People's Republic of Bangladesh")
                .line("Ministry of Disaster Management and Relief")
                .skip(1)
                .line("Memo No. 51.00.0000.421.14.003.25-215")
                .right("26 February 2025")
                .line("Subject: Allocation of GR rice for families affected by flash floods")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .right("Farhana Rahman")
                .right("Deputy Secretary")
                .right("Phone: +880 2 223355861")
                .line("Deputy Commissioner")
                .line("Sylhet.")
                .skip(1)
                .line("Memo No. 51.00.0000.421.14.003.25-215/1(5)")
                .line("Copy for information and necessary action (not according to seniority):")
                .at(0.11, "1. Divisional Commissioner, Sylhet Division, Sylhet.")
                .at(0.11, "2. Office copy.");
        assertThat(block(p)).isEqualTo("Deputy Commissioner, Sylhet.");
    }

    /**
     * A note de service is addressed to no one: the heading saying what kind of document it is, and its number
     * under it, are no address block.
     */
    @Test
    void aNoteDeServiceHeadingAndItsNumberAreNoAddress() {
        PageSketch p = new PageSketch()
                .beside("MINISTÈRE DE L'ÉCONOMIE, DES FINANCES", 0.69, "BURKINA FASO")
                .beside("ET DU DÉVELOPPEMENT", 0.66, "Unité – Progrès – Justice")
                .at(0.2, "SECRÉTARIAT GÉNÉRAL")
                .at(0.13, "DIRECTION DES RESSOURCES HUMAINES")
                .skip(1)
                .at(0.63, "Ouagadougou, le 17 mai 2022")
                .skip(1)
                .at(0.37, "NOTE DE SERVICE")
                .at(0.34, "N°2022-0137/MINEFID/SG/DRH")
                .skip(1)
                .line("Objet : Contrôle de présence du personnel")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().found()).isFalse();
    }

    /**
     * {@code WITHOUT PREJUDICE} over the salutation, under the references and the date, says how the letter stands;
     * like them it is passed over, and the address above them is found.
     */
    @Test
    void withoutPrejudiceOverTheSalutationIsPassedOverLikeTheReferences() {
        PageSketch p = new PageSketch()
                .right("Celtic Mutual Insurance DAC")
                .skip(2)
                .line("Insurance Section")
                .line("Law Department")
                .line("Dublin City Council")
                .line("Civic Offices, Wood Quay")
                .line("Dublin 8")
                .skip(1)
                .line("Our Ref: MRC/25/0448213/AOC")
                .line("Your Ref: LD/INS/2025/1162")
                .line("Date: 28 March 2025")
                .skip(1)
                .line("WITHOUT PREJUDICE")
                .skip(1)
                .line("Dear Sir/Madam,")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo(
                        "Insurance Section, Law Department, Dublin City Council, Civic Offices, Wood Quay, Dublin 8");
    }

    /** A subject that opens with a document kind's word is no document-kind heading: the address above it stays. */
    @Test
    void aSubjectOpeningWithMemorandumEndsNoAddress() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF WATER")
                .skip(2)
                .line("Kofi Mensah")
                .line("National Water Company")
                .line("Liberation Road")
                .line("Accra")
                .skip(1)
                .line("Memorandum of Understanding on rural water supply 2024")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p)).isEqualTo("Kofi Mensah, National Water Company, Liberation Road, Accra");
    }

    /**
     * The references set in a column at the right of the address, down to lines that are neither labels nor dates
     * ({@code Title number GM218734}): the address is the block beside that column, not the column's end.
     */
    @Test
    void theAddressBesideAColumnOfReferences() {
        PageSketch p = new PageSketch()
                .line("HM Land Registry")
                .right("Manchester Office")
                .skip(2)
                .beside("Hargreaves Thorne LLP", 0.58, "Date 3 March 2025")
                .beside("FAO: Sarah Milne", 0.58, "Our ref RQ/MAN/4471023")
                .beside("DX 14307", 0.58, "Your ref JHT/4456/SMI")
                .beside("Manchester 1", 0.58, "Title number GM218734")
                .right("Application AP1 dated 11 February 2025")
                .right("Reply by 31 March 2025")
                .skip(2)
                .line("Dear Sir or Madam")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p)).isEqualTo("Hargreaves Thorne LLP, FAO: Sarah Milne, DX 14307, Manchester 1");
    }

    /** The addressee's e-mail address alone on the line under the address ends it, and is part of it. */
    @Test
    void theAddresseesEmailUnderTheAddressEndsIt() {
        PageSketch p = new PageSketch()
                .line("Ministère de l'Environnement")
                .skip(2)
                .line("Monsieur Sylvain Lessard")
                .line("Directeur général")
                .line("Municipalité de Saint-Boniface")
                .line("140, rue Guimont")
                .line("Saint-Boniface (Québec) G0X 2L0")
                .line("dg@st-boniface.example.qc.ca")
                .skip(1)
                .line("Objet : Avis de non-conformité")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p))
                .isEqualTo("Monsieur Sylvain Lessard, Directeur général, Municipalité de Saint-Boniface, 140, rue "
                        + "Guimont, Saint-Boniface (Québec) G0X 2L0, dg@st-boniface.example.qc.ca");
    }

    /**
     * A Philippine memorandum sets its colons in a column of their own, read with the TO value on its row and alone on
     * the FROM row: the colon is no part of the addressees, and the lone colon starts the next row.
     */
    @Test
    void aMemosColumnOfColonsIsNoPartOfTheAddressees() {
        PageSketch p = new PageSketch()
                .centred("Department of Education")
                .skip(1)
                .line("REGIONAL MEMORANDUM")
                .line("No. 312, s. 2024")
                .skip(1)
                .row("TO", 0.238, ":  Schools Division Superintendents")
                .at(0.253, "Public and Private Secondary School Heads")
                .at(0.253, "All Others Concerned")
                .row("FROM", 0.238, ":", 0.253, "MARILOU D. SALVADOR, PhD, CESO III")
                .at(0.253, "Regional Director")
                .skip(1)
                .line("SUBJECT :  2024 REGIONAL SCHOOLS PRESS CONFERENCE (RSPC)")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo("Schools Division Superintendents, Public and Private Secondary School Heads, All Others"
                        + " Concerned");
    }

    /** An Algerian ministry sends its letter on to another under the addressee: that line is no part of it. */
    @Test
    void aLineSendingTheLetterOnUnderTheAddresseeIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .line("Ministère de l'Enseignement Supérieur")
                .line("N° 1127/DGEFS/SDHF/2024")
                .right("Alger, le 12 septembre 2024")
                .skip(1)
                .at(0.2, "Le Ministre de l'Enseignement Supérieur et de la Recherche Scientifique")
                .at(0.5, "à")
                .at(0.22, "Monsieur le Recteur de l'Université des Sciences et de la Technologie")
                .at(0.36, "Houari Boumediene – Bab Ezzouar")
                .line("– En communication avec Monsieur le Président de la Conférence Régionale des Universités")
                .skip(1)
                .line("Objet : Ouverture d'une offre de formation de Master")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(block(p)).startsWith("Monsieur le Recteur").doesNotContain("communication");
    }

    /** A despatch addressed at its foot, an enclosure line typed under the address: no line of it. */
    @Test
    void anEnclosureLineUnderAnAddressAtTheFootEndsIt() {
        PageSketch p = new PageSketch()
                .at(0.6, "British Legation,")
                .at(0.57, "Christiania,")
                .line("No. 37.")
                .at(0.61, "14th May, 1912.")
                .skip(2)
                .at(0.19, "Monsieur le Ministre,")
                .at(0.21, "I have the honour, by direction of His Majesty's Principal")
                .line("Secretary of State for Foreign Affairs, to bring to Your")
                .line("Excellency's notice the case of the steam trawler \"Lord Ancaster\".")
                .skip(1)
                .at(0.21, "I avail myself of this opportunity to renew to Your")
                .line("Excellency the assurance of my highest consideration.")
                .skip(1)
                .at(0.58, "Arthur H. Grenfell")
                .skip(3)
                .line("His Excellency")
                .at(0.14, "Monsieur O. Brandtzaeg,")
                .step(108)
                .at(0.18, "&c., &c., &c.")
                .line("Enclosure.");
        assertThat(block(p)).isEqualTo("His Excellency, Monsieur O. Brandtzaeg, &c., &c., &c.");
    }

    /** A bank's customer number under the address, behind its label, is the bank's and ends the address. */
    @Test
    void aLabelledNumberUnderTheAddressEndsIt() {
        PageSketch p = new PageSketch()
                .line("Harbourline Bank Ltd.")
                .skip(2)
                .line("To,")
                .line("Mr. Rakesh Kumar Sharma")
                .line("No. 42, 3rd Cross, 5th Block")
                .line("Bengaluru – 560 095")
                .line("Customer ID: 70451928")
                .skip(1)
                .line("Sub: Periodic updation of KYC")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p)).isEqualTo("Mr. Rakesh Kumar Sharma, No. 42, 3rd Cross, 5th Block, Bengaluru – 560 095");
    }

    /**
     * A municipality's letterhead sets its contact in a grid of labels and values ({@code Enquiries} over {@code Ms
     * N. Jacobs}, beside the telephone and the e-mail): the person named under the contact's label is someone to ask,
     * not the addressee, whose block comes under the grid. So too a French office's {@code Dossier suivi par :}.
     */
    @Test
    void thePersonUnderTheContactsLabelIsNotTheAddressee() {
        PageSketch stellenbosch = new PageSketch()
                .centred("STELLENBOSCH MUNICIPALITY")
                .skip(1)
                .row("Enquiries / Navrae / Imibuzo", 0.39, "Tel / Umnxeba", 0.56, "E-mail / E-pos")
                .row("Ms N. Jacobs", 0.39, "021 555 8164", 0.56, "clearances@stellenbosch.gov.za")
                .row("Our Ref / Ons Verw", 0.39, "Your Ref / U Verw", 0.56, "Date / Datum")
                .row("RC 2025/0771", 0.39, "MV/TRF/2291", 0.56, "04 March 2025")
                .skip(1)
                .line("Malan & Visser Attorneys")
                .line("Attention: Mrs E. van der Merwe")
                .line("PO Box 312")
                .line("STELLENBOSCH")
                .skip(1)
                .line("Dear Madam")
                .lines(PageSketch.BODY_EN);

        PageSketch mairie = new PageSketch()
                .line("MAIRIE DE SAINT-PRIEST")
                .line("Direction de l'urbanisme")
                .skip(1)
                .line("Dossier suivi par :")
                .line("Mme Claire Martin")
                .skip(1)
                .right("SCI Les Tilleuls")
                .right("12, rue Henri Maréchal")
                .right("69800 Saint-Priest")
                .skip(1)
                .right("Saint-Priest, le 3 février 2025")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(mairie)).isEqualTo("SCI Les Tilleuls, 12, rue Henri Maréchal, 69800 Saint-Priest");
        assertThat(block(stellenbosch))
                .isEqualTo("Malan & Visser Attorneys, Attention: Mrs E. van der Merwe, PO Box 312, STELLENBOSCH");
    }

    /**
     * A Thai department's English letter: its own address at the top right, the subject and an enclosure line over
     * the salutation, the addressee typed at the foot under the signature. The person the salutation greets heads
     * the block at the foot: that block is the addressee, the one at the top the writer's.
     */
    @Test
    void theAddresseeTheSalutationGreetsTypedAtTheFoot() {
        PageSketch p = new PageSketch()
                .beside("No. 0403/4217", 0.6, "Department of Disease Control")
                .at(0.6, "Ministry of Public Health")
                .at(0.6, "Tiwanon Road, Nonthaburi 11000")
                .at(0.6, "THAILAND")
                .skip(1)
                .at(0.6, "25 July 2024")
                .skip(1)
                .line("Subject: Request for technical support for the Regional Workshop")
                .skip(1)
                .line("Enclosure: Concept note and provisional programme")
                .skip(1)
                .line("Dear Dr. Hoffmann,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .at(0.6, "Yours sincerely,")
                .skip(2)
                .at(0.6, "(Dr. Wiroj Sangsuwan)")
                .at(0.6, "Director-General")
                .at(0.6, "Department of Disease Control")
                .skip(1)
                .line("Dr. Marianne Hoffmann")
                .line("WHO Representative to Thailand")
                .line("World Health Organization Country Office for Thailand")
                .line("Nonthaburi 11000");
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block())
                .isEqualTo("Dr. Marianne Hoffmann, WHO Representative to Thailand, World Health Organization Country"
                        + " Office for Thailand, Nonthaburi 11000");
        assertThat(f.signatory().value().name()).isEqualTo("Dr. Wiroj Sangsuwan");
        assertThat(f.sender().value()).startsWith("Department of Disease Control");
    }

    /**
     * A Luxembourg bank's table of references under the address, its contact's telephone on a second line of the
     * contact's cell: that line is the table's, no address.
     */
    @Test
    void aSecondLineOfATableCellIsNoAddress() {
        PageSketch p = new PageSketch()
                .right("Banque Hoffmann & Cie")
                .skip(2)
                .line("Administration des contributions directes")
                .line("Service de la retenue d'impôt sur les intérêts")
                .line("45, boulevard Roosevelt")
                .line("L-2982 Luxembourg")
                .skip(2);
        p.row("NOS RÉF.", 0.27, "MATRICULE", 0.43, "INTERLOCUTEUR", 0.61, "DATE")
                .row(
                        "TXO/CW/2022-014",
                        0.27,
                        "1921 2200 318",
                        0.43,
                        "Carole Weber",
                        0.61,
                        "Luxembourg, le 31 janvier 2022")
                .at(0.43, "+352 47 89 12-334")
                .skip(2)
                .line("Objet : Rectification de la déclaration de la retenue d'impôt sur les intérêts")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p))
                .isEqualTo("Administration des contributions directes, Service de la retenue d'impôt sur les intérêts,"
                        + " 45, boulevard Roosevelt, L-2982 Luxembourg");
    }
}
