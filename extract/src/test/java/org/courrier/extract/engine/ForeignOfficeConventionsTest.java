package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twentieth batch of independently written dev letters (authors BY-CB: foreign and international
 * offices writing French, Europe writing English, French administrative document kinds) showed misread, each pinned
 * by a small letter written for the test.
 */
class ForeignOfficeConventionsTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create(FieldExtractor.Mode.RULES);

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    @Test
    void theDateUnderItsLabelInARowOfLabelsIsTheLettersNotADateOfBirth() {
        PageSketch p = new PageSketch()
                .line("Norwegian Directorate of Immigration")
                .skip(2)
                .line("Thandiwe Dlamini")
                .line("14 Jacaranda Street")
                .line("Pretoria 0083")
                .skip(1)
                .row("Our ref.", 0.4, "Case officer", 0.7, "Date")
                .row("24/881234-9", 0.4, "Kari Nymoen", 0.7, "05.02.2025")
                .skip(1)
                .line("DECISION ON YOUR APPLICATION FOR A RESIDENCE PERMIT")
                .line("Name: Thandiwe Dlamini")
                .line("Date of birth: 03.08.1994")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).date().value()).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void aDateLabelThatNamesAnotherDateIsNotTheLetters() {
        LanguageCues en = LanguageCues.load("en");
        LanguageCues fr = LanguageCues.load("fr");
        assertThat(DateEngine.namesAnotherDate(en, "Date of birth:")).isTrue();
        assertThat(DateEngine.namesAnotherDate(fr, "Date de naissance :")).isTrue();
        assertThat(DateEngine.namesAnotherDate(en, "Date:")).isFalse();
        assertThat(DateEngine.namesAnotherDate(fr, "Dakar, le")).isFalse();
    }
}
