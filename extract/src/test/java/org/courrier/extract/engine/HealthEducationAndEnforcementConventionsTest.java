package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.util.List;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-fourth batch of independently written dev letters (authors CO-CR: French and English from
 * health, education and research; French and English from courts, police, customs, tax and immigration) showed
 * misread, each pinned by a small letter written for the test.
 */
class HealthEducationAndEnforcementConventionsTest {

    @Test
    void aDepartmentUnderItsMinistryWritesWithinIt() {
        PageSketch p = new PageSketch()
                .centred("REPUBLIC OF ZAMBIA")
                .centred("MINISTRY OF HOME AFFAIRS AND INTERNAL SECURITY")
                .centred("DEPARTMENT OF IMMIGRATION")
                .skip(1)
                .beside("Telephone: +260 211 252622", 0.7, "Kent Building")
                .beside("Fax: +260 211 252008", 0.7, "P.O. Box 50300")
                .skip(1)
                .line("In reply please quote:")
                .beside("No. DI/EP/101/7/2025/0314", 0.8, "21st January, 2025")
                .skip(1)
                .line("The Human Resources Manager")
                .line("Kafue Copper Holdings Plc")
                .line("LUSAKA")
                .skip(1)
                .line("Dear Sir/Madam,")
                .skip(1)
                .line("RE: APPLICATION FOR AN EMPLOYMENT PERMIT")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value())
                .isEqualTo("MINISTRY OF HOME AFFAIRS AND INTERNAL SECURITY, DEPARTMENT OF IMMIGRATION");
    }

    @Test
    void aDepartmentLineRunningOnIntoAnAddressIsLeftToTheAddress() {
        PageSketch p = new PageSketch()
                .centred("Ministry of External Affairs")
                .centred("Department of External Affairs · Conway Business Centre, Castries")
                .skip(2)
                .beside("Ref: EA/2025/114", 0.7, "12 March 2025")
                .skip(1)
                .line("The High Commission of Canada")
                .line("Bridgetown")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Ministry of External Affairs");
    }

    @Test
    void aTaxDirectorateUnderItsMinistryIsTheBodyThatWrites() {
        PageSketch p = new PageSketch()
                .beside("MINISTÈRE DES FINANCES", 0.65, "RÉPUBLIQUE DU NIGER")
                .beside("SECRÉTARIAT GÉNÉRAL", 0.62, "Fraternité – Travail – Progrès")
                .at(0.12, "DIRECTION GÉNÉRALE DES IMPÔTS")
                .at(0.1, "DIRECTION DES GRANDES ENTREPRISES")
                .skip(1)
                .line("N° 00412 /MF/DGI/DGE/SCF")
                .right("Niamey, le 9 juillet 2024")
                .skip(1)
                .at(0.55, "Monsieur le Directeur Général")
                .at(0.55, "de la Société SAHEL TRANSPORTS SA")
                .at(0.55, "NIAMEY")
                .skip(1)
                .line("Objet : Notification de redressements.")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("DIRECTION GÉNÉRALE DES IMPÔTS");
    }

    @Test
    void aStreetFlushRightUnderTheNameIsTheAddress() {
        PageSketch p = new PageSketch()
                .flushRight("Attorney General's Department", 0.9)
                .flushRight("Hulftsdorp Street", 0.9)
                .flushRight("Colombo 12", 0.9)
                .skip(2)
                .line("My No. : CR1/214/2023")
                .line("Date : 07.11.2023")
                .skip(1)
                .line("The Director,")
                .line("Criminal Investigation Department,")
                .line("Colombo 01.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Attorney General's Department");
    }

    @Test
    void maitreAndDocteurGreetALawyerAndAPhysician() {
        for (String greeting : new String[] {"Maître,", "Docteur,"}) {
            PageSketch p = new PageSketch()
                    .line("MINISTÈRE PUBLIC")
                    .skip(1)
                    .line("Genève, le 4 février 2025")
                    .skip(1)
                    .line("Avis de prochaine clôture de l'instruction (art. 318 CPP)")
                    .line("Prévenu : Monsieur Damien KELLER – abus de confiance")
                    .skip(1)
                    .line(greeting)
                    .skip(1)
                    .lines(PageSketch.BODY_FR);
            List<TextLine> lines = ReadingOrder.lines(p.document());
            LetterMap map = LetterMap.of(lines, LanguageCues.load("fr"));
            assertThat(map.salutation()).as(greeting).isGreaterThanOrEqualTo(0);
            assertThat(lines.get(map.salutation()).text()).isEqualTo(greeting);
        }
    }

    @Test
    void aCopysAddressWrappedAfterACommaEndsOnItsPostalDistrict() {
        PageSketch p = new PageSketch()
                .line("CHANCERY & GRANT")
                .line("Attorneys-at-Law")
                .skip(1)
                .line("Our Ref: NWB/KRD/2025/118")
                .line("10 March 2025")
                .skip(1)
                .line("The Permanent Secretary")
                .line("Ministry of National Security")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Natalie S. Whyte-Brown")
                .line("Partner")
                .skip(1)
                .line("c.c. The Attorney General's Chambers, NCB North Tower, 2 Oxford Road, Kingston 5")
                .at(0.15, "The Commissioner of Police, Office of the Commissioner, 101–103 Old Hope Road,")
                .at(0.15, "Kingston 6")
                .at(0.15, "Client");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Attorney General's Chambers, NCB North Tower, 2 Oxford Road, Kingston 5",
                        "The Commissioner of Police, Office of the Commissioner, 101–103 Old Hope Road, Kingston 6",
                        "Client");
    }

    @Test
    void aCountOfCopiesInBracketsIsNoPartOfTheEntry() {
        PageSketch p = new PageSketch()
                .line("GEORGIA DEPARTMENT OF CORRECTIONS")
                .skip(1)
                .line("MEMORANDUM")
                .skip(1)
                .line("TO: All Wardens and Superintendents")
                .line("FROM: Lucinda F. Haskins, Assistant Commissioner")
                .line("DATE: February 3, 2025")
                .line("SUBJECT: Handling of Legal Mail")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(2)
                .line("c: Deputy Commissioner, Facilities Division")
                .at(0.13, "Regional Directors (4)")
                .at(0.13, "General Counsel, Legal Services")
                .at(0.13, "File");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Deputy Commissioner, Facilities Division",
                        "Regional Directors",
                        "General Counsel, Legal Services",
                        "File");
    }

    private static PageSketch copiesAboveTheAddressee() {
        return new PageSketch()
                .beside("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", 0.7, "Kinshasa, le 18 octobre 2023")
                .line("PARQUET GÉNÉRAL PRÈS LA COUR D'APPEL DE KINSHASA/GOMBE")
                .line("N° 2418/D.014/PGKG/CAB/2023")
                .skip(1)
                .line("Transmis copie pour information à :")
                .beside("Son Excellence Monsieur le Vice-Premier Ministre,", 0.55, "À Monsieur le Directeur du Centre")
                .beside("Ministre de la Justice (avec", 0.55, "Pénitentiaire de Kinshasa (CPRK)")
                .beside("l'expression de mes hommages déférents) ;", 0.55, "à Kinshasa/Makala")
                .line("Monsieur le Procureur Général près la Cour de Cassation ;")
                .line("Monsieur le Directeur Général des Services Pénitentiaires ;")
                .skip(1)
                .line("Objet : Contrôle de la régularité des détentions préventives.")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
    }

    @Test
    void theAddresseeBesideACopyListHeadedAboveIt() {
        assertThat(fields(copiesAboveTheAddressee()).recipient().value().block())
                .isEqualTo("Monsieur le Directeur du Centre Pénitentiaire de Kinshasa (CPRK), à Kinshasa/Makala");
    }

    @Test
    void aCopyEntryGoesOnUntilItsSemicolon() {
        assertThat(fields(copiesAboveTheAddressee()).copies().value())
                .containsExactly(
                        "Son Excellence Monsieur le Vice-Premier Ministre, Ministre de la Justice (avec"
                                + " l'expression de mes hommages déférents)",
                        "Monsieur le Procureur Général près la Cour de Cassation",
                        "Monsieur le Directeur Général des Services Pénitentiaires");
    }

    @Test
    void theAddresseeInTheCellBesideItsLabelInANotesGrid() {
        PageSketch p = new PageSketch()
                .line("Délégation Provence et Corse")
                .line("Centre national de la recherche scientifique")
                .skip(2)
                .line("NOTE")
                .skip(1)
                .beside("À l'attention de", 0.28, "Mesdames et Messieurs les Directeurs d'unité")
                .at(0.28, "de la circonscription Provence et Corse")
                .beside("De", 0.28, "Le Délégué régional")
                .beside("Date", 0.28, "Marseille, le 7 octobre 2024")
                .beside("Réf.", 0.28, "DR12/SFC/2024-118")
                .beside("Objet", 0.28, "Clôture de l'exercice budgétaire 2024")
                .skip(2)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Mesdames et Messieurs les Directeurs d'unité, de la circonscription Provence et Corse");
    }

    @Test
    void aNamesInitialEndsNoSentence() {
        String subject = "Sanction of Extramural Ad-hoc Research Project entitled “Community-based screening for"
                + " gestational diabetes mellitus by ASHAs using capillary glucose testing in rural Kerala: a cluster"
                + " randomised trial” under Dr. Anjali R. Menon, Associate Professor, Department of Community"
                + " Medicine – reg.";
        assertThat(RunningText.sentences(LanguageCues.load("en"), subject)).containsExactly(subject);
    }

    @Test
    void theProsecutorsSoitTransmisCitedUnderReferenceIsTheirs() {
        PageSketch p = new PageSketch()
                .beside("MINISTÈRE DE LA DÉFENSE", 0.65, "RÉPUBLIQUE DU MALI")
                .line("LÉGION DE GENDARMERIE DE SIKASSO")
                .skip(1)
                .line("N° 0147 /LGS/BOPJ")
                .right("Sikasso, le 11 mars 2025")
                .skip(1)
                .at(0.55, "Monsieur le Procureur de la République")
                .at(0.55, "près le Tribunal de Grande Instance de Sikasso")
                .skip(1)
                .line("Objet : Transmission de procès-verbal d'enquête préliminaire.")
                .line("Référence : Votre soit-transmis n° 0231/PR-TGI-SKO du 20 janvier 2025.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("0231/PR-TGI-SKO");
        assertThat(f.reference().value()).isEqualTo("0147 /LGS/BOPJ");
    }

    @Test
    void aSubjectsSecondLineOpeningWithDossierIsNoReference() {
        PageSketch p = new PageSketch()
                .line("BIRCHER & MONNIER")
                .line("ingénieurs civils SA")
                .skip(1)
                .at(0.57, "Direction générale de l'environnement")
                .at(0.57, "Avenue de Valmont 30b")
                .at(0.57, "1014 Lausanne")
                .skip(1)
                .at(0.57, "Yverdon-les-Bains, le 14 novembre 2023")
                .skip(1)
                .line("Notre réf. : 22-118 / PMo / sba")
                .skip(2)
                .line("Orbe – Revitalisation du Talent, tronçon Pont de la Dame – STEP")
                .line("Dossier d'examen préalable")
                .skip(1)
                .line("Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo(
                        "Orbe – Revitalisation du Talent, tronçon Pont de la Dame – STEP Dossier d'examen préalable");
    }

    @Test
    void aNoticesHeadingInCapitalsOverItsParticularsIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("North Kesteven District Council")
                .line("Development Management")
                .skip(3)
                .line("Fenwick Architectural Design Ltd")
                .line("14 Mill Lane")
                .line("Sleaford")
                .line("NG34 7QT")
                .skip(2)
                .centred("REFUSAL OF PLANNING PERMISSION")
                .skip(1)
                .row("Application No:", 0.3, "24/1187/HOUS")
                .row("Applicant:", 0.3, "Mr & Mrs D Whitlock")
                .row("Proposal:", 0.3, "Erection of a two storey side extension")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value()).isEqualTo("REFUSAL OF PLANNING PERMISSION");
    }

    @Test
    void aLogosNameBrokenAtItsHyphenGoesOnOnTheNextLine() {
        PageSketch p = new PageSketch()
                .type(70)
                .line("CCI BOURGOGNE-")
                .type(27)
                .at(0.19, "FRANCHE-COMTÉ")
                .type(50)
                .skip(2)
                .line("Réf. : DI/TFE/KB/2025-0142")
                .right("Besançon, le 4 mars 2025")
                .skip(1)
                .at(0.55, "SAS MICROTECHNIQUES VUILLEMIN")
                .at(0.55, "Monsieur Julien VUILLEMIN")
                .skip(1)
                .line("Objet : Proposition d'accompagnement à l'export")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("CCI BOURGOGNE-FRANCHE-COMTÉ");
    }

    @Test
    void aRegionInSmallerTypeUnderTheAgencysNameEndsIt() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE FRANÇAISE")
                .skip(1)
                .line("Agence régionale de santé")
                .type(40)
                .line("Auvergne-Rhône-Alpes")
                .type(50)
                .line("Direction de l'offre de soins")
                .skip(1)
                .right("Lyon, le 12 mai 2025")
                .skip(1)
                .at(0.55, "Madame la Directrice")
                .at(0.55, "Centre hospitalier Lucien Hussel")
                .skip(1)
                .line("Objet : Visite de conformité")
                .skip(1)
                .line("Madame la Directrice,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Agence régionale de santé Auvergne-Rhône-Alpes");
    }
}
