package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import java.util.List;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-eighth batch of independently written dev letters (authors DE-DH: French and English on
 * agriculture, fisheries, food, trade, industry, tourism, culture and sport, from ministries, agencies, boards,
 * chambers, federations and firms) and older dev letters showed misread, each pinned by a small letter written for
 * the test.
 */
class TradeAndCultureConventionsTest {

    @Test
    void aRegionalServiceOfTheStateWritesUnderItsPrefectsHeadingAndTakesItsRegion() {
        PageSketch p = new PageSketch()
                .beside("PRÉFÈTE", 0.56, "Strasbourg, le 2 avril 2021")
                .line("DE LA RÉGION")
                .line("GRAND EST")
                .line("Liberté")
                .beside("Égalité", 0.56, "Madame Hélène VAUTRIN")
                .beside("Fraternité", 0.56, "Présidente de l'association")
                .at(0.56, "Les Nuits de l'Ornain")
                .beside("Direction régionale", 0.56, "12, rue du Bourg")
                .beside("des affaires culturelles", 0.56, "55000 BAR-LE-DUC")
                .skip(2)
                .line("N/Réf. : PCMIC/SV/2021-0093")
                .skip(1)
                .line("Objet : Festival des arts de la rue – aide aux festivals au titre de l'exercice 2021")
                .skip(1)
                .line("Madame la Présidente,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Direction régionale des affaires culturelles Grand Est");
    }

    @Test
    void thePrefecturesOwnOfficeLeavesThePrefectTheSender() {
        PageSketch p = new PageSketch()
                .beside("PRÉFET", 0.6, "Bordeaux, le 14 avril 2025")
                .line("DE LA GIRONDE")
                .line("Liberté")
                .line("Égalité")
                .line("Fraternité")
                .skip(1)
                .line("Cabinet")
                .line("Bureau de la représentation de l'État")
                .skip(2)
                .at(0.5, "Mesdames et Messieurs les maires du département")
                .skip(1)
                .line("Objet : Cérémonie commémorative du 8 mai 1945")
                .skip(1)
                .line("Mesdames et Messieurs les maires,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("PRÉFET DE LA GIRONDE");
    }

    @Test
    void aTransitionsPresidencyAndPrimatureHeadTheMinistryThatWrites() {
        PageSketch p = new PageSketch()
                .beside("PRÉSIDENCE DE LA TRANSITION", 0.68, "RÉPUBLIQUE DU TCHAD")
                .beside("*****", 0.68, "Unité – Travail – Progrès")
                .line("PRIMATURE DE TRANSITION")
                .line("*****")
                .line("MINISTÈRE DE L'ÉLEVAGE ET DES")
                .line("PRODUCTIONS ANIMALES")
                .line("*****")
                .line("SECRÉTARIAT GÉNÉRAL")
                .skip(1)
                .beside("N°0583/PT/PMT/MEPA/SG/DSV/2023", 0.68, "N'Djaména, le 06 mars 2023")
                .skip(1)
                .at(0.5, "Monsieur le Délégué Provincial de l'Élevage")
                .at(0.5, "du Batha")
                .at(0.5, "ATI")
                .skip(1)
                .line("Objet : Lancement de la campagne nationale de vaccination du cheptel 2023.")
                .skip(1)
                .line("Monsieur le Délégué,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("MINISTÈRE DE L'ÉLEVAGE ET DES PRODUCTIONS ANIMALES");
    }

    @Test
    void aBodysNameOverItsOwnSloganIsTheBodyThatWrites() {
        PageSketch p = new PageSketch()
                .type(80)
                .centred("CONSEIL DU CAFÉ-CACAO")
                .type(PageSketch.LINE)
                .centred("Régulation – Stabilisation – Développement")
                .centred("DIRECTION GÉNÉRALE")
                .skip(2)
                .beside("N/Réf. : DG/DCI/2023-0734/KS/ya", 0.7, "Abidjan, le 31 mars 2023")
                .skip(1)
                .at(0.55, "Monsieur le Directeur Général")
                .at(0.55, "SOCIÉTÉ IVOIRIENNE DE NÉGOCE AGRICOLE SA")
                .at(0.55, "01 BP 4512 Abidjan 01")
                .skip(1)
                .line("Objet : Barème des prix et frais de commercialisation")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("CONSEIL DU CAFÉ-CACAO");
    }

    @Test
    void theComorosOverTheirMottoAreTheStateNotTheEmbassyThatWrites() {
        PageSketch p = new PageSketch()
                .centred("UNION DES COMORES")
                .centred("Unité – Solidarité – Développement")
                .skip(1)
                .centred("AMBASSADE DE L'UNION DES COMORES EN FRANCE")
                .skip(1)
                .line("N° 0187/AUCF/NV/2025")
                .skip(1)
                .centred("NOTE VERBALE")
                .skip(1)
                .line("L'Ambassade de l'Union des Comores en France présente ses compliments au Ministère")
                .line("de l'Europe et des Affaires étrangères et a l'honneur de lui transmettre les demandes")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("AMBASSADE DE L'UNION DES COMORES EN FRANCE");
    }

    @Test
    void aHeadOfficesCaptionOverItsAddressIsNoName() {
        PageSketch p = new PageSketch()
                .beside("Head Office & Lobatse Abattoir", 0.78, "Tel: +267 533 0321")
                .beside("Plot 1, Abattoir Road", 0.78, "Fax: +267 533 0530")
                .beside("Private Bag 4, Lobatse", 0.78, "Email: ceo@bmc.bw")
                .line("Botswana")
                .skip(3)
                .line("Ref: BMC/LOB/CEO/4/12 (23)")
                .line("Date: 25 September 2023")
                .skip(1)
                .line("The Director")
                .line("Department of Veterinary Services")
                .line("Private Bag 0032")
                .line("Gaborone")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Re: Resumption of Cattle Slaughter from Zone 6b at the Maun Abattoir")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .piece(0.3, 326, "BOTSWANA MEAT COMMISSION", 43);
        assertThat(fields(p).sender().value()).isEqualTo("BOTSWANA MEAT COMMISSION");
    }

    @Test
    void theSeatAfterItsCaptionIsNoBodyEvenWhenItNamesACommune() {
        PageSketch p = new PageSketch()
                .centred("KOPERATIVA TANTSAHA MIVOATRA")
                .centred("BETAFO")
                .centred("(Coopérative des Paysans Progressistes de Betafo)")
                .skip(1)
                .centred("Siège : Fokontany Antsampandrano, Commune rurale d'Alarobia Bemaha")
                .centred("District de Betafo – Région Vakinankaratra")
                .skip(2)
                .right("Betafo, le 18 mars 2024")
                .skip(1)
                .at(0.5, "Monsieur le Directeur Régional de l'Agriculture")
                .at(0.5, "ANTSIRABE")
                .skip(1)
                .line("Objet : Demande d'appui en semences de pomme de terre")
                .skip(1)
                .line("Monsieur le Directeur Régional,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("KOPERATIVA TANTSAHA MIVOATRA BETAFO");
    }

    private static PageSketch centredSubjectUnderTheSalutation() {
        return new PageSketch()
                .centred("TRADE AND INDUSTRY DEPARTMENT")
                .skip(2)
                .beside("OUR REF.: TID CO 50/2/14 Pt. 3", 0.79, "12 August 2024")
                .skip(1)
                .line("Mr Chan Ka-wing")
                .line("Ever-Bright Garment Manufactory Limited")
                .line("42–46 Tai Lin Pai Road")
                .line("Kwai Chung, New Territories")
                .skip(1)
                .line("Dear Mr Chan,")
                .skip(1)
                .centred("Factory Registration No. FR-7245198")
                .centred("Origin Inspection on 30 July 2024")
                .skip(1)
                .line("I refer to your letter of 2 August 2024 concerning the origin inspection conducted by the")
                .line("officers of the Customs and Excise Department at your registered factory premises.")
                .skip(1)
                .line("The officers found that the production records for the consignments were incomplete and")
                .line("that several outward processing arrangements had not been notified to this Department.");
    }

    @Test
    void aSubjectCentredOverTwoLinesUnderTheSalutationIsRead() {
        assertThat(fields(centredSubjectUnderTheSalutation()).subject().value())
                .isEqualTo("Factory Registration No. FR-7245198 Origin Inspection on 30 July 2024");
    }

    @Test
    void theMatterADateIsOfIsNoPlace() {
        LetterFields f = fields(centredSubjectUnderTheSalutation());
        assertThat(f.date().value()).hasToString("2024-08-12");
        assertThat(f.place().found()).isFalse();
    }

    @Test
    void aReferenceEndsWithItsCellInARowReadAsOneLine() {
        PageSketch p = new PageSketch()
                .line("FÉDÉRATION WALLONIE-BRUXELLES")
                .line("Administration générale de la Culture")
                .skip(2)
                .at(0.55, "ASBL Théâtre de la Vieille Forge")
                .at(0.55, "Rue des Forgerons 14")
                .at(0.55, "7000 MONS")
                .skip(1)
                .cells("Nos réf.", 0.2, "SGCA/THE/2020/0486", 0.4, "Dossier n°", 0.5, "FU-SCENE-1187")
                .skip(1)
                .right("Bruxelles, le 19 novembre 2020")
                .skip(1)
                .line("Concerne : Fonds d'urgence et de soutien aux secteurs culturels")
                .skip(1)
                .line("Monsieur le Directeur,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("SGCA/THE/2020/0486");
    }

    @Test
    void theLastEntryReadOnOneLineWithTheFooterIsKept() {
        PageSketch p = new PageSketch()
                .line("COMMUNE DE PORT-GENTIL")
                .line("Cabinet du Maire")
                .skip(1)
                .line("N° 0412/CPG/CAB/2024")
                .right("Port-Gentil, le 4 juin 2024")
                .skip(1)
                .at(0.5, "Monsieur le Directeur Général")
                .at(0.5, "Société Gabonaise de Logistique")
                .skip(1)
                .line("Objet : Mise en demeure – occupation du domaine public")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .line("Veuillez agréer, Monsieur le Directeur Général, l'assurance de ma considération distinguée.")
                .skip(1)
                .right("Le Maire de la Commune de Port-Gentil")
                .skip(3)
                .right("Paulette MENGUE MINTSA")
                .skip(14)
                .line("Ampliations :")
                .line("Gouverneur de la Province de l'Ogooué-Maritime")
                .line("Préfet du Département de Bendjé")
                .line("Direction Provinciale des Impôts")
                .sized(
                        "Archives",
                        0.194,
                        "Hôtel de Ville de Port-Gentil – B.P. 515 – Port-Gentil (Gabon) – Tél. : (+241) 01 55 21 40",
                        21);
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Gouverneur de la Province de l'Ogooué-Maritime",
                        "Préfet du Département de Bendjé",
                        "Direction Provinciale des Impôts",
                        "Archives");
    }

    private static PageSketch unitUnder(PageSketch head) {
        return head.skip(2)
                .at(0.55, "Madame Claire VAUTRIN")
                .at(0.55, "12, rue de la Préfecture")
                .at(0.55, "25000 BESANÇON")
                .skip(1)
                .right("Besançon, le 3 mars 2025")
                .skip(1)
                .line("Objet : Convocation à la commission permanente")
                .skip(1)
                .line("Madame la Conseillère régionale,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
    }

    @Test
    void aUnitUnderALogosWordmarkWritesForTheBodyTheWordmarkNames() {
        PageSketch p = unitUnder(new PageSketch()
                .type(68)
                .step(80)
                .at(0.12, "RÉGION")
                .type(PageSketch.LINE)
                .step(62)
                .at(0.12, "BOURGOGNE-FRANCHE-COMTÉ")
                .skip(1)
                .line("Direction des assemblées")
                .line("et des affaires juridiques"));
        assertThat(fields(p).sender().value()).isEqualTo("RÉGION BOURGOGNE-FRANCHE-COMTÉ");
    }

    @Test
    void aUnitUnderALevelOfItsHierarchyStillWrites() {
        PageSketch p = unitUnder(new PageSketch()
                .centred("GOUVERNEMENT PRINCIER")
                .centred("PRINCIPAUTÉ DE MONACO")
                .skip(1)
                .line("DÉPARTEMENT DE L'INTÉRIEUR")
                .line("DIRECTION DE LA SÛRETÉ PUBLIQUE")
                .line("Division de Police Administrative"));
        assertThat(fields(p).sender().value()).startsWith("DIRECTION DE LA SÛRETÉ PUBLIQUE");
    }

    @Test
    void aMaoriClosingEndsTheBody() {
        PageSketch p = new PageSketch()
                .right("Fisheries New Zealand")
                .skip(2)
                .line("14 March 2025")
                .skip(1)
                .line("Dr Aroha Ngata")
                .line("Napier 4110")
                .skip(1)
                .line("Tēnā koe Dr Ngata")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Nāku noa, nā")
                .skip(2)
                .line("Stuart Brennan")
                .line("Manager, Fisheries Management – Inshore");
        List<TextLine> lines = ReadingOrder.lines(p.document());
        LanguageCues book = new LanguageGuesser(LanguageCues.available()).guess(LetterExtractor.sample(lines));
        LetterMap map = LetterMap.of(lines, book);
        assertThat(lines.get(map.bodyEnd()).text()).isEqualTo("Nāku noa, nā");
        assertThat(fields(p).signatory().value().name()).isEqualTo("Stuart Brennan");
    }
}
