package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.courrier.extract.record.Signatory;
import org.junit.jupiter.api.Test;

/** The signatory hand rules on signature blocks as OCR leaves them under a pen stroke and a stamp. */
class SignatoryEngineTest {

    private static final SignatoryEngine ENGINE = new SignatoryEngine(new DateFinder(LanguageCues.available()));

    private static PageSketch letter(String salutation, String body, String closing) {
        return new PageSketch()
                .line("Objet : Forages")
                .skip(1)
                .line(salutation)
                .line(body)
                .line(closing);
    }

    private static Signatory read(PageSketch p, String language) {
        return ENGINE.extract(LetterMap.of(ReadingOrder.lines(p.document()), LanguageCues.load(language)))
                .value();
    }

    @Test
    void takesTheLastNameLikeLineUnderATitleWhenStampTextLooksLikeANameAboveIt() {
        PageSketch p = letter(
                        "Monsieur le Directeur,",
                        "Nous avons l'honneur de vous faire part de la tenue prochaine d'un atelier national de validation.",
                        "Veuillez agréer, Monsieur le Directeur, l'expression de mes sentiments distingués.")
                .skip(1)
                .right("Le Ministre,")
                .right("BCR IB Us")
                .right("Pierre MAIGA");
        Signatory s = read(p, "fr");
        assertEquals("Pierre MAIGA", s.name());
        assertEquals("Le Ministre", s.title());
    }

    @Test
    void readsANameOcrJoinedWithAnApostropheAndDropsAStrokeDigitAfterTheTitle() {
        PageSketch p = letter(
                        "Dear Sir,",
                        "I am writing to confirm the arrangements agreed during our meeting on the renewal of the programme.",
                        "Yours sincerely,")
                .skip(2)
                .line("Joseph'Asante")
                .line("Minister 7");
        Signatory s = read(p, "en");
        assertEquals("Joseph'Asante", s.name());
        assertEquals("Minister", s.title());
    }

    @Test
    void dropsWhatAPenStrokeLeavesAtTheEndOfTheNameLine() {
        assertEquals("Mary Asante", SignatoryEngine.withoutStrokes("Mary Asante 4] :"));
        assertEquals("Town Clerk", SignatoryEngine.withoutStrokes("Town Clerk——~"));
        assertEquals("Le Chargé d'Affaires a.i.", SignatoryEngine.withoutStrokes("Le Chargé d'Affaires a.i."));
    }
}
