package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Document;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.Recipient;
import org.junit.jupiter.api.Test;

class LetterExtractorTest {

    // the rules' own confidences (their signals), before calibration: see CalibratedExtractorTest
    private static final FieldExtractor EXTRACTOR = FieldExtractor.rules();

    private static PageSketch frenchHeader(PageSketch p) {
        return p.line("REPUBLIQUE DU NIGER")
                .line("Fraternité - Travail - Progrès")
                .skip(1)
                .line("MINISTERE DE L'HYDRAULIQUE")
                .line("ET DE L'ASSAINISSEMENT")
                .skip(1);
    }

    private static LetterFields fields(Document d) {
        return EXTRACTOR.extract(d).fields();
    }

    @Test
    void doesNotTakeYearGluedToReferenceForTheDate() {
        PageSketch p = frenchHeader(new PageSketch())
                .merged("N° 0031/2019/MHA/SG", "Niamey, le 7 février 2023")
                .skip(1)
                .right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(1)
                .line("Objet : Atelier de validation")
                .skip(1)
                .line("Monsieur le Directeur,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals(LocalDate.of(2023, 2, 7), f.date().value());
        assertEquals("Niamey", f.place().value());
        assertEquals("0031/2019/MHA/SG", f.reference().value());
    }

    @Test
    void prefersTheDatedPlaceAtTheFootOverAnEarlierBodyDate() {
        PageSketch p = frenchHeader(new PageSketch())
                .line("N° 112/MHA/DGA")
                .skip(1)
                .line("Objet : Rapport de mission")
                .skip(1)
                .line("Madame la Coordonnatrice,")
                .line("Suite à la réunion tenue le 12 janvier 2022 au siège de la direction,")
                .line("nous vous transmettons le rapport de mission demandé par vos services.");
        p.lines(PageSketch.BODY_FR).skip(1).line("Fait à Zinder, le 4 avril 2023");
        LetterFields f = fields(p.document());
        assertEquals(LocalDate.of(2023, 4, 4), f.date().value());
        assertEquals("Zinder", f.place().value());
    }

    @Test
    void readsFirstOfTheMonthWrittenAsOrdinal() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Maradi, le 1er mars 2024")
                .line("N° 0007/MHA")
                .skip(1)
                .line("Objet : Demande de matériel")
                .skip(1)
                .line("Monsieur le Préfet,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals(LocalDate.of(2024, 3, 1), f.date().value());
        assertEquals("1er mars 2024", f.date().raw());
    }

    @Test
    void readsFirstOfTheMonthWhenOcrTookTheOneForALetter() {
        PageSketch p = frenchHeader(new PageSketch())
                .confidence(0.87)
                .right("Le ler mai 2020")
                .line("N° 0008/MHA")
                .skip(1)
                .line("Objet : Demande de matériel")
                .skip(1)
                .line("Monsieur le Préfet,");
        p.lines(PageSketch.BODY_FR)
                .line("La réunion préparatoire s'est tenue le 11 octobre 2020 au siège de l'institution.");
        LetterFields f = fields(p.document());
        assertEquals(LocalDate.of(2020, 5, 1), f.date().value());
    }

    @Test
    void joinsAnOrganisationNameInCapitalsWrappedOverLinesOfItsColumn() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'INTÉGRATION")
                .line("AFRICAINE ET DES MALIENS DE")
                .line("L'EXTÉRIEUR")
                .line("Direction des Ressources Humaines")
                .skip(1)
                .right("Niamey, le 19 juin 2023")
                .line("Réf. : 2023/1577/DG")
                .skip(1)
                .line("Objet : Organisation de la mission conjointe")
                .skip(1)
                .line("Monsieur le Directeur Général,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals(
                "MINISTÈRE DE L'INTÉGRATION AFRICAINE ET DES MALIENS DE L'EXTÉRIEUR",
                f.sender().value());
    }

    @Test
    void keepsTheMinistryApartFromTheSecretariatUnderIt() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE LA SANTÉ PUBLIQUE")
                .line("SECRÉTARIAT GÉNÉRAL")
                .line("DIRECTION DES PHARMACIES")
                .skip(1)
                .right("Niamey, le 19 juin 2023")
                .line("N° 0412/MSP/SG")
                .skip(1)
                .line("Objet : Inventaire des stocks")
                .skip(1)
                .line("Monsieur le Directeur Général,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals("MINISTÈRE DE LA SANTÉ PUBLIQUE", f.sender().value());
    }

    @Test
    void readsMonthAndYearThroughOcrConfusions() {
        PageSketch p = frenchHeader(new PageSketch())
                .confidence(0.82)
                .right("Tahoua, le 15 N0V 2O21")
                .line("N° 0456/MHA/SG")
                .skip(1)
                .line("0bjet : Campagne de forage")
                .skip(1)
                .line("Monsieur le Maire,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals(LocalDate.of(2021, 11, 15), f.date().value());
        assertEquals("Campagne de forage", f.subject().value());
    }

    @Test
    void joinsASubjectWrittenOnTwoLines() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Dosso, le 9 mai 2023")
                .line("N° 77/MHA")
                .skip(1)
                .line("Objet : Demande d'appui technique pour la réhabilitation")
                .at(0.18, "des stations de pompage")
                .skip(1)
                .line("Monsieur le Directeur Général,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals(
                "Demande d'appui technique pour la réhabilitation des stations de pompage",
                f.subject().value());
        assertEquals(2, f.subject().evidence().size());
    }

    @Test
    void leavesTheReferenceMissingWhenTheLetterHasNone() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Agadez, le 21 juin 2023")
                .skip(1)
                .line("Objet : Invitation")
                .skip(1)
                .line("Monsieur le Gouverneur,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertNull(f.reference().value());
        assertTrue(f.reference().confidence() >= 0.9, "a clean header with no reference cue: sure there is none");
        assertEquals(LocalDate.of(2023, 6, 21), f.date().value());
    }

    @Test
    void followsACopyListOntoTheNextPage() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Tillabéri, le 2 octobre 2023")
                .line("N° 0090/MHA")
                .skip(1)
                .line("Objet : Plan de riposte")
                .skip(1)
                .line("Monsieur le Ministre,");
        p.lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.")
                .skip(2)
                .line("Ampliations :")
                .line("- Primature")
                .line("- Ministère de l'Intérieur")
                .newPage()
                .at(0.45, "- 2 -")
                .skip(1)
                .line("- Gouvernorat de Tillabéri")
                .line("- Archives");
        LetterFields f = fields(p.document());
        assertEquals(
                List.of("Primature", "Ministère de l'Intérieur", "Gouvernorat de Tillabéri", "Archives"),
                f.copies().value());
        assertEquals(
                2, f.copies().evidence().get(f.copies().evidence().size() - 1).page());
    }

    @Test
    void findsACopyListStandingAloneOnTheNextPage() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Diffa, le 5 juillet 2023")
                .line("N° 0101/MHA")
                .skip(1)
                .line("Objet : Forages")
                .skip(1)
                .line("Madame la Directrice,");
        p.lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Madame, l'expression de mes salutations distinguées.")
                .skip(2)
                .right("Le Ministre,")
                .skip(2)
                .right("Ibrahim SANDA")
                .newPage()
                .line("Copie :")
                .line("• Secrétariat Général")
                .line("• Direction des Ressources en Eau");
        LetterFields f = fields(p.document());
        assertEquals(
                List.of("Secrétariat Général", "Direction des Ressources en Eau"),
                f.copies().value());
        assertEquals("Ibrahim SANDA", f.signatory().value().name());
    }

    @Test
    void reportsAnEmptyCopyListWithConfidenceWhenThereIsNone() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Dosso, le 9 mai 2023")
                .line("N° 78/MHA")
                .skip(1)
                .line("Objet : Demande")
                .skip(1)
                .line("Monsieur le Directeur,");
        p.lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Directeur, mes salutations distinguées.")
                .skip(2)
                .right("Le Ministre,")
                .skip(2)
                .right("Aïssata MOUSSA");
        LetterFields f = fields(p.document());
        assertEquals(List.of(), f.copies().value());
        assertTrue(f.copies().confidence() >= 0.9, "confidence " + f.copies().confidence());
    }

    @Test
    void takesTheSenderOfANoteVerbaleAndNoSignatoryName() {
        PageSketch p = new PageSketch()
                .line("AMBASSADE DU BURKINA FASO")
                .line("A ACCRA")
                .skip(1)
                .line("N° 2023-0456/AMBF/ACC")
                .skip(1)
                .at(0.4, "NOTE VERBALE")
                .skip(1)
                .line("L'Ambassade du Burkina Faso à Accra présente ses compliments au Ministère")
                .line("des Affaires Étrangères et de l'Intégration Régionale et a l'honneur de")
                .line("l'informer de la visite officielle d'une délégation ministérielle la semaine")
                .line("prochaine dans le cadre de la coopération bilatérale entre les deux pays.")
                .line("L'Ambassade du Burkina Faso saisit cette occasion pour renouveler au Ministère")
                .line("les assurances de sa haute considération.")
                .skip(2)
                .right("Accra, le 14 mars 2023");
        Document d = p.document();
        FieldExtractor.Extraction x = EXTRACTOR.extract(d);
        assertEquals("fr", x.language());
        assertEquals("AMBASSADE DU BURKINA FASO A ACCRA", x.fields().sender().value());
        assertEquals("2023-0456/AMBF/ACC", x.fields().reference().value());
        assertEquals(LocalDate.of(2023, 3, 14), x.fields().date().value());
        assertTrue(!x.fields().signatory().found()
                || x.fields().signatory().value().name() == null);
    }

    @Test
    void readsAnEnglishLetterWithOurAndYourReferenceAndCc() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF WATER RESOURCES")
                .line("Republic of Ghana")
                .skip(1)
                .line("Our Ref: MWR/PD/0451")
                .line("Your Ref: UNW/GH/2022/77")
                .right("January 12, 2023")
                .skip(1)
                .line("Mr. Kofi Mensah")
                .line("Country Director")
                .line("WaterAid Ghana")
                .line("Accra")
                .skip(1)
                .line("Dear Mr. Mensah,")
                .skip(1)
                .line("RE: RENEWAL OF THE WATER AND SANITATION PROGRAMME")
                .skip(1);
        p.lines(PageSketch.BODY_EN)
                .line("Yours sincerely,")
                .skip(2)
                .line("Ama Owusu")
                .line("Chief Director")
                .skip(1)
                .line("cc: Hon. Minister")
                .at(0.14, "National Development Planning Commission");
        FieldExtractor.Extraction x = EXTRACTOR.extract(p.document());
        LetterFields f = x.fields();
        assertEquals("en", x.language());
        assertEquals("MWR/PD/0451", f.reference().value());
        assertEquals("UNW/GH/2022/77", f.theirReference().value());
        assertEquals(LocalDate.of(2023, 1, 12), f.date().value());
        assertEquals(
                "RENEWAL OF THE WATER AND SANITATION PROGRAMME", f.subject().value());
        assertEquals("Kofi Mensah", f.recipient().value().name());
        assertEquals(
                List.of("Hon. Minister", "National Development Planning Commission"),
                f.copies().value());
        assertEquals("MINISTRY OF WATER RESOURCES", f.sender().value());
    }

    @Test
    void readsAFrenchSuscriptionAsSenderAndAddressee() {
        PageSketch p = new PageSketch()
                .line("SECRETARIAT GENERAL")
                .right("Ségou, le 30 août 2022")
                .skip(1)
                .line("Le Ministre de l'Agriculture et de l'Elevage")
                .skip(1)
                .line("N° 0214/MAE-SG")
                .skip(1)
                .at(0.45, "A")
                .skip(1)
                .at(0.3, "Monsieur Jean Dupont, Représentant Résident")
                .at(0.3, "de l'Organisation des Nations Unies pour l'Alimentation")
                .skip(1)
                .line("Objet : Campagne agricole")
                .skip(1)
                .line("Monsieur le Représentant,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals("Le Ministre de l'Agriculture et de l'Elevage", f.sender().value());
        Recipient r = f.recipient().value();
        assertEquals("Jean Dupont", r.name());
        assertEquals("Représentant Résident", r.title());
        assertEquals("Organisation des Nations Unies pour l'Alimentation", r.organisation());
        assertEquals(LocalDate.of(2022, 8, 30), f.date().value());
    }

    /**
     * The letterhead prints the body bare ({@code CONSEIL DÉPARTEMENTAL}), the suscription names it in full after its
     * head: the body is the sender, not its head.
     */
    @Test
    void readsTheBodyASuscriptionNamesAfterItsHead() {
        PageSketch p = new PageSketch()
                .beside("DÉPARTEMENT DE LA BOUENZA", 0.6, "RÉPUBLIQUE DU CONGO")
                .beside("------------", 0.6, "Unité * Travail * Progrès")
                .line("CONSEIL DÉPARTEMENTAL")
                .line("------------")
                .line("CABINET DU PRÉSIDENT")
                .line("------------")
                .skip(1)
                .line("N° 0093 /DB/CD/CAB-P")
                .right("Madingou, le 02 octobre 2023")
                .skip(1)
                .at(0.5, "Le Président du Conseil départemental")
                .at(0.5, "de la Bouenza,")
                .skip(1)
                .at(0.5, "À")
                .skip(1)
                .at(0.5, "Madame Pélagie MALONGA NKOUKA")
                .at(0.5, "Conseillère départementale")
                .skip(1)
                .line("Objet : Convocation à la session ordinaire")
                .skip(1)
                .line("Madame la Conseillère,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals("Conseil départemental de la Bouenza", f.sender().value());
    }

    /**
     * An NGO's slogan in quotation marks under its name reads like a sentence: it is no paragraph, and the reference,
     * addressee and subject under it stay the letter's head.
     */
    @Test
    void aSloganInTheLetterheadIsNoParagraph() {
        PageSketch p = new PageSketch()
                .at(0.2, "ONG JAPPO LIGGEEY")
                .at(0.2, "« Ensemble pour l'éducation et le développement communautaire »")
                .skip(1)
                .line("N° 0087/ONG-JL/CN/2025")
                .right("Kaolack, le 14 janvier 2025")
                .skip(1)
                .at(0.5, "Monsieur le Directeur de l'Enseignement élémentaire")
                .at(0.5, "DAKAR")
                .skip(1)
                .line("Objet : Demande d'autorisation de mise en œuvre du programme")
                .skip(1);
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        assertEquals("0087/ONG-JL/CN/2025", f.reference().value());
        assertEquals(
                "Demande d'autorisation de mise en œuvre du programme",
                f.subject().value());
    }

    @Test
    void carriesEvidenceWithPageBoxAndText() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Maradi, le 3 mars 2024")
                .line("N° 0008/MHA")
                .skip(1)
                .line("Objet : Matériel")
                .skip(1)
                .line("Monsieur le Préfet,");
        LetterFields f = fields(p.lines(PageSketch.BODY_FR).document());
        Evidence e = f.reference().evidence().get(0);
        assertEquals(1, e.page());
        assertEquals("N° 0008/MHA", e.text());
        assertEquals((int) (0.1 * PageSketch.WIDTH), e.box().x());
    }

    @Test
    void readsACopyHeadingAndBulletsMangledByOcr() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF WATER RESOURCES")
                .skip(1)
                .line("Our Ref: MWR/PD/0452")
                .right("5th March 2023")
                .skip(1)
                .line("Dr Efua Sarpong")
                .line("Programme Officer")
                .skip(1)
                .line("Dear Dr Sarpong,")
                .skip(1)
                .line("Subject: Borehole survey")
                .skip(1);
        p.lines(PageSketch.BODY_EN)
                .line("Yours faithfully,")
                .skip(2)
                .line("Kwame Boadu")
                .line("Chief Director")
                .skip(1)
                .confidence(0.6)
                .line("Cec:")
                .line("¢ The Registrar")
                .line("© Regional Water Office’ ~");
        LetterFields f = fields(p.document());
        assertEquals(
                List.of("The Registrar", "Regional Water Office"), f.copies().value());
        assertEquals(LocalDate.of(2023, 3, 5), f.date().value());
    }

    @Test
    void takesTwoLettersOcrMadeOfTheCopyHeadingForItWhenAListFollowsAtItsMargin() {
        for (String heading : List.of("EC:", "Co", "GC!")) {
            PageSketch p = new PageSketch()
                    .line("MINISTRY OF WATER RESOURCES")
                    .skip(1)
                    .line("Our Ref: MWR/PD/0452")
                    .right("5th March 2023")
                    .skip(1)
                    .line("Dr Efua Sarpong")
                    .line("Programme Officer")
                    .skip(1)
                    .line("Dear Dr Sarpong,")
                    .skip(1)
                    .line("Subject: Borehole survey")
                    .skip(1);
            p.lines(PageSketch.BODY_EN)
                    .line("Yours faithfully,")
                    .skip(2)
                    .line("Kwame Boadu")
                    .line("Chief Director")
                    .skip(1)
                    .confidence(0.7)
                    .line(heading)
                    .confidence(0.93)
                    .line("¢ The Registrar")
                    .line("¢ Head of Legal Department");
            Field<List<String>> copies = fields(p.document()).copies();
            assertEquals(List.of("The Registrar", "Head of Legal Department"), copies.value(), heading);
            assertTrue(copies.confidence() < 0.9, "a mangled heading is sent for review: " + copies.confidence());
        }
    }

    @Test
    void prefersTheDateAtTheFootOfANoteVerbaleOverABirthDateInItsBody() {
        PageSketch p = new PageSketch()
                .at(0.3, "Ambassade de la République du Bénin")
                .at(0.4, "Berlin")
                .skip(1)
                .at(0.4, "NOTE VERBALE")
                .skip(1)
                .line("N° 0815/AMB-BJ/NV/2022")
                .skip(1)
                .line("L'Ambassade de la République du Bénin présente ses compliments au Ministère")
                .line("fédéral des Affaires étrangères et a l'honneur de solliciter un visa pour")
                .line("Monsieur Paul AGBO, né le 3 mai 1971 à Parakou.")
                .skip(1)
                .line("L'Ambassade de la République du Bénin saisit cette occasion pour renouveler au")
                .line("Ministère fédéral les assurances de sa haute considération.")
                .skip(2)
                .right("Le 18/06/2022")
                .skip(2)
                .line("Ministère fédéral des Affaires étrangères")
                .line("Berlin");
        LetterFields f = fields(p.document());
        assertEquals(LocalDate.of(2022, 6, 18), f.date().value());
        assertEquals(
                "Ministère fédéral des Affaires étrangères, Berlin",
                f.recipient().value().block());
        assertEquals("Ambassade de la République du Bénin", f.sender().value());
        assertTrue(!f.signatory().found());
    }

    @Test
    void findsTheAddresseeAtTheFootOfANoteVerbaleWhoseDateTheSealHid() {
        PageSketch p = new PageSketch()
                .at(0.3, "Ambassade du Burkina Faso")
                .at(0.4, "Berne")
                .skip(1)
                .at(0.4, "NOTE VERBALE")
                .skip(1)
                .line("N° 1335/AMB-BF/NV/2021")
                .skip(1)
                .line("L'Ambassade du Burkina Faso présente ses compliments au Ministère des Finances et du")
                .line("Budget et a l'honneur de lui faire parvenir la demande ci-après concernant le dossier.")
                .skip(1)
                .line("L'Ambassade du Burkina Faso saisit cette occasion pour renouveler au Ministère")
                .line("des Finances et du Budget les assurances de sa haute considération.")
                .skip(2)
                .confidence(0.3)
                .at(0.29, "; à \\ Jf")
                .confidence(0.97)
                .skip(1)
                .line("Ministère des Finances et du Budget")
                .line("Berne");
        LetterFields f = fields(p.document());
        assertEquals(
                "Ministère des Finances et du Budget, Berne",
                f.recipient().value().block());
        assertTrue(f.recipient().confidence() < 0.9, "no date above it: for review");
    }

    @Test
    void readsLettersOcrTookForDigitsInsideAReferenceCode() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Niamey, le 2 mai 2023")
                .line("N° 0849/00AS/2022")
                .skip(1)
                .line("Objet : Atelier")
                .skip(1)
                .line("Monsieur le Directeur,");
        assertEquals(
                "0849/OOAS/2022",
                fields(p.lines(PageSketch.BODY_FR).document()).reference().value());
    }

    @Test
    void keepsTheFiguresThatEndACodeOfLetters() {
        PageSketch p = frenchHeader(new PageSketch())
                .right("Lomé, le 14 mai 2024")
                .line("N° 0256/2024/CG1/CAB/SG/DST")
                .skip(1)
                .line("Objet : Mise en demeure")
                .skip(1)
                .line("Monsieur le Directeur,");
        assertEquals(
                "0256/2024/CG1/CAB/SG/DST",
                fields(p.lines(PageSketch.BODY_FR).document()).reference().value());
    }

    /**
     * A note verbale names a date in its first sentence and is dated at its foot: the date on its own line is the
     * letter's, whatever the layout model proposes from the sentence.
     */
    @Test
    void aDateInTheBodysSentenceIsNotTheLettersWhenTheFootDatesIt() {
        Document d = new PageSketch()
                .line("AMBASSADE DU ROYAUME DU MAROC À PARIS")
                .skip(1)
                .line("N° 1187/24")
                .skip(1)
                .line("L'Ambassade du Royaume du Maroc présente ses compliments au Ministère de l'Europe et des")
                .line("Affaires étrangères et a l'honneur de l'informer de l'arrivée en France, le 7 octobre 2024,")
                .line("de Monsieur Karim BENSLIMANE, nommé Conseiller auprès de l'Ambassade à compter de cette date.")
                .line("L'Ambassade saisit cette occasion pour renouveler au Ministère l'assurance de sa haute")
                .line("considération.")
                .skip(2)
                .right("Paris, le 14 octobre 2024")
                .document();
        assertEquals(
                LocalDate.of(2024, 10, 14),
                FieldExtractor.create().extract(d).fields().date().value());
        java.util.List<TextLine> lines = ReadingOrder.lines(d);
        LetterMap map = LetterMap.of(lines, LanguageCues.load("fr"));
        TextLine sentence = lines.get(3);
        TextLine dateLine = lines.get(lines.size() - 1);
        assertTrue(LetterExtractor.inRunningText(map, Field.of("x", 0.9, java.util.List.of(sentence.evidence()))));
        assertFalse(LetterExtractor.inRunningText(map, Field.of("x", 0.9, java.util.List.of(dateLine.evidence()))));
    }

    /**
     * The layout model may label a note verbale's addressee, set at its foot with no heading, as copy items: a copy
     * list read from the addressee's lines is dropped, one read elsewhere kept.
     */
    @Test
    void theModelsCopiesFromTheAddresseesLinesAreNoCopyList() {
        Evidence branch = new Evidence(1, new Box(294, 2760, 500, 50), "Protocol Branch");
        Evidence building = new Evidence(1, new Box(294, 2819, 520, 50), "R.G. Casey Building");
        Field<Recipient> addressee = Field.of(
                new Recipient(null, null, "Department of Foreign Affairs and Trade", "…"),
                0.9,
                List.of(
                        new Evidence(1, new Box(294, 2701, 900, 50), "Department of Foreign Affairs and Trade"),
                        branch,
                        building));
        Field<List<String>> fromAddress =
                Field.of(List.of("Protocol Branch", "R.G. Casey Building"), 0.79, List.of(branch, building));
        Field<List<String>> elsewhere = Field.of(
                List.of("Secrétariat général"),
                0.79,
                List.of(new Evidence(1, new Box(294, 3100, 500, 50), "Secrétariat général")));
        assertFalse(LetterExtractor.notAddressee(fromAddress, addressee).found());
        assertEquals(elsewhere, LetterExtractor.notAddressee(elsewhere, addressee));
    }

    /**
     * A notary's enclosures listed under "P.J. :", each a copy of a deed ({@code copie du testament olographe …}): the
     * model may label them copy items, but documents sent with the letter are no copies of it. A list under "Copie
     * à :" stays the model's.
     */
    @Test
    void theModelsCopyItemsUnderAnEnclosuresLabelAreNoCopyList() {
        PageSketch p = new PageSketch()
                .line("SCP Martin & Roche, Notaires associés")
                .skip(1)
                .line("Monsieur le Chef du Service des affaires juridiques")
                .skip(1)
                .line("Objet : Succession de Madame Colette MARCHAND")
                .skip(1)
                .line("Monsieur le Chef de service,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.")
                .skip(1)
                .line("P.J. :")
                .at(0.12, "copie du testament olographe du 3 mars 2017 ;")
                .at(0.12, "copie de l'acte de décès ;")
                .skip(1)
                .line("Copie à :")
                .at(0.12, "Direction des affaires financières");
        LetterMap map = LetterMap.of(ReadingOrder.lines(p.document()), LanguageCues.load("fr"));
        TextLine deed = line(map, "copie du testament");
        TextLine office = line(map, "Direction des affaires");
        Field<List<String>> deeds = Field.of(List.of(deed.text()), 0.5, List.of(deed.evidence()));
        Field<List<String>> copies = Field.of(List.of(office.text()), 0.5, List.of(office.evidence()));

        assertFalse(LetterExtractor.notEnclosures(map, deeds).found());
        assertEquals(copies, LetterExtractor.notEnclosures(map, copies));
    }

    private static TextLine line(LetterMap map, String start) {
        return map.lines().stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }
}
