package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;

/**
 * The copy list after {@code Ampliation :}, {@code Copie(s) :}, {@code cc:}, {@code Copy to:},
 * {@code Distribution:}: every entry, bullets stripped, also when the list runs onto or sits alone on the next page.
 * No heading gives an empty list with a confidence that says how sure it is there is none.
 *
 * <p>Immutable and thread-safe.
 */
final class CopiesEngine {

    /** OCR line confidence under which a short line is a signature stroke or stamp read as letters. */
    private static final double STROKE = 0.5;
    /** Lines a signature block holds: a "for" line, a title on up to two lines, a name. */
    private static final int SIGNATURE_LINES = 4;

    private static final int MAX_ENTRIES = 40;
    /**
     * A row of dots leading to an entry's count, as OCR reads it off a scan ({@code Chrono
     * ........................eeseeseess 1}, {@code Cabinet du Ministre ..........cccoeveeeee. 01}): from three dots
     * on, the rest of the entry when it holds no capital (the dots' smudge and the count, no name).
     */
    private static final Pattern LEADER_TAIL = Pattern.compile("(?<![.…\\s])\\s*(?:[.…]\\s?){3,}+[^\\p{Lu}]{0,40}$");
    /** Lines under a copy heading looked at for entries ending with semicolons. */
    private static final int SEMICOLON_REACH = 20;
    /** Entries on one line set apart by middle dots or bullets: {@code Direction de région · Commission scolaire}. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·•]\\s+");
    /** An entry is narrower than this share of the page; running text is wider. */
    private static final double ENTRY_WIDTH = 0.6;
    /** A sentence's end and the next one's first words ({@code … English. We will …}), the word the stop ends in a group. */
    private static final Pattern SENTENCE_BREAK =
            Pattern.compile("(\\p{L}*\\p{Ll}{2,})\\.\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll}");
    /**
     * A count of copies after an entry, without leader dots: a number of one or two figures, the entry's last word,
     * or after a colon ({@code Commissariat de Police de Malanville : 01}).
     */
    private static final Pattern COUNT = Pattern.compile("(?<=\\p{L}|[)/.»”\"])(?:\\s+|\\s*:\\s*)\\d{1,2}$");
    /** A note in quotation marks, what an entry is sent for: {@code « pour information »}, {@code “for action”}. */
    private static final Pattern QUOTED_NOTE = Pattern.compile("[«“\"]\\s*\\p{L}");
    /** A number sign before a number: {@code No.}, {@code N°}. */
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)no\\.?|n[°º]|nr\\.?");
    /** The most characters before the first entry on a heading's line that a tab may follow ({@code cc: }). */
    private static final int TABBED_HEADING = 4;
    /** Entries run on one after the other between spaced dashes. */
    private static final Pattern DASHES = Pattern.compile("\\s+[–—]\\s+");
    /** How much smaller a footer's type is than the list's over it, at the most (share of the entries' height). */
    private static final double SMALLER_TYPE = 0.85;
    /** A note in brackets opening with a word ({@code (Attn: …)}), not an item's letter or number ({@code (a)}). */
    private static final Pattern NOTE = Pattern.compile("\\(\\p{L}{3,}");
    /** A list is spaced in groups when its widest step between lines is this many times its narrowest. */
    private static final double GROUP_GAP = 1.6;
    /** A gap between two of the list's lines wider than this, in lines, ends it (on the same page). */
    private static final double LIST_BREAK = 1.6;
    /** A page's number out of the letter's ({@code Page 2 of 2}, {@code page 2/3}): a running footer's, no entry's. */
    private static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpage\\s+\\d{1,3}\\s*(?:of|sur|/)\\s*\\d{1,3}\\b");

    /** The most words of an entry read on one line with the page's footer. */
    private static final int ENTRY_BEFORE_FOOTER_WORDS = 6;

    /** A footer's lines stand closer than the text's spacing: a gap under this, in lines. */
    private static final double TIGHT = -0.15;
    /** A footer's type is smaller than the list's: under this share of its height. */
    private static final double FOOTER_TYPE = 0.85;
    /** How far (share of the page width) a line starts from another's margin to stand on a margin of its own. */
    private static final double OTHER_MARGIN = 0.02;
    /** Space (of the page's width) between a heading and its entries that sets them in a column: two spaces' width. */
    private static final double COLUMN_GAP = 0.01;
    /** A centred footer line close under a list spans more than this share of the page; entries are narrower. */
    private static final double FOOTER_WIDTH = 0.5;
    /** A line centred on the page: its centre this close to the middle (share of the width). */
    private static final double CENTRED = 0.03;
    /** Where the foot of the page starts, as a share of its height. */
    private static final double FOOT = 0.75;
    /** Blocks of an unpunctuated list stand apart by a step this many times the step inside them, or more. */
    private static final double BLOCK_STEP = 1.15;
    /** A pointer to the list at the letter's foot, in place of its entries: {@code (voir in fine)}, {@code (see below)}. */
    private static final Pattern TO_FOOT = Pattern.compile(
            "(?i)\\(?\\s*(?:voir|cf\\.?|see)\\s+(?:in fine|ci-dessous|en fin de (?:lettre|page)|below|overleaf)\\s*\\)?\\.?");
    /** An office named with its article, opening an entry set as an address block ({@code The Regional Director}). */
    private static final Pattern OFFICE_ARTICLE = Pattern.compile("(?:The|THE|All|ALL)\\s+\\p{Lu}");
    /** Lines of one group stand closer than this many times the narrowest step. */
    private static final double CLOSE = 1.25;
    /** The widest gap (in line pitches) between an entry's line and the next line it wraps onto. */
    private static final double WRAP_GAP = 0.6;
    /** A heading OCR mangled is most likely still the copy heading, but a reviewer should look. */
    private static final double MANGLED = 0.9;
    /** A list bullet, a number, or what OCR made of a bullet ({@code o}, {@code e}, {@code ¢}, {@code ©}). */
    private static final java.util.regex.Pattern BULLET =
            java.util.regex.Pattern.compile("^([-•*·–—>▪●o¢+©«»e]\\s+|[-•*·–—>▪●¢©«»]|\\d{1,2}[.)]\\s*)");

    /**
     * The writer's and the typist's initials under the letter ({@code DMG/JK}, {@code HWP/GM.}): no copy entry; they
     * stand apart under the list.
     */
    private static final Pattern TYPIST = Pattern.compile("\\p{Lu}{2,4}/\\p{L}{2,4}\\.?");
    /**
     * An office's initials as a copy entry ({@code SG}, {@code PR/PM}, {@code VR-CA}): capitals only, in pieces of two
     * or more joined by slashes or hyphens, then pieces of one to three after slashes, a ministry's branches as Niger's
     * codes give them ({@code SG/MH/A/E}). Other short pieces of letters are noise.
     */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}([/-]\\p{Lu}{2,})*(/\\p{Lu}{1,3})*");
    /** How far (in lines) under the list's last entry the typist's initials stand, at least. */
    private static final double TYPIST_GAP = 0.3;
    /** The abbreviation {@code cc}, {@code c.c.}, {@code c. c.} followed by the first entry on its line. */
    private static final Pattern CC = Pattern.compile("(?i)(c\\.\\s?c\\.|cc)\\s+\\p{L}");
    /**
     * The Malay {@code s.k.} ({@code salinan kepada}, copy to) heading the copy list of a Malaysian letter written in
     * English, in lower case (not a signatory's initials, {@code S. K. Deshpande}), a dash or nothing between it and the
     * first entry ({@code s.k. - Ketua Polis Negeri Selangor}).
     */
    private static final Pattern SALINAN = Pattern.compile("s\\.\\s?k\\.\\s*[-–]?\\s*(?=\\p{L})");
    /** The single letter {@code c} and its colon heading a copy list: {@code c: Rick Szymanski, MPP}. */
    private static final Pattern C_COLON = Pattern.compile("\\s*[cC]\\s?:(\\s|$)");
    /** A copy heading with a note before its colon: {@code cc (by email):}, {@code Copie (pour information) :}. */
    private static final Pattern NOTED =
            Pattern.compile("(?i)\\s*(c\\.\\s?c\\.|cc|copy|copies|copie|copies)\\s*\\([^)]{1,30}\\)\\s*:\\s*");

    /**
     * A telephone number in international form ({@code +372 735 4087}, {@code +41 (0)21 316 74 11}): a contact line
     * (a case officer's name and number set without a label), never a copy's addressee.
     */
    private static final Pattern INTERNATIONAL_NUMBER =
            Pattern.compile("(?<![\\w+])\\+\\d{1,3}[ .-]?(\\(0\\)[ .-]?)?\\d{1,4}([ .-]\\d{2,4}){2,}");

    /** A group heading's words: up to three, then a colon ({@code External:}, {@code For information:}). */
    private static final Pattern GROUP_HEADING = Pattern.compile("\\p{L}+(?:[ -]\\p{L}+){0,2}\\s?:");

    /** How far (page fraction) a group's entries stand right of its heading. */
    private static final double GROUP_INDENT = 0.02;

    /** An entry's number opening a line: {@code 1.}, {@code 2)}. */
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("\\d{1,2}[.)]\\s+\\S");

    /** Where (page fraction) a heading without its colon may start at the latest, the text's margin aside. */
    private static final double HEADING_LEFT = 0.3;

    /** Confidence in copies listed on one line of the head, under the addressee: found by its place alone. */
    private static final double HEAD_LINE_COPIES = 0.8;

    /** How far apart (page fraction) two rows of a memo's column of labels may start. */
    private static final double MEMO_MARGIN = 0.01;

    Field<List<String>> extract(LetterMap map) {
        List<TextLine> lines = map.lines();
        // a heading without its colon stands at the left: within the page's left third, or on a text set further in
        // (a law firm's letter whose text column starts a third of the way across, its labels in the margin)
        double headingLeft = Math.max(HEADING_LEFT, LetterMap.leftMargin(lines) + 0.02);
        for (TextLine line : lines) {
            Tokens t = line.tokens();
            int n = t.size() == 0 ? 0 : map.book().match("copies", t, 0);
            if (map.inHeader(line.index()) && line.page() == 1 && line.top() < 0.5) {
                if (n >= 3 && t.colonAfter(n - 1) && n == t.size()) {
                    if (pointsToFoot(map, line)) {
                        continue; // "Transmis copie pour information à :" / "(voir in fine)": the list is at the foot
                    }
                    // "Transmis copie pour information à :" heading a list at the top of the letter
                    return follow(map, line, t, n);
                }
                if (n >= 1
                        && (t.colonAfter(n - 1) || n == t.size() && valueBeside(map, line))
                        && map.book().match("addresseeLabels", t, 0) == 0
                        && memoRow(map, line)) {
                    // a memo's "CC:" row among its TO:, FROM: and DATE: rows, the list in the values' column (a
                    // circular's "Destinataires :" row among them names its addressees, not its copies)
                    return follow(map, line, t, n);
                }
                if (n >= 1 && t.colonAfter(n - 1) && n < t.size() && underAddress(map, line)) {
                    // "Copy: Public Institution Invest Lithuania" under the addressee's block, before the subject: the
                    // entries on its line, the subject under it set apart
                    List<String> entries = new ArrayList<>();
                    addEntry(entries, t.restFrom(n).replaceAll("^[:.\\-\\s]+", ""));
                    if (!entries.isEmpty()) {
                        return new Field<>(
                                entries, line.text(), HEAD_LINE_COPIES * line.readQuality(), List.of(line.evidence()));
                    }
                }
                continue;
            }
            if (map.inBody(line.index())) {
                continue;
            }
            if (n == 0) {
                Tokens other = LetterMap.copyHeadingAfterOtherLanguage(map.book(), line);
                if (other != null) {
                    // "s.k. / c.c. : Director General of Customs": the heading in another language first
                    return follow(map, line, other, map.book().match("copies", other, 0));
                }
                Matcher salinan = SALINAN.matcher(line.text());
                if (map.afterBody(line.index()) && salinan.lookingAt()) {
                    return follow(map, line, Tokens.of(line.text().substring(salinan.end())), 0);
                }
                if (map.afterBody(line.index()) && C_COLON.matcher(line.text()).lookingAt()) {
                    // "c:  Rick Szymanski, MPP": North American ministers' letters head the copies with "c:"
                    return follow(map, line, t, 1);
                }
                if (mangledCc(map, line)) {
                    Field<List<String>> list = follow(map, line, t, t.size());
                    return new Field<>(list.value(), list.raw(), list.confidence() * MANGLED, list.evidence());
                }
                continue;
            }
            if (map.book().match("addresseeLabels", t, 0) > 0 && copyHeadingBelow(map, line)) {
                // "Destinataires in fine :" over the circular's addressees, then "Copie : MATDDL (Cabinet)": the
                // addressees are not copied, the list under the copy heading is the copy list
                continue;
            }
            boolean colon = t.colonAfter(n - 1);
            boolean alone = n == t.size();
            boolean afterBody = map.afterBody(line.index());
            if (!colon && afterBody && LetterMap.headsCopies(map.book(), line)) {
                // "Copy for information and necessary action (not according to seniority):": all of it heads the list
                return follow(map, line, t, t.size());
            }
            Matcher noted = NOTED.matcher(line.text());
            if (!colon && afterBody && noted.lookingAt()) {
                // "cc (by email):": the heading, a note on how the copies go, then the colon
                return follow(map, line, Tokens.of(line.text().substring(noted.end())), 0);
            }
            if (!colon
                    && afterBody
                    && !alone
                    && n >= 2
                    && t.get(n - 1).key().equals("to")
                    && line.left() < headingLeft) {
                // "Copy to Professor A. L. Meredith, Department of Chemistry.": a heading ending with "to" needs no
                // colon
                return follow(map, line, t, n);
            }
            if (!colon
                    && afterBody
                    && !alone
                    && line.left() < headingLeft
                    && CC.matcher(line.text()).lookingAt()) {
                // "c.c. Cllr Sue Harding": the abbreviation alone heads the list, without a colon
                return follow(map, line, t, n);
            }
            if (!colon && afterBody && !alone && line.left() < headingLeft && entriesColumn(map, line, n)) {
                // "Copie  Préfecture du district …" / "ORPC Ouest lausannois": a Swiss letter's heading in a column of
                // its own, without a colon, the entries aligned after it
                return follow(map, line, t, n);
            }
            if (!colon && !(alone && (afterBody || t.get(n - 1).key().length() >= 5))) {
                continue;
            }
            return follow(map, line, t, n);
        }
        return none(map);
    }

    /**
     * Whether the line stands close under a block of at least two lines on its margin (the addressee's, in the head),
     * the words after its heading holding a letter (a copy's addressee, not {@code Copy: 2 of 3}).
     */
    private static boolean underAddress(LetterMap map, TextLine line) {
        int i = line.index();
        if (i < 2 || !line.text().substring(line.tokens().get(0).end()).matches(".*\\p{L}{3}.*")) {
            return false;
        }
        TextLine above = map.lines().get(i - 1);
        TextLine second = map.lines().get(i - 2);
        return above.page() == line.page()
                && second.page() == line.page()
                && Math.abs(above.left() - line.left()) <= 0.01
                && Math.abs(second.left() - line.left()) <= 0.01
                && map.gap(above, line) <= 1.5
                && map.gap(second, above) <= 0.3;
    }

    /** Whether the line under a heading sends the reader to the list at the letter's foot ({@code (voir in fine)}). */
    private static boolean pointsToFoot(LetterMap map, TextLine heading) {
        int next = heading.index() + 1;
        return next < map.lines().size()
                && map.lines().get(next).page() == heading.page()
                && TO_FOOT.matcher(map.lines().get(next).text().strip()).matches();
    }

    /**
     * Whether the line is a row of a memo's column of labels: another line of the head starts at its margin with a
     * memo's sender label and its colon ({@code FROM:}), or two others with the labels of a reference, an addressee
     * or a subject and their colons ({@code Réf. :}, {@code À :}, {@code Objet :}: a circular's head).
     */
    private static boolean memoRow(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        int labels = 0;
        for (TextLine l : map.lines()) {
            if (l.page() != line.page() || l.index() >= map.bodyStart()) {
                break;
            }
            Tokens lt = l.tokens();
            if (l == line || lt.size() == 0 || Math.abs(l.left() - line.left()) > MEMO_MARGIN) {
                continue;
            }
            int m = book.match("memoLabels", lt, 0);
            if (m > 0 && labelled(map, l, lt, m)) {
                return true;
            }
            int other = Math.max(
                    book.match("reference", lt, 0),
                    Math.max(book.match("subject", lt, 0), book.match("addresseeLead", lt, 0)));
            if (other > 0 && labelled(map, l, lt, other)) {
                labels++;
            }
        }
        return labels >= 2 && line.index() < map.bodyStart(); // a circular's head, not a list under the body
    }

    /**
     * Whether the line's first {@code n} tokens are a label of a memo's grid: followed by its colon, or the whole line
     * with its value on its row at its right (a note's grid without colons: {@code De} | {@code Le Délégué régional}).
     */
    private static boolean labelled(LetterMap map, TextLine line, Tokens t, int n) {
        return t.colonAfter(n - 1) || n == t.size() && valueBeside(map, line);
    }

    /** Whether the next line in reading order stands on the line's row, at its right: the value of a grid's label. */
    private static boolean valueBeside(LetterMap map, TextLine label) {
        return map.cellAfter(label, 1, value -> true);
    }

    /**
     * {@code cc:} as OCR reads it off a scan ({@code Co}, {@code EC:}, {@code GC!}): two letters alone on a line
     * after the body, one of them a c, with a list starting under it at the same margin.
     */
    private static boolean mangledCc(LetterMap map, TextLine line) {
        String letters = Folding.fold(line.text()).replaceAll("[^a-z]", "");
        int next = line.index() + 1;
        if (map.bodyEnd() < 0
                || line.index() <= map.bodyEnd()
                || !letters.matches("[ceg][co]")
                || !letters.contains("c")
                || line.text().length() > 4
                || next >= map.lines().size()) {
            return false;
        }
        TextLine under = map.lines().get(next);
        return under.page() == line.page() && map.gap(line, under) <= 1 && Math.abs(under.left() - line.left()) < 0.02;
    }

    private Field<List<String>> follow(LetterMap map, TextLine label, Tokens t, int n) {
        List<String> entries = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>(List.of(label.evidence()));
        List<TextLine> tops = new ArrayList<>();
        List<TextLine> bottoms = new ArrayList<>();
        String rest = t.restFrom(n).replaceAll("^[:.\\-\\s]+", "");
        for (String part : rest.split(";")) {
            addEntry(entries, tops, bottoms, part, label);
        }
        double conf = 0.95;
        double left = -1;
        boolean bulletedList = false;
        // "CC: 1. Ministry of Foreign Affairs" / "B4 Directorate for Cultural" / "Diplomacy" / "2. Hellenic Police …":
        // in a list numbered from the heading's line, a line without its number goes on with the entry above
        boolean numberedList = NUMBERED_ENTRY.matcher(rest).lookingAt();
        boolean semicolons = semicolonEnds(map, label);
        int countsApart = 0; // entries whose count of copies was read apart, on their row
        TextLine head = label; // the line the first entries are written on
        int from = label.index() + 1;
        TextLine beside = from < map.lines().size() ? map.lines().get(from) : null;
        if (rest.isEmpty()
                && beside != null
                && beside.page() == label.page()
                && beside.box().x() > label.box().right()
                && ReadingOrder.sameRow(label.box(), beside.box())
                && memoRow(map, label)) {
            // a memo's "Cc:" read apart from its entries, which stand on its row in the column of values (elsewhere,
            // the line on the heading's row is a column beside the list: the signature, the addressee)
            for (String part : beside.text().split(";")) {
                addEntry(entries, tops, bottoms, part, beside);
            }
            evidence.add(beside.evidence());
            head = beside;
            left = beside.left();
            bulletedList = bulleted(beside.text().strip());
            from++;
        }
        TextLine prev = head;
        // another label on the heading's row, at its right ("Ampliations :" … "P.J. :"): the column under it is that
        // label's list (the enclosures), not the copy list's second column
        boolean otherList = map.cellAfter(
                label, 2, l -> LetterMap.enclosureMark(map.book(), l) || LetterMap.startsWithLabel(map.book(), l));
        List<String> column = new ArrayList<>(); // a bulleted list's second column, read row by row with the first
        List<Evidence> columnEvidence = new ArrayList<>();
        for (int i = from; i < map.lines().size() && entries.size() < MAX_ENTRIES; i++) {
            TextLine next = map.lines().get(i);
            boolean newPage = next.page() != prev.page();
            if (newPage && isPageMark(map, next)) {
                continue;
            }
            double refLeft = left >= 0 ? left : label.left();
            if (next.left() < refLeft - 0.2) {
                continue; // a column left of the list's: "Liste des destinataires :" beside "Ampliation :"
            }
            if (next.left() > refLeft + 0.2) {
                if (bulletedList
                        && !otherList
                        && prev != head
                        && bulleted(next.text().strip())
                        && BULLET.matcher(next.text().strip()).replaceFirst("").matches("\\p{Lu}.*")
                        && ReadingOrder.sameRow(prev.box(), next.box())) {
                    // "- DMP" | "- Chefs de service": the list goes on in a column beside, its entries on the rows of
                    // the first column's (not "– for information", a note on the entry of its row)
                    addEntry(column, next.text());
                    columnEvidence.add(next.evidence());
                } else if (countOnRow(prev, next)) {
                    countsApart++; // "– DGSP" … "1": the entry's count of copies, in a column of its own
                }
                continue;
            }
            boolean close = map.gap(prev, next) <= LIST_BREAK;
            String beforeFooter = entryBeforeFooter(map, next, refLeft);
            if (beforeFooter != null && !entries.isEmpty() && close) {
                addEntry(entries, tops, bottoms, beforeFooter, next);
                evidence.add(next.evidence());
                break; // "Archives" and the page's footer, read as one line: the last entry, then the footer
            }
            if (close && groupHeading(map, next)) {
                // "Distribution" / "External:" / "  Governor: Zambezi Region" / "Internal:" / "  Army Commander": the
                // heading of a group of entries indented under it is no entry, and the list goes on under it
                evidence.add(next.evidence());
                prev = next;
                continue;
            }
            if (!newPage && !close
                    // another label; a copy heading again ("Copy to:" under "Copy submitted to:") heads more entries
                    || LetterMap.startsWithLabel(map.book(), next) && map.book().match("copies", next.tokens(), 0) == 0
                    || LetterMap.enclosureMark(map.book(), next) // the list has ended
                    || next.prose() && !listed(map, prev, next, bulletedList || left < 0)
                    || runsOnSentences(map.book(), next)
                    || inFooter(map, next)
                            && !entryOverFooter(map, prev, next, entryLeft(map, head, prev, next, entries, refLeft))
                    || PAGE_OF.matcher(next.text()).find()
                    || centredFooter(map, prev, next, refLeft)
                    || smallFooter(map, prev, next)
                    || leftOfHangingEntries(label, left, next)
                    || signatureTitle(map.book(), next)
                    || LetterMap.contains(map.book(), "replyInstructions", next) // the page's footer: where to write
                    || TYPIST.matcher(next.text().strip()).matches() && map.gap(prev, next) > TYPIST_GAP) {
                break;
            }
            String own = withoutHeading(map.book(), label, t, n, next); // "c.c." repeated: a new entry
            if (prev == head
                    && !entries.isEmpty()
                    && !newPage
                    && !bulleted(next.text().strip())
                    && (!underFirstEntry(map, head, next, entries.get(0))
                            || endsOpen(map.book(), head)
                            || Character.isLowerCase(next.text().strip().charAt(0)))
                    && own.equals(next.text())
                    && SubjectEngine.wrapped(map, head, next)) {
                // the entries written on the heading's line ran to the margin: this line ends the last of them,
                // and those it goes on with after a semicolon are entries of their own ("… – Service de" /
                // "coopération et d'action culturelle ; Dossier"); under the first entry's start it is one more
                // entry, unless the heading's line ends open or this one opens in lower case ("… National
                // Development" / "and Statistics")
                String[] parts = next.text().split(";");
                int last = entries.size() - 1;
                entries.set(last, clean(entries.get(last) + " " + parts[0]));
                bottoms.set(last, next);
                for (int p = 1; p < parts.length; p++) {
                    addEntry(entries, tops, bottoms, parts[p], next);
                }
                evidence.add(next.evidence());
                prev = next;
                continue;
            }
            if (newPage && !bulleted(next.text()) && Math.abs(next.left() - refLeft) > 0.05) {
                break;
            }
            if (left < 0) {
                bulletedList = bulleted(next.text().strip());
            }
            String body = next.text().strip();
            if (!entries.isEmpty() && countOnRow(prev, next)) {
                // "- Chrono" … "1": the entry's count of copies, its leader dots lost, read apart on the entry's row
                evidence.add(next.evidence());
                countsApart++;
                continue;
            }
            if (!entries.isEmpty()
                    && QUOTED_NOTE.matcher(body).lookingAt()
                    && ReadingOrder.sameRow(prev.box(), next.box())
                    && next.box().x() > prev.box().right()) {
                // "– DPV" … "« pour organisation »": what the entry is sent for, set in a column beside it on its row
                int last = entries.size() - 1;
                entries.set(last, clean(entries.get(last) + " " + body));
                bottoms.set(last, next);
                evidence.add(next.evidence());
                prev = next;
                continue;
            }
            if (bulletedList
                    && !bulleted(body)
                    && !newPage
                    && body.startsWith("(")
                    && next.tokens().size() >= 3) {
                // a note under an entry, "(Avec l'expression de mes hommages les plus déférents)", or under the
                // list, "(Tous) à Kinshasa et Kolwezi"; a wrapped acronym, "(CAMI)", continues its entry
                evidence.add(next.evidence());
                prev = next;
                continue;
            }
            if (bulletedList && !bulleted(body) && entries.size() >= 2 && townAfterList(next, left)) {
                break; // "KIGALI" under "- Ambassade de France au Rwanda": where the addressees are, no entry
            }
            String above = prev.text().strip();
            boolean hyphenated = above.matches(".*\\p{L}-");
            boolean wrapped = left >= 0
                    && (next.left() > left + 0.01
                            || Character.isLowerCase(body.charAt(0))
                            || hyphenated
                            || above.endsWith(",") && map.gap(prev, next) <= CLOSE - 1
                            || semicolons && !above.matches(".*[;.]")
                            || map.gap(prev, next) <= CLOSE - 1
                                    && (endsOpen(map.book(), prev) || body.startsWith("(")));
            // an entry run to the margin and wrapped, its next line in lower case, after a comma the rest of an
            // address ("…, 101–103 Old Hope Road," / "Kingston 6"), after a word no name ends with ("… · Service
            // de la" / "Mobilité de la Province de Luxembourg"), or one word alone under a line not ended with a stop
            // ("… Ministry of Finance, Planning and Economic" / "Development")
            boolean runOn = !bulletedList
                    && left >= 0
                    && (Character.isLowerCase(body.charAt(0))
                            || above.endsWith(",")
                            || endsOpen(map.book(), prev)
                            || next.tokens().size() == 1 && !above.endsWith("."))
                    && Math.abs(next.left() - left) <= 0.01
                    && SubjectEngine.wrapped(map, prev, next);
            boolean unnumbered = numberedList && !bulleted(body) && map.gap(prev, next) <= CLOSE - 1;
            // in a list without bullets whose entries end with semicolons, a line not yet so ended goes on at the
            // entries' margin ("… Garde des Sceaux (avec" / "l'expression de mes hommages déférents) ;")
            boolean semicolonRun = !bulletedList
                    && semicolons
                    && left >= 0
                    && !above.matches(".*[;.]")
                    && Math.abs(next.left() - left) <= 0.01
                    && map.gap(prev, next) <= WRAP_GAP;
            // "Commissioner of Customs and Excise" / "(Attn: Head, Trade Controls Branch)": a note in brackets close
            // under an entry of a list without bullets is that entry's
            boolean noteUnder = !bulletedList && NOTE.matcher(body).lookingAt() && map.gap(prev, next) <= CLOSE - 1;
            boolean goesOn =
                    (bulletedList && !bulleted(body) && wrapped || runOn || unnumbered || semicolonRun || noteUnder)
                            && !entries.isEmpty()
                            && !newPage;
            if (goesOn) {
                // an entry wrapped over two lines: a line opening in lower case under one run to the margin; in a
                // bulleted list, a line without its bullet that is indented,
                // opens in lower case, follows a word broken at a hyphen ("Haut-" / "Katanga ;") or a comma close
                // above ("… Youyi Building," / "Freetown"), follows a line
                // not yet ended in a list whose entries end with semicolons, or stands close under a line left
                // open ("Cheffe du") or opens with a bracket ("(CAMI)") continues the last entry
                int last = entries.size() - 1;
                String joined = entries.get(last).endsWith("-") && hyphenated
                        ? entries.get(last) + next.text().strip()
                        : entries.get(last) + (above.endsWith(",") ? ", " : " ") + next.text();
                entries.set(last, clean(joined));
                bottoms.set(last, next);
            } else {
                addEntry(entries, tops, bottoms, own, next);
            }
            evidence.add(next.evidence());
            conf = Math.min(conf, 0.95 * next.readQuality());
            if (left < 0 && !goesOn) {
                // the entries' margin is where an entry starts, not where the heading line's entry wraps to
                // ("Copy: 1. Director General, …" / "please." under its words / "2. Divisional Secretary, …")
                left = next.left();
            }
            prev = next;
        }
        if (entries.isEmpty()) {
            return new Field<>(List.of(), label.text(), 0.5, evidence);
        }
        grouped(entries, tops, bottoms);
        entries = located(entries, tops);
        if (entries.size() == 1) {
            entries = dashed(map.book(), entries.get(0));
        }
        if (!column.isEmpty()) {
            entries = new ArrayList<>(entries);
            entries.addAll(column);
            evidence.addAll(columnEvidence);
        }
        return new Field<>(
                List.copyOf(withoutCounts(map.book(), entries, countsApart)),
                label.text(),
                conf * label.readQuality(),
                evidence);
    }

    /**
     * A group's heading in a copy list ({@code External:}, {@code Internal:}, {@code For information:}): a few words
     * ending on a colon, the group's entries indented under it on the same page.
     */
    private static boolean groupHeading(LetterMap map, TextLine line) {
        int i = line.index() + 1;
        if (!GROUP_HEADING.matcher(line.text().strip()).matches()
                || LetterMap.enclosureLine(map.book(), line) // "Enclosures:" ends the list, its items are none of it
                || LetterMap.startsWithLabel(map.book(), line)
                || i >= map.lines().size()) {
            return false;
        }
        TextLine under = map.lines().get(i);
        return under.page() == line.page()
                && !ReadingOrder.sameRow(line.box(), under.box()) // a memo's "DATE:" with its value beside it
                && under.left() > line.left() + GROUP_INDENT
                && map.gap(line, under) <= CLOSE - 1;
    }

    /**
     * A line of the list without the heading it repeats ({@code c.c. The District Chairperson, Gulu} under {@code
     * c.c. The Permanent Secretary, …}: Ugandan offices head each entry with it).
     */
    private static String withoutHeading(LanguageCues book, TextLine label, Tokens heading, int n, TextLine line) {
        Tokens t = line.tokens();
        int m = t.size() == 0 ? 0 : book.match("copies", t, 0);
        if (n < 1
                || m == 0
                || m >= t.size()
                || !t.get(m - 1).key().equals(heading.get(n - 1).key())
                || line.left() > label.left() + 0.01) {
            return line.text();
        }
        return t.restFrom(m).replaceAll("^[:.\\-\\s]+", "");
    }

    /**
     * The entries without the counts of copies set in a column of their own ({@code SE/Mairie        1}), read
     * onto the entry's line without leader dots: when two entries or more, and half of them at least, end on a
     * number of one or two figures, or read apart on their rows ({@code apart}), that number is a count, not part of a
     * name ({@code Médecin-chef de la Région médicale de Kolda 1}, its count read onto its long line, the others' not).
     */
    private static List<String> withoutCounts(LanguageCues book, List<String> entries, int apart) {
        long counted = entries.stream().filter(e -> counted(book, e)).count();
        if (counted == 0 || counted + apart < 2 || (counted + apart) * 2 < entries.size()) {
            return entries;
        }
        List<String> out = new ArrayList<>(entries.size());
        for (String e : entries) {
            out.add(counted(book, e) ? COUNT.matcher(e).replaceFirst("") : e);
        }
        return out;
    }

    /**
     * Whether the entry ends on a count of copies: a number of one or two figures, not the last of the numbers the
     * name lists ({@code Maires des communes Tchaoudjo 1, 2, 3 et 4}), one a number sign leads ({@code Regional
     * Engineer, Region No. 6}) nor a territory's number or a town's postal district after a comma ({@code California
     * State Senate, District 4}; {@code Sous-Préfets du Département 4} is a count).
     */
    private static boolean counted(LanguageCues book, String entry) {
        if (!COUNT.matcher(entry).find()) {
            return false;
        }
        Tokens t = Tokens.of(entry);
        return t.size() < 2
                || book.matchExactly("connectors", t, t.size() - 2) == 0
                        && !numberedPlace(book, entry, t)
                        && !NUMBER_SIGN.matcher(t.get(t.size() - 2).text()).matches();
    }

    /**
     * Whether the entry ends on a place and its number set after a comma: a territory ({@code …, District 4}) or an
     * address's town and its postal district ({@code 2 Oxford Road, Kingston 5}), a town's name in small letters after
     * its capital, not a unit's abbreviation ({@code Ministère des Finances, DGB 2} is a count); a town in capitals
     * too when a box or bag in the entry makes it a postal address ({@code …, Private Bag 333, LILONGWE 3}).
     */
    private static boolean numberedPlace(LanguageCues book, String entry, Tokens t) {
        if (t.size() < 3 || !t.get(t.size() - 3).text().endsWith(",")) {
            return false;
        }
        String place = t.get(t.size() - 2).text();
        return book.matchExactly("territories", t, t.size() - 2) > 0
                || place.matches("\\p{Lu}\\p{Ll}{2,}")
                || place.matches("\\p{Lu}{3,}")
                        && RecipientEngine.POST_BOX.matcher(entry).find();
    }

    /** A copy heading that is no addressees' label, further down the letter under this line. */
    private static boolean copyHeadingBelow(LetterMap map, TextLine line) {
        for (TextLine l : map.lines().subList(line.index() + 1, map.lines().size())) {
            if (LetterMap.headsCopies(map.book(), l) && map.book().match("addresseeLabels", l.tokens(), 0) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number of one or two figures alone, or after a colon ({@code : 01}), on the row of the entry above: that
     * entry's count of copies.
     */
    private static boolean countOnRow(TextLine prev, TextLine next) {
        return next.text().strip().matches("(?::\\s*)?\\d{1,2}") && ReadingOrder.sameRow(prev.box(), next.box());
    }

    /**
     * A line as wide as running text in which one sentence ends and the next begins ({@code We welcome correspondence
     * in Welsh and English. We will respond …}): a notice under the list, however many of its words are capitalised,
     * not an entry. A title's abbreviation ends no sentence ({@code 1. Hon. Minister of State, Prime Minister's Office
     * …}).
     */
    private static boolean runsOnSentences(LanguageCues book, TextLine line) {
        if (line.width() <= ENTRY_WIDTH) {
            return false;
        }
        Matcher m = SENTENCE_BREAK.matcher(line.text());
        while (m.find()) {
            Tokens word = Tokens.of(m.group(1)); // the whole word before the full stop
            if (word.size() != 1 || book.matchExactly("civilities", word, 0) != 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line that reads like running text still stands in the list: a numbered or bulleted entry of a
     * bulleted list ({@code 4. NIC, Ministry of Education, for uploading on the website.}; a first entry opening with
     * its bullet starts such a list), or a line set close under the last entry, short of the margin and without a
     * full stop ({@code Coordonnateur régional de l'équipe d'appui aux incidents, Nairobi}).
     */
    private static boolean listed(LetterMap map, TextLine prev, TextLine next, boolean bulletedList) {
        String text = next.text().strip();
        return bulletedList && bulleted(text)
                || map.gap(prev, next) <= CLOSE - 1
                        && (next.width() < ENTRY_WIDTH || map.book().match("civilities", next.tokens(), 0) > 0)
                        && !text.endsWith(".");
    }

    /**
     * Whether the list under this heading ends its entries with semicolons ({@code - Monsieur le Maire de la Ville
     * de Lubumbashi ;}): two or more of the next lines in the heading's column end so, before the body (a memo's
     * {@code CC:} row heads no list in the numbered points of its text).
     */
    private static boolean semicolonEnds(LetterMap map, TextLine label) {
        int n = 0;
        for (int i = label.index() + 1; i < map.lines().size() && i <= label.index() + SEMICOLON_REACH; i++) {
            TextLine l = map.lines().get(i);
            if (map.inBody(i)) {
                break;
            }
            if (l.page() == label.page()
                    && Math.abs(l.left() - label.left()) < 0.1
                    && l.text().strip().endsWith(";")) {
                n++;
            }
        }
        return n >= 2;
    }

    /** A line ending with a word no name ends with: {@code … la Première Ministre, Cheffe du}. */
    private static boolean endsOpen(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() > 1 && book.matchExactly("openEnds", t, t.size() - 1) > 0;
    }

    /** Adds the entries of {@code text}, each standing on {@code line} from top to bottom. */
    private static void addEntry(
            List<String> entries, List<TextLine> tops, List<TextLine> bottoms, String text, TextLine line) {
        addEntry(entries, text);
        while (tops.size() < entries.size()) {
            tops.add(line);
            bottoms.add(line);
        }
    }

    private static void addEntry(List<String> entries, String text) {
        for (String part : SEPARATOR.split(text.strip())) {
            String e = clean(BULLET.matcher(part.strip()).replaceFirst(""));
            if (e.matches(".*\\p{L}{3}.*") || ACRONYM.matcher(e).matches()) {
                entries.add(e);
            }
        }
    }

    /**
     * Entries each set over the place or the body where its holder sits ({@code The Metropolitan Police Commander} /
     * {@code Accra Central}, {@code The Head, Markets Department} / {@code AMA}), the way Ghanaian offices list their
     * copies: when every second line is one or two words without figures, set closer under the line before than the
     * next entry is, and the lines between name an office in three words or more, each pair is one entry.
     */
    private static List<String> located(List<String> entries, List<TextLine> tops) {
        int n = entries.size();
        if (n < 4 || n % 2 != 0 || tops.size() != n) {
            return entries;
        }
        for (int i = 0; i < n; i += 2) {
            String place = entries.get(i + 1);
            if (entries.get(i).split("\\s+").length < 3
                    || place.split("\\s+").length > 2
                    || place.matches(".*[\\d,].*")
                    || i + 2 < n && !closerUnder(tops.get(i), tops.get(i + 1), tops.get(i + 2))) {
                return entries;
            }
        }
        List<String> out = new ArrayList<>(n / 2);
        for (int i = 0; i < n; i += 2) {
            out.add(entries.get(i) + ", " + entries.get(i + 1));
        }
        return out;
    }

    /** Whether {@code b} stands closer under {@code a} than {@code c} under {@code b}, all on one page. */
    private static boolean closerUnder(TextLine a, TextLine b, TextLine c) {
        return a.page() == c.page()
                && b.box().y() - a.box().y() < c.box().y() - b.box().y();
    }

    /**
     * Entries set as address blocks ({@code Permanent Secretary,} / {@code President's Office – …,} / {@code P.O. Box
     * 1923,} / {@code DODOMA.}, a wider space, the next block): where the list is spaced in groups, a line ending with
     * a comma close above the next one continues the same entry.
     */
    private static void grouped(List<String> entries, List<TextLine> tops, List<TextLine> bottoms) {
        int n = entries.size();
        if (n < 3 || tops.size() != n) {
            return;
        }
        int[] step = new int[n - 1];
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (int i = 0; i + 1 < n; i++) {
            TextLine a = bottoms.get(i);
            TextLine b = tops.get(i + 1);
            step[i] = a.page() == b.page() ? b.box().y() - a.box().y() : -1;
            if (step[i] > 0) {
                least = Math.min(least, step[i]);
                most = Math.max(most, step[i]);
            }
        }
        boolean punctuated = punctuated(bottoms);
        if (most < GROUP_GAP * least && !punctuated) {
            spacedBlocks(entries, tops, step); // unless spaced in blocks, one entry per line
            return;
        }
        boolean commas = false;
        for (int i = n - 2; i >= 0; i--) {
            if (step[i] > 0
                    && (step[i] < CLOSE * least || punctuated)
                    && bottoms.get(i).text().strip().endsWith(",")) {
                entries.set(i, entries.get(i) + ", " + entries.get(i + 1));
                entries.remove(i + 1);
                commas = true;
            }
        }
        if (!commas && !punctuated) {
            spacedBlocks(entries, tops, step); // blocks set well apart, their lines without commas
        }
    }

    /**
     * Entries set as address blocks without punctuation ({@code The Director General} / {@code Zambia Medicines and
     * Medical Supplies Agency} / {@code P.O. Box 30207} / {@code LUSAKA}, a wider step, the next block): the steps
     * between lines fall in two levels, each tight and well apart from the other, the wider one coming twice or more;
     * lines a narrow step apart make one entry. Not a bulleted or numbered list, whose entries each open with their
     * mark, nor a list whose one wider step sets a last group apart.
     */
    private static void spacedBlocks(List<String> entries, List<TextLine> tops, int[] step) {
        if (step.length < 3 || tops.stream().anyMatch(t -> bulleted(t.text().strip()))) {
            return;
        }
        int[] sorted = java.util.Arrays.stream(step).sorted().toArray();
        if (sorted[0] <= 0) {
            return; // the list goes on over a page
        }
        int cut = 0;
        for (int i = 1; i + 1 < sorted.length; i++) {
            if (sorted[i + 1] - sorted[i] > sorted[cut + 1] - sorted[cut]) {
                cut = i;
            }
        }
        int narrow = sorted[cut];
        int wide = sorted[cut + 1];
        int spread = Math.max(narrow - sorted[0], sorted[sorted.length - 1] - wide);
        // "The Regional Director" / "Ghana Education Service" / "Greater Accra", a step a little wider, "The Regional
        // Statistician": where each wider step, and only those, opens an entry with the office's article, each entry
        // of two lines or more, a slight difference sets the blocks apart
        boolean articles = true;
        for (int i = 0; i < step.length; i++) {
            boolean opens = step[i] >= wide;
            articles &= opens
                    == OFFICE_ARTICLE.matcher(tops.get(i + 1).text().strip()).lookingAt();
            articles &= !opens || i > 0 && step[i - 1] < wide; // each block an address of two lines or more
        }
        // "The Regional Coordinator" / "ODPP Nairobi Region", a wider step, "The Officer Commanding" / "DCI Kilimani":
        // two such blocks, the first too opening with its article, are set apart by their one wider step
        boolean officeFirst = OFFICE_ARTICLE.matcher(entries.get(0)).lookingAt();
        if (wide < BLOCK_STEP * narrow && !articles
                || wide <= narrow
                || wide - narrow < 2 * spread
                || sorted.length - cut - 1 < 2 && !(articles && officeFirst)) {
            return;
        }
        for (int i = step.length - 1; i >= 0; i--) {
            if (step[i] <= narrow) {
                entries.set(i, entries.get(i) + ", " + entries.get(i + 1));
                entries.remove(i + 1);
            }
        }
    }

    /**
     * Entries set as address blocks by their punctuation alone, evenly spaced ({@code Regional Commissioner,} /
     * {@code Mwanza Region,} / {@code MWANZA.} / {@code District Commissioner,} …): every line ends with a comma or a
     * full stop, some with a comma, the last and at least one other with a full stop (a list of one-line entries
     * enumerated with commas, {@code The Director of Planning,} / … / {@code The District Health Officer.}, ends
     * only its last with a full stop).
     */
    private static boolean punctuated(List<TextLine> lines) {
        boolean comma = false;
        int stops = 0;
        for (TextLine l : lines) {
            String text = l.text().strip();
            if (!text.endsWith(",") && !text.endsWith(".")) {
                return false;
            }
            comma |= text.endsWith(",");
            stops += text.endsWith(".") ? 1 : 0;
        }
        return comma && stops >= 2 && lines.get(lines.size() - 1).text().strip().endsWith(".");
    }

    /**
     * A list run on after its heading with dashes between the entries ({@code Copie à : Inspection générale de
     * l'éducation, du sport et de la recherche – Service interacadémique des examens et concours (SIEC) – Cabinet du
     * ministre}): split at the dashes when there are two or more; one dash may belong to a single entry's name
     * ({@code The Permanent Secretary – Administration}, {@code Direction générale … – Service …}), unless each side
     * of it opens with the same kind of body, two of one rank ({@code Direction Juridique – Direction de la
     * Conformité}), a body named by its acronym and one in words ({@code DIMENC – Mairie de Boulouparis}), or the
     * second names an office's holder ({@code Conseil régional du culte musulman – M. le Maire de Saint-Denis}).
     */
    private static List<String> dashed(LanguageCues book, String entry) {
        String[] parts = DASHES.split(entry);
        if (parts.length < 2
                || parts.length == 2
                        && !sameKind(book, parts[0], parts[1])
                        && !officeHolder(book, parts[1])
                        && !acronymThenBody(book, parts[0], parts[1])) {
            return List.of(entry);
        }
        List<String> entries = new ArrayList<>();
        for (String part : parts) {
            addEntry(entries, part);
        }
        return entries;
    }

    /** A body named by its acronym alone, then one named in words: {@code DIMENC – Mairie de Boulouparis}. */
    private static boolean acronymThenBody(LanguageCues book, String first, String second) {
        Tokens b = Tokens.of(second);
        return first.strip().matches("\\p{Lu}{3,}") && b.size() > 1 && book.match("senderHeads", b, 0) > 0;
    }

    /**
     * A holder of an office named by a civility and the office ({@code M. le Maire de Saint-Denis}, {@code Madame la
     * Directrice}): another addressee, never the rest of the name before the dash.
     */
    private static boolean officeHolder(LanguageCues book, String part) {
        Tokens t = Tokens.of(part);
        int n = book.match("civilities", t, 0);
        return n > 0 && t.size() > n + 1 && t.get(n).text().matches("(?i)le|la|les");
    }

    /** Two names that open with the same word naming a kind of body: {@code Direction …} and {@code Direction …}. */
    private static boolean sameKind(LanguageCues book, String first, String second) {
        Tokens a = Tokens.of(first);
        Tokens b = Tokens.of(second);
        return a.size() > 1
                && b.size() > 1
                && book.match("senderHeads", a, 0) > 0
                && a.get(0).text().equalsIgnoreCase(b.get(0).text());
    }

    /**
     * An entry without its leader dots and count of copies ({@code SGG ........ 2}, {@code Chefs de Service ........
     * Tous}: one for each of them), a count in brackets ({@code Regional Directors (4)}) or trailing separators.
     */
    private static String clean(String entry) {
        return LEADER_TAIL
                .matcher(entry)
                .replaceFirst("")
                .replaceAll(
                        "\\s*[.…_]{3,}\\s*(\\(?\\d{0,3}\\)?|(?i:tous|toutes|all))\\s*(ex\\.?|exemplaires?|copies?)?\\s*$",
                        "")
                .replaceAll("\\s+\\(\\d{1,2}\\)\\s*$", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s,;.’'`]+$", "")
                .strip();
    }

    private static boolean bulleted(String text) {
        return BULLET.matcher(text).lookingAt();
    }

    /**
     * A new entry under the first one written on the heading's line ({@code c. c. M. Denis Larochelle, …} / {@code
     * Mme Catherine Roy, …}): it opens with a civility, or starts where the first entry starts (a hanging indent).
     */
    private static boolean underFirstEntry(LetterMap map, TextLine label, TextLine next, String first) {
        Tokens t = next.tokens();
        if (t.size() > 0 && map.book().match("civilities", t, 0) > 0) {
            return true;
        }
        int at = label.text().indexOf(first.length() > 8 ? first.substring(0, 8) : first);
        if (at <= 0 || label.text().isEmpty()) {
            return false;
        }
        // a tab after a short heading ("cc:" then the entry further right than its characters say)
        double shift = (next.box().x() - label.xAt(at)) / Math.max(1, label.pageWidth());
        return label.startsUnder(next, at)
                || at <= TABBED_HEADING && shift > 0 && shift <= SubjectEngine.TAB_AFTER_LABEL;
    }

    /**
     * The page's footer, not an entry: a contact line (telephone, e-mail, website), a company's legal line
     * ({@code Registered in Cyprus, Reg. No. …}, {@code RCS …}), or a line stacked closer than the text's spacing
     * over such a line in the last quarter of the page, not a numbered entry (the sender's name and address set small
     * at the foot of the page).
     */
    static boolean inFooter(LetterMap map, TextLine l) {
        if (footerLine(map, l)) {
            return true;
        }
        if (l.top() < FOOT || bulleted(l.text().strip())) {
            return false;
        }
        TextLine prev = l;
        for (int i = l.index() + 1; i < map.lines().size(); i++) {
            TextLine next = map.lines().get(i);
            if (next.page() != l.page() || map.gap(prev, next) > TIGHT) {
                return false;
            }
            if (footerLine(map, next)) {
                // unless the footer was read on one line with an entry of the same column ("Archives" | "Hôtel de
                // Ville … Tél. : …"): the lines over it are the list's
                return firstPieceEnd(next) == next.text().length() || Math.abs(next.left() - l.left()) > 0.02;
            }
            prev = next;
        }
        return false;
    }

    /**
     * Where the list's entries start: the list's margin, or, for the first line under a heading whose line holds
     * the first entry, where that line sets it when this one hangs under it ({@code Copie : Campus France Cambodge}
     * / {@code Institut français du Cambodge}).
     */
    private static double entryLeft(
            LetterMap map, TextLine head, TextLine prev, TextLine next, List<String> entries, double refLeft) {
        return prev == head && !entries.isEmpty() && underFirstEntry(map, head, next, entries.get(0))
                ? next.left()
                : refLeft;
    }

    /**
     * Whether a line read as the footer's first is the list's last entry, set close over a footer in smaller type: on
     * the entries' margin and in their type, the footer's line under it smaller and elsewhere ({@code Executive
     * Secretary, Universal Basic Education Commission} over a centred {@code Safe Schools, Safe Futures • www…}).
     */
    private static boolean entryOverFooter(LetterMap map, TextLine prev, TextLine line, double listLeft) {
        int below = line.index() + 1;
        if (below >= map.lines().size()) {
            return false;
        }
        TextLine footer = map.lines().get(below);
        double h = line.box().h();
        return footer.page() == line.page()
                && Math.abs(line.left() - listLeft) <= 0.01
                && Math.abs(h - prev.box().h()) <= 0.1 * h
                && footer.box().h() < SMALLER_TYPE * h
                && Math.abs(footer.left() - listLeft) > 0.01;
    }

    /**
     * The list's last entry and the page's footer set level with it and read as one line ({@code Archives} | {@code
     * Hôtel de Ville de Port-Gentil – Avenue Savorgnan de Brazza – B.P. 515 – … Tél. : …}): the entry, its own cell on
     * the list's margin, without figures; null when the line is no footer or holds no such cell.
     */
    private static String entryBeforeFooter(LetterMap map, TextLine line, double listLeft) {
        if (Math.abs(line.left() - listLeft) > 0.02) {
            return null;
        }
        String text = line.text();
        int cut = firstPieceEnd(line);
        if (cut >= text.length() || !inFooter(map, line)) {
            return null;
        }
        String entry = text.substring(0, cut).strip();
        return entry.isEmpty() || entry.matches(".*\\d.*") || Tokens.of(entry).size() > ENTRY_BEFORE_FOOTER_WORDS
                ? null
                : entry;
    }

    /**
     * Where a line's first piece ends: at its first wide space between cells, or where its type changes size after a
     * space ({@code Archives} | {@code Hôtel de Ville … Tél. : …}); the text's length when it is one piece.
     */
    private static int firstPieceEnd(TextLine line) {
        return Math.min(line.cellEnd(0), line.typeChange());
    }

    /**
     * A line centred on the page in its foot, well right of the list's margin and set apart under it, or close under
     * it but spanning half the page: the page's footer ({@code African Development Bank · African Development Fund ·
     * Nigeria Trust Fund}, {@code All correspondence should be addressed to the Town Clerk · …}), not an entry's end.
     */
    private static boolean centredFooter(LetterMap map, TextLine prev, TextLine next, double listLeft) {
        // in smaller type, the page's marking may stand higher, under a short last page's list ("OFFICIAL: Sensitive")
        return (next.top() > FOOT || next.box().h() < FOOTER_TYPE * prev.box().h() && map.gap(prev, next) > 1)
                && Math.abs(next.centre() - 0.5) < CENTRED
                && next.left() > listLeft + 0.1
                && (map.gap(prev, next) > 0.5 || next.width() > FOOTER_WIDTH);
    }

    /**
     * A line in the foot of the page set apart under the list in smaller type than its entries: the page's footer
     * ({@code Antigua and Barbuda • Commonwealth of Dominica • …}, the members of the sender's union).
     */
    private static boolean smallFooter(LetterMap map, TextLine prev, TextLine next) {
        return next.top() > FOOT
                && map.gap(prev, next) > 0.5
                && next.box().h() < FOOTER_TYPE * prev.box().h();
    }

    /**
     * Whether the entries after the heading's {@code n} words stand in a column of their own: the first entry starts
     * a wide space after the heading, and the next line, close under it, starts on the same margin.
     */
    private static boolean entriesColumn(LetterMap map, TextLine line, int n) {
        List<org.courrier.document.Word> words = line.words();
        int next = line.index() + 1;
        if (words.size() <= n || next >= map.lines().size()) {
            return false;
        }
        TextLine under = map.lines().get(next);
        double entry = words.get(n).box().x() / (double) line.pageWidth();
        double headingEnd = words.get(n - 1).box().right() / (double) line.pageWidth();
        return entry - headingEnd > COLUMN_GAP
                && under.page() == line.page()
                && map.gap(line, under) <= 0.5
                && Math.abs(under.left() - entry) <= 0.01;
    }

    /**
     * A line back left of entries that hang after the heading on its line ({@code c. c. Mme …} / {@code M. …} set
     * under {@code Mme}): the page's (the office's address), not the list's.
     */
    private static boolean leftOfHangingEntries(TextLine label, double left, TextLine next) {
        return left > label.left() + OTHER_MARGIN && next.left() < left - OTHER_MARGIN;
    }

    /**
     * A line of one or two words in capitals on the entries' margin, without bullet, bracket or figure: the town the
     * addressees of a bulleted list are in.
     */
    private static boolean townAfterList(TextLine next, double left) {
        String text = next.text().strip();
        return next.tokens().size() <= 2
                && Math.abs(next.left() - left) <= 0.01
                && Character.isLetter(text.charAt(0))
                && !text.matches(".*\\d.*")
                && SenderEngine.capitals(text);
    }

    private static boolean footerLine(LetterMap map, TextLine l) {
        return RecipientEngine.contactOrWeb(map.book(), l)
                || LetterMap.contains(map.book(), "legalFooter", l)
                || INTERNATIONAL_NUMBER.matcher(l.text()).find();
    }

    /** Running headers of a continuation page: {@code - 2 -}, {@code Page 2/3}, {@code 2}. */
    private static boolean isPageMark(LetterMap map, TextLine l) {
        String s = l.text().replaceAll("[\\s\\-/.]", "");
        Tokens t = l.tokens();
        return s.matches("\\d{1,3}") || t.size() <= 4 && map.book().match("pageMarks", t, 0) > 0;
    }

    /** {@code Le Ministre,} / {@code The Director} at the foot: the signature, not a copy entry. */
    static boolean signatureTitle(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        if (t.size() < 2 || t.size() > 8 || book.match("suscriptionHeads", t, 0) == 0) {
            return false;
        }
        int h = book.match("suscriptionHeads", t, 0);
        return book.match("senderHeads", t, h) > 0 && l.text().endsWith(",");
    }

    /**
     * No copy heading: sure there is none when the letter visibly ends (a closing formula in its last lines) and
     * only a signature block follows, read cleanly. Signature strokes OCR read as a few letters at low confidence
     * are passed over; more lines than a signature block holds may be a list whose heading OCR lost.
     */
    private static Field<List<String>> none(LetterMap map) {
        boolean ended = false;
        for (int i = Math.max(0, map.bodyEnd() - 2); i <= map.bodyEnd(); i++) {
            ended |= LetterMap.contains(map.book(), "closings", map.lines().get(i));
        }
        double q = 1;
        int after = 0;
        for (TextLine l : map.lines()) {
            if (map.bodyEnd() < 0 || l.index() <= map.bodyEnd() || RecipientEngine.isFooter(map.book(), l)) {
                continue;
            }
            if (l.confidence() < STROKE && l.tokens().size() <= 3) {
                continue;
            }
            after++;
            q = Math.min(q, l.readQuality());
        }
        return new Field<>(List.of(), null, (ended && after <= SIGNATURE_LINES ? 0.93 : 0.75) * q, List.of());
    }
}
