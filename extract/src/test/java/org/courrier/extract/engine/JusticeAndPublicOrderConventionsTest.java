package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the forty-first batch (authors FE-FH: French and English on justice
 * and public order, courts, prosecutors, prisons, police, bar associations, civil registry and elections, and letters
 * written to them) joined, each pinned by a small letter written for the test.
 */
class JusticeAndPublicOrderConventionsTest {

    @Test
    void aNoteVerbalesAddresseeAtTheFootIsReadWhenItsComplimentsOpenTheBodysSecondLine() {
        assertThat(fields(noteVerbale()).recipient().value().block())
                .isEqualTo("High Commission of the Republic of India, Colombo");
    }

    private static PageSketch noteVerbale() {
        return new PageSketch()
                .type(60)
                .centred("MINISTRY OF FOREIGN AFFAIRS")
                .type(40)
                .centred("Republic Building, Sir Baron Jayathilaka Mawatha, Colombo 01, Sri Lanka")
                .type(50)
                .skip(1)
                .line("No: LEG/MLA/03/IND/2021")
                .halfSkip()
                .at(0.17, "The Ministry of Foreign Affairs of the Democratic Socialist Republic of Sri Lanka")
                .line("presents its compliments to the High Commission of the Republic of India in Colombo and")
                .line("has the honour to transmit herewith a request for mutual legal assistance in a matter")
                .line("now before the High Court of Colombo, together with the documents listed in its annex.")
                .skip(1)
                .at(0.17, "The Ministry of Foreign Affairs avails itself of this opportunity to renew to the")
                .line("High Commission of the Republic of India the assurances of its highest consideration.")
                .skip(1)
                .line("Colombo, 09 June 2021")
                .skip(5)
                .line("High Commission of the Republic of India")
                .line("Colombo")
                .skip(2)
                .line("Encl: Request for Mutual Legal Assistance (original and two copies)");
    }

    /** A district police office's memo to its prosecutor, its copies forwarded under a sentence of their own. */
    private static PageSketch policeMemo() {
        return new PageSketch()
                .type(60)
                .centred("OFFICE OF THE SENIOR SUPERINTENDENT OF POLICE")
                .centred("INVESTIGATION, LAHORE")
                .type(50)
                .skip(1)
                .beside("No. 4518/SSP/Inv.,", 0.66, "Dated Lahore the 23.11.2020")
                .skip(1)
                .line("To")
                .at(0.15, "The District Public Prosecutor,")
                .at(0.15, "Lahore.")
                .skip(1)
                .line("Subject: SUBMISSION OF CHALLAN IN CASE FIR NO. 1187/2020 DATED 04.09.2020")
                .at(0.2, "U/S 420/468/471 PPC, POLICE STATION GULBERG, LAHORE.")
                .skip(1)
                .line("Memo:")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(3)
                .right("Senior Superintendent of Police,")
                .right("Investigation, Lahore.")
                .skip(1)
                .line("No. & date even.")
                .line("A copy of the above is forwarded for information and necessary action to:")
                .at(0.12, "1. The Deputy Inspector General of Police, Investigation, Lahore.")
                .at(0.12, "2. The SHO, Police Station Gulberg, Lahore.")
                .skip(2)
                .right("Senior Superintendent of Police,")
                .right("Investigation, Lahore.");
    }

    @Test
    void aCopySentenceOfThirteenWordsHeadsTheListItForwardsTo() {
        assertThat(fields(policeMemo()).copies().value())
                .containsExactly(
                        "The Deputy Inspector General of Police, Investigation, Lahore",
                        "The SHO, Police Station Gulberg, Lahore");
    }

    @Test
    void aSubjectGoesOnPastACaseNumbersLabelAndItsFullStop() {
        assertThat(fields(policeMemo()).subject().value())
                .isEqualTo("SUBMISSION OF CHALLAN IN CASE FIR NO. 1187/2020 DATED 04.09.2020 U/S 420/468/471 PPC, "
                        + "POLICE STATION GULBERG, LAHORE.");
    }

    @Test
    void aCommuneUnderTheGovernorateOfItsCityWrites() {
        PageSketch p = new PageSketch()
                .beside("MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", 0.66, "RÉPUBLIQUE DE GUINÉE")
                .beside("ET DE LA DÉCENTRALISATION", 0.66, "Travail – Justice – Solidarité")
                .skip(1)
                .line("GOUVERNORAT DE LA VILLE DE CONAKRY")
                .skip(1)
                .line("COMMUNE DE KALOUM")
                .skip(1)
                .line("Service de l'État Civil")
                .skip(1)
                .beside("N° 156/CK/SEC/2022", 0.7, "Conakry, le 08 août 2022")
                .skip(1)
                .right("Monsieur le Procureur de la République")
                .right("près le Tribunal de Première Instance de Kaloum")
                .skip(1)
                .line("Objet : Signalement d'un extrait d'acte de naissance présumé falsifié.")
                .skip(1)
                .line("Monsieur le Procureur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("COMMUNE DE KALOUM");
    }

    @Test
    void aCourtsDistrictUnderItsNameIsPartOfIt() {
        PageSketch p = new PageSketch()
                .type(62)
                .centred("UNITED STATES DISTRICT COURT")
                .type(52)
                .centred("DISTRICT OF OREGON")
                .type(46)
                .centred("OFFICE OF THE CLERK")
                .type(40)
                .skip(1)
                .row("Katherine R. Delacroix", 0.4, "Mark O. Hatfield U.S. Courthouse", 0.7, "Eugene Division")
                .row("Clerk of Court", 0.4, "1000 SW Third Avenue, Room 740", 0.7, "Medford Division")
                .type(50)
                .skip(2)
                .line("August 12, 2020")
                .skip(1)
                .line("Jonathan A. Brandt, Esq.")
                .line("Holloway & Brandt LLP")
                .line("Seattle, WA 98101")
                .skip(1)
                .at(0.16, "Re: Pacific Timber Holdings, LLC v. Ruiz et al.")
                .skip(1)
                .line("Dear Mr. Brandt:")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("UNITED STATES DISTRICT COURT DISTRICT OF OREGON");
    }

    @Test
    void aBodyNamedWithItsAcronymIsNoStatesHeadingForTheMottosWordItOpensWith() {
        PageSketch p = new PageSketch()
                .type(80)
                .line("Justice Access Bangladesh (JAB)")
                .type(40)
                .line("Legal aid · Paralegal services · Prison rights · Registered with the NGO Affairs Bureau")
                .beside("House 27, Road 11 (new), Dhanmondi, Dhaka-1209", 0.55, "Tel: +880 2 58155347")
                .type(50)
                .skip(1)
                .beside("Ref: JAB/PR/IGP/2022/087", 0.72, "Date: 11 January 2022")
                .skip(1)
                .line("Inspector General of Prisons")
                .line("Department of Prisons, Bangladesh")
                .line("Bakshibazar, Dhaka-1211")
                .skip(1)
                .line("Sub: Request for permission to conduct legal aid clinics at Dhaka Central Jail")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely yours,")
                .skip(2)
                .line("Farhana Rahman")
                .line("Executive Director")
                .line("Justice Access Bangladesh (JAB)");
        assertThat(fields(p).sender().value()).isEqualTo("Justice Access Bangladesh (JAB)");
    }

    @Test
    void anIrishBodysEnglishNameUnderItsIrishOneWrites() {
        PageSketch p = new PageSketch()
                .type(36)
                .besideSized("An tSeirbhís Chúirteanna", 0.74, "District Court Office", 30)
                .type(40)
                .besideSized("Courts Service", 0.68, "The Courthouse, Anglesea Street", 30)
                .type(30)
                .at(0.8, "Cork T12 K6X3")
                .at(0.77, "Tel: (021) 480 2740")
                .type(50)
                .skip(2)
                .beside("Our Ref.: CK/DCA/2021/0093", 0.78, "18th May 2021")
                .skip(1)
                .line("Ms. Máire O'Connell")
                .line("O'Connell Buckley Solicitors")
                .line("9 South Mall")
                .line("Cork")
                .skip(1)
                .line("Re: Lynch Motors Limited v. Denis O'Callaghan")
                .skip(1)
                .line("Dear Ms. O'Connell,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Courts Service");
    }

    @Test
    void copiesSetAsTwoAddressBlocksOpeningWithTheOfficeAreTwoEntries() {
        PageSketch p = new PageSketch()
                .centred("OFFICE OF THE DIRECTOR OF PUBLIC PROSECUTIONS")
                .skip(1)
                .beside("Ref. No. ODPP/NRB/CR/2/7/VOL.XII/213", 0.78, "12th June, 2024")
                .skip(1)
                .line("The Director of Criminal Investigations")
                .line("Directorate of Criminal Investigations")
                .line("NAIROBI")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: INQUIRY FILE NO. DCI/LFU/INQ/47/2024")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("SAMUEL K. MUTUA")
                .line("FOR: DIRECTOR OF PUBLIC PROSECUTIONS")
                .skip(1)
                .line("c.c.")
                .step(58)
                .at(0.15, "The Regional Coordinator")
                .step(70)
                .at(0.15, "ODPP Nairobi Region")
                .step(58)
                .at(0.15, "The Officer Commanding")
                .at(0.15, "DCI Kilimani");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Regional Coordinator, ODPP Nairobi Region", "The Officer Commanding, DCI Kilimani");
    }

    @Test
    void aNameInOtherLettersOverItsTranslationIsAWordmarkOfItsOwn() {
        PageSketch p = new PageSketch()
                .type(38)
                .besideSized("LANDHELGISGÆSLA ÍSLANDS", 0.66, "Skógarhlíð 14 · 105 Reykjavík · Iceland", 23)
                .type(29)
                .besideSized("Icelandic Coast Guard", 0.7, "Tel. +354 545 2000 · lhg@lhg.is", 23)
                .type(50)
                .skip(2)
                .right("Reykjavík, 10 February 2025")
                .skip(1)
                .line("Danish Maritime Authority")
                .line("Caspar Brands Plads 9")
                .line("4220 Korsør")
                .skip(1)
                .line("Subject: Towage of the fishing vessel Hafdís RE 112")
                .skip(1)
                .line("Dear Sir or Madam,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("LANDHELGISGÆSLA ÍSLANDS");
    }

    @Test
    void aNoticesDateOfDecisionIsItsDateNotTheDateTheApplicationWasValid() {
        PageSketch p = new PageSketch()
                .type(60)
                .line("North Kesteven")
                .line("District Council")
                .type(50)
                .skip(2)
                .line("Fenwick Architectural Design Ltd")
                .line("14 Mill Lane")
                .line("Sleaford NG34 7QT")
                .skip(1)
                .centred("REFUSAL OF PLANNING PERMISSION")
                .skip(1)
                .row("Application No:", 0.3, "24/1187/HOUS")
                .row("Applicant:", 0.3, "Mr & Mrs D Whitlock")
                .row("Date Valid:", 0.3, "22 November 2024")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Date of Decision: 17 January 2025")
                .skip(1)
                .line("Mark Ellison")
                .line("Head of Development Management")
                .newPage()
                .line("INFORMATIVES")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).date().value()).isEqualTo(java.time.LocalDate.of(2025, 1, 17));
    }
}
