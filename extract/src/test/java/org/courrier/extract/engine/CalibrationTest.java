package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.FieldName;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final String KEY = Calibration.key(FieldName.SENDER, true, false);

    private static List<Calibration.Sample> samples(String key, double confidence, int right, int wrong) {
        List<Calibration.Sample> out = new ArrayList<>();
        for (int i = 0; i < right; i++) {
            out.add(new Calibration.Sample(key, confidence, true));
        }
        for (int i = 0; i < wrong; i++) {
            out.add(new Calibration.Sample(key, confidence, false));
        }
        return out;
    }

    @Test
    void aRuleThatIsOftenWrongAtHighConfidenceIsSentToReview() {
        List<Calibration.Sample> s = new ArrayList<>(samples(KEY, 0.95, 30, 30));
        s.addAll(samples(KEY, 0.6, 10, 30));
        Calibration c = Calibration.fit(s);
        assertThat(c.apply(KEY, 0.95)).isLessThan(0.6);
        assertThat(c.apply(KEY, 0.6)).isLessThan(c.apply(KEY, 0.95));
    }

    @Test
    void certaintyHasToBeEarnedByManyFields() {
        Calibration few = Calibration.fit(samples(KEY, 0.95, 10, 0));
        Calibration many = Calibration.fit(samples(KEY, 0.95, 60, 0));
        assertThat(few.apply(KEY, 0.95)).isLessThan(0.9);
        assertThat(many.apply(KEY, 0.95)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aLettersRenderingsAreOneLettersEvidence() {
        List<Calibration.Sample> renderings = new ArrayList<>();
        List<Calibration.Sample> letters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // ten letters read as PDF, scan and fax; thirty letters read once
            renderings.add(new Calibration.Sample(KEY, 0.95, true, "letter-" + i / 3));
            letters.add(new Calibration.Sample(KEY, 0.95, true, "letter-" + i));
        }
        assertThat(Calibration.fit(renderings).apply(KEY, 0.95)).isEqualTo(0.727); // (10 + 6) / (10 + 12)
        assertThat(Calibration.fit(letters).apply(KEY, 0.95)).isEqualTo(0.857); // (30 + 6) / (30 + 12)
        // a letter right in one rendering of three counts a third
        List<Calibration.Sample> mixed = new ArrayList<>(letters);
        mixed.add(new Calibration.Sample(KEY, 0.95, true, "fax-read"));
        mixed.add(new Calibration.Sample(KEY, 0.95, false, "fax-read"));
        mixed.add(new Calibration.Sample(KEY, 0.95, false, "fax-read"));
        assertThat(Calibration.fit(mixed).apply(KEY, 0.95)).isEqualTo(0.845); // (30 + 1/3 + 6) / (31 + 12)
    }

    @Test
    void theFieldsOfOneConfidenceArePooledTogetherWhateverTheirOrder() {
        List<Calibration.Sample> s = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            s.add(new Calibration.Sample(KEY, 0.8, i % 20 != 0, "low-" + i)); // 38 of 40 right
        }
        // the top confidence's fields in the order they were read: a wrong one after ten, another after three more
        String order = "++++++++++-+++-++++";
        for (int i = 0; i < order.length(); i++) {
            s.add(new Calibration.Sample(KEY, 0.95, order.charAt(i) == '+', "high-" + i));
        }
        Calibration c = Calibration.fit(s);
        // one block of 59 fields, 55 right: (55 + 6) / (59 + 12); pooled field by field, the last four right fields
        // were a block of their own, (4 + 6) / (4 + 12) = 0.625, and the step below was lowered to it
        assertThat(c.apply(KEY, 0.95)).isEqualTo(0.859);
        assertThat(c.apply(KEY, 0.8)).isEqualTo(0.859);
    }

    @Test
    void tablesAreMonotoneInTheRuleConfidence() {
        List<Calibration.Sample> s = new ArrayList<>(samples(KEY, 0.5, 5, 5));
        s.addAll(samples(KEY, 0.7, 1, 9)); // a violator: pooled with the block below
        s.addAll(samples(KEY, 0.9, 40, 2));
        Calibration c = Calibration.fit(s);
        double last = 0;
        for (double x = 0.01; x <= 1; x += 0.01) {
            assertThat(c.apply(KEY, x)).isGreaterThanOrEqualTo(last);
            last = c.apply(KEY, x);
        }
        assertThat(c.apply(KEY, 0.5)).isEqualTo(c.apply(KEY, 0.7));
    }

    @Test
    void aKeyWithFewFieldsFallsBackToBothSourcesAndAFieldWithoutTableKeepsItsConfidence() {
        String ocr = Calibration.key(FieldName.SENDER, true, true);
        List<Calibration.Sample> s = new ArrayList<>(samples(KEY, 0.9, 50, 50));
        s.addAll(samples(ocr, 0.9, 5, 5));
        Calibration c = Calibration.fit(s);
        assertThat(c.tables()).containsKey(KEY).containsKey("sender.found").doesNotContainKey(ocr);
        assertThat(c.apply(ocr, 0.9))
                .isEqualTo(c.tables().get("sender.found").get(0).value());
        assertThat(c.apply(Calibration.key(FieldName.DATE, true, true), 0.77)).isEqualTo(0.77);
        assertThat(c.apply(KEY, 0)).isZero();
    }

    @Test
    void whetherTheModelAgreedSplitsATableOnceEachSideHasEnoughFields() {
        String agree = Calibration.key(FieldName.SENDER, true, false, Agreement.AGREE);
        String differ = Calibration.key(FieldName.SENDER, true, false, Agreement.DIFFER);
        String alone = Calibration.key(FieldName.SENDER, true, false, Agreement.ALONE);
        assertThat(agree).isEqualTo("sender.found.text.agree");
        List<Calibration.Sample> s = new ArrayList<>(samples(agree, 0.9, 236, 4));
        s.addAll(samples(differ, 0.9, 25, 25));
        s.addAll(samples(alone, 0.9, 3, 3)); // too few for a table of its own
        Calibration c = Calibration.fit(s);
        assertThat(c.tables()).containsKeys(agree, differ, KEY, "sender.found").doesNotContainKey(alone);
        assertThat(c.apply(agree, 0.9)).isGreaterThan(0.95);
        assertThat(c.apply(differ, 0.9)).isLessThan(0.6);
        // a key without a table of its own takes the source's, which pools all three
        assertThat(c.apply(alone, 0.9)).isEqualTo(c.apply(KEY, 0.9));
        assertThat(c.apply(KEY, 0.9)).isBetween(c.apply(differ, 0.9), c.apply(agree, 0.9));
        // with neither, the field's own pooled table
        String ocrAgree = Calibration.key(FieldName.SENDER, true, true, Agreement.AGREE);
        assertThat(c.apply(ocrAgree, 0.9)).isEqualTo(c.apply("sender.found", 0.9));
    }

    @Test
    void theTableSurvivesItsTextAndABadStepIsNamed() {
        List<Calibration.Sample> s = new ArrayList<>(samples(KEY, 0.5, 20, 30));
        s.addAll(samples(KEY, 0.9, 45, 5));
        Calibration c = Calibration.fit(s);
        Calibration back = Calibration.parse(c.format("a comment\nover two lines"));
        assertThat(back.tables()).isEqualTo(c.tables());
        assertThatThrownBy(() -> Calibration.parse("sender.found=0.5:0.9 0.4:0.95"))
                .hasMessageContaining("sender.found")
                .hasMessageContaining("0.4:0.95");
    }

    @Test
    void theCommittedTableLoadsAndIsUsedByTheStandardExtractor() {
        Calibration standard = Calibration.standard();
        assertThat(standard.tables()).containsKeys("sender.found", "date.found", "reference.absent");
    }
}
