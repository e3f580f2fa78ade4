package org.courrier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature-line model on small hand-written signature blocks, alone and behind the hand rules. */
class SignatureLineModelTest {

    private static final List<CueBook> BOOKS = CueBook.available();
    private static final SignatoryEngine ENGINE = new SignatoryEngine(new DateFinder(BOOKS), trained());

    /** The model trained on the committed events (generated letters of training-only seeds). */
    private static SignatureLineModel trained() {
        try (InputStream in = SignatureLineModelTest.class.getResourceAsStream("model/signature-lines.events")) {
            return SignatureLineModel.trainOn(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] BODY_FR = {
        "Nous avons l'honneur de vous faire part de la tenue prochaine d'un atelier",
        "national de validation du plan de riposte aux inondations dans la région.",
        "Votre participation serait vivement appréciée par les services techniques.",
    };

    private static final String[] BODY_EN = {
        "I am writing to confirm the arrangements agreed during our meeting on the",
        "renewal of the water and sanitation programme in the northern districts.",
        "The Ministry would be grateful for your support in mobilising the experts.",
    };

    private static PageSketch letter(String[] body, String closing) {
        PageSketch p = new PageSketch().line("N° 0101/MHA").skip(1).line("Objet : Forages").skip(1)
                .line("Madame la Directrice,");
        for (String l : body) {
            p.line(l);
        }
        return p.line(closing);
    }

    private static Signatory read(PageSketch p, String language, SignatoryEngine.Method method) {
        LetterMap map = LetterMap.of(Layout.lines(p.document()), CueBook.load(language));
        return ENGINE.extract(map, method).value();
    }

    @Test
    void modelReadsAFrenchTitleAboveTheNameAcrossTheSignatureGap() {
        PageSketch p = letter(BODY_FR, "Veuillez agréer, Madame, l'expression de mes salutations distinguées.")
                .skip(2).right("Le Ministre,").skip(2).right("Ibrahim SANDA");
        Signatory s = read(p, "fr", SignatoryEngine.Method.MODEL);
        assertEquals("Ibrahim SANDA", s.name());
        assertEquals("Le Ministre", s.title());
    }

    @Test
    void modelPassesOverStampWordsAndAnHonoursLineUnderTheName() {
        PageSketch p = letter(BODY_FR, "Veuillez agréer, Madame, l'expression de ma haute considération.")
                .skip(1).right("La Directrice Générale,").skip(1).right("P.C.C.").right("Aïssata MOUSSA")
                .right("Chevalier de l'Ordre National");
        Signatory s = read(p, "fr", SignatoryEngine.Method.MODEL);
        assertEquals("Aïssata MOUSSA", s.name());
        assertEquals("La Directrice Générale", s.title());
    }

    @Test
    void modelReadsAnEnglishNameAboveItsTitleUnderPenStrokes() {
        PageSketch p = letter(BODY_EN, "Yours faithfully,").skip(1).line("~ //").skip(1).line("Kwame Nakato")
                .line("Executive Director");
        Signatory s = read(p, "en", SignatoryEngine.Method.MODEL);
        assertEquals("Kwame Nakato", s.name());
        assertEquals("Executive Director", s.title());
    }

    @Test
    void modelThenHandReadsAnEnglishBlockWithoutPenStrokes() {
        PageSketch p = letter(BODY_EN, "Yours faithfully,").skip(2).line("Kwame Nakato").line("Executive Director");
        Signatory s = read(p, "en", SignatoryEngine.Method.MODEL_THEN_HAND);
        assertEquals("Kwame Nakato", s.name());
        assertEquals("Executive Director", s.title());
    }

    @Test
    void findsNoSignatoryInANoteVerbale() {
        PageSketch p = new PageSketch().line("AMBASSADE DU BURKINA FASO").skip(1).at(0.4, "NOTE VERBALE").skip(1)
                .line("L'Ambassade du Burkina Faso à Accra présente ses compliments au Ministère")
                .line("des Affaires Étrangères et a l'honneur de l'informer de la visite officielle.")
                .line("L'Ambassade saisit cette occasion pour renouveler les assurances de sa haute considération.")
                .skip(2).right("Accra, le 14 mars 2023").right("Le Secrétariat");
        LetterMap map = LetterMap.of(Layout.lines(p.document()), CueBook.load("fr"));
        assertFalse(ENGINE.extract(map, SignatoryEngine.Method.MODEL).found());
    }
}
