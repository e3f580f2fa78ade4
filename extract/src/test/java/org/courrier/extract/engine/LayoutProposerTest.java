package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the layout model's line labels make into fields (issue 12). */
class LayoutProposerTest {

    /**
     * What the proposer makes of the English letter when the model labels each line as {@code label} says, sure of
     * it.
     */
    private static LayoutProposer.Proposal propose(PageSketch p, Function<TextLine, String> label) {
        LetterMap map = LetterMap.of(ReadingOrder.lines(p.document()), LanguageCues.load("en"));
        List<String> labels = new ArrayList<>();
        for (TextLine l : map.lines()) {
            labels.add(label.apply(l));
        }
        double[] probabilities = new double[labels.size()];
        Arrays.fill(probabilities, 0.9);
        return new LayoutProposer(new DateFinder(LanguageCues.available()))
                .propose(map, new LayoutModel.Labelling(labels, probabilities));
    }

    /**
     * A received stamp set over the address ({@code GEITA DISTRICT COUNCIL / 17 JUN 2024 / RECEIVED}): where the model
     * labels its lines with the address's, they are still no part of the block.
     */
    @Test
    void aReceivedStampTheModelTookForTheAddressIsLeftOut() {
        PageSketch p = new PageSketch()
                .line("PRESIDENT'S OFFICE")
                .skip(1)
                .line("District Executive Director,")
                .at(0.6, "GEITA DISTRICT COUNCIL")
                .line("Geita District Council,")
                .at(0.63, "RECEIVED")
                .line("P.O. Box 21,")
                .at(0.62, "17 JUN 2024")
                .line("GEITA.")
                .skip(1)
                .line("Dear Sir,");
        p.lines(PageSketch.BODY_EN);
        LayoutProposer.Proposal proposal =
                propose(p, l -> l.index() >= 1 && l.index() <= 7 ? LayoutModel.RECIPIENT : LayoutModel.OTHER);
        assertThat(proposal.recipient().value().block())
                .isEqualTo("District Executive Director, Geita District Council, P.O. Box 21, GEITA");
    }

    /**
     * An attention line under the address ({@code Attention: The Permanent Secretary}) that the model labels as the
     * subject: it says who is to read the letter, never what the letter is about, so the model proposes no subject.
     */
    @Test
    void anAttentionLineTheModelTookForTheSubjectIsNoSubject() {
        PageSketch p = new PageSketch()
                .line("FEDERAL MINISTRY OF EDUCATION")
                .skip(1)
                .line("The Honourable Commissioner,")
                .line("Ministry of Education,")
                .line("Kano State.")
                .skip(1)
                .line("Attention: The Permanent Secretary")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        LayoutProposer.Proposal proposal =
                propose(p, l -> l.text().startsWith("Attention") ? LayoutModel.SUBJECT : LayoutModel.OTHER);
        assertThat(proposal.subject().found()).isFalse();
    }

    /**
     * A notice's particulars ({@code Date Valid:} | {@code 22 November 2024}) where the model labels the date beside
     * its label as the letter's: the label names the day the application became valid, so the model proposes no date.
     */
    @Test
    void aDateBesideALabelNamingAnotherDayIsNoDateTheModelProposes() {
        PageSketch p = new PageSketch()
                .line("North Kesteven District Council")
                .skip(1)
                .row("Application No:", 0.3, "24/1187/HOUS")
                .row("Date Valid:", 0.3, "22 November 2024")
                .skip(1);
        p.lines(PageSketch.BODY_EN);
        LayoutProposer.Proposal proposal =
                propose(p, l -> l.text().equals("22 November 2024") ? LayoutModel.DATE : LayoutModel.OTHER);
        assertThat(proposal.date().found()).isFalse();
    }
}
