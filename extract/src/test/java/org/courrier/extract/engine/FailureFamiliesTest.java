package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * The families of misses seen on letters nobody on the team wrote (issue 12), each pinned by a small letter written
 * for the test: general conventions of real correspondence, not the held-out letters.
 */
class FailureFamiliesTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create();

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    @Test
    void subjectStopsWhereTheBodyStartsWithoutABlankLine() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF HEALTH")
                .line("P.O. Box 30016")
                .skip(1)
                .line("Ref. No. MOH/ADM/12/7")
                .line("14 February 2025")
                .skip(1)
                .line("The Director")
                .line("County Health Services")
                .line("Nakuru")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: Deployment of medical interns for the 2025 cohort")
                .line("I am writing to inform you that the Ministry has completed the posting of");
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(fields(p).subject().value()).isEqualTo("Deployment of medical interns for the 2025 cohort");
    }

    @Test
    void readsASubjectInCapitalsWithoutALabel() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF FINANCE")
                .line("P.O. Box M40, Accra")
                .skip(1)
                .line("Our Ref: MOF/BD/25/03")
                .line("3rd March, 2025")
                .skip(1)
                .line("The Chief Director")
                .line("Ministry of Roads and Highways")
                .line("Accra")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RELEASE OF FUNDS FOR THE FIRST QUARTER OF 2025")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(fields(p).subject().value()).isEqualTo("RELEASE OF FUNDS FOR THE FIRST QUARTER OF 2025");
    }

    @Test
    void senderIsTheMinistryNotItsAddressOrReplyInstruction() {
        PageSketch p = new PageSketch()
                .line("In case of reply, the number and date of this letter should be quoted")
                .line("Telephone: +254 20 2717077")
                .line("P.O. Box 30016-00100")
                .line("MINISTRY OF HEALTH")
                .line("Afya House, Cathedral Road")
                .skip(1)
                .line("Ref. No. MOH/ADM/12/7")
                .line("14 February 2025")
                .skip(1)
                .line("The Director")
                .line("County Health Services")
                .line("Nakuru")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: Deployment of medical interns")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(fields(p).sender().value()).containsIgnoringCase("Ministry of Health");
    }

    @Test
    void readsTheDateLineCityMonthDayYear() {
        PageSketch p = new PageSketch()
                .line("DEPARTMENT OF WATER")
                .skip(1)
                .line("Pretoria, March 3, 2025.")
                .skip(1)
                .line("The Municipal Manager")
                .line("City of Tshwane")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: Water restrictions")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        LetterFields f = fields(p);
        assertThat(f.date().value()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void readsTheDateAtTheEndOfANoteVerbale() {
        PageSketch p = new PageSketch()
                .line("AMBASSADE DE LA RÉPUBLIQUE DU SÉNÉGAL")
                .skip(1)
                .line("N° 0123/AMB/SN/NV")
                .skip(1)
                .line("L'Ambassade de la République du Sénégal présente ses compliments au Ministère")
                .line("des Affaires étrangères et a l'honneur de lui faire part de ce qui suit.");
        p.lines(PageSketch.BODY_FR)
                .line("L'Ambassade saisit cette occasion pour renouveler au Ministère les assurances")
                .line("de sa haute considération.")
                .skip(2)
                .right("Paris, le 12 janvier 2026");
        assertThat(fields(p).date().value()).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void theDateOfTheNoteANoteVerbaleAnswersIsNotItsOwn() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF FOREIGN AFFAIRS")
                .line("Malé, Republic of Maldives")
                .skip(1)
                .line("No: (F) PRO/2025/NV/0213")
                .skip(1)
                .line("The Ministry of Foreign Affairs of the Republic of Maldives presents its compliments to")
                .line("the High Commission of India and, with reference to the High Commission's")
                .line("Note No. ML/ADM/443/1/2025 dated 3 March 2025, has the honour to inform the High")
                .line("Commission that the registration of the vehicles has been approved.");
        p.lines(PageSketch.BODY_EN)
                .line("The Ministry avails itself of this opportunity to renew to the High Commission the")
                .line("assurances of its highest consideration.")
                .skip(2)
                .right("Malé, 20 Ramadan 1446")
                .right("20 March 2025");
        assertThat(fields(p).date().value()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void copyListUnderCcWithCountsAndAWrappedItem() {
        PageSketch p = new PageSketch()
                .line("MINISTERE DE LA SANTE")
                .skip(1)
                .line("N° 0042/MSAS/DGS")
                .right("Dakar, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Directeur régional")
                .right("de la Santé de Thiès")
                .skip(1)
                .line("Objet : Convocation")
                .skip(1)
                .line("Monsieur le Directeur,");
        p.lines(PageSketch.BODY_FR)
                .skip(1)
                .right("Le Directeur général")
                .skip(2)
                .line("Ampliation :")
                .line("- SGG ........................ 2")
                .line("- Direction de la Prévention et de la Lutte contre")
                .line("  les maladies transmissibles")
                .line("- Archives/Chrono ............ 1");
        assertThat(fields(p).copies().value())
                .containsExactly(
                        "SGG",
                        "Direction de la Prévention et de la Lutte contre les maladies transmissibles",
                        "Archives/Chrono");
    }

    @Test
    void copyListUnderCopyTo() {
        PageSketch p = new PageSketch()
                .line("MINISTRY OF EDUCATION")
                .skip(1)
                .line("Ref: MOE/HR/2025/14")
                .line("10 April 2025")
                .skip(1)
                .line("The Principal")
                .line("Kisumu Girls High School")
                .skip(1)
                .line("Dear Madam,")
                .skip(1)
                .line("Subject: Staff establishment")
                .skip(1);
        p.lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("J. Otieno")
                .line("Permanent Secretary")
                .skip(1)
                .line("Copy to:")
                .line("1. The County Director of Education, Kisumu")
                .line("2. The Teachers Service Commission");
        assertThat(fields(p).copies().value())
                .containsExactly("The County Director of Education, Kisumu", "The Teachers Service Commission");
    }

    @Test
    void referenceAfterPleaseQuote() {
        PageSketch p = new PageSketch()
                .line("NATIONAL TREASURY")
                .skip(1)
                .line("Please quote: NT/BD/4/2025")
                .line("14 February 2025")
                .skip(1)
                .line("The Accounting Officer")
                .line("State Department for Water")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Subject: Budget ceilings")
                .skip(1);
        p.lines(PageSketch.BODY_EN).skip(1).line("Yours faithfully,");
        assertThat(fields(p).reference().value()).isEqualTo("NT/BD/4/2025");
    }

    @Test
    void aHeadingNamingOnlyTheGovernmentIsNotTheSenderWhenTheBodyThatWritesIsNamedUnderIt() {
        PageSketch en = new PageSketch()
                .line("Northland Government")
                .line("Department of Fisheries and Coastal Affairs")
                .line("12 Harbour Road, Port Elms")
                .skip(1)
                .line("Our ref: DFCA/2025/118")
                .line("3 March 2025")
                .skip(1)
                .line("Mr J. Smith")
                .line("Coastal Traders Ltd")
                .skip(1)
                .line("Dear Mr Smith,")
                .skip(1)
                .line("Subject: Renewal of your fishing licence");
        en.lines(PageSketch.BODY_EN).skip(1).line("Yours sincerely,");
        assertThat(fields(en).sender().value()).isEqualTo("Department of Fisheries and Coastal Affairs");

        PageSketch fr = new PageSketch()
                .line("LE GOUVERNEMENT DE LA PRINCIPAUTÉ DU NORD")
                .line("MINISTÈRE DE L'AGRICULTURE")
                .skip(1)
                .line("Réf. : MA/2025/44")
                .right("Villeneuve, le 3 mars 2025")
                .skip(1)
                .right("Monsieur le Maire")
                .right("de la Commune de Belair")
                .skip(1)
                .line("Objet : Campagne de vaccination du bétail")
                .skip(1)
                .line("Monsieur le Maire,");
        fr.lines(PageSketch.BODY_FR);
        assertThat(fields(fr).sender().value()).isEqualTo("MINISTÈRE DE L'AGRICULTURE");

        PageSketch alone = new PageSketch()
                .line("Northland Government")
                .line("12 Harbour Road, Port Elms")
                .skip(1)
                .line("3 March 2025")
                .skip(1)
                .line("Mr J. Smith")
                .line("Coastal Traders Ltd")
                .skip(1)
                .line("Dear Mr Smith,");
        alone.lines(PageSketch.BODY_EN);
        assertThat(fields(alone).sender().value()).isEqualTo("Northland Government");
    }
}
