package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-sixth batch (authors EK-EN: French and English on
 * cities, housing and consumers: town halls, planning services, public housing, tenancy boards, consumer and
 * competition authorities, fire services, libraries, archives, markets and cemeteries) joined, each pinned by a small
 * letter written for the test.
 */
class CitiesConventionsTest {

    @Test
    void aControlNumberNumbersTheLetter() {
        PageSketch p = new PageSketch()
                .centred("Republic of the Philippines")
                .centred("CITY OF SAN ISIDRO")
                .centred("OFFICE OF THE CITY MAYOR")
                .skip(1)
                .flushRight("Control No.: OCM-2024-07-0112", 0.9)
                .line("July 8, 2024")
                .skip(1)
                .line("MS. LORNA P. REYES")
                .line("President, Camella Homeowners Association")
                .skip(1)
                .line("Dear Ms. Reyes:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Very truly yours,")
                .skip(2)
                .line("HON. RAMON D. SANTOS")
                .line("City Mayor");
        assertThat(fields(p).reference().value()).isEqualTo("OCM-2024-07-0112");
    }

    @Test
    void yourFileIsTheCorrespondentsNumber() {
        PageSketch p = new PageSketch()
                .centred("Lavoie Bélanger")
                .centred("AVOCATS · S.E.N.C.R.L.")
                .skip(1)
                .line("Québec, le 14 mars 2024")
                .skip(1)
                .line("Tribunal administratif du logement")
                .line("Bureau de Québec")
                .skip(1)
                .line("Votre dossier : 734512 18 20240110 G")
                .line("Notre dossier : 20931-002")
                .skip(1)
                .line("Objet : Demande de remise de l'audience du 2 avril 2024")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.5, "Me Sophie Lavoie");
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("20931-002");
        assertThat(f.theirReference().value()).isEqualTo("734512 18 20240110 G");
    }

    @Test
    void theFileALetterIsAboutGivesWayToItsOwnNumber() {
        PageSketch p = new PageSketch()
                .centred("GOUVERNEMENT PRINCIER")
                .centred("DIRECTION DE L'HABITAT")
                .skip(2)
                .row("N° 24-01193 DH/AL/cb", 0.7, "Monaco, le 5 février 2024")
                .line("Dossier n° DEM-2021-0875")
                .skip(2)
                .at(0.55, "Monsieur Paul ROSSI")
                .at(0.55, "7, rue Grimaldi")
                .at(0.55, "98000 MONACO")
                .skip(1)
                .line("Objet : Attribution d'un logement domanial")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Directeur de l'Habitat,");
        assertThat(fields(p).reference().value()).isEqualTo("24-01193 DH/AL/cb");
    }

    @Test
    void aNameInQuotesUnderItsKindGoesOnWithIt() {
        PageSketch p = new PageSketch()
                .line("Conseil syndical de la copropriété")
                .line("« Les Jardins du Lez »")
                .line("12 avenue de la Pompignane")
                .line("34000 Montpellier")
                .skip(2)
                .at(0.52, "Monsieur le Maire de Montpellier")
                .at(0.52, "Hôtel de Ville")
                .at(0.52, "34267 Montpellier Cedex 2")
                .skip(1)
                .at(0.52, "Montpellier, le 4 juin 2024")
                .skip(1)
                .line("Objet : stationnement sur la voie privée")
                .skip(1)
                .line("Monsieur le Maire,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Pour le conseil syndical, le président");
        assertThat(fields(p).sender().value()).isEqualTo("Conseil syndical de la copropriété « Les Jardins du Lez »");
    }

    @Test
    void aClosingGuillemetIsNoSpeck() {
        PageSketch p = new PageSketch()
                .centred("MAIRIE DE SAINT-PAUL")
                .skip(2)
                .at(0.55, "Saint-Paul, le 12 mars 2025")
                .skip(1)
                .at(0.55, "Madame Josiane HOARAU")
                .at(0.55, "97460 Saint-Paul")
                .skip(1)
                .line("Objet : Opération « Ville propre »")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Maire");
        assertThat(fields(p).subject().value()).isEqualTo("Opération « Ville propre »");
    }

    @Test
    void aNoticeUnderTheCopyListIsNoEntry() {
        PageSketch p = new PageSketch()
                .centred("Rhondda Valley Homes")
                .skip(2)
                .flushRight("Our ref: TEN/007731/RA", 0.9)
                .line("Mr Gareth Evans")
                .line("14 Stryd y Bont")
                .line("Porth CF39 9PL")
                .skip(1)
                .flushRight("3 March 2025", 0.9)
                .skip(1)
                .line("Dear Mr Evans")
                .skip(1)
                .line("Your rent account – 14 Stryd y Bont, Porth")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Rhian Davies")
                .line("Income Officer")
                .skip(1)
                .line("Copy: Owen Price, Tenancy Sustainment Officer")
                .line(
                        "We welcome correspondence in Welsh and English. We will respond to correspondence in Welsh in Welsh and")
                .line("this will not lead to a delay.");
        assertThat(fields(p).copies().value()).containsExactly("Owen Price, Tenancy Sustainment Officer");
    }

    @Test
    void theAreasAServiceServesAfterItsDashAreNoLocalBody() {
        PageSketch p = new PageSketch()
                .tall(0.17, "Scottish Fire and Rescue Service", 80)
                .at(0.17, "Seirbheis Smàlaidh agus Teasairginn na h-Alba")
                .at(0.17, "Prevention and Protection Directorate – City of Glasgow, East Dunbartonshire")
                .skip(2)
                .row("The Duty Holder", 0.55, "Our Ref: FSE/GLA/24/0917")
                .line("Kelvin Court Hotel Ltd")
                .line("GLASGOW G3 7AB")
                .skip(1)
                .at(0.55, "Date: 4 June 2024")
                .skip(1)
                .line("Dear Sir/Madam")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully")
                .skip(2)
                .line("Iain Ross")
                .line("Fire Safety Enforcement Officer");
        assertThat(fields(p).sender().value()).isEqualTo("Scottish Fire and Rescue Service");
    }

    @Test
    void anUrbanCommunityWritesThroughItsMayorsOffice() {
        PageSketch p = new PageSketch()
                .at(0.1, "RÉPUBLIQUE DU CAMEROUN")
                .at(0.1, "Paix – Travail – Patrie")
                .at(0.1, "RÉGION DU LITTORAL")
                .at(0.1, "COMMUNAUTÉ URBAINE DE DOUALA")
                .at(0.1, "CABINET DU MAIRE DE LA VILLE")
                .skip(2)
                .line("N° 0412/L/CUD/CAB")
                .at(0.55, "Douala, le 14 mai 2024")
                .skip(1)
                .at(0.55, "Monsieur le Directeur Général")
                .at(0.55, "de la Société Immobilière du Littoral")
                .at(0.55, "B.P. 1234 Douala")
                .skip(1)
                .line("Objet : Mise en demeure")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le Maire de la Ville de Douala,");
        assertThat(fields(p).sender().value()).isEqualTo("COMMUNAUTÉ URBAINE DE DOUALA");
    }

    @Test
    void aSyndicateNamesTheBodyOverItsService() {
        PageSketch p = new PageSketch()
                .tall(0.42, "SIEAM", 70)
                .centred("Syndicat Intercommunal des Eaux de l'Agglomération Mosellane")
                .centred("Direction de la Relation Usagers – Service Réclamations")
                .skip(2)
                .row("N/Réf. : DRU/REC/2024/0817", 0.55, "Monsieur Paul MULLER")
                .at(0.55, "12 rue des Tilleuls")
                .at(0.55, "57000 METZ")
                .skip(1)
                .at(0.6, "Metz, le 3 juin 2024")
                .skip(1)
                .line("Objet : Votre demande d'écrêtement de facture")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "La Responsable du Service Réclamations");
        assertThat(fields(p).sender().value())
                .isEqualTo("Syndicat Intercommunal des Eaux de l'Agglomération Mosellane");
    }

    @Test
    void eachCopyStandsOverTheBodyWhereItsHolderSits() {
        PageSketch p = new PageSketch()
                .centred("KUMASI METROPOLITAN ASSEMBLY")
                .skip(2)
                .line("Our Ref: KMA/MD/24/117")
                .right("12th June, 2024")
                .skip(1)
                .line("The Chairman")
                .line("Kejetia Traders Association")
                .line("Kumasi")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("DECONGESTION OF KEJETIA MARKET")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("KWAME BOATENG")
                .line("METROPOLITAN CHIEF EXECUTIVE")
                .skip(1)
                .step(53)
                .line("cc: Hon. Ashanti Regional Minister")
                .step(60)
                .at(0.12, "Kumasi")
                .step(56)
                .at(0.12, "The Metropolitan Co-ordinating Director")
                .step(59)
                .at(0.12, "KMA")
                .step(54)
                .at(0.12, "The Metropolitan Police Commander")
                .at(0.12, "Kumasi Central");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Hon. Ashanti Regional Minister, Kumasi",
                        "The Metropolitan Co-ordinating Director, KMA",
                        "The Metropolitan Police Commander, Kumasi Central");
    }
}
