package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-first batch (authors DQ-DT: French and English on
 * communications and media regulators, posts and telecommunications, science and research, meteorology and mapping)
 * joined, each pinned by a small letter written for the test.
 */
class CommunicationsAndResearchConventionsTest {

    @Test
    void aMemosLongValueBesideItsLabelIsTheHeadsGridNotTheBody() {
        PageSketch p = new PageSketch()
                .line("Délégation Rhône Auvergne")
                .line("Centre national de la recherche scientifique")
                .skip(12)
                .centred("NOTE")
                .skip(1)
                .beside("À", 0.3, "Mesdames et Messieurs les directrices et directeurs d'unités de la")
                .at(0.3, "circonscription Rhône Auvergne")
                .beside("De", 0.3, "Le Délégué régional")
                .beside("Date", 0.3, "9 mars 2025")
                .beside("Réf.", 0.3, "DR07/SG/SFC/2025-014")
                .beside("Objet", 0.3, "Clôture des conventions de recherche arrivées à échéance")
                .skip(2)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le Délégué régional")
                .skip(2)
                .at(0.55, "Marc DURAND");
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("DR07/SG/SFC/2025-014");
        assertThat(f.subject().value()).isEqualTo("Clôture des conventions de recherche arrivées à échéance");
        assertThat(f.recipient().value().block()).startsWith("Mesdames et Messieurs les directrices et directeurs");
    }

    @Test
    void inReplyReferToLabelsTheLettersOwnNumber() {
        PageSketch p = new PageSketch()
                .centred("Federal Communications Commission")
                .centred("Washington, D.C. 20554")
                .skip(2)
                .at(0.6, "June 3, 2024")
                .skip(1)
                .at(0.6, "In Reply Refer to:")
                .at(0.6, "1800B3-JDB")
                .skip(1)
                .line("Ms. Laura Pinkney")
                .line("Coastal Broadcasters, Inc.")
                .line("210 Harbor Drive")
                .line("Mobile, AL 36602")
                .skip(1)
                .line("Re: WXLM(FM), Mobile, Alabama")
                .skip(1)
                .line("Dear Ms. Pinkney:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("1800B3-JDB");
    }

    @Test
    void aFrenchDistributionListIsTheCopyList() {
        PageSketch p = new PageSketch()
                .line("Observatoire volcanologique de la Martinique")
                .skip(3)
                .right("Fort-de-France, le 4 mai 2022")
                .line("Réf. : OVSM/DIR/2022-031")
                .skip(1)
                .at(0.5, "Monsieur le Préfet de la Martinique")
                .skip(1)
                .line("Objet : Bilan mensuel de l'activité de la Montagne Pelée")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "La Directrice de l'OVSM")
                .skip(2)
                .at(0.55, "Claire MARTINEAU")
                .skip(1)
                .line("Distribution :")
                .row("Préfecture – Cabinet", 0.6, "2")
                .row("Mairie du Prêcheur", 0.6, "1")
                .row("DEAL Martinique", 0.6, "1");
        assertThat(fields(p).copies().value())
                .containsExactly("Préfecture – Cabinet", "Mairie du Prêcheur", "DEAL Martinique");
    }

    @Test
    void aMemorandumForLabelsTheAddresseeAndTheTitleHangingUnderTheName() {
        PageSketch p = new PageSketch()
                .centred("UNITED STATES DEPARTMENT OF COMMERCE")
                .centred("National Oceanic and Atmospheric Administration")
                .centred("NATIONAL WEATHER SERVICE")
                .skip(2)
                .right("May 6, 2024")
                .skip(1)
                .cells("MEMORANDUM FOR:", 0.3, "Alan P. Richter")
                .at(0.3, "Director, NWS Eastern Region")
                .skip(1)
                .cells("FROM:", 0.3, "Dana K. Morrow")
                .at(0.3, "Meteorologist in Charge, WFO Albany")
                .skip(1)
                .cells("SUBJECT:", 0.3, "Request for Radar Maintenance Window")
                .skip(2)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block()).isEqualTo("Alan P. Richter, Director, NWS Eastern Region");
    }

    @Test
    void aResearchCentreUnderItsMinistryWrites() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR")
                .line("ET DE LA RECHERCHE SCIENTIFIQUE")
                .skip(1)
                .line("CENTRE NATIONAL DE LA RECHERCHE APPLIQUÉE")
                .skip(1)
                .line("N° 0412/MESRS/CNRA/DG")
                .right("Niamey, le 2 juin 2023")
                .skip(2)
                .at(0.5, "Monsieur le Directeur de l'Institut de Géographie")
                .skip(1)
                .line("Objet : Enquête sur le personnel de recherche")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("CENTRE NATIONAL DE LA RECHERCHE APPLIQUÉE");
    }

    @Test
    void aResearchCentresNameEndingOnItsOfficeIsNoUnitOfTheMinistry() {
        PageSketch p = new PageSketch()
                .line("Ministère de l'Enseignement Supérieur")
                .line("et de la Recherche Scientifique")
                .line("Centre de Recherche en Géodésie,")
                .line("Cartographie et Télédétection")
                .line("CRGC – Direction")
                .skip(1)
                .line("N° 0217/CRGC/DG/2024")
                .right("Oran, le 3 avril 2024")
                .skip(2)
                .at(0.5, "Monsieur le Wali de la Wilaya d'Oran")
                .skip(1)
                .line("Objet : Levés géodésiques de la zone industrielle")
                .skip(1)
                .line("Monsieur le Wali,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value())
                .isEqualTo("Centre de Recherche en Géodésie, Cartographie et Télédétection CRGC – Direction");
    }
}
