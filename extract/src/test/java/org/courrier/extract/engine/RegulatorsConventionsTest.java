package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.Signatory;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-third batch (authors DY-EB: French and English on
 * central banks, financial supervisors, competition, consumer and data-protection authorities, planning services and
 * the professions) joined, each pinned by a small letter written for the test.
 */
class RegulatorsConventionsTest {

    @Test
    void aSloganInSmallLowerCaseTypeUnderTheNameIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .type(48)
                .line("CITY OF JOHANNESBURG")
                .type(24)
                .line("a world class African city")
                .type(50)
                .skip(3)
                .line("Mr S. Pillay")
                .line("14 Acacia Road")
                .line("Northcliff")
                .skip(1)
                .line("Our Ref: BDM/CT/2025/0412")
                .line("Date: 2025-02-18")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .line("NOTICE OF UNAUTHORISED BUILDING WORK ON ERF 1234")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("CITY OF JOHANNESBURG");
    }

    @Test
    void aRegisteredLetterWithAcknowledgementWrittenAROverTheAddressIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .centred("Ville de Saint-Priest")
                .centred("DIRECTION DE L'URBANISME")
                .skip(2)
                .beside("Nos réf. : DAU/IDS/2025-0311", 0.5, "LETTRE RECOMMANDÉE AVEC A.R.")
                .beside("Dossier n° : PC 069 290 25 00087", 0.5, "SCI Les Terrasses du Fort")
                .beside("Instructrice : Mme Sophie Gallet", 0.5, "8 avenue Jean Jaurès")
                .beside("Tél. : 04 72 23 48 61", 0.5, "69800 SAINT-PRIEST")
                .skip(1);
        underDateAndSubject(
                p, "Saint-Priest, le 18 mars 2025", "Objet : Demande de pièces complémentaires", "Monsieur,");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("SCI Les Terrasses du Fort, 8 avenue Jean Jaurès, 69800 SAINT-PRIEST");
    }

    @Test
    void aFooterNumberingThePageEndsTheCopyListAboveIt() {
        PageSketch p = new PageSketch()
                .line("COMPETITION AUTHORITY OF KENYA")
                .skip(2)
                .line("Ref: CAK/MA/2025/047")
                .line("3rd March, 2025")
                .skip(1)
                .line("Kamau, Mwangi & Otieno Advocates")
                .line("P.O. Box 45120 – 00100")
                .line("NAIROBI")
                .skip(1)
                .line("Dear Madam,")
                .skip(1)
                .line("RE: PROPOSED ACQUISITION OF SAVANNA AGRO-PROCESSORS LIMITED")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,")
                .skip(1)
                .line("MOSES K. RUTO")
                .line("DIRECTOR-GENERAL")
                .skip(1)
                .line("c.c.")
                .at(0.14, "The Chief Executive Officer, Meridian Foods Holdings Limited")
                .at(0.14, "The Managing Director, Savanna Agro-Processors Limited")
                .skip(1)
                .centred("ISO 9001:2015 Certified · Competition Authority of Kenya · Page 2 of 2");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "The Chief Executive Officer, Meridian Foods Holdings Limited",
                        "The Managing Director, Savanna Agro-Processors Limited");
    }

    @Test
    void theTypedNameUnderASignatureMayPutTheSignedSurnameFirstOrInTheMiddle() {
        assertThat(signedBy("K W Lee", "( LEE Ka-wai )", "Senior Building Surveyor")
                        .name())
                .isEqualTo("LEE Ka-wai");
        assertThat(signedBy("G. Akuol", "Grace Akuol Deng", "Country Director").name())
                .isEqualTo("Grace Akuol Deng");
    }

    @Test
    void aUnitsNumberEndingTheSignersTitleIsNoPenStroke() {
        assertThat(signedBy("Dharamdeo Persaud", "Regional Executive Officer, Region No. 6")
                        .title())
                .isEqualTo("Regional Executive Officer, Region No. 6");
    }

    @Test
    void namesWithAnElidedParticleOrBinteAndAComptrollersTitleAreRead() {
        assertThat(signedBy("ADEWALE O. BALOGUN", "Comptroller", "Customs Area Controller")
                        .name())
                .isEqualTo("ADEWALE O. BALOGUN");
        assertThat(signedBy("Jeanne d'Arc MUKAMANA", "Permanent Secretary").name())
                .isEqualTo("Jeanne d'Arc MUKAMANA");
        assertThat(signedBy("Nur Hidayah binte Rahmat", "Senior Investigation Officer")
                        .name())
                .isEqualTo("Nur Hidayah binte Rahmat");
    }

    @Test
    void aPartnerSignsPerTheFirmAndAFirmSigningForItselfIsNoName() {
        assertThat(signedBy("Per: Kendra A. Rolle", "Partner").name()).isEqualTo("Kendra A. Rolle");
        assertThat(signedBy(
                                "For: Adewale-Okafor Construction Nigeria Ltd",
                                "Engr. Chukwuemeka B. Okafor, FNSE",
                                "Managing Director/CEO")
                        .name())
                .isEqualTo("Engr. Chukwuemeka B. Okafor, FNSE");
    }

    /** The date line at the right, the subject and the salutation under the address, then the body. */
    private static void underDateAndSubject(PageSketch p, String dateLine, String subject, String salutation) {
        p.right(dateLine).skip(1).line(subject).skip(1).line(salutation).lines(PageSketch.BODY_FR);
    }

    private static Signatory signedBy(String signature, String... under) {
        PageSketch p = new PageSketch()
                .line("BUILDINGS DEPARTMENT")
                .skip(2)
                .line("Our Ref.: BD/UBW/2025/0412")
                .line("3 March 2025")
                .skip(1)
                .line("The Owners' Corporation")
                .line("Wing Fat Mansion")
                .skip(1)
                .line("Dear Sirs,")
                .skip(1)
                .line("Unauthorised Building Works on the Roof")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,")
                .skip(1)
                .type(65)
                .line(signature)
                .type(50);
        for (String line : under) {
            p.line(line);
        }
        return fields(p).signatory().value();
    }

    @Test
    void aNameAloneUnderTheClosingIsTheSignersWithTheFunctionOverItAsTitle() {
        PageSketch p = new PageSketch()
                .line("RÉGION BRETAGNE")
                .skip(2)
                .right("Monsieur le Président")
                .right("Communauté de communes du Trégor")
                .skip(1)
                .right("Rennes, le 14 mars 2025")
                .skip(1)
                .line("Objet : Notification de subvention")
                .skip(1)
                .line("Monsieur le Président,")
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations distinguées.")
                .at(0.5, "Le Président du Conseil régional")
                .at(0.48, "Bien cordialement,")
                .skip(1)
                .at(0.5, "Loïc Tanguy");
        Signatory s = fields(p).signatory().value();
        assertThat(s.name()).isEqualTo("Loïc Tanguy");
        assertThat(s.title()).isEqualTo("Le Président du Conseil régional");
    }

    @Test
    void anOmbudsmansDeputyIsASignersFunction() {
        PageSketch p = new PageSketch()
                .line("PROTECTEUR DU CITOYEN")
                .skip(2)
                .line("Monsieur Marc Tremblay")
                .line("Sous-ministre de l'Emploi et de la Solidarité sociale")
                .skip(1)
                .line("Québec, le 12 février 2025")
                .skip(1)
                .line("Objet : Délais de traitement des demandes d'aide sociale")
                .skip(1)
                .line("Monsieur le Sous-Ministre,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Sous-Ministre, l'expression de mes sentiments distingués.")
                .skip(1)
                .line("La vice-protectrice aux services aux citoyens et aux usagers,")
                .skip(2)
                .line("Hélène Bergeron");
        assertThat(fields(p).signatory().value().title())
                .isEqualTo("La vice-protectrice aux services aux citoyens et aux usagers");
    }

    @Test
    void anAssociationsNameHoldingAnAddressWordStillHeadsItsAddress() {
        PageSketch p = new PageSketch()
                .centred("COMMUNE DE FOREST")
                .skip(2)
                .type(30)
                .at(0.55, "ASBL Quartier Vivant")
                .at(0.55, "Madame Nathalie Claes")
                .at(0.55, "Rue de Mérode 212")
                .at(0.55, "1190 Forest")
                .type(50)
                .skip(1);
        underDateAndSubject(
                p,
                "Forest, le 5 mars 2024",
                "Objet : Octroi d'un subside communal pour l'année 2024",
                "Madame la Présidente,");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("ASBL Quartier Vivant, Madame Nathalie Claes, Rue de Mérode 212, 1190 Forest");
    }

    @Test
    void aLabelledDateOfTheFilingIsNoPlaceAndDateLine() {
        PageSketch p = new PageSketch()
                .centred("Ville de Saint-Priest")
                .skip(2)
                .line("Nos réf. : DAU/IDS/2025-0311")
                .line("Dossier n° : PC 069 290 25 00087")
                .line("Déposé le : 21 février 2025")
                .skip(1)
                .at(0.5, "SCI Les Terrasses du Fort")
                .at(0.5, "69800 SAINT-PRIEST")
                .skip(1);
        underDateAndSubject(
                p, "Saint-Priest, le 18 mars 2025", "Objet : Demande de pièces complémentaires", "Monsieur,");
        assertThat(fields(p).place().value()).isEqualTo("Saint-Priest");
    }

    @Test
    void aNameInCapitalsUnderTheTitleSigns() {
        PageSketch p = new PageSketch()
                .line("TRIBUNAL JUDICIAIRE DE BORDEAUX")
                .line("Greffe")
                .skip(2)
                .at(0.5, "Maître Claire Dupuy")
                .at(0.5, "12, cours de l'Intendance")
                .at(0.5, "33000 Bordeaux")
                .skip(1)
                .right("Bordeaux, le 3 avril 2025")
                .skip(1)
                .line("Objet : Avis de renvoi")
                .skip(1)
                .line("Maître,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Maître, l'expression de mes salutations distinguées.")
                .skip(1)
                .at(0.55, "Le Greffier")
                .skip(2)
                .at(0.55, "S. DARRIET");
        Signatory s = fields(p).signatory().value();
        assertThat(s.name()).isEqualTo("S. DARRIET");
        assertThat(s.title()).isEqualTo("Le Greffier");
    }

    @Test
    void aGeneralsRankBeforeTheNameKeepsItAName() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE DU MALI")
                .line("GOUVERNORAT DE LA RÉGION DE SIKASSO")
                .skip(2)
                .at(0.5, "Monsieur le Directeur régional de l'Agriculture")
                .at(0.5, "Sikasso")
                .skip(1)
                .right("Sikasso, le 12 mai 2025")
                .skip(1)
                .line("Objet : Campagne agricole 2025-2026")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Directeur, l'expression de ma considération distinguée.")
                .skip(1)
                .at(0.55, "Le Gouverneur")
                .skip(2)
                .at(0.55, "Général de Brigade Moussa Soumaré");
        assertThat(fields(p).signatory().value().name()).isEqualTo("Général de Brigade Moussa Soumaré");
    }

    @Test
    void aNameSetLevelWithTheFooterAndTheTitlesLastWordOnItsOwnLineAreTheSigners() {
        PageSketch p = new PageSketch()
                .line("GOUVERNEMENT PRINCIER")
                .line("Direction de la Coopération Internationale")
                .skip(2)
                .at(0.5, "Madame la Directrice exécutive")
                .at(0.5, "ONG Sahel Nutrition")
                .at(0.5, "Bamako")
                .skip(1)
                .right("Monaco, le 21 mai 2019")
                .skip(1)
                .line("Objet : Convention de partenariat")
                .skip(1)
                .line("Madame la Directrice exécutive,")
                .lines(PageSketch.BODY_FR)
                .line("Je vous prie d'agréer, Madame la Directrice exécutive, l'expression de ma considération.")
                .skip(1)
                .at(0.58, "Le Directeur de la Coopération")
                .at(0.63, "Internationale,")
                .skip(4)
                .type(30)
                .besideSized(
                        "Direction de la Coopération – MC 98000 MONACO – Tél. : 98 98 44 88",
                        0.6,
                        "Bernard Pastorelli-Vinet",
                        50);
        Signatory s = fields(p).signatory().value();
        assertThat(s.name()).isEqualTo("Bernard Pastorelli-Vinet");
        assertThat(s.title().replace(",", "")).isEqualTo("Le Directeur de la Coopération Internationale");
    }

    @Test
    void aNumberedListUnderTheSignatureLeavesTheSignatureUnderTheClosing() {
        PageSketch p = new PageSketch()
                .line("ZIMBABWE REPUBLIC POLICE")
                .line("Controller of Private Security")
                .skip(2)
                .line("The Managing Director")
                .line("Sentinel Guards (Pvt) Ltd")
                .line("Harare")
                .skip(1)
                .line("14 March 2025")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .line("RENEWAL OF PRIVATE SECURITY LICENCE")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully")
                .skip(2)
                .line("Tendai R. Ncube")
                .line("Managing Director")
                .skip(1)
                .line("Encl.:")
                .at(0.11, "1. Completed application form and proof of payment of the prescribed fee")
                .at(0.11, "2. Certificate of Incorporation and CR14 (list of directors)")
                .at(0.11, "3. Police clearance certificates of directors")
                .at(0.11, "4. Current tax clearance and NSSA compliance certificate");
        assertThat(fields(p).signatory().value().name()).isEqualTo("Tendai R. Ncube");
    }

    @Test
    void twoDirectoratesBetweenOneDashAreTwoCopiesButAServiceUnderItsDirectorateIsOne() {
        assertThat(fields(noteWithCopies("Copie : Direction Juridique – Direction de la Conformité"))
                        .copies()
                        .value())
                .containsExactly("Direction Juridique", "Direction de la Conformité");
        assertThat(fields(noteWithCopies(
                                "Copie : Direction générale Politique de contrôle – Service Produits transformés"))
                        .copies()
                        .value())
                .containsExactly("Direction générale Politique de contrôle – Service Produits transformés");
    }

    private static PageSketch noteWithCopies(String copies) {
        return new PageSketch()
                .line("BANQUE CENTRALE")
                .line("Direction de la Supervision Bancaire")
                .skip(2)
                .line("Monsieur le Directeur de la Supervision Bancaire")
                .skip(1)
                .line("Référence : DSB/DCEP/2025/027")
                .line("Rabat, le 18 février 2025")
                .skip(1)
                .line("Objet : Synthèse des contrôles sur place")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Directeur, mes salutations distinguées.")
                .skip(1)
                .line("Le Chef du Département")
                .line("Nadia El Alaoui")
                .skip(1)
                .line(copies);
    }
}
