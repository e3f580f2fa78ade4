package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirtieth batch (authors DM-DP: French and English on social
 * security and pensions, statistics and censuses, elections and civil registration) joined, each pinned by a small
 * letter written for the test.
 */
class SocialSecurityAndCivilRegistrationConventionsTest {

    @Test
    void aNotesGridWithoutColonsCarriesItsCopyListBesideItsLabel() {
        PageSketch p = new PageSketch()
                .line("Centre national de la recherche scientifique")
                .line("Délégation Provence et Corse")
                .skip(8)
                .line("NOTE")
                .skip(1)
                .beside("À l'attention de", 0.3, "Mesdames et Messieurs les Directeurs d'unité")
                .beside("De", 0.3, "Le Délégué régional")
                .beside("Date", 0.3, "Marseille, le 7 octobre 2024")
                .beside("Réf.", 0.3, "DR12/SFC/2024-118")
                .beside("Objet", 0.3, "Clôture de l'exercice budgétaire 2024")
                .beside("Copie", 0.3, "Responsables administratifs des unités ; Agence comptable secondaire")
                .skip(2)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le Délégué régional")
                .skip(2)
                .at(0.55, "Jérôme VIGNAUD");
        assertThat(fields(p).copies().value())
                .containsExactly("Responsables administratifs des unités", "Agence comptable secondaire");
    }

    @Test
    void aBodysAbbreviationInBracketsUnderItsNameEndsTheName() {
        PageSketch p = new PageSketch()
                .centred("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES")
                .skip(1)
                .centred("INSTITUT NATIONAL DE LA STATISTIQUE")
                .centred("(INSTAT)")
                .skip(1)
                .centred("DIRECTION GÉNÉRALE")
                .skip(1)
                .line("N° 0231/MEF-INSTAT-DG")
                .right("Bamako, le 14 avril 2022")
                .skip(2)
                .at(0.5, "Monsieur le Gouverneur de la Région de Ségou")
                .skip(1)
                .line("Objet : dénombrement général du recensement")
                .skip(1)
                .line("Monsieur le Gouverneur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("INSTITUT NATIONAL DE LA STATISTIQUE (INSTAT)");
    }

    @Test
    void kindsAloneUnderWordsThatNameNoBodyEndTheName() {
        PageSketch p = new PageSketch()
                .line("CENTRAL PROVIDENT")
                .line("FUND BOARD")
                .skip(3)
                .line("The Director")
                .line("Lim Kee Hardware Trading Pte. Ltd.")
                .line("51 Ubi Avenue 1")
                .line("Singapore 408933")
                .skip(1)
                .line("Dear Sir / Madam")
                .skip(1)
                .line("OUTSTANDING CPF CONTRIBUTIONS FOR NOVEMBER 2024")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("CENTRAL PROVIDENT FUND BOARD");
    }

    @Test
    void theOfficeAReplyInstructionNamesPastTheColumnBesideIsNoAddressee() {
        PageSketch p = new PageSketch()
                .step(50)
                .beside("Telephone: +265 1 756 055", 0.6, "In reply please quote No. NRB/ADM/14/2")
                .line("Fax: +265 1 756 060")
                .beside("E-mail: info@nrb.gov.mw", 0.6, "NATIONAL REGISTRATION BUREAU")
                .at(0.6, "P.O. BOX 31593")
                .beside("All communications should be addressed to:", 0.6, "LILONGWE 3")
                .beside("The Principal Secretary and", 0.6, "MALAWI")
                .line("Chief Commissioner")
                .at(0.6, "5th June, 2024")
                .step(62)
                .skip(2)
                .line("The District Commissioner,")
                .line("Mangochi District Council,")
                .line("Private Bag 3,")
                .line("MANGOCHI.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("MOBILE REGISTRATION OF NATIONAL IDENTITY CARDS")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block()).startsWith("The District Commissioner");
    }

    @Test
    void aBareCodeWithTheYearAmongPartsJoinedByHyphensAndSlashesIsTheReference() {
        PageSketch p = new PageSketch()
                .centred("Republic of the Philippines")
                .centred("PHILIPPINE STATISTICS AUTHORITY")
                .centred("Provincial Statistical Office – Iloilo")
                .skip(2)
                .line("PSO-ILO/CRS-2024-0311")
                .skip(1)
                .line("05 March 2024")
                .skip(1)
                .line("MS. MARIA THERESA D. GALLARDO")
                .line("Municipal Civil Registrar")
                .line("Pototan, Iloilo")
                .skip(1)
                .line("Subject: Return of Late-Registered Certificates of Live Birth")
                .skip(1)
                .line("Dear MCR Gallardo:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("PSO-ILO/CRS-2024-0311");
    }

    @Test
    void aGridsReferenceReadIntoTheNextColumnIsCutAtItsCell() {
        PageSketch p = new PageSketch()
                .line("Mutualités Libres")
                .line("Union nationale des Mutualités Libres")
                .skip(1)
                .at(0.53, "INAMI – Service des indemnités")
                .at(0.53, "Avenue Galilée 5/01")
                .at(0.53, "1210 Bruxelles")
                .skip(1)
                .row("Votre lettre du", 0.23, "Vos références", 0.45, "Nos références", 0.61, "Annexe(s)")
                .row("29/08/2024", 0.23, "Circ. OA n° 2024/214", 0.45, "DMI/2024/1187/AV 1")
                .right("Bruxelles, le 3 octobre 2024")
                .skip(1)
                .line("Concerne : application de la circulaire OA n° 2024/214")
                .skip(1)
                .line("Monsieur le Directeur général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("DMI/2024/1187/AV");
    }

    @Test
    void anAbbreviatedCopyHeadingWithoutItsColonSetApartEndsTheBody() {
        PageSketch p = new PageSketch()
                .line("Élections Québec")
                .skip(3)
                .line("NOTE")
                .skip(1)
                .line("DESTINATAIRES : Directrices et directeurs du scrutin")
                .line("EXPÉDITRICE : Marie-Ève Gagnon, directrice des opérations électorales")
                .line("DATE : Le 4 septembre 2025")
                .line("OBJET : Révision de la liste électorale permanente")
                .skip(2)
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .line("Marie-Ève Gagnon")
                .line("MEG/cl")
                .skip(2)
                .line("c. c. Jean-Philippe Roy, directeur général adjoint aux opérations électorales")
                .at(0.15, "Direction des communications");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Jean-Philippe Roy, directeur général adjoint aux opérations électorales",
                        "Direction des communications");
    }

    /** A Ghanaian letter down to its signature, for the copy list under it. */
    private static PageSketch signedGhanaianLetter() {
        return new PageSketch()
                .line("NATIONAL DISASTER MANAGEMENT ORGANISATION")
                .skip(1)
                .right("5th September, 2024")
                .line("THE METROPOLITAN CHIEF EXECUTIVE")
                .line("ACCRA METROPOLITAN ASSEMBLY")
                .line("ACCRA")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("DESILTING OF PRIMARY DRAINS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .at(0.55, "(ERIC N. OWUSU-ANSAH)")
                .at(0.55, "DIRECTOR-GENERAL")
                .skip(1);
    }

    @Test
    void addressBlocksSetWellApartWithoutCommasAreOneEntryEach() {
        PageSketch p = signedGhanaianLetter()
                .line("cc: The Hon. Minister")
                .at(0.13, "Ministry of the Interior")
                .at(0.13, "Accra")
                .skip(1)
                .at(0.13, "The Greater Accra Regional Minister")
                .at(0.13, "Regional Coordinating Council")
                .at(0.13, "Accra")
                .skip(1)
                .at(0.13, "The Regional Director")
                .at(0.13, "NADMO, Greater Accra")
                .at(0.13, "Accra");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Hon. Minister, Ministry of the Interior, Accra",
                        "The Greater Accra Regional Minister, Regional Coordinating Council, Accra",
                        "The Regional Director, NADMO, Greater Accra, Accra");
    }

    @Test
    void addressBlocksEachOpeningWithTheOfficesArticleStandApartByASlightlyWiderStep() {
        PageSketch p = signedGhanaianLetter()
                .line("cc: The Municipal Chief Executive")
                .at(0.13, "Ashaiman Municipal Assembly")
                .step(70)
                .at(0.13, "Ashaiman")
                .step(62)
                .at(0.13, "The Regional Director")
                .at(0.13, "Ghana Education Service")
                .step(70)
                .at(0.13, "Greater Accra")
                .step(62)
                .at(0.13, "The Regional Statistician")
                .at(0.13, "GSS, Greater Accra");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Municipal Chief Executive, Ashaiman Municipal Assembly, Ashaiman",
                        "The Regional Director, Ghana Education Service, Greater Accra",
                        "The Regional Statistician, GSS, Greater Accra");
    }

    @Test
    void oneLineEntriesOpeningWithTheOfficesArticleStayApartBesideATwoLineOne() {
        PageSketch p = signedGhanaianLetter()
                .step(66)
                .line("cc: The Governor, Omusati Region")
                .step(62)
                .at(0.13, "The Chairperson, Omusati Regional Council")
                .step(66)
                .at(0.13, "Constituency Councillors: Ogongo, Okahao and Otamanzi")
                .at(0.13, "The Regional Emergency Management Unit, Outapi");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Governor, Omusati Region",
                        "The Chairperson, Omusati Regional Council",
                        "Constituency Councillors: Ogongo, Okahao and Otamanzi",
                        "The Regional Emergency Management Unit, Outapi");
    }

    @Test
    void aCopyHeadingAtTheHeadThatPointsToTheFootLeavesTheListThere() {
        PageSketch p = new PageSketch()
                .centred("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO")
                .centred("COMMISSION ÉLECTORALE NATIONALE INDÉPENDANTE")
                .skip(1)
                .beside("N/Réf. : 0457/CENI/SEN/DOE/2022", 0.68, "Kinshasa, le 14 décembre 2022")
                .skip(1)
                .at(0.46, "Transmis copie pour information à :")
                .at(0.46, "(voir in fine)")
                .skip(1)
                .at(0.46, "À Son Excellence Monsieur le Gouverneur")
                .at(0.46, "de la Province du Kasaï-Central")
                .at(0.46, "à Kananga")
                .skip(1)
                .line("Objet : Opérations d'enrôlement des électeurs")
                .skip(1)
                .line("Excellence Monsieur le Gouverneur,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .at(0.57, "Patricien KALONJI MBUYI")
                .at(0.57, "Secrétaire Exécutif National")
                .skip(1)
                .line("Copie pour information :")
                .line("– Monsieur le Président de la CENI ;")
                .line("– Madame la Secrétaire Exécutive Provinciale de la CENI/Kasaï-Central ;");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Monsieur le Président de la CENI",
                        "Madame la Secrétaire Exécutive Provinciale de la CENI/Kasaï-Central");
    }

    @Test
    void aNarrowBlockOpeningWithOnTitlesTheMatterAboveTheBody() {
        PageSketch p = new PageSketch()
                .centred("STATE REVENUE SERVICE")
                .centred("Tax Administration")
                .skip(2)
                .beside("Riga", 0.63, "Nordhaven Logistics GmbH")
                .beside("22.05.2024 No. 8.10.2/45821", 0.63, "Am Sandtorkai 48")
                .at(0.63, "20457 Hamburg")
                .at(0.63, "Germany")
                .skip(2)
                .line("On registration in the State Revenue Service")
                .line("Value Added Tax Register")
                .skip(1)
                .at(0.15, "The State Revenue Service has received the application of the Company for registration")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("On registration in the State Revenue Service Value Added Tax Register");
    }

    @Test
    void inReplyPleaseReferToLabelsTheLettersOwnNumber() {
        PageSketch p = new PageSketch()
                .line("World Health Organization")
                .line("Organisation mondiale de la Santé")
                .skip(1)
                .row("In reply please refer to:", 0.31, "C.L. 12/2024", 0.54, "Your reference:")
                .skip(1)
                .line("The Permanent Mission of the Republic of Mauritius")
                .line("Rue de Lausanne 37–39")
                .line("1201 Geneva")
                .right("1 March 2024")
                .skip(1)
                .line("Seventy-seventh World Health Assembly: credentials of delegations")
                .skip(1)
                .line("Sir/Madam,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("C.L. 12/2024");
    }

    @Test
    void aFilesLetterBeforeTheNumberStaysWithTheNumber() {
        PageSketch p = new PageSketch()
                .centred("No. F. 18-4/2024-Admn.II")
                .centred("Government of India")
                .centred("Ministry of Housing and Urban Affairs")
                .skip(1)
                .right("Nirman Bhawan, New Delhi-110011")
                .right("Dated: 2nd January, 2025")
                .skip(1)
                .centred("OFFICE MEMORANDUM")
                .line("Subject: Submission of Annual Immovable Property Return")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("F. 18-4/2024-Admn.II");
    }

    @Test
    void aTrackingNumberInTheReLineIsTheCasesReference() {
        PageSketch p = new PageSketch()
                .line("NORTH CAROLINA")
                .line("Environmental Quality")
                .skip(2)
                .line("CERTIFIED MAIL")
                .line("April 8, 2025")
                .skip(1)
                .line("Mr. Gary W. Holloway, Plant Manager")
                .line("Stony Creek Aggregates, LLC")
                .line("Burlington, NC 27217")
                .skip(1)
                .line("RE: Notice of Violation NOV-2025-SW-0117")
                .at(0.15, "Stormwater General Permit NCG020000")
                .skip(1)
                .line("Dear Mr. Holloway:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("NOV-2025-SW-0117");
    }

    @Test
    void aDistrictUnderItsProvinceWrites() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE DU RWANDA")
                .right("Huye, le 14/05/2024")
                .line("PROVINCE DU SUD")
                .line("DISTRICT DE HUYE")
                .line("B.P. 1 Huye")
                .skip(2)
                .line("Madame la Représentante Résidente")
                .line("d'Enabel au Rwanda")
                .line("KIGALI")
                .skip(1)
                .line("Objet : Demande de prolongation de la convention de subside")
                .skip(1)
                .line("Madame la Représentante Résidente,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("DISTRICT DE HUYE");
    }
}
