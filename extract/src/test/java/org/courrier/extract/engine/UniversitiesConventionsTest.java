package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-seventh batch (authors EO-ER: French and English on
 * universities, schools, hospitals and research: rectorates, faculties, examination boards, teaching hospitals,
 * research councils, scholarship agencies, and letters written to them) joined, each pinned by a small letter
 * written for the test.
 */
class UniversitiesConventionsTest {

    @Test
    void aSubjectInCapitalsOverTheOpeningSentenceCloseUnderIt() {
        PageSketch p = new PageSketch()
                .line("MWALE, BANDA & PARTNERS")
                .line("Legal Practitioners")
                .skip(2)
                .line("Our Ref: MBP/LIT/0211/24/KM")
                .skip(1)
                .line("The Hospital Director")
                .line("Zomba Central Hospital")
                .line("P.O. Box 21")
                .line("ZOMBA")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .step(85)
                .line("CLAIM FOR DAMAGES FOR MEDICAL NEGLIGENCE – MRS. GRACE PHIRI")
                .step(62)
                .line(
                        "We act for Mrs. Grace Phiri of Chinamwali Township, Zomba (“our client”), on whose instructions we")
                .step(90)
                .line("address you as hereunder.")
                .step(62)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,");
        assertThat(fields(p).subject().value())
                .isEqualTo("CLAIM FOR DAMAGES FOR MEDICAL NEGLIGENCE – MRS. GRACE PHIRI");
    }

    @Test
    void aPersonWritingInTheirOwnNameHeadsTheLetterOverTheirAddress() {
        PageSketch p = new PageSketch()
                .line("Mme Odile MARCHAND")
                .line("Résidence Les Alizés, bât. B, apt 7")
                .line("97122 Baie-Mahault")
                .line("Tél. : 0690 11 22 33")
                .skip(2)
                .at(0.52, "Madame la Principale")
                .at(0.52, "Collège Jean Jaurès")
                .at(0.52, "97122 Baie-Mahault")
                .skip(2)
                .at(0.52, "Baie-Mahault, le 3 février 2025")
                .skip(2)
                .line("Objet : inscription de mon fils en classe de 4e")
                .skip(1)
                .line("Madame la Principale,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Odile MARCHAND");
        assertThat(fields(p).sender().value()).isEqualTo("Mme Odile MARCHAND");
    }

    @Test
    void aMemosGridOfLabelsWithoutColonsEndsTheAddresseeAtTheNextLabel() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR")
                .line("INSTITUT DE RECHERCHE EN SCIENCES SOCIALES")
                .skip(1)
                .centred("MÉMORANDUM")
                .skip(1)
                .step(90)
                .row("N°", 0.24, "2024-0117/MESRI/IRSS/DIR")
                .row("DE", 0.24, "Le Directeur de l'Institut")
                .row("À", 0.24, "Mesdames et Messieurs les Chefs de Département")
                .row("DATE", 0.24, "12 mars 2024")
                .row("OBJET", 0.24, "Calendrier des revues scientifiques du semestre")
                .step(62)
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Directeur");
        assertThat(fields(p).recipient().value().block()).isEqualTo("Mesdames et Messieurs les Chefs de Département");
    }

    @Test
    void anOfficerListedUnderItsTitleInTheLetterheadIsNoAddressee() {
        PageSketch p = new PageSketch()
                .centred("FEDERAL MEDICAL CENTRE")
                .centred("OWERRI, IMO STATE")
                .skip(1)
                .row("Chairman, Board of Management:", 0.62, "Chief Medical Director:")
                .row("Chief (Dr.) Ikenna O. Nwosu", 0.62, "Dr. Chidi A. Okafor, MBBS, FWACS")
                .skip(1)
                .row("Ref: FMC/OW/CMD/PROC/2024/087", 0.72, "Date: 3rd June, 2024")
                .skip(1)
                .line("The Managing Director,")
                .line("Lifeline Medical Supplies Limited,")
                .line("Plot 4, Trans-Amadi Industrial Layout,")
                .line("Port Harcourt.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("LETTER OF AWARD OF CONTRACT FOR THE SUPPLY OF HOSPITAL BEDS")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Director of Administration");
        assertThat(fields(p).recipient().value().block()).startsWith("The Managing Director");
    }

    @Test
    void aTownsPostalDistrictAfterABoxIsNoCountOfCopies() {
        PageSketch p = new PageSketch()
                .line("MWALE, BANDA & PARTNERS")
                .skip(1)
                .line("Our Ref: MBP/LIT/0211/24/KM")
                .skip(1)
                .line("The Hospital Director")
                .line("Zomba Central Hospital")
                .line("ZOMBA")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("MWALE, BANDA & PARTNERS")
                .skip(1)
                .line("c.c.  The Solicitor General, Private Bag 333, LILONGWE 3")
                .line("The Secretary for Health, P.O. Box 30377, LILONGWE 3")
                .line("Client");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Solicitor General, Private Bag 333, LILONGWE 3",
                        "The Secretary for Health, P.O. Box 30377, LILONGWE 3",
                        "Client");
    }

    @Test
    void anOfficeInSmallCapitalsOverItsBodyInLargerType() {
        PageSketch p = new PageSketch()
                .type(28)
                .centred("OFFICE OF THE BOARD OF REGENTS")
                .type(48)
                .centred("EAST RIVER STATE UNIVERSITY SYSTEM")
                .type(26)
                .centred("400 Capitol Avenue, Suite 210 · Lincoln, Nebraska 68508 · (402) 555-0188")
                .type(50)
                .skip(2)
                .line("October 2, 2024")
                .skip(1)
                .line("Dr. Laura M. Chen")
                .line("President, Prairie Hills State University")
                .skip(1)
                .line("RE: Approval of the Master of Science in Data Analytics")
                .skip(1)
                .line("Dear President Chen:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,");
        assertThat(fields(p).sender().value())
                .isEqualTo("EAST RIVER STATE UNIVERSITY SYSTEM, OFFICE OF THE BOARD OF REGENTS");
    }

    @Test
    void theRevolutionsSloganOverTheSignatureIsNoTitle() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE LA SANTÉ")
                .line("CENTRE HOSPITALIER RÉGIONAL DE KAYA")
                .skip(1)
                .at(0.6, "Kaya, le 4 avril 2024")
                .skip(1)
                .line("N° 2024-0211/MS/CHR-K/DG")
                .skip(1)
                .line("Objet : Permanences du mois de mai")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "La Patrie ou la Mort, nous Vaincrons")
                .skip(1)
                .at(0.62, "Le Directeur Général")
                .skip(2)
                .at(0.6, "Dr Aminata OUÉDRAOGO");
        assertThat(fields(p).signatory().value().title()).isEqualTo("Le Directeur Général");
    }

    @Test
    void theirLetterListedUnderTheReferencesLabelIsTheirs() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE LA SANTÉ PUBLIQUE")
                .line("HÔPITAL GÉNÉRAL DE DOUALA")
                .skip(1)
                .row("N° 0312/L/MINSANTE/HGD/DG", 0.65, "Douala, le 4 mars 2024")
                .skip(1)
                .at(0.52, "Monsieur le Directeur Général")
                .at(0.52, "PHARMALAB CAMEROUN SA")
                .at(0.52, "YAOUNDÉ")
                .skip(1)
                .line("Objet : Mise en demeure – Retard de livraison.")
                .line("Réf. : – Bon de commande n° 0019/BC/HGD/2024 du 2 février 2024 ;")
                .at(0.17, "– V/Lettre n° PL/DG/118/2024 du 26 février 2024.")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Directeur Général");
        LetterFields f = fields(p);
        assertThat(f.theirReference().value()).isEqualTo("PL/DG/118/2024");
        assertThat(f.reference().value()).isEqualTo("0312/L/MINSANTE/HGD/DG");
    }

    @Test
    void theTownHallIsWhereTheCommuneWritesFromNotWhoWrites() {
        PageSketch p = new PageSketch()
                .row("RÉPUBLIQUE DU SÉNÉGAL", 0.62, "Hôtel de Ville de Bargny")
                .line("Un Peuple – Un But – Une Foi")
                .line("DÉPARTEMENT DE RUFISQUE")
                .line("COMMUNE DE BARGNY")
                .line("LE MAIRE")
                .skip(1)
                .at(0.6, "Bargny, le 14 février 2025")
                .skip(1)
                .at(0.52, "Monsieur le Directeur Général")
                .at(0.52, "de l'Office National de l'Assainissement")
                .at(0.52, "DAKAR")
                .skip(1)
                .line("Objet : Curage des canaux d'évacuation des eaux pluviales")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Maire");
        assertThat(fields(p).sender().value()).startsWith("COMMUNE DE BARGNY");
    }

    @Test
    void filesNamedInBracketsUnderTheSubjectAreWhatItIsAbout() {
        PageSketch p = new PageSketch()
                .line("Glenview Parents' Council")
                .line("P.O. Box 2210, Glenview Postal Outlet, Ottawa, ON K2C 3M1")
                .skip(1)
                .line("April 4, 2024")
                .skip(1)
                .line("Mr. David Ng")
                .line("Director of Facilities")
                .line("Ottawa Valley District School Board")
                .skip(1)
                .line("Re: Proposed Consolidation of Glenview and Parkdale Elementary Schools")
                .line("(File Nos. FAC-24-0031 and FAC-24-0032)")
                .skip(1)
                .line("Dear Mr. Ng:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours truly,");
        assertThat(fields(p).reference().found()).isFalse();
    }

    @Test
    void twoSignaturesSideBySideThePresidentSigns() {
        PageSketch p = new PageSketch()
                .line("ASSOCIATION DES PARENTS D'ÉLÈVES DU CEG AGONTINKON")
                .line("Bureau Exécutif")
                .skip(1)
                .at(0.6, "Cotonou, le 2 octobre 2024")
                .skip(1)
                .at(0.5, "Monsieur le Directeur Départemental")
                .at(0.5, "des Enseignements Secondaires du Littoral")
                .skip(1)
                .line("Objet : Demande de réhabilitation de salles de classe")
                .skip(1)
                .line("Monsieur le Directeur Départemental,")
                .lines(PageSketch.BODY_FR)
                .line("Nous vous prions d'agréer l'expression de notre profond respect.")
                .skip(1)
                .row("Le Secrétaire Général", 0.68, "Le Président")
                .skip(2)
                .row("Codjo B. AHOUANSOU", 0.6, "Dr Victorin S. DOSSOU");
        assertThat(fields(p).signatory().value().title()).isEqualTo("Le Président");
    }
}
