package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the forty-second batch (authors FI-FL: French and English on labour,
 * employment, social security and pensions, and letters written to their offices) joined, each pinned by a small
 * letter written for the test.
 */
class LabourAndSocialSecurityConventionsTest {

    @Test
    void aMinistrysNameWrappedAtPubliqueBesideTheStatesHeadingIsReadWhole() {
        assertThat(fields(ministryBesideState()).sender().value())
                .isEqualTo("MINISTÈRE DE LA SANTÉ ET DE LA FONCTION PUBLIQUE ET DE LA PROTECTION SOCIALE");
    }

    @Test
    void aNationalFundsBranchNamedForItsWilayaIsNoLocalAuthority() {
        assertThat(fields(fundsBranch()).sender().value())
                .isEqualTo("Caisse Nationale de Sécurité Sociale des Non-Salariés");
    }

    /** A national fund's branch under its ministry, the branch named for the wilaya it serves. */
    private static PageSketch fundsBranch() {
        return new PageSketch()
                .type(50)
                .centred("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE")
                .skip(1)
                .line("Ministère du Travail, de l'Emploi et de la Sécurité Sociale")
                .line("Caisse Nationale de Sécurité Sociale des Non-Salariés")
                .line("Agence de Wilaya de Tlemcen")
                .skip(1)
                .beside("N° 0712/CASNOS/AW13/2025", 0.62, "Tlemcen, le 3 mars 2025")
                .skip(1)
                .at(0.5, "Monsieur le Gérant")
                .at(0.5, "EURL Atlas Menuiserie")
                .at(0.5, "Zone d'activités, Lot n° 12")
                .at(0.5, "13000 Tlemcen")
                .skip(1)
                .line("Objet : Mise en demeure – cotisations de l'exercice 2024.")
                .skip(1)
                .line("Monsieur le Gérant,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("Le Directeur de l'Agence")
                .right("K. BENALI");
    }

    @Test
    void aProvincialOfficeHeadingTheAddressLeavesTheSenderToTheBodysName() {
        assertThat(fields(provincialOffice()).sender().value()).isEqualTo("Zambia Public Pensions Fund Authority");
    }

    /** The body's logo and name at the left, the address of its provincial office at the right, the office's name first. */
    private static PageSketch provincialOffice() {
        return new PageSketch()
                .type(40)
                .at(0.72, "Ndola Provincial Office")
                .at(0.72, "Plot 117, Broadway Road")
                .besideSized("ZAPEN", 0.72, "P.O. Box 70318, Ndola, Zambia", 40)
                .at(0.72, "Tel: +260 212 620 411")
                .line("Zambia Public Pensions Fund Authority")
                .skip(2)
                .type(50)
                .line("Our Ref: ZPPFA/NDL/BEN/2024/0417")
                .line("Date: 9 May 2024")
                .skip(1)
                .line("Mrs. Agnes Mwila Tembo")
                .line("House No. 12, Kansenshi")
                .line("Ndola")
                .skip(1)
                .line("Dear Mrs. Tembo,")
                .skip(1)
                .line("RE: APPLICATION FOR A SURVIVOR'S PENSION")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Chanda Mubanga (Mr)")
                .line("Provincial Manager – Copperbelt");
    }

    @Test
    void anOrganisationInLargeTypeUnderItsMinistrysHeadingWrites() {
        assertThat(fields(organisationUnderMinistry()).sender().value())
                .isEqualTo("SEAMEN'S PROVIDENT FUND ORGANISATION");
    }

    /** The ministry's heading in small type, the organisation's name under it in large capitals, balanced on two lines. */
    private static PageSketch organisationUnderMinistry() {
        return new PageSketch()
                .type(40)
                .centred("Ministry of Labour & Employment, Government of India")
                .type(60)
                .step(90)
                .centred("SEAMEN'S PROVIDENT FUND")
                .centred("ORGANISATION")
                .step(62)
                .type(45)
                .centred("REGIONAL OFFICE, KOLKATA")
                .type(50)
                .skip(1)
                .beside("No. SPFO/KOL/Enf/2024/118", 0.72, "Dated: 19.11.2024")
                .skip(1)
                .line("To")
                .at(0.15, "The Manager,")
                .at(0.15, "M/s. Eastern Marine Services Pvt. Ltd.,")
                .at(0.15, "Kolkata – 700 001.")
                .skip(1)
                .line("Sub: Non-remittance of provident fund dues – reg.")
                .skip(1)
                .line("Sir,")
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .right("(A. K. BANERJEE)")
                .right("Regional Commissioner");
    }

    @Test
    void theStatesNameCentredUnderAMinistrysEndsNoPartOfIt() {
        assertThat(fields(stateUnderMinistry()).sender().value())
                .isEqualTo("MINISTRY OF LABOUR AND FOREIGN EMPLOYMENT");
    }

    /** A note verbale's heading: the ministry's name in capitals, the state's centred under it in slightly smaller type. */
    private static PageSketch stateUnderMinistry() {
        return new PageSketch()
                .type(55)
                .centred("MINISTRY OF LABOUR AND FOREIGN EMPLOYMENT")
                .type(50)
                .centred("DEMOCRATIC REPUBLIC OF TIMOR-LESTE")
                .centred("Dili")
                .skip(1)
                .line("No. MLFE/CON/2025/041")
                .skip(1)
                .at(0.17, "The Ministry of Labour and Foreign Employment of the Democratic Republic of Timor-Leste")
                .line("presents its compliments to the Embassy of the Republic of Korea and has the honour to")
                .line("inform the Embassy that the recruitment of seasonal workers under the employment permit")
                .line("system will resume on 1 July 2025, as set out in the annex to this Note.")
                .skip(1)
                .at(0.17, "The Ministry of Labour and Foreign Employment avails itself of this opportunity to renew")
                .line("to the Embassy of the Republic of Korea the assurances of its highest consideration.")
                .skip(1)
                .right("Dili, 14 May 2025")
                .skip(3)
                .line("Embassy of the Republic of Korea")
                .line("Dili");
    }

    @Test
    void aFundUnderItsMinistrysHeadingWrites() {
        assertThat(fields(fundUnderMinistry()).sender().value())
                .isEqualTo("FONDS NATIONAL DE L'APPRENTISSAGE ET DE L'INSERTION");
    }

    /** The supervising ministry heading the left column, the fund that writes named under it with its own directorate. */
    private static PageSketch fundUnderMinistry() {
        return new PageSketch()
                .type(50)
                .beside("MINISTÈRE DE L'EMPLOI", 0.66, "RÉPUBLIQUE DU SÉNÉGAL")
                .beside("ET DE LA FORMATION PROFESSIONNELLE", 0.66, "Un Peuple – Un But – Une Foi")
                .skip(1)
                .type(42)
                .line("FONDS NATIONAL DE L'APPRENTISSAGE ET DE L'INSERTION")
                .skip(1)
                .line("DIRECTION GÉNÉRALE")
                .type(50)
                .skip(1)
                .beside("N° 00418/FNAI/DG/ms", 0.62, "Dakar, le 2 octobre 2024")
                .skip(1)
                .at(0.55, "Monsieur le Directeur général")
                .at(0.55, "de la Société des Conserveries du Cap-Vert")
                .at(0.55, "DAKAR")
                .skip(1)
                .line("Objet : Prise en charge de vos apprentis pour l'exercice 2024-2025.")
                .skip(1)
                .line("Monsieur le Directeur général,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("Le Directeur général")
                .right("Cheikh Tidiane NDIAYE");
    }

    @Test
    void aDepartmentInLargerTypeThanItsMinistryIsNamedFirst() {
        assertThat(fields(departmentInLargerType()).sender().value())
                .isEqualTo("Department of Labour Migration, Ministry of Labour and Social Security");
    }

    /** The government's and the ministry's names in the letter's type, the department's under them a third larger. */
    private static PageSketch departmentInLargerType() {
        return new PageSketch()
                .type(45)
                .centred("Government of Nepal")
                .centred("Ministry of Labour and Social Security")
                .type(65)
                .centred("Department of Labour Migration")
                .type(45)
                .centred("Tahachal, Kathmandu")
                .type(50)
                .skip(1)
                .beside("Ref. No.: 081/82/LM/0912", 0.72, "Date: 4 February 2025")
                .skip(1)
                .line("Himal Manpower Services Pvt. Ltd.")
                .line("New Baneshwor, Kathmandu")
                .skip(1)
                .at(0.2, "Subject: Renewal of the licence of your agency.")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .right("Ram Prasad Koirala")
                .right("Director");
    }

    @Test
    void aMemosCopiesInItsHeadAreOnePerLineWhateverItsPointsEndWith() {
        assertThat(fields(memoWithPoints()).copies().value())
                .containsExactly("Chief Manager, Finance", "Regional Manager, Coast Region", "Head of ICT");
    }

    /** An internal memo: its CC row lists one office per line, and its text's numbered points end with semicolons. */
    private static PageSketch memoWithPoints() {
        return new PageSketch()
                .type(60)
                .centred("NATIONAL HOSPITAL INSURANCE FUND")
                .type(50)
                .skip(1)
                .centred("INTERNAL MEMO")
                .skip(1)
                .row("TO:", 0.22, "General Manager, Operations")
                .row("FROM:", 0.22, "Manager, Claims Processing")
                .row("REF:", 0.22, "NHIF/CLM/ADM/4/VOL.III/12")
                .row("DATE:", 0.22, "9th October, 2024")
                .row("CC:", 0.22, "Chief Manager, Finance")
                .at(0.22, "Regional Manager, Coast Region")
                .at(0.22, "Head of ICT")
                .skip(1)
                .line("SUBJECT: BACKLOG OF OUTPATIENT CLAIMS – COAST REGION")
                .skip(1)
                .line("The backlog of outpatient claims in the Coast Region has three main causes, which")
                .line("are:")
                .at(0.03, "1. incomplete claim forms from contracted facilities, returned for correction;")
                .at(0.03, "2. unreconciled member records following the migration of the branch database;")
                .at(0.03, "3. intermittent failure of the scanning interface since the system upgrade.")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .line("Grace W. Njoroge")
                .line("Manager, Claims Processing");
    }

    @Test
    void anHonourablesAbbreviationEndsNoSentenceInACopyEntry() {
        assertThat(fields(copiedToTheHonourable()).copies().value())
                .containsExactly(
                        "Hon. Minister of State, Office of the Vice-President (Labour, Youth and Sports Development), Lusaka",
                        "Chairperson, Tripartite Consultative Labour Council, Lusaka",
                        "General Secretaries, all Affiliated Unions");
    }

    /** A union's letter closing with its copies, the first a minister's, wide enough to run to the margin. */
    private static PageSketch copiedToTheHonourable() {
        return new PageSketch()
                .type(60)
                .centred("ZAMBIA CONGRESS OF TRADE UNIONS")
                .type(50)
                .skip(1)
                .beside("Ref. No. ZCTU/MW/2023/41", 0.72, "22nd August, 2023")
                .skip(1)
                .line("The Permanent Secretary,")
                .line("Ministry of Labour and Social Security,")
                .line("LUSAKA.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: REVIEW OF STATUTORY MINIMUM WAGES")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Joyce Nonde-Simukoko")
                .line("SECRETARY GENERAL")
                .skip(1)
                .line("Copy to:")
                .at(
                        0.02,
                        "1. Hon. Minister of State, Office of the Vice-President (Labour, Youth and Sports Development),")
                .at(0.04, "Lusaka")
                .at(0.02, "2. Chairperson, Tripartite Consultative Labour Council, Lusaka")
                .at(0.02, "3. General Secretaries, all Affiliated Unions");
    }

    /** A two-column heading: the ministry's name wrapped in the middle of "fonction publique", the state's beside it. */
    private static PageSketch ministryBesideState() {
        return new PageSketch()
                .type(50)
                .beside("MINISTÈRE DE LA SANTÉ ET DE LA FONCTION", 0.66, "RÉPUBLIQUE DU NIGER")
                .beside("PUBLIQUE ET DE LA PROTECTION SOCIALE", 0.66, "Fraternité – Travail – Progrès")
                .skip(1)
                .beside("N° 0412/MSP/FP/PS", 0.6, "Niamey, le 4 mars 2024")
                .skip(1)
                .at(0.6, "Monsieur le Directeur général")
                .at(0.6, "de la Caisse nationale de sécurité sociale")
                .at(0.6, "Niamey")
                .skip(1)
                .line("Objet : Recouvrement des cotisations des agents contractuels.")
                .skip(1)
                .line("Monsieur le Directeur général,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("Le Ministre")
                .right("Amadou SALEY");
    }
}
