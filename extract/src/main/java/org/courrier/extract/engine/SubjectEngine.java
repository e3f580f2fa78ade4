package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;

/**
 * The subject after {@code Objet :}, {@code Subject:}, {@code RE:}, joined across lines until the salutation or the
 * body starts; when OCR merged the salutation or the first sentence into the subject, the sentence detector cuts it.
 *
 * <p>Immutable and thread-safe.
 */
final class SubjectEngine {

    private static final int MAX_LINES = 4;

    /**
     * How much further right (page fraction) than its characters say a subject, or a copy list's entry, may start
     * after a tab behind its short label ({@code RE:}, {@code cc:}).
     */
    static final double TAB_AFTER_LABEL = 0.05;
    /**
     * An address line is short ({@code Rue de Jérusalem}, {@code 375, rue Argyll}); a subject naming a road or a
     * site runs longer.
     */
    private static final int ADDRESS_LINE_TOKENS = 5;
    /** A case's particular after its label: {@code Application No:}, {@code Date of birth:}. */
    private static final java.util.regex.Pattern PARTICULAR =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*( [\\p{L}.]+){0,3}\\s?:");
    /** How far down the page (share of its height) a notice's heading stands at the least: under the letterhead. */
    private static final double PARTICULARS_TOP = 0.2;
    /** The narrowest (page fraction) a one-line unlabelled subject above the salutation may be. */
    private static final double SHORT_SUBJECT_WIDTH = 0.25;
    /** The fewest words of a one-line unlabelled subject above the salutation narrower than a wide one. */
    private static final int SHORT_SUBJECT_WORDS = 4;
    /** A subject opening with the year its matter is of, then words. */
    private static final java.util.regex.Pattern YEAR_FIRST =
            java.util.regex.Pattern.compile("(19|20)\\d\\d\\s+\\p{L}.*");
    /**
     * A subject opening with the address of the property it is about, then a dash and the matter ({@code 14 Ashgrove
     * Road, Sale M33 6PL – requisition on your application}): an address line has no such dash and words after it.
     */
    private static final java.util.regex.Pattern PROPERTY_FIRST =
            java.util.regex.Pattern.compile("\\d.*\\s[–—-]\\s+\\p{L}+\\s+\\p{L}+.*");
    /** A subject opening with the ordinal of a session or an edition ({@code 69TH MINISTERIAL SESSION OF …}). */
    private static final java.util.regex.Pattern ORDINAL_FIRST = java.util.regex.Pattern.compile(
            "\\d{1,3}(st|nd|rd|th|e|er|re|ère|ème)\\s+\\p{L}{3,}.*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** How much wider (in line pitches) the space around a block is than the space inside it. */
    private static final double SET_APART = 0.3;
    /** Lines of a heading in capitals stacked under the salutation, one under the other: fewer than this many. */
    private static final int STACKED_LINES = 5;
    /** Width (of the page) from which two lines set together above the salutation are a subject's own lines. */
    private static final double HEADING_LINE_WIDTH = 0.45;
    /** A subject's matter or document line, set as a heading's line: this share of the page wide at least. */
    private static final double MATTER_LINE_WIDTH = 0.4;
    /** What a subject's matter line is about, on the line under it: this share of the page wide at least. */
    private static final double MATTER_KIND_WIDTH = 0.3;
    /** Width (of the page) from which a subject line ending with a comma ran to the margin and wrapped. */
    private static final double WRAPPED_WIDTH = 0.6;
    /** How far (page fraction) right of the body's margin a heading starts to be set in from it. */
    private static final double INDENTED = 0.02;
    /** Two lines centred on one axis: their centres this close (share of the page width). */
    private static final double CENTRED_AXIS = 0.02;
    /**
     * A piece ending with a number's label ({@code SUBMISSION OF CHALLAN IN CASE FIR NO.}), the next opening with its
     * figures ({@code 1187/2020 DATED …}): the sentence detector cut after the label's full stop.
     */
    private static final java.util.regex.Pattern NUMBER_LABEL_LAST =
            java.util.regex.Pattern.compile("(?i)\\b(no|nos|n°|nº)\\.\\s*$");
    /**
     * A piece opening with a number's label and its figures ({@code No. 214/3B – Petition of …}): the sentence
     * detector cut it after an abbreviation ({@code S.F.}), it is no new sentence.
     */
    private static final java.util.regex.Pattern NUMBER_GOES_ON =
            java.util.regex.Pattern.compile("(?i)(no|n°|nº)\\.?\\s*\\d");
    /**
     * A day or month of one or two figures (not the end of a year), then a year further on: four figures standing
     * alone, not the inside of a file number ({@code Application No. 24/03127/LBC}).
     */
    private static final java.util.regex.Pattern DATE_IN_LINE =
            java.util.regex.Pattern.compile(".*(?<!\\d)\\d{1,2}[ ./-].*(?<!\\d)\\d{4}(?!\\d).*");
    /** A preposition, then a date's day ({@code on 30 }, {@code du 12 }): how a phrase leads to a date. */
    private static final String DAY_AFTER_PREPOSITION = "(on|of|from|until|du|au)\\s+\\d{1,2}(st|nd|rd|th|er)?[ ./-]";
    /**
     * A date a phrase leads to ({@code Origin Inspection on 30 July 2024}, {@code Réunion du 12 mars 2024}): a matter
     * of that day, no date line ({@code Nairobi, 3rd March 2025}, {@code Dakar, le 3 mars 2025}).
     */
    private static final java.util.regex.Pattern DATE_IN_PHRASE =
            java.util.regex.Pattern.compile("(?iu)\\p{L}\\s+" + DAY_AFTER_PREPOSITION);
    /** A line opening with a preposition, then a date's day: the end of a phrase, {@code ON 14 SEPTEMBER 2024}. */
    private static final java.util.regex.Pattern DATE_AFTER_PREPOSITION =
            java.util.regex.Pattern.compile("(?iu)" + DAY_AFTER_PREPOSITION);
    /** A law's number and year ({@code ACT NO. 7 OF 2019}): no date. */
    private static final java.util.regex.Pattern LAW_NUMBER =
            java.util.regex.Pattern.compile("(?i)\\b(no|n°|nº)\\.?\\s*\\d{1,4}\\s+(of|de)\\s+\\d{4}\\b");

    Field<String> extract(LetterMap map) {
        String primary = map.book().phrases("subject").get(0).get(0);
        TextLine first = null;
        for (TextLine line : map.lines()) {
            if (line.index() >= map.bodyStart()) {
                break;
            }
            Tokens t = line.tokens();
            if (t.size() == 0) {
                continue;
            }
            int n = LetterMap.openingLabel(map.book(), "subject", t);
            if (n == 0 || !(t.colonAfter(n - 1) || t.get(n - 1).key().length() >= 5 && !sentenceGoesOn(t))) {
                continue;
            }
            if (t.get(n - 1).key().equals(primary)) {
                return follow(map, line, t, n);
            }
            if (first == null) {
                first = line;
            }
        }
        if (first != null) {
            // "Re: Project: …" heading a block of labelled lines with no "Subject:" among them
            Tokens t = first.tokens();
            return follow(map, first, t, LetterMap.openingLabel(map.book(), "subject", t));
        }
        Field<String> unlabelled = unlabelled(map);
        return unlabelled.found() ? unlabelled : AbsenceJudge.subject(map);
    }

    /**
     * Whether a line opening with a label word and no colon is a sentence's next line ({@code In any correspondence on
     * this} / {@code subject please quote No. …}): the word is in lower case, as a label never is.
     */
    private static boolean sentenceGoesOn(Tokens t) {
        return Character.isLowerCase(t.get(0).text().codePointAt(0));
    }

    /**
     * A subject printed without a label: the short line(s) between the salutation and the body's first sentence, or
     * a line in capitals standing alone just above the salutation. Less sure than a labelled one.
     */
    private static Field<String> unlabelled(LetterMap map) {
        List<TextLine> lines = map.lines();
        int salutation = map.salutation();
        if (salutation < 0) {
            Field<String> above = aboveBody(map);
            if (above.found()) {
                return above;
            }
            Field<String> underKind = underKindHeading(map);
            if (underKind.found() || map.bodyStart() < 1) {
                return underKind;
            }
            Field<String> particulars = overParticulars(map);
            return particulars.found() ? particulars : headingUnder(map, map.bodyStart() - 1);
        }
        List<TextLine> between = new ArrayList<>();
        for (int i = salutation + 1; i < lines.size() && i < map.bodyStart(); i++) {
            TextLine l = lines.get(i);
            if (l.page() != lines.get(salutation).page() || LetterMap.opensBody(map.book(), l)) {
                break;
            }
            between.add(l);
        }
        between = between.subList(0, between.size() - sentenceUnderCapitals(map, between));
        between = withoutOpeningParagraphs(map, withoutBodysFirstLines(map, between));

        if (!between.isEmpty()
                && (between.size() <= LetterMap.MAX_SUBJECT_LINES
                        || between.size() < STACKED_LINES && setApart(map, salutation, between))
                && plausibleSubject(between)
                && !greeting(between)
                && !runsOn(lines, between.get(between.size() - 1))) {
            boolean onePiece = true;
            for (int i = 1; i < between.size(); i++) {
                onePiece &= wrapped(map, between.get(i - 1), between.get(i));
            }
            if (between.size() <= 2 || onePiece || setApart(map, salutation, between)) {
                return subjectOf(between, 0.88);
            }
        }
        if (between.size() > LetterMap.MAX_SUBJECT_LINES) {
            Field<String> stacked = capitalsUnderSalutation(map);
            if (stacked.found()) {
                return stacked;
            }
        }
        if (between.isEmpty()) {
            Field<String> underSalutation = capitalsUnderSalutation(map);
            if (underSalutation.found()) {
                return underSalutation;
            }
            Field<String> heading = headingUnder(map, salutation);
            if (heading.found()) {
                return heading;
            }
        }
        int above = underSubject(map) - 1;
        if (above >= 1) {
            TextLine l = lines.get(above);
            if (l.page() == lines.get(salutation).page()
                    && capitals(l.text())
                    && l.tokens().size() >= 4
                    && map.gap(lines.get(above - 1), l) > 1.2
                    && !LetterMap.startsWithLabel(map.book(), l)
                    && plausibleSubject(List.of(l))) {
                return subjectOf(List.of(l), 0.8);
            }
        }
        return aboveSalutation(map);
    }

    /**
     * A notice without a salutation, its heading in capitals over the particulars of its case, each after its label
     * ({@code REFUSAL OF PLANNING PERMISSION} / {@code Application No:} {@code 24/1187/HOUS} / {@code Applicant:} …,
     * {@code DECISION – APPLICATION FOR A FAMILY IMMIGRATION PERMIT} / {@code Name:} …): the heading is the subject.
     */
    private static Field<String> overParticulars(LetterMap map) {
        List<TextLine> lines = map.lines();
        for (int i = 1; i + 1 < map.bodyStart() && i + 1 < lines.size(); i++) {
            TextLine heading = lines.get(i);
            TextLine next = lines.get(i + 1);
            TextLine further = lines.get(Math.min(i + 3, lines.size() - 1)); // the next label, past the first value
            if (heading.page() == next.page()
                    && heading.top() > PARTICULARS_TOP
                    && capitals(heading.text())
                    && heading.tokens().size() >= 3
                    && !LetterMap.startsWithLabel(map.book(), heading)
                    && map.gap(heading, next) <= 1.5
                    && PARTICULAR.matcher(next.text().strip()).lookingAt()
                    && PARTICULAR.matcher(further.text().strip()).lookingAt()
                    && plausibleSubject(List.of(heading))) {
                return subjectOf(List.of(heading), 0.75);
            }
        }
        return Field.missing();
    }

    /**
     * The lines between the salutation and the body without the body's own first lines, run across the page and on
     * into it with no paragraph's gap, set apart from the lines above them ({@code Your Excellency,} / {@code
     * Commonwealth Heads of Government Meeting 2026: Nomination of Liaison Officer} / {@code As you will be aware, the
     * next Commonwealth Heads of Government Meeting (CHOGM) will be} …, too full of names to read as prose).
     */
    private static List<TextLine> withoutBodysFirstLines(LetterMap map, List<TextLine> between) {
        int run = between.size();
        while (run > 0) {
            TextLine l = between.get(run - 1);
            int next = l.index() + 1;
            if (l.width() < LetterMap.RUNNING_WIDTH
                    || next >= map.lines().size()
                    || map.lines().get(next).page() != l.page()
                    || map.gap(l, map.lines().get(next)) >= 0.5) {
                break;
            }
            run--;
        }
        if (run == 0 || run == between.size() || map.gap(between.get(run - 1), between.get(run)) < 0.5) {
            return between;
        }
        return new ArrayList<>(between.subList(0, run));
    }

    /**
     * The lines between the salutation and the body without the body's first paragraphs read as no prose: each after a
     * paragraph's gap, running across the page and ending with a sentence's stop ({@code Dear Mr. Ramcharan,} / {@code
     * Onshore and Nearshore Competitive Bid Round 2024 – Invitation to Negotiate an Exploration and} / {@code Production
     * Licence for the Central Range North Block} / {@code The Ministry of Energy and Energy Industries refers to the
     * bid …} / … / {@code Nearshore Competitive Bid Round 2024.}, too full of names to read as prose). The first block
     * goes too when it holds more lines than a subject has: {@code Dear Councillor Ramdass-Joseph,} / {@code The
     * Integrity Commission acknowledges receipt, on May 28, 2024, of your Declaration of} / … / {@code 22:01.} opens a
     * letter that has no subject.
     */
    private static List<TextLine> withoutOpeningParagraphs(LetterMap map, List<TextLine> between) {
        int end = between.size();
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && map.gap(between.get(start - 1), between.get(start)) < 0.5) {
                start--;
            }
            List<TextLine> block = between.subList(start, end);
            if (start == 0 && block.size() <= LetterMap.MAX_SUBJECT_LINES
                    || !block.get(block.size() - 1).text().strip().matches(".*[.!?]$")
                    || block.stream().noneMatch(l -> l.width() >= LetterMap.RUNNING_WIDTH)) {
                break;
            }
            end = start;
        }
        return end == between.size() ? between : new ArrayList<>(between.subList(0, end));
    }

    /**
     * A subject centred under the heading that names the document's kind, in a letter without salutation ({@code
     * BORDEREAU D'ENVOI} / {@code Contrôle budgétaire – Commune de Jargeau} over the table of the documents sent):
     * one line on the heading's axis, close under it, of several words, no label, address, date or reference.
     */
    private static Field<String> underKindHeading(LetterMap map) {
        List<TextLine> lines = map.lines();
        for (int i = 0; i + 1 < lines.size() && i < map.bodyStart(); i++) {
            TextLine kind = lines.get(i);
            if (!LetterMap.documentKind(map.book(), kind)) {
                continue;
            }
            TextLine next = lines.get(i + 1);
            if (next.page() == kind.page()
                    && Math.abs(next.centre() - kind.centre()) <= CENTRED_AXIS
                    && map.gap(kind, next) <= 1
                    && next.tokens().size() >= SHORT_SUBJECT_WORDS
                    && !next.text().strip().matches(".*[.:;,]$")
                    && standsAsSubject(map.book(), List.of(next))) {
                return subjectOf(List.of(next), 0.75);
            }
            return Field.missing();
        }
        return Field.missing();
    }

    /**
     * How many of the last lines under the salutation are a sentence opening the body under a subject in capitals, not
     * the subject's end ({@code PACIFIC RESILIENCE FACILITY – SIGNATURE AND RATIFICATION OF THE TREATY} / {@code Warm
     * Pacific greetings from the Pacific Islands Forum Secretariat.}, or {@code CLAIM FOR DAMAGES FOR MEDICAL
     * NEGLIGENCE – MR. LUKA BANDA} / {@code We act for Mr. Luka Banda …, on whose instructions} / {@code we address
     * you as hereunder.}): in mixed case, each wrapped into the next, ending with a full stop, and not wrapped from
     * the line in capitals above them; 0 when there is none.
     */
    private static int sentenceUnderCapitals(LetterMap map, List<TextLine> between) {
        int first = between.size() - 1;
        while (first > 0
                && !capitals(between.get(first - 1).text())
                && wrapped(map, between.get(first - 1), between.get(first))) {
            first--;
        }
        if (first < 1) {
            return 0;
        }
        TextLine above = between.get(first - 1);
        return capitals(above.text())
                        && !capitals(between.get(first).text())
                        && between.get(between.size() - 1).text().strip().endsWith(".")
                        && !wrapped(map, above, between.get(first))
                ? between.size() - first
                : 0;
    }

    /**
     * A sentence of greeting set apart under the salutation ({@code Warm greetings from Community Health Initiative
     * Liberia (CHI-Liberia).}): one line in ordinary case ending with a full stop. A subject is a heading, not a
     * sentence.
     */
    private static boolean greeting(List<TextLine> block) {
        String text = block.get(block.size() - 1).text().strip();
        return block.size() == 1 && text.endsWith(".") && !capitals(text);
    }

    /**
     * Whether the lines under the salutation stand as one block: closer to one another than to the salutation above
     * and to the body's first line below ({@code Claim No. CV2024-01873 – … v. The Port Authority of Trinidad and} /
     * {@code Tobago} / {@code Notice of Case Management Conference}).
     */
    private static boolean setApart(LetterMap map, int salutation, List<TextLine> block) {
        List<TextLine> lines = map.lines();
        int after = block.get(block.size() - 1).index() + 1;
        return after < lines.size() && setApart(map, lines.get(salutation), block, lines.get(after));
    }

    /** Whether the block stands closer together than to the line above it and to the line after it. */
    private static boolean setApart(LetterMap map, TextLine above, List<TextLine> block, TextLine after) {
        if (after.page() != block.get(0).page()) {
            return false;
        }
        double inside = 0;
        for (int i = 1; i < block.size(); i++) {
            inside = Math.max(inside, map.gap(block.get(i - 1), block.get(i)));
        }
        double apart = Math.min(map.gap(above, block.get(0)), map.gap(block.get(block.size() - 1), after));
        return apart > inside + SET_APART;
    }

    /**
     * A subject set in capitals right under the salutation, the body's first paragraph following
     * ({@code Dear Sir/Madam:} / {@code NOTICE OF VALUE ADDED TAX AUDIT} / {@code In accordance with …}): up to three
     * lines in capitals wrapped into one another, or up to four stacked one under the other as a statute's heading
     * and set apart from the body ({@code PLANNING AND ENVIRONMENT ACT 1987} / {@code BAYSIDE PLANNING SCHEME} /
     * {@code AMENDMENT C205bays}), the first of three words or more, none of them running text.
     */
    private static Field<String> capitalsUnderSalutation(LetterMap map) {
        List<TextLine> lines = map.lines();
        int salutation = map.salutation();
        List<TextLine> block = new ArrayList<>();
        boolean stacked = false;
        for (int i = salutation + 1; i < lines.size() && block.size() < STACKED_LINES; i++) {
            TextLine l = lines.get(i);
            if (l.page() != lines.get(salutation).page()
                    || !(capitals(l.text()) || !block.isEmpty() && capitalWords(l.text()))
                    || l.text().strip().matches(".*[.,;:]$")) {
                break;
            }
            if (!block.isEmpty() && !wrapped(map, block.get(block.size() - 1), l)) {
                if (map.gap(block.get(block.size() - 1), l) > 0.3) {
                    break;
                }
                stacked = true; // "PLANNING AND ENVIRONMENT ACT 1987" / "BAYSIDE PLANNING SCHEME": a heading's lines
            }
            block.add(l);
        }
        int after = block.isEmpty() ? -1 : block.get(block.size() - 1).index() + 1;
        if (block.isEmpty()
                || block.get(0).tokens().size() < 3
                || (stacked ? block.size() >= STACKED_LINES : block.size() > LetterMap.MAX_SUBJECT_LINES)
                || after >= lines.size()
                || stacked && map.gap(block.get(block.size() - 1), lines.get(after)) < 0.5
                || LetterMap.startsWithLabel(map.book(), block.get(0))
                || !plausibleSubject(block)) {
            return Field.missing();
        }
        return subjectOf(block, 0.8);
    }

    /**
     * A subject set in bold under the salutation and read as the body's first lines ({@code Tēnā koe Aroha} /
     * {@code Request for further information – Resource consent application RC24/0187, 2-lot} / {@code subdivision
     * and new dwelling, 12 Muriwai Drive, Whakatāne} / {@code Thank you for lodging …}): one line, or two wrapped into
     * one another and perhaps a third close under them (the case the heading is about, {@code Lot 7 on RP731944, Bruce
     * Highway}), set apart from the salutation and from the paragraph under it, ending with no sentence's stop. In a
     * letter without a salutation, the same under the line above the body (the date line).
     *
     * @param salutation the line the heading stands under
     */
    private static Field<String> headingUnder(LetterMap map, int salutation) {
        List<TextLine> lines = map.lines();
        int first = salutation + 1;
        if (first + 1 >= lines.size()) {
            return Field.missing();
        }
        int last = first;
        if (map.gap(lines.get(first), lines.get(first + 1)) <= 0.3
                && wrapped(map, lines.get(first), lines.get(first + 1))) {
            last = first + 1;
            if (last + 1 < lines.size()
                    && map.gap(lines.get(last), lines.get(last + 1)) <= 0.3
                    && !lines.get(last).text().strip().matches(".*[.!?;:,]$")) {
                last++; // the wrapped heading, then the case it is about on a line of its own
            }
        }
        if (last + 1 >= lines.size()) {
            return Field.missing();
        }
        List<TextLine> block = lines.subList(first, last + 1);
        TextLine after = lines.get(last + 1);
        String end = lines.get(last).text().strip();
        String next = after.text().strip();
        int tokens = block.stream().mapToInt(l -> l.tokens().size()).sum();
        if (block.get(0).page() != lines.get(salutation).page()
                || after.page() != block.get(0).page()
                || map.gap(lines.get(salutation), block.get(0)) < 0.5
                || map.gap(lines.get(last), after) < 0.5
                || end.matches(".*[.!?;:,]$")
                || next.isEmpty()
                || !Character.isUpperCase(next.charAt(0))
                || tokens < SHORT_SUBJECT_WORDS
                || !standsAsSubject(map.book(), block)) {
            return Field.missing();
        }
        return subjectOf(block, 0.75);
    }

    /**
     * A subject set apart above the salutation without a label ({@code Enquête sur la structure des salaires – …}
     * under the place and date): one to three lines, the first a wide one (or one short line of several words,
     * {@code Sommation – déclaration d'impôt 2023}), closer to the salutation than to what stands above them,
     * wrapped into one another, and none of them an address, a label or a date.
     */
    private static Field<String> aboveSalutation(LetterMap map) {
        List<TextLine> lines = inColumnAbove(map, underSubject(map));
        int salutation = lines.size() - 1;
        int first = salutation - 1;
        while (first > 0
                && salutation - first < LetterMap.MAX_SUBJECT_LINES
                && map.gap(lines.get(first - 1), lines.get(first)) <= 0.3
                && (wrapped(map, lines.get(first - 1), lines.get(first))
                        || headingLines(lines.get(first - 1), lines.get(first))
                        || secondLine(lines.get(first - 1), lines.get(first))
                        || matterThenKind(lines.get(first - 1), lines.get(first))
                        || centredHeading(lines.get(first - 1), lines.get(first))
                        || centredRest(lines.get(first - 1), lines.get(first)))) {
            first--;
        }
        if (first < 1 || lines.get(first).page() != lines.get(salutation).page()) {
            return Field.missing();
        }
        List<TextLine> block = lines.subList(first, salutation);
        TextLine top = block.get(0);
        TextLine before = lines.get(first - 1);
        // set apart from the lines above it, or under the letter's date line a little apart (a subject under "3 March
        // 2025" at less than a blank line's distance, the date ending the head's blocks)
        boolean apart = map.gap(before, top) >= 0.7 || map.gap(before, top) > 0.3 && dateLine(List.of(before), before);
        if (!apart
                || map.gap(block.get(block.size() - 1), lines.get(salutation)) > 2.5
                || top.width() < 0.38 && !shortOneLiner(block)
                || !alignedWith(top, lines.get(salutation))) {
            return Field.missing();
        }
        return standsAsSubject(map.book(), block) ? subjectOf(block, 0.75) : Field.missing();
    }

    /**
     * The lines of the page up to the salutation (its last), without those of a column beside it read in between (a
     * column of labels and values at the left, {@code Our ref} / {@code Tax reference}, beside the date, the subject
     * and the salutation set further right).
     */
    private static List<TextLine> inColumnAbove(LetterMap map, int salutation) {
        TextLine s = map.lines().get(salutation);
        List<TextLine> column = new ArrayList<>();
        for (int i = 0; i <= salutation; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != s.page()
                    || l.left() >= s.left() - RecipientEngine.OTHER_COLUMN
                    || Math.abs(l.centre() - 0.5) <= 0.04) {
                column.add(l);
            }
        }
        return column;
    }

    /**
     * The lines of the page up to the body's first line (its last), without those of a column at the right of it (a
     * received stamp's {@code No. 2187} beside the subject); a line centred on the page, or standing under the line
     * before it within its width (a heading's last word centred under it), stays.
     */
    private static List<TextLine> inBodysColumn(LetterMap map) {
        TextLine b = map.lines().get(map.bodyStart());
        List<TextLine> column = new ArrayList<>();
        for (int i = 0; i <= map.bodyStart(); i++) {
            TextLine l = map.lines().get(i);
            TextLine last = column.isEmpty() ? null : column.get(column.size() - 1);
            if (l.page() != b.page()
                    || l.left() <= b.left() + RecipientEngine.OTHER_COLUMN
                    || Math.abs(l.centre() - 0.5) <= 0.04
                    || last != null
                            && l.box().y() > last.box().y() + last.box().h() / 2
                            && l.box().x() < last.box().right()) {
                column.add(l);
            }
        }
        return column;
    }

    /**
     * Two lines of a subject set as a heading of its own lines, each short of the margin and wide (the matter, then
     * the property it is about: {@code Notice of Bylaw Contravention – Unauthorized Secondary Suite} / {@code 892
     * Glenmore Drive (Lot 7, District Lot 138, …)}), on one margin and ending with no sentence's stop.
     */
    private static boolean headingLines(TextLine above, TextLine next) {
        return wideOverMargin(above, next, HEADING_LINE_WIDTH) && next.width() >= HEADING_LINE_WIDTH && !above.prose();
    }

    /**
     * A line this share of the page wide at least, ending with no stop, and the next on its margin: a heading that may
     * go on to the next line.
     */
    private static boolean wideOverMargin(TextLine above, TextLine next, double width) {
        return above.width() >= width
                && Math.abs(above.left() - next.left()) <= 0.01
                && !above.text().strip().matches(".*[.;:,]$");
    }

    /**
     * A heading's line this share of the page wide at least, and the next on its margin going on with it as a line of
     * its own: opening with a capital, and ending with no stop either.
     */
    private static boolean headingOverLine(TextLine above, TextLine next, double width) {
        String n = next.text().strip();
        return wideOverMargin(above, next, width)
                && !n.isEmpty()
                && Character.isUpperCase(n.codePointAt(0))
                && !n.matches(".*[.;:,]$");
    }

    /**
     * A subject's matter on a wide line and what is asked about it on a shorter one under it, on one margin ({@code
     * Installation d'une pompe à chaleur air-eau – Chemin de Montolivet 19} / {@code Demande de compléments}): the
     * wide line (in lower case as often as not, in French) ends with no stop, and the shorter one opens with a capital
     * and ends with no stop either.
     */
    private static boolean secondLine(TextLine above, TextLine next) {
        return headingOverLine(above, next, HEADING_LINE_WIDTH) && next.width() < above.width();
    }

    /**
     * A subject's matter on one line and the document it is about on the next, both of some width on one margin, set
     * as a heading of two lines ({@code Cossonay – Assainissement régional du Haut-Venoge} / {@code Compte rendu de la
     * séance de coordination du 28 avril 2025}): the matter's line names its parts between dashes, neither line ends
     * with a stop, the second opens with a capital.
     */
    private static boolean matterThenKind(TextLine above, TextLine next) {
        return headingOverLine(above, next, MATTER_LINE_WIDTH)
                && next.width() >= MATTER_KIND_WIDTH
                && above.text().strip().matches(".*\\s[–—]\\s.*");
    }

    /**
     * Two lines of a heading in capitals on one margin, each wide and short of the margin ({@code 69TH MINISTERIAL
     * SESSION OF THE NATIONAL COUNCIL ON EDUCATION} / {@code (NCE): SUBMISSION OF MEMORANDA AND …}).
     */
    private static boolean capitalsHeading(TextLine above, TextLine next) {
        return capitals(above.text()) && capitals(next.text()) && headingLines(above, next);
    }

    /**
     * Two lines of a heading in capitals centred on one axis ({@code RÉHABILITATION DES BORNES-FONTAINES PUBLIQUES}
     * / {@code DANS LES 3ème ET 5ème ARRONDISSEMENTS}), the first ending with no stop or colon.
     */
    private static boolean centredHeading(TextLine above, TextLine next) {
        return capitals(above.text()) && capitals(next.text()) && centredPair(above, next);
    }

    /**
     * A subject centred over two lines, the second going on from the first ({@code Distribution gratuite ciblée de
     * céréales aux ménages vulnérables de la Province du Ouaddaï} / {@code – période de soudure 2024}): on one axis,
     * the second opening with a dash or in lower case, the first ending with no stop or colon.
     */
    private static boolean centredRest(TextLine above, TextLine next) {
        String n = next.text().strip();
        return centredPair(above, next)
                && !n.isEmpty()
                && (n.matches("[–—-]\\s.*") || Character.isLowerCase(n.codePointAt(0)));
    }

    /**
     * Two lines centred on one axis, of different widths (their left ends apart), the first ending with no stop or
     * colon: a centred heading going on from one line to the next.
     */
    private static boolean centredPair(TextLine above, TextLine next) {
        return Math.abs(above.centre() - next.centre()) <= CENTRED_AXIS
                && Math.abs(above.left() - next.left()) > CENTRED_AXIS
                && !above.text().strip().matches(".*[.;:]$");
    }

    /**
     * One line a quarter of the page wide at least, of four words or more: not a name, a title or a word; or a
     * heading of three words or more in capitals centred on the page ({@code NOTIFICATION DE JUGEMENT}).
     */
    private static boolean shortOneLiner(List<TextLine> block) {
        TextLine l = block.get(0);
        return block.size() == 1
                && (l.width() >= SHORT_SUBJECT_WIDTH && l.tokens().size() >= SHORT_SUBJECT_WORDS
                        || capitals(l.text())
                                && Math.abs(l.centre() - 0.5) <= 0.04
                                && l.tokens().size() >= 3);
    }

    /**
     * A subject's opening word and a lower-case word after it ({@code On registration in the …}, {@code Regarding the
     * extension of …}): the matter titled as letters from the former Soviet states do, in a narrow block.
     */
    private static boolean led(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        int n = book.matchExactly("subjectLeads", t, 0);
        return n > 0 && n < t.size() && Character.isLowerCase(t.get(n).text().charAt(0));
    }

    /**
     * Whether the line {@code at} goes on with a led subject above it in the same column ({@code On registration in the
     * State Revenue Service Value} / {@code Added Tax Register}): close under a line not ended by punctuation, on its
     * margin, the block's first line led.
     */
    private static boolean underLeadInColumn(LanguageCues book, List<TextLine> lines, int at) {
        for (int k = at - 1; k >= 0 && at - k < LetterMap.MAX_SUBJECT_LINES; k--) {
            TextLine above = lines.get(k);
            TextLine next = lines.get(k + 1);
            if (Math.abs(above.left() - next.left()) > 0.01
                    || above.text().strip().matches(".*[.,;:]$")) {
                return false;
            }
            if (led(book, above)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line a subject set above the salutation stands over: the salutation, or the line saying how the letter
     * travels set between them ({@code NOTIFICATION DE JUGEMENT} / {@code Lettre recommandée avec avis de
     * réception} / {@code Monsieur,}).
     */
    private static int underSubject(LetterMap map) {
        int at = map.salutation();
        while (at > 1
                && map.lines().get(at - 1).page() == map.lines().get(at).page()
                && LetterMap.deliveryNotice(map.book(), map.lines().get(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * A subject in a letter without a salutation (a circular, a court's notice, a ministry's letter that goes from
     * the addressee straight to its matter): one to three lines just above the body's first sentence, set apart from
     * what stands above and below them, the first a wide one, none of them an address, a label or a date. Not the
     * first line of the body itself, which runs to the margin and on into the next line.
     */
    private static Field<String> aboveBody(LetterMap map) {
        if (map.bodyStart() < 2 || map.bodyStart() >= map.lines().size()) {
            return Field.missing();
        }
        List<TextLine> lines = inBodysColumn(map);
        int body = openingParagraph(map, lines, lines.size() - 1);
        if (body < 2) {
            return Field.missing();
        }
        int first = body - 1;
        while (first > 1
                && body - first < LetterMap.MAX_SUBJECT_LINES
                && map.gap(lines.get(first - 1), lines.get(first)) <= 0.3
                && (wrapped(map, lines.get(first - 1), lines.get(first))
                        || underLeadInColumn(map.book(), lines, first)
                        || capitalsHeading(lines.get(first - 1), lines.get(first))
                        || centredHeading(lines.get(first - 1), lines.get(first))
                        || centredRest(lines.get(first - 1), lines.get(first)))) {
            first--;
        }
        List<TextLine> block = lines.subList(first, body);
        TextLine top = block.get(0);
        if (top.page() != lines.get(body).page()
                || top.width() < 0.38 && !shortOneLiner(block) && !led(map.book(), top)
                || !setApart(map, lines.get(first - 1), block, lines.get(body))
                || !plausibleSubject(block)
                || block.get(block.size() - 1).text().strip().endsWith(".")
                || wrapped(map, block.get(block.size() - 1), lines.get(body))
                        && !LetterMap.opensBody(map.book(), lines.get(body))
                        && !indentedCapitals(block.get(block.size() - 1), lines.get(body))) {
            return Field.missing();
        }
        return standsAsSubject(map.book(), block) ? subjectOf(block, 0.7) : Field.missing();
    }

    /**
     * Where the body begins when the paragraphs over its first line are sentences of its own, each after a paragraph's
     * gap, running across the page and ending with a stop ({@code Please refer to your letter No. … on the above
     * subject.} over {@code 2. I am directed to forward …}: paragraphs numbered from the second): the first of them.
     */
    private static int openingParagraph(LetterMap map, List<TextLine> lines, int body) {
        if (body < 3 || map.gap(lines.get(body - 1), lines.get(body)) < 0.5) {
            return body;
        }
        return withoutOpeningParagraphs(map, lines.subList(0, body)).size();
    }

    /**
     * A heading in capitals set in from the body's margin ({@code HANDOVER OF OFFICE BY ACCOUNTING OFFICERS IN LOCAL
     * GOVERNMENTS}, centred over a circular's first paragraph): however near the right margin it ends, the body's
     * first line does not go on from it.
     */
    private static boolean indentedCapitals(TextLine heading, TextLine body) {
        return SenderEngine.capitals(heading.text()) && heading.left() > body.left() + INDENTED;
    }

    /**
     * None of the lines is an address line, an attention line, a label, a document's kind, a reference or a date;
     * the first opens with no number, unless the number is the year the matter is of ({@code 2024 STAFF VERIFICATION
     * AND BIOMETRIC DATA CAPTURE EXERCISE}).
     */
    private static boolean standsAsSubject(LanguageCues book, List<TextLine> block) {
        for (TextLine l : block) {
            Tokens t = l.tokens();
            if (t.size() == 0
                    || addressComma(block, l)
                    || dateLine(block, l)
                    || LetterMap.startsWithLabel(book, l)
                    || LetterMap.documentKind(book, l)
                    || book.match("civilities", t, 0) > 0
                    || book.match("addresseeLead", t, 0) > 0
                    || attentionLine(book, t)
                    || book.match("reference", t, 0) > 0 && !wordsOnly(l) && !wrappedOn(block, l)
                    || t.size() <= ADDRESS_LINE_TOKENS && LetterMap.containsExactly(book, "letterheadNoise", l)
                    || l == block.get(0)
                            && l.text().matches("\\d.*")
                            && !YEAR_FIRST.matcher(l.text()).matches()
                            && !ORDINAL_FIRST.matcher(l.text()).matches()
                            && !PROPERTY_FIRST.matcher(l.text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line opening with who is to deal with the letter ({@code Attention:}, {@code Attn Mr Lim}): the word as written,
     * or read with OCR's slips before its colon or a name; a long line opening with a word a slip away ({@code Detention
     * of MV KESTREL HORIZON (IMO 9584217) at the Port of Tauranga}) is a heading.
     */
    private static boolean attentionLine(LanguageCues book, Tokens t) {
        int n = book.match("attentionLines", t, 0);
        return book.matchExactly("attentionLines", t, 0) > 0
                || n > 0 && (t.colonAfter(n - 1) || t.size() - n <= ADDRESS_LINE_TOKENS);
    }

    /**
     * A line of the block after its first, opening in lower case: the line above goes on into it ({@code …, parcelle}
     * / {@code n° 1342, chemin des Croisettes 20}), a reference's word there is no reference's line.
     */
    private static boolean wrappedOn(List<TextLine> block, TextLine l) {
        String s = l.text().strip();
        return l != block.get(0) && !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /**
     * Words alone, no figure, no colon: a line opening with a reference's word ({@code Dossier d'examen préalable}) that
     * holds no number is no reference's line.
     */
    private static boolean wordsOnly(TextLine l) {
        return !l.text().matches(".*[\\d:].*");
    }

    /**
     * A line ending with a comma as an address line does: the block's last, or one short of the margin (a line ending
     * with one may only be wrapped at the right margin, inside a long subject).
     */
    private static boolean addressComma(List<TextLine> block, TextLine l) {
        return l.text().strip().endsWith(",") && (l == block.get(block.size() - 1) || l.width() < WRAPPED_WIDTH);
    }

    /**
     * A short line holding a date ({@code 12 March 2025}, {@code 24/10/2023}), unless it goes on a line of the block
     * ending with a comma or a dash ({@code … ADDIS-ABEBA,} / {@code 21 – 25 OCTOBRE 2024}). A span of years
     * ({@code 2022/2023 FINANCIAL YEAR}) is no date, nor a law's number and year ({@code NO. 7 OF 2019}).
     */
    private static boolean dateLine(List<TextLine> block, TextLine l) {
        int at = block.indexOf(l);
        if (at > 0 && block.get(at - 1).text().strip().matches(".*[,–-]$")) {
            return false;
        }
        if (at > 0 && DATE_AFTER_PREPOSITION.matcher(l.text().strip()).lookingAt()) {
            return false; // "… SERVICE DISRUPTION" / "ON 14 SEPTEMBER 2024": the heading wrapped before its date
        }
        return l.tokens().size() <= 6
                && DATE_IN_LINE.matcher(l.text()).matches()
                && !DATE_IN_PHRASE.matcher(l.text()).find()
                && !LAW_NUMBER.matcher(l.text()).find();
    }

    /**
     * Whether a line above the salutation stands where a subject does: on the salutation's margin, a little left of
     * an indented salutation, or centred on the page.
     */
    private static boolean alignedWith(TextLine top, TextLine salutation) {
        double shift = top.left() - salutation.left();
        return Math.abs(shift) <= 0.03 || shift < 0 && shift >= -0.08 || Math.abs(top.centre() - 0.5) <= 0.04;
    }

    /**
     * Whether the line is running text going on under it: a word broken at its end ({@code have ap-}), or the next
     * line opening in lower case ({@code Your letter of the 20th inst, to Mr. Lathrop has been / received …}).
     */
    private static boolean runsOn(List<TextLine> lines, TextLine last) {
        String text = last.text().strip();
        if (text.endsWith("-")) {
            return true;
        }
        int next = last.index() + 1;
        if (next >= lines.size() || lines.get(next).text().isBlank()) {
            return false;
        }
        return Character.isLowerCase(lines.get(next).text().strip().charAt(0));
    }

    /**
     * Whether the lines can be a subject: no running text, no date, no address line ending with a comma (a line
     * ending with one may only be wrapped at the right margin, inside a long subject).
     */
    private static boolean plausibleSubject(List<TextLine> lines) {
        int tokens = 0;
        for (TextLine l : lines) {
            if (l.prose() || dateLine(lines, l) || addressComma(lines, l) || LetterMap.opensWithContact(l)) {
                return false;
            }
            tokens += l.tokens().size();
        }
        return tokens >= 3;
    }

    /**
     * Whether the next line continues the one above as a wrapped line: the line above ran to the right margin,
     * so that the next line's first word would not have fitted on it. A subject that ends short of the margin
     * ends there, even when the body's first line follows without a blank line.
     */
    static boolean wrapped(LetterMap map, TextLine above, TextLine next) {
        if (above.text().endsWith("-")
                || above.text().endsWith("–")
                || next.text().isEmpty()) {
            return true;
        }
        String first = next.tokens().size() == 0 ? "" : next.tokens().get(0).text();
        int firstWidth = next.box().w() * (first.length() + 1) / next.text().length();
        int margin = map.rightMargin(above.page());
        return above.box().right() + firstWidth > margin - 0.02 * above.pageWidth();
    }

    /**
     * Every word without a figure in capitals, at least one of them: a heading's short line with a code in it
     * ({@code AMENDMENT C205bays}).
     */
    private static boolean capitalWords(String text) {
        int words = 0;
        for (String w : text.strip().split("\\s+")) {
            if (w.chars().anyMatch(Character::isDigit) || w.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (w.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
            words++;
        }
        return words > 0;
    }

    private static boolean capitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 10 && upper * 10 >= letters * 8;
    }

    private static Field<String> subjectOf(List<TextLine> used, double confidence) {
        StringBuilder text = new StringBuilder();
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            text.append(text.length() == 0 ? "" : " ").append(l.text().strip());
            q = Math.min(q, l.readQuality());
            ev.add(l.evidence());
        }
        double c = confidence + (capitals(text.toString()) ? 0.05 : 0);
        return new Field<>(text.toString(), text.toString(), Math.max(0.05, c * q), ev);
    }

    private Field<String> follow(LetterMap map, TextLine label, Tokens t, int n) {
        List<TextLine> used = new ArrayList<>();
        StringBuilder text = new StringBuilder(t.restFrom(n).replaceAll("^[:.\\-\\s]+", ""));
        if (caseNumberAlone(map.book(), Tokens.of(text.toString()))) {
            text.setLength(0); // "Re: Complaint No. 2241873" / "Notice of Alleged Safety and Health Hazards"
        }
        if (text.length() > 0) {
            used.add(label);
        }
        double conf =
                t.get(n - 1).key().equals(map.book().phrases("subject").get(0).get(0)) || t.colonAfter(n - 1)
                        ? 0.96
                        : 0.9;
        TextLine prev = label;
        boolean clean = false;
        for (int i = label.index() + 1; i < map.lines().size() && used.size() < MAX_LINES; i++) {
            TextLine next = map.lines().get(i);
            if (next.page() != label.page()) {
                clean = true;
                break;
            }
            double gap = map.gap(prev, next);
            if (next.box().y() < prev.box().bottom() - prev.box().h() / 2 && next.left() > label.left() + 0.3) {
                continue;
            }
            if (next.box().right() < label.box().x()) {
                continue; // a column wholly left of the label ("Affaire suivie par :" in a ministry's side column)
            }
            if (!used.isEmpty()
                    && used.get(0) == label
                    && next.box().y() >= label.box().bottom()
                    && next.box().x() > label.box().right()) {
                // under its row, a column wholly right of the subject's first line (a Congolese letter's list of
                // copies beside the subject), the subject's next line under it
                continue;
            }
            if (next.tokens().size() == 0 && next.left() < label.left() + 0.01 && !used.isEmpty()) {
                continue; // the label's colon read apart in the column of labels, on the row of the subject's 2nd line
            }
            if (gap > (used.isEmpty() ? 1.5 : 0.6)
                    || LetterMap.isSalutation(map.book(), next)
                    || LetterMap.startsWithLabel(map.book(), next)
                    || LetterMap.enclosureLine(map.book(), next) // "P.J. : Canevas …" is no subject's rest
                    || LetterMap.deliveryNotice(map.book(), next) // "Lettre recommandée avec accusé de réception"
                    || LetterMap.opensBody(map.book(), next)
                    || next.left() < label.left() - 0.03
                    || map.book().match("salutations", next.tokens(), 0) > 0
                            && next.text().endsWith(",")) {
                clean = true;
                break;
            }
            if (!used.isEmpty() && LetterMap.labelledReference(map.book(), next)) {
                clean = true; // "Our File No. CF-2025-01184" under the subject: the letter's reference, set apart
                break;
            }
            if (!used.isEmpty() && next.prose() && next.index() >= map.bodyStart()) {
                clean = true;
                break;
            }
            if (!used.isEmpty()
                    && !wrapped(map, prev, next)
                    && !Character.isLowerCase(next.text().strip().charAt(0))
                    && !prev.text().strip().matches(".*[,;:–—-]$")
                    && !dangling(map.book(), prev)
                    && !hangsUnderText(label, t, n, next)
                    && !(used.size() == 1 && secondLineOnTheMargin(map, label, next))) {
                // the line above ended short of the margin, and this one opens like a sentence: the subject ended
                clean = true;
                break;
            }
            text.append(text.length() == 0 ? "" : text.charAt(text.length() - 1) == '-' ? "" : " ")
                    .append(next.text());
            used.add(next);
            prev = next;
        }
        String subject = cut(map.book(), text.toString().strip());
        if (subject.isEmpty()) {
            return Field.missing();
        }
        if (!clean) {
            conf -= 0.25;
        }
        if (!subject.equals(text.toString().strip())) {
            conf -= 0.1;
        }
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            q = Math.min(q, l.readQuality());
            ev.add(l.evidence());
        }
        return new Field<>(subject, text.toString().strip(), Math.max(0.05, conf * q), ev);
    }

    /**
     * Whether the words are a case's kind and number alone ({@code Complaint No. 2241873}), the way a US agency's
     * {@code Re:} line gives the case, the letter's reference, over the matter on the next line: no subject of
     * their own.
     */
    private static boolean caseNumberAlone(LanguageCues book, Tokens t) {
        int n = t.size() == 0 ? 0 : book.matchExactly("caseNumber", t, 0);
        return n > 0 && t.size() == n + 1 && t.get(n).text().chars().anyMatch(Character::isDigit);
    }

    /**
     * A line left hanging on a connecting word ({@code Objet : Exploitation illicite du bois d'œuvre dans le} /
     * {@code Territoire de Dibaya.}): the subject goes on, whatever the next line opens with and wherever the line
     * above stopped.
     */
    private static boolean dangling(LanguageCues book, TextLine line) {
        Tokens t = line.tokens();
        return t.size() > 1 && book.matchExactly("connectors", t, t.size() - 1) > 0;
    }

    /**
     * The height of a line's type: its words' median box height, which a superscript ({@code 1er}, {@code 2nd})
     * raising the line's box leaves as it is; the line's box height when no word is known.
     */
    private static int typeHeight(TextLine line) {
        if (line.words().isEmpty()) {
            return line.box().h();
        }
        int[] h = line.words().stream().mapToInt(w -> w.box().h()).sorted().toArray();
        return h[h.length / 2];
    }

    /**
     * A subject's second line set back on the label's margin, close under it in the same type and set apart from
     * what follows ({@code Objet : Poursuite n° 23 418 552 – … c/ M. Yannick Kolly} / {@code Réquisition de continuer
     * la poursuite – avance de frais}, then a white line and the salutation, or the salutation close under it), the
     * way Swiss and Québec offices print a subject of two lines: no label, sentence or stop of its own, and no street
     * address (a patient's, opening on the house's number).
     */
    private static boolean secondLineOnTheMargin(LetterMap map, TextLine label, TextLine next) {
        int after = next.index() + 1;
        int type = typeHeight(label);
        return Math.abs(next.left() - label.left()) <= 0.01
                && map.gap(label, next) <= 0.3
                && Math.abs(typeHeight(next) - type) <= 0.1 * type
                && !next.prose()
                && !next.text().contains(":")
                && !next.text().strip().endsWith(".")
                && !Character.isDigit(next.text().strip().charAt(0))
                && after < map.lines().size()
                && (map.gap(next, map.lines().get(after)) >= 0.8 || after == map.salutation());
    }

    /**
     * Whether the line hangs under the subject's text, right of its label ({@code Re:   Samoa: Pacific Resilience
     * Program …} / {@code (IDA Grant No. E287-WS) – Notice of Effectiveness}): indented from the label's margin to
     * where the text after the label starts on the label's line (estimated from the characters before it).
     */
    private static boolean hangsUnderText(TextLine label, Tokens t, int n, TextLine next) {
        if (n >= t.size() || label.text().isEmpty()) {
            return false;
        }
        if (next.box().x() <= label.box().x() + TextLine.HANGING * label.pageWidth()) {
            return false;
        }
        // a tab after a short label ("RE:" then the text further right than its characters say)
        double shift = (next.box().x() - label.xAt(t.get(n).start())) / Math.max(1, label.pageWidth());
        return label.startsUnder(next, t.get(n).start()) || shift > 0 && shift <= TAB_AFTER_LABEL;
    }

    /**
     * Cuts a salutation or body sentence OCR ran into the subject. A salutation word that a preposition or a
     * connecting word governs is the subject's own ({@code Succession de Madame Jacqueline DUMAS, décédée …}).
     */
    private static String cut(LanguageCues book, String subject) {
        Tokens t = Tokens.of(subject);
        for (int i = 1; i < t.size(); i++) {
            if (book.match("salutations", t, i) > 0
                    && Character.isUpperCase(t.get(i).text().charAt(0))
                    && book.match("connectors", t, i - 1) == 0
                    && book.match("orgPrepositions", t, i - 1) == 0
                    && subject.indexOf(',', t.get(i).start()) > 0) {
                return subject.substring(0, t.get(i).start()).strip();
            }
        }
        String[] sentences = RunningText.sentences(book, subject);
        String last = sentences[sentences.length - 1].strip();
        if (sentences.length > 1
                && Tokens.of(last).size() >= 8
                && last.matches(".*[.!?]$")
                && !NUMBER_GOES_ON.matcher(sentences[1].strip()).lookingAt()
                && !(NUMBER_LABEL_LAST.matcher(sentences[0]).find()
                        && sentences[1].strip().matches("\\d.*"))) {
            return sentences[0].strip();
        }
        return subject;
    }
}
