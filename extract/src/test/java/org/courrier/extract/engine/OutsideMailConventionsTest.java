package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-second batch of independently written dev letters (authors CG-CJ: the everyday mail of
 * French-speaking African administrations, letters reaching a ministry from firms, lawyers and associations, French
 * local government, governments and international bodies writing English as a second language) showed misread, each
 * pinned by a small letter written for the test.
 */
class OutsideMailConventionsTest {

    @Test
    void aSubjectLineLeftHangingOnAConnectingWordGoesOn() {
        PageSketch p = new PageSketch()
                .line("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO")
                .line("PROVINCE DU KASAÏ-CENTRAL")
                .line("DIVISION PROVINCIALE DE L'ENVIRONNEMENT")
                .skip(2)
                .line("N° DIVPROENV/KC/0274/2024")
                .skip(1)
                .line("Objet : Exploitation illicite du bois dans le")
                .line("Territoire de Dibaya.")
                .skip(1)
                .right("À Monsieur le Gouverneur")
                .right("de la Province du Kasaï-Central")
                .skip(1)
                .line("Monsieur le Gouverneur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Exploitation illicite du bois dans le Territoire de Dibaya.");
    }

    @Test
    void aDateAfterYourIsTheDateOfTheLetterAnswered() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF EDUCATION AND RESEARCH")
                .skip(3)
                .beside("Ms Oksana Hrytsenko", 0.6, "Your 12.03.2025 No 1/3456-25")
                .beside("Deputy Minister", 0.6, "Our 28.03.2025 No 7-1/25/1127-2")
                .line("Ministry of Education and Science")
                .line("01135 Kyiv")
                .skip(2)
                .line("Recognition of studies of Ukrainian pupils")
                .skip(1)
                .line("Dear Ms Hrytsenko,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).date().value()).hasToString("2025-03-28");
    }

    @Test
    void labelsAfterTheirTranslationIntoTheOfficesLanguageAreLabels() {
        PageSketch p = new PageSketch()
                .centred("REPUBLIC OF TÜRKİYE")
                .centred("MINISTRY OF TRADE")
                .skip(2)
                .beside("Sayı / Number : E-93845127-622.02-0009", 0.8, "12.06.2024")
                .line("Konu / Subject : Third Meeting of the Joint Committee")
                .skip(2)
                .centred("EMBASSY OF MALAYSIA")
                .centred("ANKARA")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("E-93845127-622.02-0009");
        assertThat(f.subject().value()).isEqualTo("Third Meeting of the Joint Committee");
    }

    @Test
    void anAddressWhoseWordsReadLikeProseIsNoBodyAboveTheSalutation() {
        PageSketch p = new PageSketch()
                .line("GAGNON BÉLANGER LAVOIE")
                .line("AVOCATS S.E.N.C.R.L.")
                .skip(2)
                .line("Québec, le 9 septembre 2024")
                .skip(1)
                .line("Bureau de réexamen des sanctions administratives")
                .line("Ministère de l'Environnement, de la Lutte contre les changements")
                .line("climatiques, de la Faune et des Parcs")
                .line("Québec (Québec) G1R 5V7")
                .skip(1)
                .line("Objet : Demande de réexamen d'une sanction administrative")
                .line("N/Réf. : 24-0387-02")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.subject().value()).isEqualTo("Demande de réexamen d'une sanction administrative");
        assertThat(f.reference().value()).isEqualTo("24-0387-02");
    }

    @Test
    void aCompanyWritesUnderTheLegalNameItsRegistrationIsPrintedWith() {
        PageSketch p = new PageSketch()
                .right("Transaction Banking – Client Services")
                .type(90)
                .line("STRAITS PACIFIC BANK")
                .type(50)
                .skip(2)
                .line("19 August 2024")
                .skip(1)
                .line("Ministry of Social and Family Development")
                .line("512 Thomson Road")
                .line("Singapore 298136")
                .skip(1)
                .line("Our Ref : TBCS/ACF/2024/08817")
                .skip(1)
                .line("Dear Sir / Madam")
                .lines(PageSketch.BODY_EN)
                .skip(20)
                .line("Straits Pacific Bank Limited · Co. Reg. No. 197600123K · GST Reg. No. MR-8500");
        assertThat(fields(p).sender().value()).isEqualTo("Straits Pacific Bank Limited");
    }

    @Test
    void aCompanysFormSetApartByADashIsNoPartOfItsName() {
        PageSketch p = new PageSketch()
                .line("Sud Rhône Eaux")
                .line("Service Clients")
                .skip(2)
                .right("Valence, le 3 mars 2025")
                .skip(1)
                .right("Monsieur Paul Martin")
                .right("12 rue des Lilas")
                .right("26000 Valence")
                .skip(1)
                .line("Objet : Surconsommation d'eau")
                .skip(1)
                .line("Monsieur,")
                .lines(PageSketch.BODY_FR)
                .skip(20)
                .line("Sud Rhône Eaux – SAS au capital de 2 000 000 € – RCS Romans 812 345 678");
        assertThat(fields(p).sender().value()).isEqualTo("Sud Rhône Eaux");
    }

    @Test
    void aSubjectUnderTheDateLineAtLessThanABlankLineStandsApart() {
        PageSketch p = new PageSketch()
                .line("Valletta Mutual Insurance p.l.c.")
                .skip(2)
                .line("The Director General")
                .line("Public Works Department")
                .line("Floriana FRN 1700")
                .skip(1)
                .line("3 March 2025")
                .halfSkip()
                .line("Subrogated Claim – Damage to Vehicle Reg. No. JCX 412 at Qormi")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).subject().value())
                .isEqualTo("Subrogated Claim – Damage to Vehicle Reg. No. JCX 412 at Qormi");
    }

    @Test
    void aNameWithAnInternationalNumberIsAContactNotACopy() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF EDUCATION AND RESEARCH")
                .skip(2)
                .line("Ms Oksana Hrytsenko")
                .line("Ministry of Education and Science of Ukraine")
                .line("01135 Kyiv")
                .skip(1)
                .right("28.03.2025 No 7-1/25/1127-2")
                .skip(1)
                .line("Dear Ms Hrytsenko,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,")
                .skip(2)
                .line("Maarja Kuusik")
                .line("Deputy Secretary General")
                .skip(2)
                .line("Copy: Ministry of Foreign Affairs of Estonia; Embassy of Ukraine in Tallinn")
                .newPage()
                .line("Kadri Lepik +372 735 4087")
                .line("kadri.lepik@hm.ee Munga 18");
        assertThat(fields(p).copies().value())
                .containsExactly("Ministry of Foreign Affairs of Estonia", "Embassy of Ukraine in Tallinn");
    }

    @Test
    void aProtocolNumberBrokenAfterASlashGoesOnOnTheNextLine() {
        PageSketch p = new PageSketch()
                .beside("HELLENIC REPUBLIC", 0.58, "Athens, 18-10-2023")
                .beside("MINISTRY OF CULTURE", 0.58, "Prot. No.: YPPO/GDAPK/DDPPA/")
                .beside("DIRECTORATE OF ANTIQUITIES", 0.66, "582716/412390/9871")
                .skip(2)
                .at(0.58, "TO: Embassy of Switzerland")
                .at(0.62, "Iassiou 2")
                .at(0.62, "115 21 Athens")
                .skip(2)
                .line("SUBJECT: Repatriation of a marble funerary stele")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).reference().value()).isEqualTo("YPPO/GDAPK/DDPPA/582716/412390/9871");
    }

    @Test
    void aLineWithoutItsNumberGoesOnWithTheNumberedCopyAboveIt() {
        PageSketch p = new PageSketch()
                .beside("HELLENIC REPUBLIC", 0.58, "Athens, 18-10-2023")
                .beside("MINISTRY OF CULTURE", 0.58, "Prot. No.: 28754")
                .line("DIRECTORATE OF ANTIQUITIES")
                .skip(1)
                .at(0.58, "TO: Embassy of Switzerland")
                .at(0.62, "115 21 Athens")
                .skip(1)
                .at(0.58, "CC: 1. Ministry of Foreign Affairs")
                .at(0.62, "B4 Directorate for Cultural")
                .at(0.62, "Diplomacy")
                .at(0.62, "2. Hellenic Police Headquarters")
                .skip(2)
                .line("SUBJECT: Repatriation of a marble funerary stele")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "Ministry of Foreign Affairs B4 Directorate for Cultural Diplomacy",
                        "Hellenic Police Headquarters");
    }

    @Test
    void aCompanysFormOnTheNextLineEndsItsName() {
        PageSketch p = new PageSketch()
                .type(80)
                .step(100)
                .line("ADEWALE-OKAFOR CONSTRUCTION")
                .line("NIGERIA LTD")
                .type(50)
                .step(62)
                .skip(1)
                .line("Our Ref: AOC/FMW/ABJ/2025/031")
                .skip(1)
                .line("The Honourable Minister,")
                .line("Federal Ministry of Works,")
                .line("Abuja.")
                .skip(1)
                .line("Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("ADEWALE-OKAFOR CONSTRUCTION NIGERIA LTD");
    }

    @Test
    void aLawyersDirectLineUnderTheLetterheadIsTheWriterWhenADeliveryNoticeHeadsTheAddress() {
        PageSketch p = new PageSketch()
                .line("GAGNON BÉLANGER LAVOIE")
                .line("AVOCATS S.E.N.C.R.L.")
                .skip(1)
                .line("Me Geneviève Tremblay, Associée")
                .line("Ligne directe : 418 692-4817 – gtremblay@example.ca")
                .skip(1)
                .line("Québec, le 9 septembre 2024")
                .skip(1)
                .line("PAR COURRIEL ET PAR POSTE RECOMMANDÉE")
                .skip(1)
                .line("Bureau de réexamen des sanctions administratives")
                .line("675, boulevard René-Lévesque Est")
                .line("Québec (Québec) G1R 5V7")
                .skip(1)
                .line("Objet : Demande de réexamen d'une sanction administrative")
                .skip(1)
                .line("Madame, Monsieur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).recipient().value().block())
                .startsWith("Bureau de réexamen des sanctions administratives");
    }

    @Test
    void aPersonBesideAnEnquiriesLabelOnItsRowIsTheWritersContact() {
        PageSketch p = new PageSketch()
                .line("AMATOLA UNIVERSITY")
                .line("OFFICE OF THE REGISTRAR")
                .skip(1)
                .beside("Our ref:", 0.25, "REG/AEX/2025/0417")
                .beside("Enquiries:", 0.25, "Ms N. Dlamini-Sokhela")
                .beside("Tel:", 0.25, "043 704 7128")
                .skip(1)
                .line("Mr S. A. Mthembu")
                .line("12 Ngcobo Street")
                .line("NU 6, Mdantsane")
                .line("5219")
                .skip(1)
                .line("Dear Mr Mthembu")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block()).startsWith("Mr S. A. Mthembu");
    }

    @Test
    void aLabelsColonReadApartInTheColumnOfLabelsDoesNotEndTheSubject() {
        PageSketch p = new PageSketch()
                .line("SELARL Berthier Navarro Avocats")
                .skip(2)
                .right("Marseille, le 10 décembre 2025")
                .skip(1)
                .beside("Objet", 0.18, "Recours gracieux – arrêté du 4 décembre 2025 portant fermeture")
                .beside(":", 0.18, "administrative du débit de boissons")
                .skip(1)
                .line("Monsieur le Préfet de police,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).subject().value())
                .isEqualTo("Recours gracieux – arrêté du 4 décembre 2025 portant fermeture administrative du débit de"
                        + " boissons");
    }

    @Test
    void aCopyHeadingWithoutColonOnATextSetFarInStillHeadsTheCopies() {
        PageSketch p = new PageSketch().centred("Higgs, Rolle & Company").skip(2);
        for (String l : new String[] {
            "21st June, 2019",
            "",
            "Messrs. Bethel, Knowles & Co.",
            "36 Collins Avenue",
            "Nassau, The Bahamas",
            "",
            "Dear Sirs,",
            "We refer to your letter of 30th May, 2019 and thank you for",
            "forwarding the draft Conveyance and the certified copy of the",
            "Grant of Letters of Administration in the above Estate and we",
            "confirm that our clients have approved the draft Conveyance.",
            "",
            "Yours faithfully,",
            "",
            "Marcus Higgs",
            "Partner",
            "Encl.",
            "c.c.  Mr. and Mrs. Dwayne Ferguson"
        }) {
            if (l.isEmpty()) {
                p.skip(1);
            } else {
                p.at(0.32, l);
            }
        }
        assertThat(fields(p).copies().value()).containsExactly("Mr. and Mrs. Dwayne Ferguson");
    }

    @Test
    void aCopyLineUnderTheAddresseeInTheHeadNamesTheCopy() {
        PageSketch p = new PageSketch()
                .centred("MINISTRY OF ECONOMY AND INNOVATION")
                .centred("OF THE REPUBLIC OF LITHUANIA")
                .skip(2)
                .line("Mr James Whitford")
                .line("Northbridge Capital Partners LLP")
                .line("London EC2N 4AJ")
                .line("United Kingdom")
                .halfSkip()
                .line("Copy: Public Institution Invest Lithuania")
                .skip(1)
                .line("REGARDING THE STATUS OF THE INVESTMENT PROJECT")
                .skip(1)
                .line("Dear Mr Whitford,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).copies().value()).containsExactly("Public Institution Invest Lithuania");
    }

    @Test
    void aProvinceOverItsMinistryOnlyHeadsTheHierarchy() {
        PageSketch p = new PageSketch()
                .beside("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", 0.58, "Transmis copie pour information à :")
                .beside("PROVINCE DU KASAÏ-CENTRAL", 0.58, "- Son Excellence Monsieur le Ministre Provincial")
                .beside("MINISTÈRE DE L'ENVIRONNEMENT", 0.58, "- Monsieur le Secrétaire Général")
                .line("DIVISION PROVINCIALE DE L'ENVIRONNEMENT")
                .skip(1)
                .line("N° DIVPROENV/KC/0274/2024")
                .line("Objet : Exploitation illicite du bois")
                .skip(1)
                .right("À Son Excellence Monsieur le Gouverneur")
                .right("de la Province du Kasaï-Central")
                .skip(1)
                .line("Excellence Monsieur le Gouverneur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("MINISTÈRE DE L'ENVIRONNEMENT");
    }

    @Test
    void aNameInAnotherAlphabetOverItsTranslationGivesWayToTheLettersLanguage() {
        PageSketch p = new PageSketch()
                .centred("MINISTERU GĦAX-XOGĦLIJIET PUBBLIĊI U L-IPPJANAR")
                .centred("MINISTRY FOR PUBLIC WORKS AND PLANNING")
                .skip(2)
                .line("Our Ref: MPWP/PS/0456/2024")
                .skip(1)
                .line("Mr Mark Camilleri")
                .line("Executive Secretary")
                .line("Local Council Association")
                .skip(1)
                .line("Dear Mr Camilleri,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("MINISTRY FOR PUBLIC WORKS AND PLANNING");
    }

    @Test
    void aNameDoesNotRunOnIntoItsTranslationInOtherLetters() {
        PageSketch p = new PageSketch()
                .centred("AFRICAN UNION")
                .centred("UNIÃO AFRICANA")
                .skip(2)
                .line("Ref.: AUC/SA/HHS/2024/112")
                .skip(1)
                .line("The Permanent Mission of the Republic of Ghana")
                .line("Addis Ababa")
                .skip(1)
                .line("Subject: Specialised Technical Committee on Health")
                .skip(1)
                .line("Dear Sir,")
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("AFRICAN UNION");
    }

    @Test
    void aPlacesNameInOtherLettersEndsTheLineAboveLeftOnDe() {
        PageSketch p = new PageSketch()
                .centred("COMITÉ POPULAIRE DE LA PROVINCE DE")
                .centred("THỪA THIÊN HUẾ")
                .skip(2)
                .line("N° 1187/UBND-NV")
                .right("Huế, le 12 mars 2024")
                .skip(1)
                .right("Monsieur le Maire de Blois")
                .right("41000 Blois")
                .skip(1)
                .line("Objet : Coopération décentralisée")
                .skip(1)
                .line("Monsieur le Maire,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("COMITÉ POPULAIRE DE LA PROVINCE DE THỪA THIÊN HUẾ");
    }
}
