package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-first batch of independently written dev letters (authors CC-CF: justice, customs, tax and
 * audit offices, Asia and the Middle East writing English, health and education institutions) showed misread, each
 * pinned by a small letter written for the test.
 */
class JusticeAndRevenueConventionsTest {

    private static String block(PageSketch p) {
        return fields(p).recipient().value().block();
    }

    @Test
    void aContactLineAndTheOfficesNameInLargerTypeBesideItAreTwoPieces() {
        PageSketch p = new PageSketch()
                .line("Telephone : 011-2614571")
                .sized("E-mail : office@example.org", 0.40, "DIVISIONAL SECRETARIAT", 82)
                .skip(3)
                .lines(PageSketch.BODY_EN);
        List<String> lines =
                ReadingOrder.lines(p.document()).stream().map(TextLine::text).toList();
        assertThat(lines).contains("E-mail : office@example.org", "DIVISIONAL SECRETARIAT");
    }

    @Test
    void aRuleUnderTheLetterheadsNameIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .beside("SOCIÉTÉ NATIONALE DES EAUX", 0.6, "RÉPUBLIQUE DU CONGO")
                .beside("----------", 0.6, "------------")
                .line("Direction commerciale")
                .skip(2)
                .right("Brazzaville, le 4 mars 2024")
                .skip(1)
                .right("Monsieur le Directeur")
                .right("des Travaux publics")
                .right("Brazzaville")
                .skip(1)
                .line("Objet : Raccordement du lotissement de Mfilou")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).doesNotContain("-").startsWith("SOCIÉTÉ NATIONALE DES EAUX");
    }

    @Test
    void anAmpersandCarriesTheOfficesNameOnToTheNextLine() {
        PageSketch p = new PageSketch()
                .line("UNITED ARAB EMIRATES")
                .line("Ministry of Climate Change")
                .line("& Environment")
                .skip(2)
                .line("Ref.: MOCCAE/WCD/OUT/2025/04172")
                .line("Date: 9 April 2025")
                .skip(1)
                .line("Mr. Rajesh Menon")
                .line("General Manager")
                .line("Gulf Polymers Recycling LLC")
                .line("Sharjah, United Arab Emirates")
                .skip(1)
                .line("Subject: Application for an Environmental Permit to Import Plastic Scrap")
                .skip(1)
                .line("Dear Mr. Menon,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("Ministry of Climate Change & Environment");
    }

    @Test
    void howTheLetterTravelsOverTheAddressIsNoLineOfIt() {
        PageSketch p = new PageSketch()
                .line("Ashworth Kemp")
                .line("SOLICITORS · LLP")
                .skip(2)
                .beside("BY EMAIL AND FIRST CLASS POST", 0.56, "Our ref: JKT/MRS/CAL0412-7")
                .beside("The Directors", 0.56, "Your ref: MH/Accounts")
                .beside("Pennine Interiors Limited", 0.56, "Direct dial: 0113 496 0783")
                .beside("Unit 9, Dean Clough Mills", 0.56, "Email: j.thornton@example.co.uk")
                .beside("Halifax", 0.56, "Date: 9 October 2025")
                .line("HX3 5AX")
                .skip(1)
                .line("Dear Sirs")
                .skip(1)
                .line("LETTER BEFORE ACTION")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo("The Directors, Pennine Interiors Limited, Unit 9, Dean Clough Mills, Halifax, HX3 5AX");
    }

    @Test
    void aRevenueOfficesLetterIdIsItsReference() {
        PageSketch p = new PageSketch()
                .line("ARIZONA DEPARTMENT OF REVENUE")
                .skip(2)
                .row("DESERT BLOOM LANDSCAPING LLC", 0.58, "Notice Date", 0.72, "February 14, 2025")
                .row("4410 E INDIAN SCHOOL RD STE 120", 0.58, "Letter ID", 0.72, "L1820557312")
                .line("PHOENIX AZ 85018-2207")
                .skip(1)
                .line("Dear Taxpayer:")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("L1820557312");
    }

    @Test
    void aTableOfParticularsBesideTheAddressIsNoAddress() {
        PageSketch p = new PageSketch()
                .line("ARIZONA DEPARTMENT OF REVENUE")
                .skip(2)
                .row("DESERT BLOOM LANDSCAPING LLC", 0.58, "Letter ID", 0.72, "L1820557312")
                .line("4410 E INDIAN SCHOOL RD STE 120")
                .line("PHOENIX AZ 85018-2207")
                // the table's last row, under the address: its name, then its value (at y = 572)
                .piece(0.72, 572, "Transaction Privilege Tax", PageSketch.LINE)
                .at(0.58, "Tax Type")
                .skip(1)
                .type(70)
                .centred("NOTICE OF AUDIT AND REQUEST FOR RECORDS")
                .type(50)
                .skip(1)
                .line("Dear Taxpayer:")
                .lines(PageSketch.BODY_EN);
        assertThat(block(p))
                .isEqualTo("DESERT BLOOM LANDSCAPING LLC, 4410 E INDIAN SCHOOL RD STE 120, PHOENIX AZ 85018-2207");
    }

    /**
     * A Belgian federal service's letter: its hierarchy at the left beside the addressee at the right, then the strip
     * of headings (correspondent, telephone, references) over their values.
     */
    private static PageSketch belgianFederalLetter() {
        return new PageSketch()
                .line("SERVICE PUBLIC FÉDÉRAL JUSTICE")
                .skip(1)
                .line("Direction générale de la Législation, des Libertés et des")
                .beside("Droits fondamentaux", 0.63, "Commune de Namur")
                .beside("Service du Casier judiciaire central", 0.63, "Service Population")
                .beside("Boulevard de Waterloo 115", 0.63, "Esplanade de l'Hôtel de Ville 1")
                .beside("1000 Bruxelles", 0.63, "5000 Namur")
                .skip(2)
                .row("votre correspondant téléphone", 0.56, "vos références nos références")
                .row("Karine Dumont", 0.3, "02 552 27 48", 0.7, "CJC/COM/2021/0093")
                .skip(1)
                .line("Bruxelles, 12 février 2021")
                .skip(1)
                .line("Concerne : Délivrance des extraits de casier judiciaire")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
    }

    @Test
    void aLetterheadLineBesideTheAddressIsNoParagraphOfTheBody() {
        assertThat(fields(belgianFederalLetter()).subject().value())
                .isEqualTo("Délivrance des extraits de casier judiciaire");
    }

    @Test
    void theOtherHeadingsOfAReferenceStripAreNoAddress() {
        assertThat(block(belgianFederalLetter()))
                .isEqualTo("Commune de Namur, Service Population, Esplanade de l'Hôtel de Ville 1, 5000 Namur");
    }

    @Test
    void aNumberedCompanysAttentionLineStaysInItsAddress() {
        PageSketch p = new PageSketch()
                .line("Revenu Québec")
                .skip(2)
                .line("Le 18 septembre 2023")
                .skip(1)
                .line("9347-5521 QUÉBEC INC.")
                .line("(Rénovations Laurentides)")
                .line("À l'attention de Madame Isabelle Gagnon, présidente")
                .line("1450, boulevard du Curé-Labelle")
                .line("Blainville (Québec) J7C 2L6")
                .skip(1)
                .line("Objet : Vérification de vos déclarations de TPS/TVH et de TVQ")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR);
        assertThat(block(p))
                .isEqualTo("9347-5521 QUÉBEC INC., (Rénovations Laurentides), À l'attention de Madame Isabelle"
                        + " Gagnon, présidente, 1450, boulevard du Curé-Labelle, Blainville (Québec) J7C 2L6");
    }

    @Test
    void aCircularsAddresseesInItsHeadAreNotItsCopies() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DES FINANCES ET DU BUDGET")
                .line("DIRECTION GÉNÉRALE DES DOUANES")
                .skip(2)
                .centred("CIRCULAIRE N° 2187/MFB/DGD/DRC")
                .centred("Abidjan, le 11 mars 2024")
                .skip(1)
                .line("Destinataires : Mesdames et Messieurs les Commissionnaires en Douane Agréés")
                .skip(1)
                .line("Objet : Dématérialisation du dépôt des déclarations")
                .skip(1)
                .line("Références : Code des douanes, articles 96 à 103")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Directeur Général des Douanes")
                .skip(2)
                .line("AMPLIATIONS :")
                .line("- Cabinet MFB")
                .line("- Chefs de bureau")
                .line("- Port Autonome d'Abidjan");
        assertThat(fields(p).copies().value())
                .containsExactly("Cabinet MFB", "Chefs de bureau", "Port Autonome d'Abidjan");
    }

    @Test
    void aFileNumberInAColumnBesideTheBodyIsTheReference() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF FOREIGN AFFAIRS OF DENMARK")
                .skip(2)
                .line("The Permanent Secretary")
                .line("Ministry of Water")
                .line("Dodoma")
                .skip(1)
                .line("Re: Release of the second tranche for 2024")
                .skip(1)
                .line("Dear Permanent Secretary,")
                // the side column of a Danish ministry's letter, level with the first paragraph (at y = 820)
                .piece(0.8, 820, "File No.", PageSketch.LINE)
                .piece(0.8, 882, "2024-31744", PageSketch.LINE)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("2024-31744");
    }

    @Test
    void aHeadingUnderTheSalutationOverABodyFullOfNamesIsTheSubject() {
        PageSketch p = new PageSketch()
                .line("Commonwealth Secretariat")
                .skip(2)
                .line("Our ref: SGO/CHOGM26/LO/047")
                .skip(1)
                .line("23 February 2026")
                .skip(1)
                .line("His Excellency Mr Dwight A. Campbell-Reid")
                .line("High Commissioner for Jamaica")
                .line("London SW7 2BZ")
                .skip(1)
                .line("Your Excellency,")
                .skip(1)
                .line("Commonwealth Heads of Government Meeting 2026: Nomination of Liaison Officer")
                .skip(1)
                .line("As you will be aware, the next Commonwealth Heads of Government Meeting (CHOGM) will be")
                // set a little smaller, ending short of the margin
                .type(45)
                .line("hosted by the Government of Antigua and Barbuda. In preparation for the Meeting, the")
                .type(50)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Commonwealth Heads of Government Meeting 2026: Nomination of Liaison Officer");
    }
}
