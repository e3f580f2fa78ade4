package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-first batch of independently written dev letters (authors CC-CF: justice, customs, tax and
 * audit offices, Asia and the Middle East writing English, health and education institutions) showed misread, each
 * pinned by a small letter written for the test.
 */
class JusticeAndRevenueConventionsTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create(FieldExtractor.Mode.RULES);

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    @Test
    void aContactLineAndTheOfficesNameInLargerTypeBesideItAreTwoPieces() {
        PageSketch p = new PageSketch()
                .line("Telephone : 011-2614571")
                .sized("E-mail : office@example.org", 0.40, "DIVISIONAL SECRETARIAT", 82)
                .skip(3)
                .lines(PageSketch.BODY_EN);
        List<String> lines =
                ReadingOrder.lines(p.document()).stream().map(TextLine::text).toList();
        assertThat(lines).contains("E-mail : office@example.org", "DIVISIONAL SECRETARIAT");
    }
}
