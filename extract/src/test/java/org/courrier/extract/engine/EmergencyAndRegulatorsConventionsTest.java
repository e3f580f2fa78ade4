package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.util.List;
import org.courrier.document.Document;
import org.courrier.extract.record.Field;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-ninth batch (authors EW-EZ: French and English on
 * defence, civil protection, fire and rescue, disaster management, weather services, telecommunications and postal
 * regulators and intellectual-property offices, and letters written to them) joined, and when letter-spaced
 * letterheads came out of the text layer whole, each pinned by a small letter written for the test.
 */
class EmergencyAndRegulatorsConventionsTest {

    @Test
    void aNoteVerbalesClosingOverTheAddresseeAtTheFootIsNoSuscription() {
        PageSketch p = new PageSketch()
                .centred("COMMONWEALTH SECRETARIAT")
                .centred("Marlborough House, Pall Mall, London SW1Y 5HX")
                .skip(2)
                .line("Note No. CS/FIN/NV/2025/047")
                .skip(1)
                .centred("NOTE VERBALE")
                .skip(1)
                .line("The Commonwealth Secretariat presents its compliments to the High Commission of the")
                .line("Republic of Malawi in London and has the honour to refer to the assessed contributions")
                .line("of member governments to the budget of the Secretariat for the current financial year.")
                .skip(1)
                .line("The Commonwealth Secretariat avails itself of this opportunity to renew to")
                .line("the High Commission of the Republic of Malawi the assurances of its highest")
                .line("consideration.")
                .skip(1)
                .line("London, 23 April 2025")
                .skip(2)
                .line("The High Commission of the Republic of Malawi")
                .line("LONDON");
        assertThat(fields(p).sender().value()).isEqualTo("COMMONWEALTH SECRETARIAT");
    }

    @Test
    void aTerritoryInLargerCapitalsCentredUnderTheBodysKindEndsItsName() {
        PageSketch p = new PageSketch()
                .type(24)
                .step(30)
                .centred("CONSEIL DÉPARTEMENTAL")
                .type(54)
                .step(62)
                .centred("HAUTE-GARONNE")
                .type(50)
                .skip(1)
                .centred("Le Président")
                .skip(1)
                .line("N/Réf. : CAB/PR/JLD/2020-0147")
                .right("Toulouse, le 30 janvier 2020")
                .skip(1)
                .right("Monsieur le Préfet de la Haute-Garonne")
                .right("1, place Saint-Étienne")
                .right("31038 Toulouse Cedex 9")
                .skip(1)
                .line("Objet : Accueil des mineurs non accompagnés")
                .skip(1)
                .line("Monsieur le Préfet,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("CONSEIL DÉPARTEMENTAL HAUTE-GARONNE");
    }

    @Test
    void anAdministrationInLargerTypeUnderItsMinistrysLineWrites() {
        PageSketch p = new PageSketch()
                .type(20)
                .step(34)
                .at(0.15, "LE GOUVERNEMENT")
                .type(26)
                .step(44)
                .at(0.15, "DU GRAND-DUCHÉ DE LUXEMBOURG")
                .type(20)
                .step(56)
                .at(0.15, "Ministère des Finances")
                .type(29)
                .step(62)
                .at(0.15, "Administration des douanes et accises")
                .type(50)
                .skip(2)
                .line("Direction – Division des accises")
                .line("Service des entrepositaires agréés")
                .skip(1)
                .right("Luxembourg, le 14 mars 2025")
                .skip(1)
                .right("Distillerie WAGENER S.à r.l.")
                .right("12, rue de la Moselle")
                .right("L-5450 Stadtbredimus")
                .skip(1)
                .line("Objet : Renouvellement du statut d'entrepositaire agréé")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("Administration des douanes et accises");
    }

    @Test
    void aDeliveryModeUnderTheSubjectIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .line("AUTORITÉ DE RÉGULATION DES TÉLÉCOMMUNICATIONS/TIC DE CÔTE D'IVOIRE")
                .skip(1)
                .line("N° 2025-0412/ARTCI/DG/DCNR/ks")
                .right("Abidjan, le 07 avril 2025")
                .skip(1)
                .right("Monsieur le Directeur Général")
                .right("de NOVACOM CÔTE D'IVOIRE SA")
                .right("01 BP 5421 Abidjan 01")
                .skip(1)
                .line("Objet : Mise en demeure relative à la qualité de service du réseau mobile")
                .line("Lettre recommandée avec accusé de réception")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Mise en demeure relative à la qualité de service du réseau mobile");
    }

    @Test
    void aCopyHeadingWithoutColonInAColumnOfItsOwnHeadsTheEntriesAlignedAfterIt() {
        PageSketch p = new PageSketch()
                .line("CANTON DE VAUD")
                .line("Service de la sécurité civile et militaire")
                .skip(1)
                .line("Réf. : TRC/NBT/abr – 2024-118")
                .right("Municipalité de Bussigny")
                .right("1030 Bussigny")
                .skip(1)
                .right("Lausanne, le 22 août 2024")
                .skip(1)
                .line("Contrôle périodique des abris (CPA) 2025 – Commune de Bussigny")
                .skip(1)
                .line("Madame la Syndique,")
                .lines(PageSketch.BODY_FR)
                .line("Nous vous prions d'agréer nos salutations distinguées.")
                .skip(1)
                .right("Le chef de service")
                .right("Thierry Rochat")
                .skip(2)
                .cells("Copie", 0.16, "Préfecture du district de l'Ouest lausannois")
                .at(0.16, "ORPC Ouest lausannois, commandant");
        assertThat(fields(p).copies().value())
                .containsExactly("Préfecture du district de l'Ouest lausannois", "ORPC Ouest lausannois, commandant");
    }

    @Test
    void aReplyInstructionUnderTheCopyListIsNoEntry() {
        PageSketch p = new PageSketch()
                .line("PORT AUTHORITY OF TRINIDAD AND TOBAGO")
                .skip(1)
                .line("The Permanent Secretary")
                .line("Ministry of Works and Transport")
                .skip(1)
                .line("Dear Permanent Secretary,")
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,")
                .skip(1)
                .line("Rajesh Ramdial")
                .line("Chief Executive Officer (Ag.)")
                .skip(1)
                .line("Encl. (4)")
                .skip(1)
                .type(25)
                .cells("cc.", 0.14, "Chairman, Board of Commissioners, Port Authority of Trinidad and Tobago")
                .at(0.14, "Director, Project Planning and Reconstruction Division, Ministry of Planning")
                .at(0.14, "Port Engineer, Port Authority of Trinidad and Tobago")
                .skip(1)
                .type(20)
                .at(
                        0.122,
                        "All correspondence should be addressed to the Chief Executive Officer • A Member of the "
                                + "Port Management Association of the Caribbean");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Chairman, Board of Commissioners, Port Authority of Trinidad and Tobago",
                        "Director, Project Planning and Reconstruction Division, Ministry of Planning",
                        "Port Engineer, Port Authority of Trinidad and Tobago");
    }

    @Test
    void aNumberWrappedFromTheSubjectOntoItsOwnLineIsNoReference() {
        PageSketch p = new PageSketch()
                .line("KILIMANJARO EXPRESS COURIERS LIMITED")
                .right("P.O. Box 10452, 12108 Dar es Salaam")
                .skip(1)
                .line("24 June 2025")
                .skip(1)
                .line("The Director General,")
                .line("Tanzania Communications Regulatory Authority,")
                .line("P.O. Box 474,")
                .line("14414 Dar es Salaam.")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("APPLICATION FOR RENEWAL OF NATIONAL COURIER SERVICES LICENCE NO.")
                .line("TCRA/PS/NC/2020/014")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours faithfully,");
        assertThat(fields(p).reference().found()).isFalse();
    }

    @Test
    void aHeadingsLastLineOpeningWithOnAndADateIsStillTheHeading() {
        PageSketch p = new PageSketch()
                .line("Infocomm Media Development Authority")
                .skip(1)
                .line("Our Ref: IMDA/TP/RES/2024/0093")
                .line("Date: 2 December 2024")
                .skip(1)
                .line("Mr Daniel Koh")
                .line("Chief Executive Officer")
                .line("Lionlink Mobile Pte Ltd")
                .line("Singapore 098632")
                .skip(1)
                .line("Dear Mr Koh")
                .skip(1)
                .line("NOTICE OF PROPOSED FINANCIAL PENALTY – NATIONWIDE MOBILE SERVICE DISRUPTION")
                .line("ON 14 SEPTEMBER 2024")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Yours sincerely");
        assertThat(fields(p).subject().value())
                .isEqualTo(
                        "NOTICE OF PROPOSED FINANCIAL PENALTY – NATIONWIDE MOBILE SERVICE DISRUPTION ON 14 SEPTEMBER 2024");
    }

    @Test
    void theModelsSubjectFromANoteVerbalesSentenceIsNoSubject() {
        PageSketch p = new PageSketch()
                .centred("HIGH COMMISSION OF INDIA")
                .centred("PORT OF SPAIN")
                .skip(1)
                .line("No. POS/DA/461/1/2024")
                .skip(1)
                .at(0.15, "The High Commission of India in Port of Spain presents its compliments to the")
                .line("Ministry of Foreign and CARICOM Affairs of the Government of the Republic of Trinidad and")
                .line("Tobago and has the honour to inform that the Indian Naval Ship INS Vajrang, a training")
                .line(
                        "frigate of the First Training Squadron of the Indian Navy, proposes to make a goodwill port call")
                .line("at Port of Spain from 14 to 17 October 2024.")
                .at(0.15, "The High Commission of India avails itself of this opportunity to renew to the Ministry")
                .line("of Foreign and CARICOM Affairs the assurances of its highest consideration.")
                .skip(1)
                .right("Port of Spain")
                .right("2 September 2024")
                .skip(2)
                .line("The Ministry of Foreign and CARICOM Affairs")
                .line("Port of Spain");
        Document d = p.document();
        assertThat(FieldExtractor.create().extract(d).fields().subject().found())
                .isFalse();
        // the model proposed the fourth line of the real note as its subject: a line of the body's running text
        List<TextLine> lines = ReadingOrder.lines(d);
        LetterMap map = LetterMap.of(lines, LanguageCues.load("en"));
        TextLine sentence = lines.get(map.bodyStart() + 3);
        TextLine opening = lines.get(map.bodyStart());
        assertThat(LetterExtractor.withinBody(map, Field.of("x", 0.9, List.of(sentence.evidence()))))
                .isTrue();
        assertThat(LetterExtractor.withinBody(map, Field.of("x", 0.9, List.of(opening.evidence()))))
                .isFalse();
    }

    @Test
    void aDeliveryModeWithANoteInBracketsOverTheAddressIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .line("Vernay Rochat & Associés")
                .line("CONSEILS EN PROPRIÉTÉ INDUSTRIELLE")
                .skip(1)
                .beside("V/Réf. : FR 2308712", 0.54, "Par dépôt électronique (portail e-procédures)")
                .beside("N/Réf. : B23-0417/FR – LMR/ch", 0.54, "INPI – Institut national de la propriété")
                .at(0.54, "industrielle")
                .at(0.54, "Département des brevets")
                .at(0.54, "15, rue des Minimes – CS 50001")
                .at(0.54, "92677 Courbevoie Cedex")
                .skip(1)
                .at(0.54, "Lyon, le 9 janvier 2025")
                .skip(1)
                .line("Objet : Réponse au rapport de recherche préliminaire")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block()).startsWith("INPI – Institut national de la propriété");
    }
}
