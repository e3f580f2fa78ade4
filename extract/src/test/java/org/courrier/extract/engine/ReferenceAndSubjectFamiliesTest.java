package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions of real correspondence for the reference, the subject and the top of the letter (issue 12), seen in
 * the second batch of independently written dev letters and each pinned by a small letter written for the test: a
 * row of labels with the values under them, a bare file number, Sri Lanka's {@code My No:}, a contact line as wide
 * as the body, a subject in capitals under the salutation, the office a reply instruction names.
 */
class ReferenceAndSubjectFamiliesTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    private static PageSketch frenchBody(PageSketch p) {
        p.skip(1).line("Objet : Demande de renseignements").skip(1).line("Madame, Monsieur,");
        return p.lines(PageSketch.BODY_FR);
    }

    /**
     * A French rectorat's letter: the contact details run down a side column at the left, and the subject, set right
     * of its label, wraps past the side column's lines, which reading order puts between the subject's.
     */
    @Test
    void aSubjectWrapsPastTheSideColumnsLinesAtItsLeft() {
        PageSketch p = new PageSketch()
                .line("ACADÉMIE DE LILLE")
                .line("Division des examens")
                .skip(1)
                .right("Madame la proviseure")
                .right("du lycée Albert-Châtelet")
                .right("59500 Douai")
                .skip(1);
        p.row("Réf. : DEC2/25-0417")
                .row("Affaire suivie par :", 0.37, "Objet :", 0.49, "Baccalauréat général, session 2025,")
                .row("Mme Claire Dubois", 0.49, "désignation de votre établissement comme centre")
                .row("Tél. : 03 20 15 62 48", 0.49, "d'épreuves écrites")
                .row("Mél : ce.dec2@ac-lille.fr")
                .skip(1)
                .at(0.37, "J'ai l'honneur de vous informer que votre établissement est désigné centre")
                .at(0.37, "d'épreuves écrites pour la session 2025 du baccalauréat général et")
                .at(0.37, "technologique, pour un effectif prévisionnel de quatre cent douze candidats.");
        assertThat(fields(p).subject().value())
                .isEqualTo("Baccalauréat général, session 2025, désignation de votre établissement comme centre"
                        + " d'épreuves écrites");
    }

    /** The enclosures' line set close under a one-line subject ({@code P.J. : Canevas …}) is not the subject's rest. */
    @Test
    void aSubjectEndsAtTheEnclosuresLabelUnderIt() {
        PageSketch p = new PageSketch()
                .line("COMMISSION DE LA CEMAC")
                .line("N° 00874/CEMAC/PCOM/DPEMF/25")
                .right("Bangui, le 15 septembre 2025")
                .skip(1)
                .right("Monsieur le Ministre des Finances")
                .right("N'DJAMENA")
                .skip(1)
                .line(
                        "Objet : Collecte des données pour le rapport de surveillance multilatérale – deuxième session 2025.")
                .line("P.J. : Canevas de collecte des données (01).")
                .skip(1)
                .line("Monsieur le Ministre,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo(
                        "Collecte des données pour le rapport de surveillance multilatérale – deuxième session 2025.");
    }

    /** A correspondent's reference that names the kind of letter before its number gives the number alone. */
    @Test
    void theirReferenceNamingTheLettersKindGivesItsNumberAlone() {
        PageSketch p = new PageSketch()
                .line("BRASSERIE DU BÉNIN")
                .skip(1)
                .line("N/Réf. : DG/0412/2023")
                .line("V/Réf. : Lettre n° 0281/MCICL/SG/DCI")
                .right("Lomé, le 30 mai 2023")
                .skip(1)
                .right("Monsieur le Ministre du Commerce")
                .right("LOMÉ");
        frenchBody(p);
        assertThat(fields(p).theirReference().value()).isEqualTo("0281/MCICL/SG/DCI");
        assertThat(fields(p).reference().value()).isEqualTo("DG/0412/2023");
    }

    /** A long contact line in the head ({@code Affaire suivie par : …}) does not open the body above the subject. */
    @Test
    void aLongContactLineDoesNotOpenTheBodyAboveTheSubject() {
        PageSketch p = new PageSketch()
                .line("France Travail")
                .line("Direction régionale Hauts-de-France")
                .skip(1)
                .right("Monsieur le Préfet de la région Hauts-de-France")
                .right("59039 Lille Cedex")
                .skip(2)
                .line("Nos réf. : DR-HDF/DIR/2025-0087")
                .line("Affaire suivie par : Élodie Carpentier – Direction de la stratégie et des relations extérieures")
                .skip(1)
                .right("Lille, le 17 février 2025")
                .skip(1)
                .line("Objet : Préparation du comité régional pour l'emploi du 13 mars 2025")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Préparation du comité régional pour l'emploi du 13 mars 2025");
    }

    /** A Zambian reply instruction with the number on the line under it: the number without its {@code No.}. */
    @Test
    void theNumberUnderAReplyInstructionWithoutItsNoWord() {
        PageSketch p = new PageSketch()
                .centred("MINISTRY OF FINANCE AND NATIONAL PLANNING")
                .skip(1)
                .line("In reply please quote:")
                .line("No. MOF/103/4/17")
                .right("16th January, 2025")
                .skip(1)
                .line("The Permanent Secretary (Administration)")
                .line("Ministry of Health")
                .line("LUSAKA")
                .skip(1)
                .line("Dear Madam,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("MOF/103/4/17");
    }

    /**
     * A Malawian reply instruction with the number in its sentence, the letterhead's name set level with it in the
     * next column and read on the same line: the number alone.
     */
    @Test
    void theNumberInAReplyInstructionWithoutTheNameBesideIt() {
        PageSketch p = new PageSketch()
                .line("Telephone: +265 (0) 1 789 388")
                .line("In reply please quote No. LG/DDF/14/2/117 MINISTRY OF LOCAL GOVERNMENT AND")
                .right("RURAL DEVELOPMENT")
                .right("P.O. BOX 30312")
                .right("LILONGWE 3")
                .skip(1)
                .right("17th June, 2020")
                .skip(1)
                .line("The District Commissioner")
                .line("Zomba District Council")
                .line("ZOMBA")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("LG/DDF/14/2/117");
    }

    @Test
    void theReferenceUnderItsLabelInARowOfLabels() {
        PageSketch p = new PageSketch()
                .line("SERVICE PUBLIC FÉDÉRAL FINANCES")
                .line("Centre PME Liège")
                .skip(1)
                .right("SRL MENUISERIE DUPONT")
                .right("Rue de la Gare 12")
                .right("4620 Fléron")
                .skip(1);
        p.row("Votre lettre du", 0.3, "Vos références", 0.5, "Nos références", 0.75, "Annexe(s)")
                .row("20/01/2025", 0.3, "DL/2024/ISOC", 0.5, "2025/PME-LG/E3/04712", 0.75, "1")
                .skip(1)
                .right("Liège, le 18 février 2025");
        LetterFields f = fields(frenchBody(p));
        assertThat(f.reference().value()).isEqualTo("2025/PME-LG/E3/04712");
        assertThat(f.theirReference().value()).isEqualTo("DL/2024/ISOC");
    }

    @Test
    void theSubjectLabelInsideABlockHeadedByRe() {
        PageSketch p = new PageSketch()
                .line("HALVORSEN MECHANICAL CONTRACTORS, INC.")
                .skip(1)
                .line("October 7, 2025")
                .skip(1)
                .line("Mr. Kevin Dufresne")
                .line("Northstar Builders Group, LLC")
                .line("Minneapolis, MN 55401")
                .skip(1)
                .line("Re: Project: Riverside Medical Office Building, Bloomington, MN")
                .at(0.14, "Subcontract No.: NB-2317-23H")
                .at(0.14, "Subject: Notice of Delay – Late Release of Level 3 Ceiling Areas")
                .skip(1)
                .line("Dear Mr. Dufresne:");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value()).isEqualTo("Notice of Delay – Late Release of Level 3 Ceiling Areas");
    }

    @Test
    void aSubjectLineHangingUnderTheTextAfterItsLabelGoesOn() {
        PageSketch p = new PageSketch()
                .line("THE WORLD BANK")
                .skip(1)
                .line("November 14, 2023")
                .skip(1)
                .line("Hon. Leatisi Mataia Afamasaga")
                .line("Minister of Finance")
                .line("Apia, Samoa")
                .skip(1)
                .line("Re: Samoa: Pacific Resilience Program – Additional Financing")
                .at(0.1 + 86.0 / PageSketch.WIDTH, "(IDA Grant No. E287-WS) – Notice of Effectiveness")
                .skip(1)
                .line("Excellency:");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Samoa: Pacific Resilience Program – Additional Financing (IDA Grant No. E287-WS) – "
                        + "Notice of Effectiveness");
    }

    /**
     * A state attorney's office prints its file number hanging under the subject's text ({@code Re: Consumer
     * Complaints …} / {@code Our File No. CF-2025-01184}): the letter's reference, not the subject's second line.
     */
    @Test
    void aReferenceHangingUnderTheSubjectEndsIt() {
        PageSketch p = new PageSketch()
                .line("DEPARTMENT OF LAW")
                .skip(1)
                .right("March 14, 2025")
                .skip(1)
                .line("Mr. Ramon Delgado")
                .line("Summit Peak Roofing & Restoration LLC")
                .line("Wheat Ridge, CO 80033")
                .skip(1)
                .line("Re: Consumer Complaints Regarding Storm-Damage Roofing Contracts")
                .at(0.1 + 86.0 / PageSketch.WIDTH, "Our File No. CF-2025-01184")
                .skip(1)
                .line("Dear Mr. Delgado:");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Consumer Complaints Regarding Storm-Damage Roofing Contracts");
    }

    @Test
    void aSalutationWordInsideTheSubjectIsTheSubjectsOwn() {
        PageSketch p = new PageSketch()
                .line("Hélène Bourdin – Marc Villeneuve")
                .line("Notaires associés")
                .skip(1)
                .right("Monsieur Thierry DUMAS")
                .right("3, rue des Carmes")
                .right("45000 Orléans")
                .skip(1)
                .right("Tours, le 9 septembre 2022")
                .skip(1)
                .line("Objet : Succession de Madame Jacqueline DUMAS née FOUCHER, décédée le 14 juillet 2022")
                .skip(1)
                .line("Monsieur,");
        p.lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Succession de Madame Jacqueline DUMAS née FOUCHER, décédée le 14 juillet 2022");

        PageSketch merged = new PageSketch()
                .line("MAIRIE DE VALRÉAS")
                .skip(1)
                .right("Valréas, le 3 mars 2025")
                .skip(1)
                .line("Objet : Demande de subvention Monsieur le Maire,");
        merged.lines(PageSketch.BODY_FR);
        assertThat(fields(merged).subject().value()).isEqualTo("Demande de subvention");
    }

    @Test
    void aBareFileNumberAloneOnItsLineAboveTheDate() {
        PageSketch p = new PageSketch()
                .line("SOUTHERN REGIONAL SECRETARIAT")
                .skip(1)
                .line("SRS/S/IID/ENG/4/2024/058")
                .line("Gaborone, 8th April 2024")
                .skip(1)
                .line("The Executive Director")
                .line("Ministry of Energy")
                .line("WINDHOEK")
                .skip(1)
                .line("Dear Executive Director,")
                .skip(1)
                .line("SUBJECT: MEETING OF SENIOR OFFICIALS RESPONSIBLE FOR ENERGY");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("SRS/S/IID/ENG/4/2024/058");
    }

    @Test
    void myNoIsTheLettersOwnReferenceAndYourNoTheirs() {
        PageSketch p = new PageSketch()
                .at(0.4, "Ministry of Education")
                .skip(1)
                .beside("My No: ED/09/12/04/02/2025", 0.45, "Your No: PDE/SP/2025/14")
                .skip(1)
                .line("Provincial Director of Education,")
                .line("Galle.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: School nutrition programme 2025");
        p.lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("ED/09/12/04/02/2025");
        assertThat(f.theirReference().value()).isEqualTo("PDE/SP/2025/14");
    }

    /** A Gulf ministry greets with {@code Greetings,}: the salutation, which ends the subject above it. */
    @Test
    void greetingsIsASalutationUnderTheSubject() {
        PageSketch p = new PageSketch()
                .line("Ministry of Education and Higher Education")
                .line("Ref.: MOEHE/EAD/2025/0419")
                .skip(1)
                .line("The Embassy of the Islamic Republic of Pakistan")
                .line("Doha – State of Qatar")
                .skip(1)
                .line("Subject: Verification of academic certificates of Pakistani teachers – Academic Year 2024/2025")
                .line("Greetings,")
                .line("The Equivalency and Accreditation Department at the Ministry of Education and Higher Education");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Verification of academic certificates of Pakistani teachers – Academic Year 2024/2025");
    }

    /** An Indian bank's or office's letter labels its subject {@code Sub:}: the label is no part of the subject. */
    @Test
    void subIsASubjectLabel() {
        PageSketch p = new PageSketch()
                .line("Harbourline Bank Ltd.")
                .line("Ref. No.: HBL/KRM/KYC/2025/0384")
                .skip(1)
                .line("To,")
                .line("Mr. Rakesh Kumar Sharma")
                .line("Bengaluru – 560 095")
                .skip(1)
                .line("Sub: Periodic updation of KYC – your accounts with Koramangala Branch")
                .skip(1)
                .line("Dear Sir,");
        p.lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Periodic updation of KYC – your accounts with Koramangala Branch");
    }

    @Test
    void aWideContactLineAtTheTopIsNotTheBodyAndASubjectInCapitalsFollowsTheSalutation() {
        PageSketch p = new PageSketch()
                .at(0.3, "DEPARTMENT OF INLAND REVENUE")
                .at(0.25, "Ministry of Finance — Audit and Compliance Unit")
                .at(0.12, "Telephone: (242) 225-7280 • E-mail: vat.audit@revenue.gov.bs • revenue.gov.bs • open daily")
                .skip(1)
                .line("Our Ref.: DIR/VAT/AUD/24-1187")
                .line("24th October, 2024")
                .skip(1)
                .line("The Directors")
                .line("Lucayan Marine Supplies Ltd.")
                .line("Freeport, Grand Bahama")
                .skip(1)
                .line("Dear Sir/Madam:")
                .skip(1)
                .line("NOTICE OF VALUE ADDED TAX AUDIT")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("DIR/VAT/AUD/24-1187");
        assertThat(f.subject().value()).isEqualTo("NOTICE OF VALUE ADDED TAX AUDIT");
        assertThat(f.sender().value()).isEqualTo("DEPARTMENT OF INLAND REVENUE");
    }

    @Test
    void theOfficeAReplyInstructionNamesIsNotTheAddressee() {
        PageSketch p = new PageSketch()
                .line("All communications should be addressed to")
                .line("\"The Permanent Secretary for Lands\"")
                .skip(1)
                .at(0.3, "MINISTRY OF LANDS AND RURAL DEVELOPMENT")
                .skip(1)
                .line("Reference: LA/15/3/2 (114)")
                .line("12 September 2023")
                .skip(1)
                .line("The Provincial Lands Officer")
                .line("Private Bag 9030")
                .line("MASVINGO")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: AUDIT OF LAND TENURE RECORDS");
        p.lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block()).startsWith("The Provincial Lands Officer");
        assertThat(f.sender().value()).isEqualTo("MINISTRY OF LANDS AND RURAL DEVELOPMENT");
    }

    /**
     * A Swiss office sets its subject's second line back on the label's margin, then a white line: both lines are
     * the subject. A patient's street address under a {@code Re:} line, set the same way, is not.
     */
    @Test
    void aSubjectsSecondLineOnTheLabelsMarginGoesOnWithIt() {
        PageSketch swiss = new PageSketch()
                .line("Office des poursuites de la Sarine")
                .skip(1)
                .right("Maître Mathilde Clerc")
                .right("Boulevard de Pérolles 21")
                .right("1700 Fribourg")
                .skip(1)
                .right("Fribourg, le 14 novembre 2023")
                .skip(1)
                .line("Objet : Poursuite n° 23 418 552 – Immo-Gestion SA c/ M. Yannick Kolly")
                .line("Réquisition de continuer – avance de frais")
                .skip(1)
                .line("Maître,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(swiss).subject().value())
                .isEqualTo("Poursuite n° 23 418 552 – Immo-Gestion SA c/ M. Yannick Kolly Réquisition de continuer"
                        + " – avance de frais");

        PageSketch clinic = new PageSketch()
                .line("Department of Cardiology")
                .skip(1)
                .line("Dr Helen Marsh")
                .line("Rowner Health Centre")
                .skip(1)
                .line("12 March 2025")
                .skip(1)
                .line("Re: Mr Terence John WALLIS, DOB 03/07/1952")
                .line("14 Anchorage Way, Lee-on-the-Solent PO13 9LQ")
                .skip(1)
                .line("Dear Dr Marsh,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(clinic).subject().value()).isEqualTo("Mr Terence John WALLIS, DOB 03/07/1952");
    }

    /**
     * A Tamil Nadu collectorate's {@code Rc. No.} (its reference's label there) beside the date, and a long {@code
     * Sub:} whose wrapped line opens with a survey number after an abbreviation ({@code S.F.} / {@code No. 214/3B}):
     * no new sentence starts at the number.
     */
    @Test
    void aCollectoratesRcNumberAndASubjectGoingOnAfterAnAbbreviation() {
        LetterFields f = fields(new PageSketch()
                .line("OFFICE OF THE DISTRICT COLLECTOR, MADURAI")
                .skip(1)
                .beside("From", 0.5, "To")
                .beside("Tmt. R. Anitha Devarajan, I.A.S.,", 0.5, "The Tahsildar,")
                .beside("District Collector,", 0.5, "Melur Taluk,")
                .beside("Madurai.", 0.5, "Madurai District.")
                .skip(1)
                .beside("Rc. No. B4/18342/2024", 0.72, "Dated: 18.11.2024")
                .skip(1)
                .line("Sir,")
                .skip(1)
                .line("Sub: Revenue – Land Records – Melur Taluk – Transfer of Patta in S.F. No.")
                .at(0.16, "214/3B – Petition of Thiru. K. Palanichamy – Enquiry and report called for – Reg.")
                .skip(1)
                .lines(PageSketch.BODY_EN));

        assertThat(f.reference().value()).isEqualTo("B4/18342/2024");
        assertThat(f.subject().value())
                .isEqualTo("Revenue – Land Records – Melur Taluk – Transfer of Patta in S.F. No. 214/3B – Petition of"
                        + " Thiru. K. Palanichamy – Enquiry and report called for – Reg.");
    }

    /**
     * A development bank's letter without a reference of its own, its first paragraph so full of names, dates and
     * figures that none of its lines reads as prose, the borrower's letter cited in it by number: the paragraph under
     * the salutation is the body's, and the number it cites no reference of this letter.
     */
    @Test
    void aFirstParagraphOfNamesUnderTheSalutationIsTheBody() {
        PageSketch p = new PageSketch()
                .line("THE WORLD BANK")
                .line("IBRD • IDA")
                .skip(1)
                .line("March 18, 2025")
                .skip(1)
                .line("Mr. Hari Bahadur Thapa")
                .line("Secretary, Ministry of Finance")
                .line("Singhadurbar, Kathmandu")
                .skip(1)
                .line("Subject: Nepal: Rural Water Project (P171234) – Extension of Closing Date")
                .skip(1)
                .line("Dear Mr. Thapa:")
                .skip(1)
                .line(
                        "We refer to the Financing Agreement dated May 4, 2021, between Nepal (the \"Recipient\") and the")
                .line("International Development Association (the \"Association\") for the Project, and to the letter")
                .line("from the Ministry of Finance dated February 21, 2025 (ref. MOF/WB/2081-82/415), requesting an")
                .line("extension of the Closing Date of the Project.")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Sincerely,");
        assertThat(fields(p).reference().value()).isNull();
    }

    /**
     * An ICRC delegation's note: "NOTE" centred as the document's heading, its number alone on the line under it, no
     * label. The number is the note's reference; the heading and the number are no addressee.
     */
    @Test
    void aNumberUnderTheNotesHeadingIsItsReference() {
        PageSketch p = new PageSketch()
                .line("INTERNATIONAL COMMITTEE OF THE RED CROSS")
                .line("Regional Delegation Nairobi")
                .skip(2)
                .centred("NOTE")
                .centred("NAI-DET 24/0316")
                .skip(1)
                .line("Visits to places of detention – follow-up of the bilateral dialogue")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Nairobi, 12 June 2024");
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("NAI-DET 24/0316");
        assertThat(f.recipient().found() ? f.recipient().value().block() : "").doesNotContain("NOTE");
    }

    /**
     * A commissaire de justice's notice: the notice's kind centred over a centred line that says under which article
     * it is sent, then the subject. The centred line is no body's first line, and the subject under it is found.
     */
    @Test
    void aCentredLineUnderTheNoticesHeadingIsNoBody() {
        PageSketch p = new PageSketch()
                .type(80)
                .beside("ACTÉA JUSTICE", 0.6, "Acte n° 25/04518")
                .type(PageSketch.LINE)
                .beside("Commissaires de justice à Paris", 0.6, "Requérant : SAS TRANSPORTS")
                .beside("48, rue de Turbigo – 75003 PARIS", 0.6, "Contre : L'ÉTAT")
                .skip(1)
                .line("Monsieur l'Agent judiciaire de l'État")
                .line("Direction des affaires juridiques")
                .skip(1)
                .right("Paris, le 12 mai 2025")
                .skip(6)
                .centred("AVIS DE SIGNIFICATION")
                .type(35)
                .centred("Lettre adressée en application de l'article 658 du Code de procédure civile")
                .type(PageSketch.LINE)
                .skip(1)
                .line("Objet : Signification du jugement rendu le 3 avril 2025 par le Tribunal judiciaire")
                .skip(1);
        p.lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.subject().value()).startsWith("Signification du jugement");
    }
}
