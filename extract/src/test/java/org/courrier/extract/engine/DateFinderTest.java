package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final DateFinder FINDER = new DateFinder(LanguageCues.available());

    private static List<LocalDate> dates(String text, boolean dayFirst) {
        return FINDER.find(text, dayFirst).stream().map(DateFinder.Hit::date).toList();
    }

    @Test
    void readsOrdinalDaysInBothLanguages() {
        assertEquals(List.of(LocalDate.of(2024, 3, 1)), dates("Niamey, le 1er mars 2024", true));
        assertEquals(List.of(LocalDate.of(2022, 5, 5)), dates("Accra, 5th May 2022", true));
    }

    @Test
    void readsUpperCaseAbbreviatedMonthsThroughOcrConfusions() {
        assertEquals(List.of(LocalDate.of(2021, 11, 26)), dates("Lomé, le 26 N0V 2O21", true));
        assertEquals(List.of(LocalDate.of(2020, 2, 3)), dates("le 3 FÉV. 2020", true));
    }

    @Test
    void readsEnglishAndIsoAndNumericForms() {
        assertEquals(List.of(LocalDate.of(2023, 1, 12)), dates("January 12, 2023", false));
        assertEquals(List.of(LocalDate.of(2023, 1, 12)), dates("Kampala, 2023-01-12", false));
        assertEquals(List.of(LocalDate.of(2023, 2, 14)), dates("Le 14/02/2023", true));
        assertEquals(List.of(LocalDate.of(2023, 3, 4)), dates("Le 04.03.2023", true));
    }

    /**
     * Year first with dots or slashes, as Sri Lankan and South African offices date ({@code 2024.12.05}); a Nepali
     * office's date in its own calendar ({@code 2081/10/02}, Bikram Sambat) is no Gregorian date.
     */
    @Test
    void readsYearFirstDatesWithDotsOrSlashesButNotNepalsCalendar() {
        assertEquals(List.of(LocalDate.of(2024, 12, 5)), dates("2024.12.05", true));
        assertEquals(List.of(LocalDate.of(2025, 3, 14)), dates("Date: 2025/03/14", false));
        assertEquals(List.of(), dates("Date: 2081/10/02", false));
    }

    /** A Thai ministry dates in the Buddhist era, the Gregorian year often in brackets after it. */
    @Test
    void readsAThaiDateInTheBuddhistEra() {
        List<DateFinder.Hit> hits = FINDER.find("17 February B.E. 2568 (2025)", true);
        assertEquals(
                List.of(LocalDate.of(2025, 2, 17)),
                hits.stream().map(DateFinder.Hit::date).toList());
        assertEquals("17 February B.E. 2568 (2025)", hits.get(0).raw());
        assertEquals(List.of(LocalDate.of(2024, 6, 3)), dates("Bangkok, 3 June B.E. 2567", true));
    }

    @Test
    void findsNoDateInAReferenceWithAYearInIt() {
        assertEquals(List.of(), dates("N° 0021/2022/MSAS/SG", true));
        assertEquals(List.of(), dates("Ref. No. 0489/EMB-GH/NV/2021", false));
    }

    @Test
    void readsAMisspelledMonthWithinOneEdit() {
        assertEquals(List.of(LocalDate.of(2019, 9, 30)), dates("le 30 septembe 2019", true));
    }

    @Test
    void readsArchiveYearsAndYearsReadWithLettersForDigits() {
        assertEquals(List.of(LocalDate.of(1905, 3, 14)), dates("London, 14th March, 1905.", true));
        assertEquals(List.of(LocalDate.of(1905, 2, 3)), dates("Pretoria, February 3, 1905", false));
        assertEquals(List.of(LocalDate.of(1938, 4, 2)), dates("Wien, le 2 avril I938", true));
        assertEquals(List.of(), dates("le 2 avril 1738", true));
    }

    @Test
    void readsADateTypedWithNoSpaceAfterItsCommasAndKeepsItsSpanAsWritten() {
        assertEquals(List.of(LocalDate.of(1905, 3, 20)), dates("March 20,1905,", false));
        assertEquals(List.of(LocalDate.of(1905, 3, 22)), dates("euh Mar,22,1905,", false));
        DateFinder.Hit hit = FINDER.find("Palo Alto, March 20,1905.", false).get(0);
        assertEquals("March 20,1905.", hit.raw());
        assertEquals(List.of(), dates("Amount: 20,1905 dollars", false));
    }

    @Test
    void readsADaySetInQuotesTheWayFormerSovietOfficesWriteIt() {
        assertEquals(List.of(LocalDate.of(2024, 10, 4)), dates("« 04 » octobre 2024", true));
        assertEquals(List.of(LocalDate.of(2024, 10, 4)), dates("«04» octobre 2024", true));
        assertEquals(List.of(LocalDate.of(2025, 3, 17)), dates("\u201c17\u201d March 2025", true));
    }
}
