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

    /** The mayor's name set at the right on the row of the copy list's heading, under the title and the seal. */
    @Test
    void takesTheNameOnTheCopyHeadingsRow() {
        PageSketch p = letter(
                        "Monsieur le Directeur Général,",
                        "Nous avons l'honneur de vous inviter à la cérémonie de lancement des travaux du marché.",
                        "Veuillez agréer, Monsieur le Directeur Général, l'expression de ma considération distinguée.")
                .skip(1)
                .right("Le Maire,")
                .skip(2)
                .beside("Ampliations :", 0.65, "Bertin G. HOUNSOU")
                .line("- Préfet de l'Atlantique ....... 1")
                .line("- Archives ....... 1");
        Signatory s = read(p, "fr");
        assertEquals("Bertin G. HOUNSOU", s.name());
        assertEquals("Le Maire", s.title());
    }

    /**
     * The governor's title at the right over the copy list, his name typed in the same column two entries further
     * down, while the list runs on at the left: reading order puts the name among the entries.
     */
    @Test
    void takesTheNameInTheTitlesColumnAmongTheCopyListsEntries() {
        PageSketch p = letter(
                        "Messieurs les Préfets,",
                        "J'ai l'honneur de porter à votre connaissance le lancement de la campagne de vaccination.",
                        "J'attache du prix au strict respect des présentes instructions.")
                .skip(1)
                .right("Le Gouverneur de la Région de Dosso")
                .line("Ampliations :")
                .line("MISP/AT ....... 1")
                .beside("MAG/EL ....... 1", 0.58, "Colonel Harouna ISSAKA GARBA")
                .line("DRE Dosso ....... 1")
                .line("Chrono ....... 1");
        Signatory s = read(p, "fr");
        assertEquals("Colonel Harouna ISSAKA GARBA", s.name());
        assertEquals("Le Gouverneur de la Région de Dosso", s.title());
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

    @Test
    void readsANameBeforeItsTitleWhereTheLanguageUsuallyPutsTheTitleFirst() {
        PageSketch p = letter(
                        "Madame,",
                        "Nous accusons réception de votre demande de raccordement et vous informons de la suite donnée.",
                        "Nous vous prions d'agréer, Madame, nos salutations distinguées.")
                .skip(1)
                .right("Corinne Vallotton")
                .right("Cheffe du service des autorisations");
        Signatory s = read(p, "fr");
        assertEquals("Corinne Vallotton", s.name());
        assertEquals("Cheffe du service des autorisations", s.title());

        PageSketch function = letter(
                        "Monsieur le Directeur général,",
                        "Le Programme confirme son appui à la préparation de la saison cyclonique dans les départements.",
                        "Je vous prie d'agréer, Monsieur le Directeur général, l'assurance de ma haute considération.")
                .skip(1)
                .line("Aminata Sow-Diallo")
                .line("Représentante Résidente");
        Signatory r = read(function, "fr");
        assertEquals("Aminata Sow-Diallo", r.name());
        assertEquals("Représentante Résidente", r.title());
    }

    @Test
    void leavesTheEmployerAboveTheNameAndKeepsACredentialWithTheName() {
        PageSketch p = letter(
                        "Monsieur,",
                        "Nous vous remercions de votre envoi et vous transmettons ci-joint le formulaire complété.",
                        "Veuillez agréer, Monsieur, nos salutations distinguées.")
                .skip(1)
                .line("Office cantonal des eaux")
                .line("Martin Rochat, ing.")
                .line("Chef de la section Hydrologie");
        Signatory s = read(p, "fr");
        assertEquals("Martin Rochat, ing.", s.name());
        assertEquals("Chef de la section Hydrologie", s.title());
    }

    @Test
    void takesTheTypedNameUnderTheSameNameSignedAndKeepsItsBracketedCivility() {
        PageSketch p = letter(
                        "Dear Madam,",
                        "Your application has been considered and the permit is granted subject to the usual conditions.",
                        "Yours faithfully,")
                .skip(1)
                .line("R. Mwansa")
                .line("RUTH MWANSA (MRS.)")
                .line("Principal Licensing Officer");
        Signatory s = read(p, "en");
        assertEquals("RUTH MWANSA (MRS.)", s.name());
        assertEquals("Principal Licensing Officer", s.title());

        PageSketch twice = letter(
                        "Dear Sir,",
                        "Please find enclosed the inspection report for the premises at the address given above.",
                        "Yours sincerely,")
                .skip(1)
                .line("Owen Pritchard")
                .line("Owen Pritchard")
                .line("Senior Inspector")
                .line("Food Standards Section");
        Signatory o = read(twice, "en");
        assertEquals("Owen Pritchard", o.name());
        assertEquals("Senior Inspector, Food Standards Section", o.title());
    }

    @Test
    void readsANameTypedInCapitalsOverTheFunctionItHolds() {
        PageSketch p = letter(
                        "Dear Sir,",
                        "The Assembly has approved the revised fee schedule, which takes effect from the first of next month.",
                        "Yours faithfully,")
                .skip(2)
                .line("YAW BOATENG-MENSAH")
                .line("DISTRICT CO-ORDINATING DIRECTOR");
        Signatory s = read(p, "en");
        assertEquals("YAW BOATENG-MENSAH", s.name());
        assertEquals("DISTRICT CO-ORDINATING DIRECTOR", s.title());
    }

    @Test
    void aClosingWrittenByHandAndTheSignatureAsOneWordAreNeitherTitleNorName() {
        PageSketch p = letter(
                        "Madame la Maire,",
                        "La Région accorde à votre commune une subvention pour la rénovation de la médiathèque.",
                        "Je vous prie d'agréer, Madame la Maire, l'expression de ma considération distinguée.")
                .line("Bien cordialement,")
                .skip(1)
                .right("CLMartin")
                .right("Claire-Lise MARTIN")
                .right("Présidente du Conseil régional");
        Signatory s = read(p, "fr");
        assertEquals("Claire-Lise MARTIN", s.name());
        assertEquals("Présidente du Conseil régional", s.title());
    }

    /**
     * The signature set in a script face over the typed name, which adds a civility, a double surname or a
     * credential: the typed name signs, the line under it is the title.
     */
    @Test
    void theTypedNameUnderTheSignatureSignsWithItsCredential() {
        String body = "The Commission will meet the cost of travel and accommodation for one official delegate.";
        PageSketch oecs = letter("Dear Minister,", body, "Yours sincerely,")
                .skip(1)
                .line("Marcia Edmund")
                .line("Dr. Marcia Edmund-Charles")
                .line("Director General");
        Signatory s = read(oecs, "en");
        assertEquals("Dr. Marcia Edmund-Charles", s.name());
        assertEquals("Director General", s.title());

        PageSketch ontario = letter("Dear Ms. Perkins:", body, "Sincerely,")
                .skip(1)
                .line("J. Koh")
                .line("Jasmine Koh, P.Eng.")
                .line("Senior Review Engineer");
        s = read(ontario, "en");
        assertEquals("Jasmine Koh, P.Eng.", s.name());
        assertEquals("Senior Review Engineer", s.title());
    }

    /** A Swiss closing in the first person plural, wrapped over two lines above the title: never the title. */
    @Test
    void passesOverAClosingInThePluralWrappedAboveTheTitle() {
        PageSketch p = new PageSketch()
                .line("Objet : Règlement communal")
                .skip(1)
                .line("Monsieur le Maire,")
                .line("Le règlement communal a été approuvé par décision de ce jour et entrera en vigueur le")
                .line("1er février. Un exemplaire vous est retourné en annexe.")
                .skip(1)
                .line("Nous vous prions d'agréer, Monsieur le Maire, Mesdames et Messieurs les Conseillers,")
                .line("l'expression de nos sentiments distingués.")
                .skip(1)
                .right("Le Chef du Service des communes")
                .skip(2)
                .right("Raphaël Schaller");
        Signatory s = read(p, "fr");
        assertEquals("Raphaël Schaller", s.name());
        assertEquals("Le Chef du Service des communes", s.title());
    }

    /** An Arabic line of a bilingual letterhead and a bank's account line at the foot are neither title nor name. */
    @Test
    void passesOverALineInAnotherScriptAndALineOfAccountNumbers() {
        PageSketch arabic = letter(
                        "Monsieur le Directeur Général,",
                        "J'ai l'honneur de vous faire connaître les dispositions arrêtées pour la saison estivale.",
                        "Veuillez agréer, Monsieur le Directeur Général, l'expression de ma considération distinguée.")
                .skip(1)
                .right("الشركة الوطنية لاستغلال وتوزيع المياه")
                .right("Le Chef de Cabinet")
                .skip(2)
                .right("Mohamed Ali BEN SALEM");
        Signatory s = read(arabic, "fr");
        assertEquals("Le Chef de Cabinet", s.title());
        assertEquals("Mohamed Ali BEN SALEM", s.name());

        PageSketch account = letter(
                        "Madame,",
                        "Sauf règlement de l'arriéré sous huit jours, nous prononcerons la déchéance du terme du prêt.",
                        "Veuillez agréer, Madame, nos salutations distinguées.")
                .line("IBAN pour le remboursement : FR76 1130 8000 0100 4217 8551 046")
                .skip(1)
                .right("Le Responsable du Recouvrement")
                .skip(2)
                .right("Sylvie DÉSIRÉ");
        Signatory t = read(account, "fr");
        assertEquals("Le Responsable du Recouvrement", t.title());
        assertEquals("Sylvie DÉSIRÉ", t.name());
    }

    /** The name typed in brackets under an Indian or Malaysian signature is given without them. */
    @Test
    void givesANameTypedInBracketsWithoutThem() {
        PageSketch p = letter(
                        "Dear Sir,",
                        "I am directed to convey the approval of the Ministry for the research project described.",
                        "Yours faithfully,")
                .skip(2)
                .line("( MOHD ROSLI BIN ABDUL HAMID )")
                .line("Director, Manufacturing Licensing Division");
        Signatory s = read(p, "en");
        assertEquals("MOHD ROSLI BIN ABDUL HAMID", s.name());
    }

    /**
     * A memorandum with no signature at its foot is signed by the person after its FROM label: the title after the
     * name's comma, without the initials written beside it, or on the line under a name with its credentials.
     */
    @Test
    void takesAMemorandumsWriterFromItsFromLineWhenNothingIsSignedAtTheFoot() {
        PageSketch comma = new PageSketch()
                .line("MEMORANDUM")
                .row("TO:", 0.23, "All Elementary Principals")
                .row("FROM:", 0.23, "Dr. Marcus Bellamy, Director of Assessment and Accountability MB")
                .row("DATE:", 0.23, "January 8, 2025")
                .line("SUBJECT: Winter Testing Window")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("cc: Assistant Superintendents");
        Signatory s = read(comma, "en");
        assertEquals("Dr. Marcus Bellamy", s.name());
        assertEquals("Director of Assessment and Accountability", s.title());

        PageSketch under = new PageSketch()
                .line("REGIONAL MEMORANDUM")
                .line("No. 312, s. 2024")
                .row("TO", 0.24, ":  Schools Division Superintendents")
                .row("FROM", 0.24, ":", 0.25, "MARILOU D. SALVADOR, PhD, CESO III")
                .at(0.25, "Regional Director")
                .line("SUBJECT :  2024 REGIONAL SCHOOLS PRESS CONFERENCE")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .line("Encl.: As stated");
        Signatory t = read(under, "en");
        assertEquals("MARILOU D. SALVADOR, PhD, CESO III", t.name());
        assertEquals("Regional Director", t.title());
    }

    /**
     * A bank signs for itself over its officer's initials and her name typed in brackets, then her title; and a
     * department's Director-General signs under his name in brackets, the addressee's block typed below.
     */
    @Test
    void aNameTypedInBracketsUnderTheSignature() {
        PageSketch bank = letter(
                        "Dear Customer,",
                        "We request you to update your KYC details at the branch within thirty days of this letter.",
                        "Yours faithfully,")
                .line("For Harbourline Bank Ltd.")
                .skip(1)
                .line("S. Iyengar")
                .line("(Sunita Iyengar)")
                .line("Branch Manager");
        Signatory s = read(bank, "en");
        assertEquals("Sunita Iyengar", s.name());
        assertEquals("Branch Manager", s.title());

        PageSketch department = letter(
                        "Dear Dr. Hoffmann,",
                        "The Department would be grateful for your technical support to the regional workshop.",
                        "Yours sincerely,")
                .skip(2)
                .right("(Dr. Wiroj Sangsuwan)")
                .right("Director-General");
        Signatory t = read(department, "en");
        assertEquals("Dr. Wiroj Sangsuwan", t.name());
        assertEquals("Director-General", t.title());
    }

    /**
     * A teachers' union signs {@code Pour le Bureau Exécutif National,} over its general secretary's title: the body
     * signing is no part of the title. {@code Pour le Fonctionnaire technique,} is an official's delegation, and
     * stays.
     */
    @Test
    void aBodySigningForItselfIsNoPartOfTheTitle() {
        PageSketch union = letter(
                        "Monsieur le Ministre,",
                        "Nous avons l'honneur de vous notifier un préavis de grève de soixante-douze heures à compter du lundi.",
                        "Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.")
                .skip(1)
                .right("Pour le Bureau Exécutif National,")
                .right("Le Secrétaire Général National")
                .skip(2)
                .right("Cheikh Tidiane FALL");
        Signatory s = read(union, "fr");
        assertEquals("Cheikh Tidiane FALL", s.name());
        assertEquals("Le Secrétaire Général National", s.title());

        PageSketch delegation = letter(
                        "Monsieur le Bourgmestre,",
                        "Nous avons l'honneur de vous transmettre le permis d'environnement délivré à la société requérante.",
                        "Veuillez agréer, Monsieur le Bourgmestre, l'assurance de notre considération distinguée.")
                .skip(1)
                .right("Pour le Fonctionnaire technique,")
                .right("l'Attaché")
                .skip(2)
                .right("Frédéric Lhoest");
        assertEquals(
                "Pour le Fonctionnaire technique l'Attaché",
                read(delegation, "fr").title().replace(",", ""));
    }

    /** A president adds by hand a warmer closing under the formal one: no title of his. */
    @Test
    void aSecondClosingAddedUnderTheFormalOneIsNoTitle() {
        PageSketch p = letter(
                        "Madame la Ministre,",
                        "Je me permets d'appeler votre attention sur le financement des allocations individuelles.",
                        "Je vous prie d'agréer, Madame la Ministre, l'expression de ma haute considération.")
                .at(0.2, "Avec mes sentiments les meilleurs,")
                .skip(3)
                .right("Claude RIVAUD")
                .right("Président du Conseil départemental");
        Signatory s = read(p, "fr");
        assertEquals("Claude RIVAUD", s.name());
        assertEquals("Président du Conseil départemental", s.title());
    }

    /** A surname's particles in lower case ({@code van der}) keep a typed name a name. */
    @Test
    void aNameWithItsSurnamesParticlesInLowerCase() {
        PageSketch p = letter(
                        "Dear Principal Secretary,",
                        "We write to request the liquidation of the direct cash transfers made to the Ministry in 2024.",
                        "Yours sincerely,")
                .skip(1)
                .line("Ilse M. van der Berg")
                .line("Representative");
        Signatory s = read(p, "en");
        assertEquals("Ilse M. van der Berg", s.name());
        assertEquals("Representative", s.title());
    }

    /** Long items listed under {@code P.J. :} below the signature are no body: the signature stays above its end. */
    @Test
    void longEnclosureItemsUnderTheSignatureDoNotCarryTheBodyPastIt() {
        PageSketch p = letter(
                        "Monsieur le Recteur,",
                        "J'ai l'honneur de vous informer des résultats de l'appel à candidatures de mobilité doctorale.",
                        "Je vous prie d'agréer, Monsieur le Recteur, l'expression de ma haute considération.")
                .skip(1)
                .right("La Directrice régionale")
                .skip(2)
                .right("Pr Clarisse MENDO'O ATEBA")
                .skip(1)
                .line("P.J. :")
                .line("– Modèle de convention tripartite de mobilité entre les établissements (4 exemplaires)")
                .line("– Guide du lauréat 2025");
        Signatory s = read(p, "fr");
        assertEquals("Pr Clarisse MENDO'O ATEBA", s.name());
        assertEquals("La Directrice régionale", s.title());
    }
}
