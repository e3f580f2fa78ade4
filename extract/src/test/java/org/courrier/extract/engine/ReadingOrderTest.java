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
                // a seal's letters in type some 0.6 of the text's, as a PDF's text layer gives them
                .type(30)
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

    /**
     * A seal's text set round its rim, read from a PDF's text layer as one word as tall as the seal ({@code IPPIN}):
     * made the first piece of a row, it gathered every line beside it into that row, and the row read left to right
     * put the indented first lines of the paragraphs after all the others.
     */
    @Test
    void aPieceAsTallAsASealGathersNoRow() {
        PageSketch p = new PageSketch()
                .line("NOTE VERBALE")
                .at(0.15, "The Embassy of the Republic presents its compliments to the Foreign,")
                .line("Commonwealth and Development Office and has the honour to inform")
                .line("the latter of the arrival in London of Mr Rafael Villanueva.")
                .at(0.15, "Mr Villanueva is accompanied by his spouse.")
                .piece(0.85, 250, "IPPIN", 900);
        List<String> lines =
                ReadingOrder.lines(p.document()).stream().map(TextLine::text).toList();
        assertThat(lines)
                .containsExactly(
                        "NOTE VERBALE",
                        "IPPIN",
                        "The Embassy of the Republic presents its compliments to the Foreign,",
                        "Commonwealth and Development Office and has the honour to inform",
                        "the latter of the arrival in London of Mr Rafael Villanueva.",
                        "Mr Villanueva is accompanied by his spouse.");
    }
}
