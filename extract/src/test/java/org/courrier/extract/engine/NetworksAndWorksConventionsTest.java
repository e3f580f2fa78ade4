package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.Recipient;
import org.courrier.extract.record.Signatory;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-seventh batch of independently written dev letters (authors DA-DD: French and English on
 * infrastructure, transport, energy, water and the environment, from ministries, agencies, ports, utilities,
 * regional bodies, councils and firms) and older dev letters showed misread, each pinned by a small letter written
 * for the test.
 */
class NetworksAndWorksConventionsTest {

    @Test
    void aDeliveryNoticeUnderTheAddressIsNoLineOfIt() {
        PageSketch p = new PageSketch()
                .line("EDM-SA")
                .line("Énergie du Mali – Société Anonyme")
                .skip(1)
                .line("Réf. : 00458/DG-EDM SA/DC/DGCR")
                .right("Bamako, le 9 juillet 2021")
                .skip(1)
                .line("Monsieur le Directeur Général")
                .line("Société des Huileries du Kénédougou (SHK-SA)")
                .line("Zone industrielle de Sotuba")
                .line("BP E 3318 – Bamako")
                .halfSkip()
                .line("Par porteur contre décharge")
                .skip(1)
                .line("Objet : Mise en demeure de paiement de factures impayées")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        Recipient r = fields(p).recipient().value();
        assertThat(r.block())
                .isEqualTo("Monsieur le Directeur Général, Société des Huileries du Kénédougou (SHK-SA), Zone"
                        + " industrielle de Sotuba, BP E 3318 – Bamako");
        assertThat(r.organisation()).isEqualTo("Société des Huileries du Kénédougou (SHK-SA)");
    }

    @Test
    void anEntryLeftOpenAtTheMarginGoesOnAtTheNextLine() {
        PageSketch p = new PageSketch()
                .line("SERVICE PUBLIC DE WALLONIE")
                .line("SPW Mobilité et Infrastructures")
                .right("Arlon, le 9 août 2024")
                .skip(1)
                .line("Nos réf. : D.532/N86/2024-1129")
                .skip(1)
                .line("Concerne : N86 – Fermeture à la circulation du 2 au 20 septembre 2024")
                .skip(1)
                .line("Monsieur le Bourgmestre,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Directeur,")
                .skip(2)
                .right("Ir Frédéric Lambotte")
                .skip(1)
                .line("Copie pour information :")
                .line(
                        "Ville de Hotton · Zone de police Famenne-Ardenne · Zone de secours Luxembourg · TEC · Service de la")
                .line("Mobilité de la Province de Luxembourg");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Ville de Hotton",
                        "Zone de police Famenne-Ardenne",
                        "Zone de secours Luxembourg",
                        "TEC",
                        "Service de la Mobilité de la Province de Luxembourg");
    }

    @Test
    void anOfficesCodeWithItsBranchesInitialsIsAnEntry() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'HYDRAULIQUE, DE L'ASSAINISSEMENT")
                .line("ET DE L'ENVIRONNEMENT")
                .right("Niamey, le 04 mars 2025")
                .skip(1)
                .line("N° 000215/MH/A/E/SG/DGH/DHR")
                .skip(1)
                .line("Objet : Réalisation de quarante-cinq forages")
                .skip(1)
                .line("Monsieur le Gouverneur,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Colonel-Major Moussa ABDOU GARBA")
                .skip(1)
                .line("AMPLIATIONS :")
                .line("– Cabinet du Premier Ministre")
                .line("– SG/MH/A/E")
                .line("– DGH")
                .line("– Chrono");
        assertThat(fields(p).copies().value())
                .containsExactly("Cabinet du Premier Ministre", "SG/MH/A/E", "DGH", "Chrono");
    }

    @Test
    void aWordmarkEndingWithABareKindOfBodyIsNamedByItsOtherLine() {
        PageSketch p = new PageSketch()
                .type(60)
                .step(92)
                .line("Environment")
                .line("Agency")
                .type(50)
                .step(62)
                .skip(2)
                .beside("Mr G Pritchard", 0.62, "Our ref: WM/2023/108562/01-L01")
                .line("Lower Fenwick Farm")
                .beside("Leominster", 0.62, "Date: 21 June 2023")
                .line("HR6 9RU")
                .skip(1)
                .line("Dear Mr Pritchard")
                .skip(1)
                .line("Warning letter – pollution of a tributary of the River Lugg")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely")
                .skip(1)
                .line("Hannah Lloyd")
                .line("Environment Officer");
        assertThat(fields(p).sender().value()).isEqualTo("Environment Agency");
    }

    @Test
    void aHeadingOverAnOpeningSentenceOfItsOwnIsTheSubject() {
        PageSketch p = new PageSketch()
                .at(0.55, "GHANA PORTS AND HARBOURS AUTHORITY")
                .at(0.55, "P. O. BOX 150, TEMA")
                .skip(1)
                .line("My Ref. No. GPHA/DG/TKD/214/V.6")
                .right("23rd January, 2020")
                .skip(1)
                .centred("TAKORADI PORT EXPANSION PROJECT (PHASE II) – PROGRESS REPORT")
                .centred("FOR THE QUARTER OCTOBER – DECEMBER, 2019")
                .halfSkip()
                .line(
                        "Please refer to your letter No. MOT/PPP/18/Vol.2/77 dated 9th January, 2020 on the above subject.")
                .skip(1)
                .line("2. I am directed to forward herewith two (2) copies of the progress report on the Takoradi")
                .line(
                        "Port Expansion Project (Phase II) for the quarter ending 31st December, 2019, for the information")
                .line("of the Honourable Minister and for onward transmission to the Project Steering Committee.")
                .skip(1)
                .line("3. The report covers the works completed on the new container terminal and the dredging of")
                .line("the access channel, and sets out the revised programme for the completion of the project.")
                .skip(1)
                .right("ING. KWAME A. BOATENG")
                .right("DIRECTOR-GENERAL")
                .skip(1)
                .line("THE CHIEF DIRECTOR")
                .line("MINISTRY OF TRANSPORT")
                .line("ACCRA");
        assertThat(fields(p).subject().value())
                .isEqualTo("TAKORADI PORT EXPANSION PROJECT (PHASE II) – PROGRESS REPORT FOR THE QUARTER OCTOBER –"
                        + " DECEMBER, 2019");
    }

    @Test
    void theAddresseesTownInCapitalsSetInUnderTheAddressIsItsLastLine() {
        PageSketch p = new PageSketch()
                .beside("RÉPUBLIQUE DU NIGER", 0.54, "Niamey, le 04 mars 2025")
                .line("Fraternité – Travail – Progrès")
                .skip(1)
                .beside("MINISTÈRE DE L'HYDRAULIQUE", 0.54, "LE MINISTRE")
                .at(0.54, "A")
                .at(0.54, "Monsieur le Gouverneur de la Région")
                .beside("SECRÉTARIAT GÉNÉRAL", 0.54, "de Tillabéri")
                .at(0.66, "TILLABÉRI")
                .skip(1)
                .line("N° 000215/MH/A/E/SG/DGH/DHR")
                .skip(1)
                .line("Objet : Réalisation de quarante-cinq forages dans la Région de Tillabéri.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Monsieur le Gouverneur de la Région de Tillabéri, TILLABÉRI");
    }

    @Test
    void aFunctionJoinedByAHyphenMakesTheLineOverItTheSignersName() {
        PageSketch p = new PageSketch()
                .line("NATIONAL DISASTER MANAGEMENT ORGANISATION")
                .right("28th July, 2024")
                .skip(1)
                .line("THE METROPOLITAN CHIEF EXECUTIVE")
                .line("ACCRA METROPOLITAN ASSEMBLY")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("DESILTING OF MAJOR DRAINS IN THE ACCRA METROPOLIS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(3)
                .right("(ERIC N. OWUSU-ANSAH)")
                .right("DIRECTOR-GENERAL");
        assertThat(fields(p).signatory().value()).isEqualTo(new Signatory("ERIC N. OWUSU-ANSAH", "DIRECTOR-GENERAL"));
    }

    @Test
    void theSignatureIsUnderTheLastClosingWhenTheBodyWasReadAsEndingEarly() {
        PageSketch p = new PageSketch()
                .line("Department for Transport")
                .right("Our ref: FOI-2025-04417")
                .right("12 May 2025")
                .skip(1)
                .line("Mr D. Ellison")
                .line("14 Orchard Way")
                .line("Peterborough PE1 4RT")
                .skip(1)
                .line("Dear Mr Ellison,")
                .skip(1)
                .line("Freedom of Information request: bus service improvement funding")
                .skip(1)
                .line("Thank you for your request of 14 April 2025 for the funding allocated to the Combined")
                .line("Authority in each financial year. The figures we hold are set out in the table below.")
                .skip(1)
                .row("Financial year", 0.4, "Capital allocated (£)", 0.7, "Revenue allocated (£)")
                .row("2022-23", 0.4, "6,214,000", 0.7, "4,880,000")
                .row("2023-24", 0.4, "11,502,000", 0.7, "7,145,000")
                .skip(2)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Helen Marsh")
                .line("Senior Policy Adviser, Local Transport Funding");
        assertThat(fields(p).signatory().value())
                .isEqualTo(new Signatory("Helen Marsh", "Senior Policy Adviser, Local Transport Funding"));
    }

    @Test
    void whatIsSentWithTheLetterIsNoPartOfItsSignature() {
        PageSketch p = new PageSketch()
                .line("Hibernia Mutual Insurance DAC")
                .right("3 March 2025")
                .skip(1)
                .line("The Roads Department")
                .line("Kildare County Council")
                .skip(1)
                .line("Dear Sir/Madam,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Aoife O'Callaghan")
                .line("Recoveries Handler, Motor Claims")
                .line("Encs.");
        assertThat(fields(p).signatory().value())
                .isEqualTo(new Signatory("Aoife O'Callaghan", "Recoveries Handler, Motor Claims"));
        PageSketch enclosed = new PageSketch()
                .line("BÂTI-SUD CÔTE D'IVOIRE SARL")
                .right("Abidjan, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Payeur Général")
                .skip(1)
                .line("Objet : Paiement des décomptes n° 7 et 8")
                .skip(1)
                .line("Monsieur le Payeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Gérant")
                .skip(1)
                .line("P.J. : 2 mandats, 2 décomptes, 1 ARF")
                .skip(1)
                .line("Copie :")
                .line("– Monsieur le Directeur Général du Trésor et de la")
                .at(0.67, "KJM N'Guessan")
                .line("Comptabilité Publique")
                .beside(
                        "– Monsieur le Directeur des Affaires Financières du Ministère",
                        0.64,
                        "Koffi Jean-Marc N'GUESSAN")
                .line("de l'Équipement et de l'Entretien Routier");
        assertThat(fields(enclosed).signatory().value())
                .isEqualTo(new Signatory("Koffi Jean-Marc N'GUESSAN", "Le Gérant"));
    }

    @Test
    void ofABodysTwoSignaturesSideBySideWhoPresidesSigns() {
        PageSketch college = new PageSketch()
                .line("Commune d'Assesse")
                .right("Assesse, le 3 mars 2025")
                .skip(1)
                .right("Madame Claire Lambert")
                .right("Rue du Bois 4, 5330 Assesse")
                .skip(1)
                .line("Objet : Accusé de réception de votre demande de permis")
                .skip(1)
                .line("Madame,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Par le Collège,")
                .skip(1)
                .beside("La Directrice générale,", 0.68, "Le Bourgmestre,")
                .skip(2)
                .beside("Nathalie DEBATY", 0.68, "Jean-Luc MOSSIAT");
        assertThat(fields(college).signatory().value()).isEqualTo(new Signatory("Jean-Luc MOSSIAT", "Le Bourgmestre"));
        PageSketch committee = new PageSketch()
                .line("Association des habitants de la Jonction")
                .right("Genève, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Conseiller d'État")
                .skip(1)
                .line("Concerne : Modération du trafic")
                .skip(1)
                .line("Monsieur le Conseiller d'État,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Pour le Comité de l'AHJ :")
                .skip(1)
                .beside("La Présidente", 0.45, "Le Secrétaire")
                .skip(1)
                .beside("Nathalie Berthoud", 0.45, "Yann Perrottet");
        assertThat(fields(committee).signatory().value())
                .isEqualTo(new Signatory("Nathalie Berthoud", "La Présidente"));
        PageSketch clerks = new PageSketch()
                .line("Tribunal de première instance")
                .right("Namur, le 3 mars 2025")
                .skip(1)
                .right("Monsieur Paul Lemaire")
                .skip(1)
                .line("Objet : Transmission d'une copie conforme")
                .skip(1)
                .line("Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Par le Collège,")
                .skip(1)
                .beside("Le Directeur général,", 0.45, "La Secrétaire,")
                .skip(1)
                .beside("Jean DUPONT", 0.45, "Marie LECLERC");
        // no one presides: the block is read as any other
        assertThat(fields(clerks).signatory().value().name()).isIn("Jean DUPONT", "Marie LECLERC");
    }

    @Test
    void aBodyNamedAfterItsStreetIsNoAddressLine() {
        PageSketch p = new PageSketch()
                .centred("Ballinroan & Kilbride Road Residents' Association")
                .centred("c/o 14 Kilbride Road, Ballinroan, Co. Kildare, W91 K2X7")
                .skip(2)
                .line("The Secretary")
                .line("An Bord Pleanála")
                .line("64 Marlborough Street")
                .line("Dublin 1")
                .right("12th March 2024")
                .skip(1)
                .line("Re: Observation on a proposed 110 kV substation at Ballinroan")
                .skip(1)
                .line("Dear Sir/Madam,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Mary Cullinane")
                .line("Chairperson");
        assertThat(fields(p).sender().value()).isEqualTo("Ballinroan & Kilbride Road Residents' Association");
    }

    @Test
    void eachReferenceOfAGridIsTheCellUnderItsLabel() {
        PageSketch p = new PageSketch()
                .line("SPF Intérieur")
                .line("Direction générale Sécurité civile")
                .skip(1)
                .at(0.53, "Monsieur le Gouverneur")
                .at(0.53, "de la Province de Hainaut")
                .at(0.53, "7000 MONS")
                .skip(1)
                .row("Votre lettre du", 0.23, "Vos références", 0.44, "Nos références", 0.64, "Annexe(s)")
                .cells("12/01/2023", 0.23, "PLANU/SEV/2023/014", 0.44, "DGSC/PU/2023/0318", 0.64, "1")
                .right("Bruxelles, le 27 mars 2023")
                .skip(1)
                .line("Objet : Approbation du plan particulier d'urgence et d'intervention")
                .skip(1)
                .line("Monsieur le Gouverneur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("DGSC/PU/2023/0318");
        assertThat(fields(p).theirReference().value()).isEqualTo("PLANU/SEV/2023/014");
    }

    @Test
    void theTownEndingTheAddressOverTheDatedLineIsThePlace() {
        for (String address :
                new String[] {"CGO Complex, Lodhi Road, New Delhi – 110003", "Shastri Bhawan, New Delhi"}) {
            PageSketch p = new PageSketch()
                    .line("No. W-11042/3/2023-WQ")
                    .centred("Government of India")
                    .centred("Ministry of Jal Shakti")
                    .centred("Department of Drinking Water and Sanitation")
                    .flushRight(address, 0.9)
                    .flushRight("Dated the 18th January, 2024", 0.9)
                    .skip(1)
                    .centred("OFFICE MEMORANDUM")
                    .skip(1)
                    .line("Subject: Functionality assessment of household tap connections – regarding.")
                    .skip(1)
                    .lines(PageSketch.BODY_EN);
            assertThat(fields(p).place().value()).as(address).isEqualTo("New Delhi");
        }
    }

    @Test
    void theDatesOwnCellInARowOfCellsGivesThePlace() {
        PageSketch p = new PageSketch()
                .line("COMMUNE DE RIXENSART")
                .skip(1)
                .at(0.53, "Monsieur Marc DEWANDRE")
                .at(0.53, "Rue des Alouettes 14")
                .at(0.53, "1332 Genval")
                .skip(1)
                .row("Vos références Nos références", 0.41, "Votre correspondant Annexe(s) Date")
                .cells("—", 0.21, "ENV/SAL/2023/0871", 0.55, "2 photos", 0.66, "Rixensart, le 23 août 2023")
                .skip(1)
                .line("Objet : Mise en demeure – défaut d'entretien de la parcelle")
                .skip(1)
                .line("Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.date().value()).isEqualTo(java.time.LocalDate.of(2023, 8, 23));
        assertThat(f.place().value()).isEqualTo("Rixensart");
    }

    @Test
    void aTreasuryUnderItsMinistryWrites() {
        PageSketch p = new PageSketch()
                .centred("ROYAUME DU MAROC")
                .centred("Ministère de l'Économie et des Finances")
                .centred("TRÉSORERIE GÉNÉRALE DU ROYAUME")
                .centred("Trésorerie Préfectorale de Fès")
                .skip(1)
                .line("N° 1187/TPF/SR")
                .right("Fès, le 12 mars 2024")
                .skip(1)
                .right("Monsieur le Président du Conseil de la Commune de Fès")
                .skip(1)
                .line("Objet : Situation des restes à recouvrer au 31 décembre 2023")
                .skip(1)
                .line("Monsieur le Président,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("TRÉSORERIE GÉNÉRALE DU ROYAUME");
    }
}
