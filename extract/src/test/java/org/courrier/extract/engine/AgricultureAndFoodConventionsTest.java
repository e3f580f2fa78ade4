package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the fortieth batch (authors FA-FD: French and English on
 * agriculture, veterinary services, fisheries, food safety and plant protection, forestry and irrigation, and letters
 * written to them) joined, each pinned by a small letter written for the test.
 */
class AgricultureAndFoodConventionsTest {

    @Test
    void aDepartmentsNameWrappedBeforeItsItemsJoinedByAnAmpersandIsOneName() {
        PageSketch p = new PageSketch()
                .type(60)
                .step(66)
                .line("Department for Environment")
                .line("Food & Rural Affairs")
                .type(40)
                .step(54)
                .line("Seacole Building, 2 Marsham Street, London SW1P 4DF")
                .type(50)
                .step(62)
                .skip(2)
                .line("MEMORANDUM")
                .skip(1)
                .line("TO: Head of Avian Disease Policy")
                .line("FROM: Deputy Director, Exotic Disease Control")
                .line("DATE: 18 November 2024")
                .line("SUBJECT: Avian Influenza Prevention Zone")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Department for Environment Food & Rural Affairs");
    }

    @Test
    void aGovernmentsWordmarkBesideTheDepartmentsNameIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .type(34)
                .sized("Australian Government", 0.26, "Department of Agriculture,", 60)
                .type(60)
                .at(0.26, "Fisheries and Forestry")
                .type(50)
                .skip(2)
                .line("Our reference: ILP2024-00873")
                .skip(1)
                .line("Mr Wei Ming Tan")
                .line("Director")
                .line("Southern Cross Timber Imports Pty Ltd")
                .line("LAVERTON NORTH VIC 3026")
                .skip(1)
                .line("Dear Mr Tan")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Department of Agriculture, Fisheries and Forestry");
    }

    @Test
    void anInstituteAndItsAcronymUnderItsMinistrysNameWrites() {
        PageSketch p = new PageSketch()
                .centred("THE UNITED REPUBLIC OF TANZANIA")
                .skip(2)
                .centred("MINISTRY OF AGRICULTURE")
                .centred("TANZANIA AGRICULTURAL RESEARCH INSTITUTE (TARI)")
                .beside("Telephone: +255 25 2510062", 0.75, "P.O. Box 400,")
                .at(0.75, "MBEYA.")
                .skip(1)
                .beside("Ref. No. TARI/UYL/TT/22/VOL.II/57", 0.72, "14th November, 2022")
                .skip(1)
                .line("Managing Director,")
                .line("Highland Seeds (T) Limited,")
                .line("IRINGA.")
                .skip(1)
                .line("RE: LICENSING OF TARI BEAN VARIETIES FOR COMMERCIAL SEED PRODUCTION")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("TANZANIA AGRICULTURAL RESEARCH INSTITUTE (TARI)");
    }

    @Test
    void countsOfCopiesAfterAColonAreNoPartOfTheEntries() {
        PageSketch p = new PageSketch()
                .centred("COMMUNE DE MALANVILLE")
                .line("N° 52/0743/M-MAL/SE/SDLP")
                .right("Malanville, le 23 octobre 2023")
                .skip(1)
                .right("Monsieur le Président de l'UCOPER")
                .right("MALANVILLE")
                .skip(1)
                .line("Objet : Réorganisation du marché à bétail")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Maire,")
                .skip(1)
                .line("AMPLIATIONS :")
                .row("– Préfet de l'Alibori", 0.38, ": 01")
                .row("– DDAEP-Alibori", 0.38, ": 01")
                .line("– Commissariat de Police de Malanville : 01")
                .row("– SE / C-SDLP", 0.38, ": 02")
                .row("– Chrono / Archives", 0.38, ": 02");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Préfet de l'Alibori",
                        "DDAEP-Alibori",
                        "Commissariat de Police de Malanville",
                        "SE / C-SDLP",
                        "Chrono / Archives");
    }

    @Test
    void aSubjectGoesOnUnderTheListOfCopiesBesideIt() {
        PageSketch p = new PageSketch()
                .centred("MINISTÈRE DE LA PÊCHE ET ÉLEVAGE")
                .skip(1)
                .beside("N° MPE/SG/DPSA/0847/2024", 0.5, "Transmis copie pour information à :")
                .at(0.52, "– Son Excellence Monsieur le Ministre de la Pêche et")
                .step(50)
                .beside("Objet : Foyers de peste porcine africaine dans", 0.52, "Élevage ;")
                .step(25)
                .at(0.52, "– Monsieur le Secrétaire Général à l'Agriculture ;")
                .step(62)
                .line("la Province du Kwilu – Mesures de riposte.")
                .at(0.52, "– Monsieur le Représentant de la FAO en RDC ;")
                .skip(1)
                .right("À Monsieur le Ministre Provincial de l'Agriculture")
                .right("à Bandundu-Ville")
                .skip(1)
                .line("Monsieur le Ministre Provincial,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Foyers de peste porcine africaine dans la Province du Kwilu – Mesures de riposte.");
    }

    @Test
    void aDepartmentUnderTheGovernmentsHeadingWritesOverItsDirection() {
        PageSketch p = new PageSketch()
                .centred("GOUVERNEMENT PRINCIER")
                .centred("Principauté de Monaco")
                .centred("Département des Relations Extérieures et de la Coopération")
                .centred("Direction des Affaires Internationales")
                .skip(2)
                .line("N° 2023-3412/DREC/DAI")
                .skip(1)
                .centred("NOTE VERBALE")
                .skip(1)
                .line("Le Département des Relations Extérieures et de la Coopération présente ses compliments")
                .line("à l'Ambassade de France à Monaco et a l'honneur de lui faire savoir que les contrôles")
                .line("vétérinaires aux frontières seront renforcés à compter du 1er mars 2024.")
                .skip(1)
                .right("Monaco, le 12 février 2024")
                .skip(1)
                .line("Ambassade de France à Monaco");
        assertThat(fields(p).sender().value()).isEqualTo("Département des Relations Extérieures et de la Coopération");
    }

    @Test
    void aTerritorysDepartementOverADirectionIsNoGovernmentsDepartment() {
        PageSketch p = new PageSketch()
                .centred("RÉPUBLIQUE DU BÉNIN")
                .centred("DÉPARTEMENT DE L'ALIBORI")
                .centred("Direction départementale de l'Agriculture")
                .skip(2)
                .line("N° 52/0743/DDAEP/SA")
                .right("Kandi, le 23 octobre 2023")
                .skip(1)
                .right("Monsieur le Président de l'UCOPER")
                .right("MALANVILLE")
                .skip(1)
                .line("Objet : Campagne de vaccination du bétail")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Direction départementale de l'Agriculture");
    }

    @Test
    void aBuildingsLineOverWhatIsDecidedOnAShorterLineIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("REPUBLIQUE ET CANTON DE GENEVE")
                .line("Office cantonal du logement et de la planification foncière")
                .skip(2)
                .right("Régie du Rhône SA")
                .right("Rue de la Terrassière 8")
                .right("1211 Genève 6")
                .skip(2)
                .line("N/réf. : OCLPF/DLO/SLS/HM-3127/FR/ak")
                .right("Genève, le 4 juillet 2024")
                .skip(1)
                .line("Immeuble HM – Chemin des Ouches 14, 1203 Genève")
                .line("Approbation de l'état locatif 2025")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Immeuble HM – Chemin des Ouches 14, 1203 Genève Approbation de l'état locatif 2025");
    }
}
