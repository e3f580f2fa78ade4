package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courrier.document.Document;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.Recipient;
import org.courrier.extract.record.Review;
import org.courrier.extract.record.Signatory;
import org.junit.jupiter.api.Test;

/** Cases OCR of scanned and faxed letters produces: misread characters, lines cut at gaps, missing labels. */
class ScannedLetterTest {

    // the rules' own confidences (their signals), before calibration: see CalibratedExtractorTest
    private static final FieldExtractor EXTRACTOR = FieldExtractor.rules();

    private static PageSketch header(PageSketch p) {
        return p.line("REPUBLIQUE DU NIGER")
                .line("Fraternité - Travail - Progrès")
                .skip(1)
                .line("MINISTERE DE L'HYDRAULIQUE")
                .skip(1)
                .right("Niamey, le 7 février 2023")
                .skip(1);
    }

    private static PageSketch rest(PageSketch p) {
        p.right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(1)
                .line("Objet : Atelier de validation")
                .skip(1)
                .line("Monsieur le Directeur,");
        for (String l : PageSketch.BODY_FR) {
            p.line(l);
        }
        return p;
    }

    private static LetterFields fields(Document d) {
        return EXTRACTOR.extract(d).fields();
    }

    @Test
    void readsABlankNumberReferenceThatOcrCutAtTheBlank() {
        PageSketch p = rest(
                header(new PageSketch()).beside("N°", 0.19, "/AMB-BF/SG/DAJ").skip(1));
        assertEquals("/AMB-BF/SG/DAJ", fields(p.document()).reference().value());
    }

    @Test
    void readsAnUnopenedClosingBracketInAReferenceAsJ() {
        PageSketch p =
                rest(header(new PageSketch()).line("Réf. : 2023/1829/DA)").skip(1));
        assertEquals("2023/1829/DAJ", fields(p.document()).reference().value());
        assertTrue(ReferenceEngine.closingBracketAsJ("12/CAB(S)").endsWith("(S)"));
        assertEquals("2022/1923/DAJ", ReferenceEngine.closingBracketAsJ("2022/1923/DA]"));
        assertEquals("/MAE/SG/DAJ", ReferenceEngine.closingBracketAsJ("/MAE/SG/DA}"));
        assertEquals("12/CAB[S]", ReferenceEngine.closingBracketAsJ("12/CAB[S]"));
    }

    @Test
    void readsThePlaceBehindMarksAStampLeftBeforeIt() {
        for (String line : new String[] {"fo Brussels, le 13 janvier 2020", "Se “Bruxelles, le 13 janvier 2020"}) {
            PageSketch p = new PageSketch()
                    .line("REPUBLIQUE DU NIGER")
                    .line("Fraternité - Travail - Progrès")
                    .skip(1)
                    .line("MINISTERE DE L'HYDRAULIQUE")
                    .skip(1)
                    .confidence(0.8)
                    .right(line)
                    .confidence(0.97)
                    .skip(1);
            LetterFields f = fields(rest(p).document());
            assertEquals(java.time.LocalDate.of(2020, 1, 13), f.date().value(), line);
            assertEquals(
                    line.contains("Bruxelles") ? "Bruxelles" : "Brussels",
                    f.place().value());
        }
    }

    private static PageSketch withoutReferenceOrSubject(String codeLine) {
        return withoutReferenceOrSubject(codeLine, 0.97);
    }

    private static PageSketch withoutReferenceOrSubject(String codeLine, double ocrConfidence) {
        PageSketch p = header(new PageSketch().confidence(ocrConfidence));
        if (codeLine != null) {
            p.line(codeLine).skip(1);
        }
        p.right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(1)
                .line("Monsieur le Directeur,");
        for (String l : PageSketch.BODY_FR) {
            p.line(l);
        }
        return p;
    }

    @Test
    void isSureALetterWithACleanHeaderHasNoReferenceAndNoSubject() {
        LetterFields f = fields(withoutReferenceOrSubject(null).document());
        assertNull(f.reference().value());
        assertNull(f.subject().value());
        assertTrue(
                f.reference().confidence() >= 0.9,
                "reference absence " + f.reference().confidence());
        assertTrue(
                f.subject().confidence() >= 0.9,
                "subject absence " + f.subject().confidence());
        assertTrue(Review.of(f, 0.9).reasons().stream()
                .noneMatch(r -> r.startsWith("reference") || r.startsWith("subject")));
    }

    @Test
    void doubtsTheAbsenceOfAReferenceWhenAnUnlabelledCodeStandsInTheHeader() {
        LetterFields f = fields(withoutReferenceOrSubject("0042/MHA/SG").document());
        assertNull(f.reference().value());
        assertEquals(0, f.reference().confidence());
        assertTrue(Review.of(f, 0.9).reasons().contains("reference: not found"));
    }

    @Test
    void doubtsAbsencesWhenTheHeaderWasReadPoorly() {
        LetterFields f = fields(withoutReferenceOrSubject(null, 0.6).document());
        assertEquals(0, f.subject().confidence());
    }

    @Test
    void isSureANoteVerbaleHasNoSubjectLine() {
        PageSketch p = new PageSketch()
                .at(0.3, "Ambassade de la République du Niger")
                .at(0.45, "Berlin")
                .skip(1)
                .at(0.43, "NOTE VERBALE")
                .skip(1)
                .line("N° 0112/AMB-NE/NV/2023")
                .skip(1)
                .line("L'Ambassade de la République du Niger présente ses compliments au Ministère de")
                .line("l'Intérieur et a l'honneur de lui faire parvenir la demande ci-après, relative à la");
        for (String l : PageSketch.BODY_FR) {
            p.line(l);
        }
        LetterFields f = fields(p.document());
        assertNull(f.subject().value());
        assertTrue(
                f.subject().confidence() >= 0.9,
                "subject absence " + f.subject().confidence());
    }

    private static PageSketch signed(String... after) {
        PageSketch p = rest(header(new PageSketch()).line("N° 0042/MHA/SG").skip(1));
        p.line("Je vous prie d'agréer, Monsieur le Directeur, l'expression de ma haute")
                .line("considération.")
                .skip(1)
                .right("Le Ministre")
                .confidence(0.2)
                .right("RII RIS")
                .confidence(0.97)
                .right("Moussa KEITA")
                .skip(1);
        for (String l : after) {
            p.line(l);
        }
        return p;
    }

    @Test
    void readsCcThatOcrReadAsCeAsTheCopyLabel() {
        LetterFields f =
                fields(signed("Ce:", "- Cabinet du Ministre", "- Archives").document());
        assertEquals(
                java.util.List.of("Cabinet du Ministre", "Archives"), f.copies().value());
    }

    @Test
    void isSureThereAreNoCopiesWhenOnlyASignatureWithItsStrokeFollowsTheClosing() {
        LetterFields f = fields(signed().document());
        assertEquals(java.util.List.of(), f.copies().value());
        assertTrue(
                f.copies().confidence() >= 0.9, "copies absence " + f.copies().confidence());
    }

    @Test
    void doubtsThereAreNoCopiesWhenListLikeLinesFollowTheSignature() {
        LetterFields f = fields(signed("Cabinet du Ministre", "Direction des Finances", "Archives")
                .document());
        assertTrue(f.copies().confidence() < 0.9, "copies absence " + f.copies().confidence());
    }

    @Test
    void takesACivilityAndNameEndingWithACommaAsTheAddresseeNotASalutation() {
        PageSketch p = header(new PageSketch())
                .line("N° 0042/MHA/SG")
                .skip(1)
                .at(0.52, "Monsieur Boubacar HOUNKPATIN,")
                .at(0.52, "Coordonnateur du Projet d'Appui")
                .at(0.52, "Niamey")
                .skip(1)
                .line("Objet : Atelier de validation")
                .skip(1)
                .line("Monsieur le Coordonnateur,");
        for (String l : PageSketch.BODY_FR) {
            p.line(l);
        }
        Field<Recipient> r = fields(p.document()).recipient();
        assertEquals("Boubacar HOUNKPATIN", r.value().name());
        assertTrue(
                r.value().block().startsWith("Monsieur Boubacar HOUNKPATIN, Coordonnateur"),
                r.value().block());
        assertTrue(r.confidence() >= 0.9, "recipient " + r.confidence());
    }

    @Test
    void isSureOfAnInsideAddressWithoutCueFramedBetweenDateAndSubject() {
        PageSketch p = new PageSketch()
                .at(0.38, "Clean Water for All Foundation")
                .at(0.44, "Kumasi, Ghana")
                .skip(1)
                .line("Kumasi, 30th June 2021")
                .skip(1)
                .line("The Programme Manager")
                .line("Rural Roads Improvement Project")
                .line("Lagos")
                .skip(1)
                .line("RE: Request for data on trade")
                .skip(1)
                .line("Dear Sir,")
                .line("Please find attached the supporting documents requested by your office. The results")
                .line("have been judged satisfactory by all partners. The steering committee will meet in")
                .line("order to review the proposals received from the regional offices this year.");
        Field<Recipient> r = fields(p.document()).recipient();
        assertEquals(
                "The Programme Manager, Rural Roads Improvement Project, Lagos",
                r.value().block());
        assertTrue(r.confidence() >= 0.9, "recipient " + r.confidence());
    }

    @Test
    void knowsAStateNamedWithoutRepublicByTheMottoUnderIt() {
        PageSketch p = new PageSketch()
                .at(0.43, "BURKINA FASO")
                .at(0.39, "Unité - Progrès - Justice")
                .skip(1)
                .at(0.23, "MINISTÈRE DE LA JUSTICE ET DES DROITS DE L'HOMME")
                .skip(1)
                .right("Ouagadougou, le 21 janvier 2023")
                .line("Réf. : 2023/1829/DAJ")
                .skip(1);
        LetterFields f = fields(rest(p).document());
        assertEquals(
                "MINISTÈRE DE LA JUSTICE ET DES DROITS DE L'HOMME", f.sender().value());
    }

    @Test
    void dropsThePenStrokeOcrReadAfterTheSignatoryName() {
        PageSketch p = rest(header(new PageSketch()).line("N° 0042/MHA/SG").skip(1));
        p.line("Je vous prie d'agréer, Monsieur le Directeur, l'expression de ma haute")
                .line("considération.")
                .skip(1)
                .right("Le Garde des Sceaux,")
                .skip(1)
                .right("Moussa TOURE ‘//");
        Signatory s = fields(p.document()).signatory().value();
        assertEquals("Moussa TOURE", s.name());
        assertEquals("Le Garde des Sceaux", s.title());
        assertEquals("Town Clerk", SignatoryEngine.withoutStrokes("Town Clerk——~"));
    }

    @Test
    void mendsABlankNumberWhoseSlashOcrReadAsJButLeavesItDoubtful() {
        PageSketch p = rest(header(new PageSketch()).line("N° JAEPSF/SG/DAJ").skip(1));
        Field<String> ref = fields(p.document()).reference();
        assertEquals("/AEPSF/SG/DAJ", ref.value());
        assertTrue(ref.confidence() < 0.9, "reference " + ref.confidence());
    }
}
