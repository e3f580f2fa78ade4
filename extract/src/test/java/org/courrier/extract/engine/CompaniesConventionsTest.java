package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-fifth batch (authors EG-EJ: French and English from
 * companies, banks, insurers, law firms, notaries, chambers of commerce, employers' federations and trade unions,
 * writing to administrations or written to by them) joined, each pinned by a small letter written for the test.
 */
class CompaniesConventionsTest {

    @Test
    void theLetterheadsNameInAnotherScriptGivesWayToItsLatinForm() {
        PageSketch p = new PageSketch()
                .piece(0.1, 205, "CGEM", 58)
                .piece(0.69, 227, "الاتحاد العام لمقاولات المغرب", 29)
                .piece(0.1, 293, "CONFÉDÉRATION GÉNÉRALE DES ENTREPRISES DU MAROC", 23)
                .skip(3)
                .right("Casablanca, le 24 septembre 2024")
                .line("Réf. : CGEM/PR/0917/24")
                .skip(1)
                .at(0.46, "À")
                .at(0.46, "Monsieur le Chef du Gouvernement")
                .at(0.46, "Rabat")
                .skip(1)
                .line("Monsieur le Chef du Gouvernement,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Le Président")
                .skip(2)
                .at(0.55, "Hicham EL ALAOUI BENSAÏD");
        assertThat(fields(p).sender().value()).isEqualTo("CONFÉDÉRATION GÉNÉRALE DES ENTREPRISES DU MAROC");
    }

    @Test
    void partnersOverTheirCallingNameTheOffice() {
        assertThat(fields(notaries("12, boulevard Béranger – 37000 TOURS"))
                        .sender()
                        .value())
                .isEqualTo("Hélène Bourdin – Marc Villeneuve, Notaires associés");
    }

    @Test
    void theFirmTheHeadNamesWritesWithItsCalling() {
        assertThat(fields(notaries("SCP Bourdin & Villeneuve, titulaire d'un office notarial à Tours"))
                        .sender()
                        .value())
                .isEqualTo("SCP Bourdin & Villeneuve, Notaires associés");
    }

    @Test
    void aNumberInTheSubjectLineIsWhatTheLetterIsAbout() {
        PageSketch p = new PageSketch()
                .centred("Cabinet Étienne & Associés")
                .centred("Avocats au Barreau de Port-au-Prince")
                .skip(1)
                .right("Port-au-Prince, le 3 mai 2022")
                .skip(1)
                .line("Monsieur le Directeur Général")
                .line("de la Direction Générale des Impôts (DGI)")
                .skip(1)
                .line("Objet : Recours gracieux contre l'avis de cotisation n° 2022-CGE-004718")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Me Nathalie ÉTIENNE, Av.");
        assertThat(fields(p).reference().found()).isFalse();
    }

    @Test
    void aRowOfTitledPartnersInTheLetterheadIsNoAddressee() {
        PageSketch p = new PageSketch()
                .centred("Cabinet Étienne & Associés")
                .centred("Avocats au Barreau de Port-au-Prince")
                .type(30)
                .centred("Me Nathalie ÉTIENNE, Av. – Me Jean-Robert DORVAL, Av. – Me Ricardo SAINT-FLEUR, Av.")
                .type(PageSketch.LINE)
                .skip(1)
                .right("Port-au-Prince, le 3 mai 2022")
                .skip(1)
                .line("Monsieur le Directeur Général")
                .line("de la Direction Générale des Impôts (DGI)")
                .line("En ses bureaux.-")
                .skip(1)
                .line("Objet : Recours gracieux")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Me Nathalie ÉTIENNE, Av.");
        assertThat(fields(p).recipient().value().block()).startsWith("Monsieur le Directeur Général");
    }

    @Test
    void aRegistryNamedInOrdinaryTypeIsAnAddresseeNotAStamp() {
        PageSketch p = new PageSketch()
                .tall(0.1, "Harcourt Bellamy LLP", 56)
                .line("SOLICITORS")
                .skip(2)
                .row("Our ref: JMT/PRY/4471-12", 0.78, "7 November 2024")
                .line("Your ref: D8Q4LWX")
                .skip(1)
                .line("HM Land Registry")
                .line("Citizen Centre")
                .line("PO Box 74")
                .line("Gloucester")
                .line("GL14 9BB")
                .skip(1)
                .line("12 Wenlock Road, Shrewsbury – Title No. SL284719 – Requisition dated 28 October 2024")
                .skip(1)
                .line("Dear Sir or Madam")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully")
                .skip(2)
                .line("Harcourt Bellamy LLP");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("HM Land Registry, Citizen Centre, PO Box 74, Gloucester, GL14 9BB");
    }

    @Test
    void aContactsLabelWrappedInItsCellStillNamesAContact() {
        PageSketch p = new PageSketch()
                .line("SCP Vasseur-Lambert & Roche, notaires à Tours")
                .line("12, boulevard Béranger – 37000 TOURS")
                .skip(2)
                .line("N/Réf. : HVL/AG/2241587")
                .row(
                        "Dossier suivi",
                        0.26,
                        "Mme Aurélie GIRAUD, clerc",
                        0.56,
                        "Monsieur le Chef du Service des affaires")
                .row("par :", 0.26, "principal", 0.56, "juridiques et internationales")
                .at(0.56, "Ministère de la Culture")
                .at(0.56, "182, rue Saint-Honoré")
                .at(0.56, "75033 PARIS CEDEX 01")
                .skip(1)
                .at(0.6, "Tours, le 9 septembre 2022")
                .skip(1)
                .line("Objet : Legs au profit du musée")
                .skip(1)
                .line("Monsieur le Chef de Service,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Hélène Vasseur-Lambert");
        assertThat(fields(p).recipient().value().block()).startsWith("Monsieur le Chef du Service des affaires");
    }

    @Test
    void whatACopyIsSentForInQuotesStaysWithItAndItsCountGoes() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'AGRICULTURE ET DE L'ÉLEVAGE")
                .skip(2)
                .line("N° 045-2025/MINAE/SG/DGA")
                .right("Antananarivo, le 3 mars 2025")
                .skip(1)
                .line("Objet : Avis de réunion")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.56, "Le Directeur Général de l'Agriculture")
                .skip(1)
                .line("AMPLIATIONS :")
                .line("– SG/MINAE « pour information » 1")
                .row("– DPV", 0.22, "« pour organisation » 1")
                .row("– FOFIFA", 0.22, "« pour participation » 1")
                .line("– Chrono 1");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "SG/MINAE « pour information »",
                        "DPV « pour organisation »",
                        "FOFIFA « pour participation »",
                        "Chrono");
    }

    @Test
    void aCopyHangingUnderTheHeadingsEntryCloseOverASmallerFooterIsACopy() {
        PageSketch p = new PageSketch()
                .line("AMBASSADE DE FRANCE AU CAMBODGE")
                .skip(2)
                .line("N° 2025-0412/SCAC")
                .right("Phnom Penh, le 12 mai 2025")
                .skip(1)
                .line("Objet : Bourses d'études en France")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Olivier LAMBERT")
                .piece(0.104, 3182, "Copie : Campus France Cambodge", 24)
                .piece(0.1734, 3235, "Institut français du Cambodge", 24)
                .piece(0.104, 3261, "1, boulevard Monivong – BP 18 – Phnom Penh – https://kh.ambafrance.org", 20);
        assertThat(fields(p).copies().value())
                .containsExactly("Campus France Cambodge", "Institut français du Cambodge");
    }

    @Test
    void aNumberSignOpeningAnUnlabelledSubjectsSecondLineGoesOnWithIt() {
        PageSketch p = new PageSketch()
                .line("Commune d'Épalinges")
                .line("Greffe municipal")
                .skip(1)
                .at(0.51, "Madame et Monsieur Chappuis")
                .at(0.51, "Chemin des Croisettes 18")
                .at(0.51, "1066 Épalinges")
                .skip(1)
                .line("N/réf. : GM/CC/2025-0412")
                .at(0.6, "Épalinges, le 17 mars 2025")
                .skip(2)
                .step(50)
                .line("Mise à l'enquête publique n° E-2025-07 – Construction d'un immeuble, parcelle")
                .line("n° 1342, chemin des Croisettes 20 – Décision sur opposition")
                .step(62)
                .skip(2)
                .line("Madame, Monsieur,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le syndic");
        assertThat(fields(p).subject().value())
                .isEqualTo("Mise à l'enquête publique n° E-2025-07 – Construction d'un immeuble, parcelle n° 1342, "
                        + "chemin des Croisettes 20 – Décision sur opposition");
    }

    @Test
    void aMattersLineThenItsDocumentsLineMakeOneUnlabelledSubject() {
        PageSketch p = new PageSketch()
                .line("Direction générale de l'environnement (DGE)")
                .line("Division Protection des eaux")
                .skip(1)
                .at(0.51, "Municipalité de Cossonay")
                .at(0.51, "Place du Temple 5")
                .at(0.51, "1304 Cossonay-Ville")
                .skip(1)
                .line("N/réf. : JMR/LDS/2025-0412")
                .line("Lausanne, le 15 mai 2025")
                .skip(1)
                .step(50)
                .line("Cossonay – Assainissement régional du Venoge")
                .line("Compte rendu de la séance de coordination du 28 avril 2025")
                .step(62)
                .skip(1)
                .line("Madame la Syndique,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Le chef de division");
        assertThat(fields(p).subject().value())
                .isEqualTo("Cossonay – Assainissement régional du Venoge Compte rendu de la séance de coordination "
                        + "du 28 avril 2025");
    }

    @Test
    void aPermitsNumberInSpacedGroupsBesideItsLabelIsTheirReference() {
        PageSketch p = new PageSketch()
                .line("CONSTRUCTIONS GARRIGUES MÉDITERRANÉE")
                .skip(2)
                .row("N/Réf. :", 0.223, "DT/JLM/2024-187")
                .row("V/Réf. :", 0.223, "PC 034 336 24 M0012")
                .skip(1)
                .at(0.51, "Direction départementale des territoires")
                .at(0.51, "34064 MONTPELLIER CEDEX 2")
                .skip(1)
                .at(0.6, "Saint-Jean-de-Védas, le 12 novembre 2024")
                .skip(1)
                .line("Objet : Permis de construire – pièces complémentaires")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Jean-Louis Mercadier");
        assertThat(fields(p).theirReference().value()).isEqualTo("PC 034 336 24 M0012");
    }

    @Test
    void anAddresseeAtTheRightSetAboveTheLetterheadIsStillTheAddressee() {
        PageSketch p = new PageSketch()
                .piece(0.57, 236, "Monsieur le Préfet du Gers", 30)
                .piece(0.076, 258, "CHAMBRE D'AGRICULTURE", 26)
                .piece(0.57, 296, "Préfecture du Gers", 29)
                .piece(0.076, 311, "DU GERS", 26)
                .piece(0.57, 358, "3, place du Préfet Claude Érignac", 30)
                .piece(0.57, 418, "32007 Auch Cedex", 29)
                .skip(6)
                .at(0.57, "Auch, le 29 septembre 2025")
                .skip(1)
                .line("Objet : Demande de reconnaissance en calamité agricole")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.57, "Le Président");
        assertThat(fields(p).recipient().value().block()).startsWith("Monsieur le Préfet du Gers");
    }

    @Test
    void aWritersNameSetFlushRightAboveTheLetterheadIsNoAddressee() {
        PageSketch p = new PageSketch()
                .flushRight("The Rt Hon Alan Whitcombe MP", 0.9)
                .line("HM Treasury")
                .flushRight("Chief Secretary to the Treasury", 0.9)
                .flushRight("London SW1A 2HQ", 0.9)
                .skip(1)
                .line("Harriet Colbourne MP")
                .line("Chair of the Treasury Committee")
                .line("House of Commons")
                .line("London SW1A 0AA")
                .skip(1)
                .line("14 February 2025")
                .skip(1)
                .line("Dear Harriet,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Alan Whitcombe");
        assertThat(fields(p).recipient().value().block()).startsWith("Harriet Colbourne MP");
    }

    @Test
    void aPrivateMailBagIsALineOfTheAddress() {
        PageSketch p = new PageSketch()
                .line("SANMA PROVINCIAL GOVERNMENT COUNCIL")
                .line("Office of the Secretary General")
                .skip(1)
                .line("Our Ref: SPGC/SG/07/22/118")
                .at(0.65, "Luganville, 9th September 2022")
                .skip(1)
                .line("The Director")
                .line("Department of Local Authorities")
                .line("Ministry of Internal Affairs")
                .line("Private Mail Bag 9012")
                .line("Port Vila")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Re: Request for Approval of the 2022 Supplementary Budget")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,");
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("The Director, Department of Local Authorities, Ministry of Internal Affairs, Private Mail "
                        + "Bag 9012, Port Vila");
    }

    @Test
    void anAuditOfficesJobCodeIsTheLettersNumber() {
        PageSketch p = new PageSketch()
                .centred("U.S. GOVERNMENT ACCOUNTABILITY OFFICE")
                .centred("441 G St. N.W.  Washington, DC 20548")
                .skip(1)
                .line("February 14, 2025")
                .skip(1)
                .line("The Honorable Maria L. Vasquez")
                .line("Secretary of Veterans Affairs")
                .line("Washington, DC 20420")
                .skip(1)
                .line("GAO Job Code 107542")
                .skip(1)
                .line("Subject: Notification of GAO Review of Appointment Scheduling")
                .skip(1)
                .line("Dear Madam Secretary:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely yours,");
        assertThat(fields(p).reference().value()).isEqualTo("107542");
    }

    @Test
    void aSubjectsSecondLineOnTheMarginWithASuperscriptGoesOnWithIt() {
        PageSketch p = new PageSketch()
                .line("Revenu Québec")
                .skip(2)
                .line("LES ENTREPRISES BEAULIEU-TREMBLAY INC.")
                .line("1450, boulevard du Curé-Labelle")
                .line("Blainville (Québec)  J7C 2L6")
                .skip(1)
                .line("Objet : Vérification de vos déclarations de TPS/TVH et de TVQ")
                .sized("Période du", 0.198, "1er", 70)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "La vérificatrice");
        assertThat(fields(p).subject().value())
                .isEqualTo("Vérification de vos déclarations de TPS/TVH et de TVQ Période du 1er");
    }

    @Test
    void aCasesNumberAloneOnTheReLineIsNoPartOfTheSubject() {
        PageSketch p = new PageSketch()
                .line("U.S. Department of Labor")
                .line("Occupational Safety and Health Administration")
                .skip(1)
                .line("February 14, 2025")
                .skip(1)
                .line("Mr. Dale Hutchins")
                .line("Plant Manager")
                .line("Marysville, OH 43040")
                .skip(1)
                .line("Re: Complaint No. 2241873")
                .at(0.162, "Notice of Alleged Safety and Health Hazards")
                .skip(1)
                .line("Dear Mr. Hutchins:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,");
        assertThat(fields(p).subject().value()).isEqualTo("Notice of Alleged Safety and Health Hazards");
    }

    /** A notaries' letter: their names over their calling, then the given line, the addressee and a short body. */
    private static PageSketch notaries(String third) {
        return new PageSketch()
                .tall(0.1, "Hélène Bourdin  –  Marc Villeneuve", 68)
                .line("Notaires associés")
                .line(third)
                .skip(2)
                .line("Nos réf. : HB/CL/2205437")
                .at(0.55, "Monsieur Thierry DUMAS")
                .at(0.55, "3, rue des Carmes")
                .at(0.55, "45000 Orléans")
                .skip(1)
                .at(0.6, "Tours, le 9 septembre 2022")
                .skip(1)
                .line("Objet : Succession de Madame Jacqueline DUMAS")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.6, "Hélène Bourdin");
    }
}
