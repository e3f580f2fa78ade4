package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-second batch (authors DU-DX: French and English on
 * parliaments, courts of audit, ombudsmen, local councils, anti-corruption bodies and human rights commissions)
 * joined, each pinned by a small letter written for the test.
 */
class ParliamentsAndAuditConventionsTest {

    @Test
    void theConfederationsNameInFourLanguagesHeadsTheFederalOfficeBesideIt() {
        PageSketch p = new PageSketch()
                .beside("Schweizerische Eidgenossenschaft", 0.5, "Contrôle fédéral des finances CDF")
                .line("Confédération suisse")
                .line("Confederazione Svizzera")
                .line("Confederaziun svizra")
                .skip(3)
                .at(0.5, "Office fédéral de la douane")
                .at(0.5, "Monsieur Urs Brechbühl")
                .at(0.5, "3003 Berne")
                .skip(2)
                .line("Référence du dossier : CDF-24207")
                .skip(1)
                .line("Berne, 12 février 2025")
                .skip(1)
                .line("Audit de la gestion du programme DaziT")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Contrôle fédéral des finances CDF");
    }

    @Test
    void aParagraphRunningOnIntoCopiesOfTheDocumentsIsNoCopyHeading() {
        PageSketch p = new PageSketch()
                .line("COMMISSION TO INVESTIGATE ALLEGATIONS")
                .line("OF BRIBERY OR CORRUPTION")
                .skip(2)
                .line("My No. CIABOC/INV/CP/1245/2023")
                .skip(1)
                .line("Municipal Commissioner,")
                .line("Kandy Municipal Council,")
                .line("Kandy.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Investigation into the Award of the Contract for Solid Waste Collection")
                .skip(1)
                .line("For the purpose of this investigation, you are hereby required to furnish certified")
                .line("copies of the following documents on or before 2024.08.09:")
                .at(0.14, "i. Procurement Committee reports and minutes;")
                .at(0.14, "ii. All bids received, together with the bid opening record.")
                .skip(1)
                .line("Failure to comply with this requirement without reasonable cause is an offence.")
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("W.K.D. Ranasinghe")
                .line("Director General")
                .skip(1)
                .line("Copies to:")
                .line("01. Chairman, Commission to Investigate Allegations of Bribery or Corruption")
                .line("02. Chief Secretary, Central Province");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Chairman, Commission to Investigate Allegations of Bribery or Corruption",
                        "Chief Secretary, Central Province");
    }

    @Test
    void aLowerCaseCopyHeadingWithItsColonUnderAnEnclosureStillHeadsTheCopies() {
        PageSketch p = new PageSketch()
                .line("L'Étoile Assurances Ltée")
                .skip(2)
                .right("Port-Louis, le 19 novembre 2024")
                .line("N/Réf. : SIN/AUTO/24/004812/RD")
                .skip(1)
                .at(0.55, "Madame Priya RAMDIN")
                .at(0.55, "Quatre-Bornes")
                .skip(1)
                .line("Objet : Proposition d'indemnisation")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.")
                .skip(1)
                .line("Pour L'Étoile Assurances Ltée")
                .skip(2)
                .line("Rajesh DOOKHUN")
                .line("Responsable – Service Sinistres Automobile")
                .skip(1)
                .type(22)
                .step(37)
                .line("P.J. : Quittance d'indemnité")
                .line("c.c. : Indian Ocean Brokers Ltd (courtier)")
                .skip(12)
                .centred("L'Étoile Assurances Ltée – 22, rue Sir William Newton – Port-Louis – Tél. : (230) 208 44 00");
        assertThat(fields(p).copies().value()).containsExactly("Indian Ocean Brokers Ltd (courtier)");
    }

    @Test
    void aDashedCopyEntryEndingWithACommaGoesOnAtTheMargin() {
        PageSketch p = new PageSketch()
                .line("ANTI-CORRUPTION COMMISSION")
                .skip(2)
                .beside("Our Ref: ACC/PD/SR/BDC/24/017", 0.7, "12th November, 2024")
                .skip(1)
                .line("The Chief Administrator")
                .line("Bo District Council")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("SUBJECT: STATUS OF IMPLEMENTATION OF SYSTEMS REVIEW RECOMMENDATIONS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Patrick Sahr Kamara")
                .line("Director, Prevention Department")
                .skip(1)
                .line("Copy to:")
                .line("– The Chairman, Bo District Council")
                .line("– The Minister, Ministry of Local Government and Community Affairs, Youyi Building,")
                .line("Freetown")
                .line("– The Auditor-General, Audit Service Sierra Leone, Freetown");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Chairman, Bo District Council",
                        "The Minister, Ministry of Local Government and Community Affairs, Youyi Building, Freetown",
                        "The Auditor-General, Audit Service Sierra Leone, Freetown");
    }

    @Test
    void aFirstParagraphFullOfNamesUnderTheSalutationIsNoSubject() {
        PageSketch p = new PageSketch()
                .right("Integrity Commission")
                .right("Republic of Trinidad and Tobago")
                .skip(2)
                .line("Our Ref: IC/REG/DEC/PPL/2023/0417")
                .line("February 14, 2025")
                .skip(1)
                .line("Councillor Marcia Ramdass-Joseph")
                .line("Chaguanas Borough Corporation")
                .line("Chaguanas")
                .skip(1)
                .line("Dear Councillor Ramdass-Joseph,")
                .skip(1)
                .line("The Integrity Commission acknowledges receipt, on May 28, 2024, of your Declaration of")
                .line("Income, Assets and Liabilities and your Statement of Registrable Interests for the year ended")
                .line(
                        "December 31, 2023, filed pursuant to sections 11 and 14 of the Integrity in Public Life Act, Chap.")
                .line("22:01.")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Sheriffa Ali-Persad")
                .line("Registrar (Ag.)");
        assertThat(fields(p).subject().value()).isNull();
    }

    @Test
    void aSenateNamedInOneWordHeadsItsSecretariat() {
        PageSketch p = new PageSketch()
                .row("RÉPUBLIQUE DU CAMEROUN", 0.6, "REPUBLIC OF CAMEROON")
                .row("Paix – Travail – Patrie", 0.6, "Peace – Work – Fatherland")
                .row("SÉNAT", 0.6, "SENATE")
                .row("SECRÉTARIAT GÉNÉRAL", 0.6, "GENERAL SECRETARIAT")
                .row("DIRECTION DES AFFAIRES FINANCIÈRES", 0.6, "DEPARTMENT OF FINANCIAL AFFAIRS")
                .skip(1)
                .right("Yaoundé, le 18 février 2025")
                .line("N° 0245 /L/SEN/SG/DAF/SDBM")
                .skip(1)
                .at(0.5, "Monsieur le Ministre des Finances")
                .at(0.5, "YAOUNDÉ")
                .skip(1)
                .line("Objet : Déblocage des crédits du premier trimestre")
                .skip(1)
                .line("Monsieur le Ministre,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("SÉNAT");
    }

    @Test
    void aBureauNamedUnderThePresidentsOfficeWrites() {
        assertThat(fields(underPresidentsOffice("PREVENTION AND COMBATING OF CORRUPTION BUREAU"))
                        .sender()
                        .value())
                .isEqualTo("PREVENTION AND COMBATING OF CORRUPTION BUREAU");
        // with a government's part under it, the office names one ministry
        assertThat(fields(underPresidentsOffice("REGIONAL ADMINISTRATION AND LOCAL GOVERNMENT"))
                        .sender()
                        .value())
                .isEqualTo("PRESIDENT'S OFFICE REGIONAL ADMINISTRATION AND LOCAL GOVERNMENT");
    }

    @Test
    void theOfficesOtherNameInBracketsIsNoBodyUnderIt() {
        PageSketch p = new PageSketch()
                .centred("REPUBLIC OF MAURITIUS")
                .centred("PRIME MINISTER'S OFFICE")
                .centred("(Cabinet Office)")
                .skip(2)
                .beside("Ref: PMO/CAB/SEC/12/4 V5", 0.75, "9 August 2024")
                .skip(1)
                .line("To: All Senior Chief Executives")
                .skip(1)
                .line("Subject: Implementation of the e-Cabinet System")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("PRIME MINISTER'S OFFICE");
    }

    @Test
    void theWordmarkBesideTheOfficeOfItsOfficialNamesTheBody() {
        PageSketch p = new PageSketch()
                .sized("OFFICE OF THE MANAGING DIRECTOR", 0.6, "ZESCO", 150)
                .line("P.O. Box 33304, LUSAKA 10101, Zambia")
                .skip(2)
                .line("Our Ref: ZESCO/MD/CS/LMC/24/031")
                .line("11th March, 2024")
                .skip(1)
                .line("The Chief Executive Officer")
                .line("Kansanshi Mining Company")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: POWER ALLOCATION FOR THE SECOND QUARTER")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("ZESCO");
    }

    @Test
    void theRectoratFlushRightUnderItsAcademyIsNoTerritoryOfItsName() {
        PageSketch p = new PageSketch()
                .type(60)
                .flushRight("Académie de Lyon", 0.92)
                .type(40)
                .flushRight("Rectorat", 0.92)
                .type(50)
                .skip(2)
                .line("Direction des affaires juridiques")
                .right("Lyon, le 8 juillet 2024")
                .skip(1)
                .at(0.5, "Madame Claire FONTAINE")
                .at(0.5, "69003 Lyon")
                .skip(1)
                .line("Objet : Notification de la décision")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Académie de Lyon");
    }

    private static PageSketch underPresidentsOffice(String name) {
        return new PageSketch()
                .centred("THE UNITED REPUBLIC OF TANZANIA")
                .skip(2)
                .centred("PRESIDENT'S OFFICE")
                .centred(name)
                .centred("Regional Office – Morogoro")
                .skip(1)
                .beside("Ref. No. PCCB/MOR/INV/17/58", 0.75, "05 June, 2023")
                .skip(1)
                .line("Municipal Director,")
                .line("Morogoro Municipal Council,")
                .line("MOROGORO.")
                .skip(1)
                .line("RE: REQUEST FOR DOCUMENTS RELATING TO TENDER NO. LGA/102/2022")
                .skip(1)
                .lines(PageSketch.BODY_EN);
    }
}
