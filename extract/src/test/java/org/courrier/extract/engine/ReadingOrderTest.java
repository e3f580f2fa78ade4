package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines a letter is read in, as OCR and text layers leave them around seals and stamps (issue 12). */
class ReadingOrderTest {

    /**
     * A round seal's text read one letter at a time (a note verbale's embassy seal over the addressee): each letter
     * would stand as a line of the address block. The lone small letters go; a page's number, a one-letter line in
     * the text's own type and the text itself stay.
     */
    @Test
    void theLoneSmallLettersOfASealAreNoLines() {
        PageSketch p = new PageSketch()
                .line("Paris, le 14 octobre 2024")
                .type(18)
                .at(0.7, "M")
                .at(0.72, "A")
                .at(0.74, "★")
                .at(0.5, "2")
                .type(50)
                .line("À")
                .line("Ministère de l'Europe et des Affaires étrangères")
                .line("Direction du Protocole")
                .line("PARIS");
        List<String> lines =
                ReadingOrder.lines(p.document()).stream().map(TextLine::text).toList();
        assertThat(lines)
                .containsExactly(
                        "Paris, le 14 octobre 2024",
                        "2",
                        "À",
                        "Ministère de l'Europe et des Affaires étrangères",
                        "Direction du Protocole",
                        "PARIS");
    }
}
