package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courrier.document.Box;
import org.courrier.document.Word;
import org.courrier.extract.record.Field;

/**
 * The letter's own reference ({@code N°}, {@code Réf. :}, {@code Our Ref:}, {@code Ref. No.}) without its label,
 * and a second reference ({@code V/Réf.}, {@code Your Ref:}) kept apart. Only the header is searched.
 *
 * <p>Immutable and thread-safe.
 */
final class ReferenceEngine {

    record Result(Field<String> reference, Field<String> theirReference, Spans spans) {}

    /** How far under its row of labels (in the body's line steps) a grid's row of values may stand. */
    private static final double GRID_ROWS = 2.5;

    /** Most words of their letter's kind before the date that names it ({@code votre dossier déposé le …}). */
    private static final int MAX_KIND_WORDS = 4;

    private final List<LanguageCues> books;
    private final DateFinder dates;

    /**
     * @param books every language with a cue file: a label may be given again in another ({@code Notre référence})
     * @param dates the dates of those languages, as the other engines read them
     */
    ReferenceEngine(List<LanguageCues> books, DateFinder dates) {
        this.books = List.copyOf(books);
        this.dates = dates;
    }

    /** Where reference values stand, so that numbers in them are not taken for dates. */
    record Spans(List<int[]> spans) {
        boolean covers(int line, int offset) {
            for (int[] s : spans) {
                if (s[0] == line && offset >= s[1] && offset < s[2]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A short word in lower case between the letter cited and its number's label ({@code with}, {@code sous}). */
    private static final Pattern CONNECTOR = Pattern.compile("\\p{Ll}{2,7}");

    /**
     * A note cited in the third person, then its number sign: the possessive of its writer ({@code the Embassy's Note
     * No.}, {@code the Secretary-General's note verbale}) or the French article, the writer after it or not ({@code sa
     * note verbale n°}, {@code la note verbale de l'Ambassade n°}, {@code la Note Verbale de cette dernière n°}).
     */
    private static final Pattern NOTE_CITED = Pattern.compile("(?iu)(?:['’]s\\s+note(?:\\s+verbale)?"
            + "|\\b(?:sa|la)\\s+note(?:\\s+verbale)?(?:\\s+de\\s+(?:l['’]\\s?\\p{L}+|cette\\s+dernière|ce\\s+dernier"
            + "|la\\s+\\p{L}+|le\\s+\\p{L}+))?)\\s+(?:No\\.?|n°|nº)?\\s*(?=(?:\\p{Lu}{1,4}\\s+)?\\S*\\d)");

    /** More words than a file number has: an address after "No." ({@code No. 11 Mankata Avenue, …}). */
    private static final int MAX_VALUE_TOKENS = 6;

    /**
     * A slash with spaces around it ({@code N° 3317 / SG / DDR / 2024}, as North African offices type their numbers):
     * one code however spaced, its parts counted as one value's.
     */
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");

    /**
     * A house's number, its comma and the street's words, all capitalised and without figures: an address after "No."
     * ({@code No. 62, Ananda Coomaraswamy} / {@code Mawatha}, as Sri Lanka numbers its houses), no file number.
     */
    private static final Pattern STREET = Pattern.compile("\\d{1,4}\\p{L}?,\\s+\\p{Lu}\\p{Ll}+(\\s+\\p{Lu}\\p{Ll}+)*");

    /** Words between a label and its colon that still belong to the label: a qualifier or the label translated. */
    private static final int MAX_QUALIFIER_TOKENS = 4;

    /** A word of a label's qualifier: no figure, one small letter at least ({@code du}, {@code dossier}, {@code Our}). */
    private static final Pattern QUALIFIER = Pattern.compile("[^\\d]*\\p{Ll}[^\\d]*");

    /** A first word with a figure, then a word of two or more lower-case letters and words without a figure. */
    private static final Pattern PROSE_AFTER_NUMBER = Pattern.compile("^\\s*\\S*\\d\\S*(\\s+\\p{Ll}{2,}\\b[^\\d/]*)$");
    /**
     * A first word with a figure, then three words or more in capitals without a figure or slash, the first of four
     * letters at least: the letterhead's name set level with the number in the next column ({@code LG/DDF/14/2/117
     * MINISTRY OF LOCAL GOVERNMENT AND}).
     */
    private static final Pattern HEADING_AFTER_NUMBER =
            Pattern.compile("^\\s*\\S*\\d\\S*(\\s+\\p{Lu}{4,}(?:\\s+[\\p{Lu}'’&,.-]+){2,})$");
    /**
     * A number left blank ({@code ______/AMB/SG}) whose slash OCR read as a letter ({@code JAMB/SG}): mended, but
     * doubtful.
     */
    private static final double BLANK_MISREAD = 0.8;

    /** A place name and its comma closing a reference's text, before the date that shares its line. */
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile("\\s+\\p{Lu}[\\p{L}'’\\- ]{1,40},\\s*$");

    /** A line ending with a number sign: {@code … LICENCE NO.}, {@code … n°}. */
    private static final Pattern NUMBER_SIGN_AT_END = Pattern.compile("(?i).*\\s(no\\.?|n°|nº|number)$");

    /** A bare file number: a part with a capital letter, then two or more parts after slashes, a figure in one. */
    private static final Pattern BARE = Pattern.compile("(?=.*\\d)\\p{Lu}[\\p{Lu}\\d.&-]*(/[\\p{Lu}\\d.()&'’-]+){2,}");

    /**
     * A bare tracking number with the year in its middle, joined by hyphens ({@code 234-2024-3318}, {@code
     * MC-2024-01234}), or the year's last two figures glued to the letters ({@code MC25-012345}, an Australian
     * minister's correspondence), or the office's code, the number and the year ({@code OPH-4127-2025}, a Finnish
     * agency's record number at the right of its date), or a code of four parts or more with the year among them
     * ({@code DA-RFO2-ORED-2025-08-0214}, a Philippine regional office's memorandum number; its parts also joined by
     * slashes, {@code PSO-ILO/CRS-2024-0311}): how ministers' offices number their correspondence. Not a date, not a
     * telephone number.
     */
    private static final Pattern BARE_TRACKING = Pattern.compile("[\\p{Lu}\\d]{1,6}-(?:19|20)\\d{2}-[\\p{Lu}\\d]{3,8}"
            + "|\\p{Lu}{2,4}\\d{2}-\\d{4,8}"
            + "|\\p{Lu}{2,6}-\\d{1,6}-(?:19|20)\\d{2}"
            + "|(?=.*-(?:19|20)\\d{2}-)\\p{Lu}[\\p{Lu}\\d]*(?:[-/][\\p{Lu}\\d]+){3,}");

    /** A tracking number of four parts or more with the year among them, as a word of a line. */
    private static final Pattern TRACKING_IN_LINE = Pattern.compile(
            "(?<![\\p{L}\\d/-])\\p{Lu}{2,6}-(?:19|20)\\d{2}-[\\p{Lu}\\d]+-[\\p{Lu}\\d]+(?![\\p{L}\\d/-])");

    /**
     * A letter in Arabic script with the brackets and spaces before it: where a bilingual letterhead's label, read
     * after the value, starts. A letter glued to the number ({@code 2024/3871/م}) matches too.
     */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\s()\\[\\]]*\\p{IsArabic}");
    /**
     * The word for number opening a value read under its label ({@code In reply please quote:} / {@code No.
     * MOF/103/4/17}): the label's, not the number's.
     */
    private static final String NUMBER_WORD = "^(?i)(no\\.|n°|nº)\\s*(?=\\S*\\d)";

    /** The bare word for number, a reference's label only before its colon (Indonesia's {@code Number :}). */
    private static final String NUMBER = "number";

    /** The verb of a reply instruction that names the number to quote, mid-sentence. */
    private static final String QUOTE = "quote";

    /**
     * The first item of a numbered list, then words ({@code 1. This Department's letter No. …}); not a number in
     * brackets opening a reference ({@code (27) in BD MBIS/K/SSP/0415/18}).
     */
    private static final Pattern ENUMERATED = Pattern.compile("1[.)]\\s+\\p{L}{2,}");

    /** The first of a lettered list's items opening a reference's value: {@code A. OPM/DDRM/15/3/1}. */
    private static final Pattern LETTERED = Pattern.compile("A[.)]\\s+(?=\\S*\\d)");

    /** A date in figures ({@code 22.05.2024}, {@code 2025-02-18}). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}\\.?");

    /** A code of two to five capitals that may open a case number ({@code PRR 24-1187}). */
    private static final Pattern CODE_WORD = Pattern.compile("\\p{Lu}{2,5}");

    /** A number sign glued to the number: {@code N°0310-2019/MEF}. */
    private static final Pattern GLUED = Pattern.compile("(?i)(\\bN\\s?[°º])(?=[\\p{Alnum}_])");

    /**
     * A label of abbreviations typed without spaces, glued to its number ({@code Rc.No.A3/4521/2024}, {@code
     * D.O.No.12/2024}, as Indian offices write them): the places between its words, and before the number.
     */
    private static final Pattern GLUED_ABBREVIATIONS =
            Pattern.compile("(?i)(?<=\\b\\p{L}{1,3}\\.)(?=no\\.)|(?<=\\bno\\.)(?=\\p{Alnum})");

    /** How many of the body's first lines are read for the number of the letter it answers. */
    private static final int OPENING_LINES = 6;

    /** A number the body's opening cites as the correspondent's letter's: no label set it apart. */
    private static final double CITED_IN_OPENING = 0.7;

    /** How many lines on in reading order a broken number's rest may be read (a column beside it read between). */
    private static final int BROKEN_NUMBER_REACH = 4;

    /**
     * @param named whether its label names a reference ({@code Ref.}, {@code Our file}), not only a number sign, and
     *              the number follows it at once (the French "Réf. : Votre lettre n° …" names what the letter
     *              answers; the letter's own number is the "N°" above)
     */
    private record Found(TextLine line, String value, int start, int end, double confidence, boolean named) {

        Found(TextLine line, String value, int start, int end, double confidence) {
            this(line, value, start, end, confidence, true);
        }

        Found named(boolean named) {
            return new Found(line, value, start, end, confidence, named);
        }

        Found withValue(String v) {
            return new Found(line, v, start, end, confidence, named);
        }
    }

    Result extract(LetterMap map) {
        List<Found> own = new ArrayList<>();
        List<Found> theirs = new ArrayList<>();
        List<TextLine> lines = map.lines();
        java.util.Map<Integer, Integer> textRight = map.bodyTextRight();
        for (TextLine line : lines) {
            if (!map.inHeader(line.index()) && line.page() > 1
                    || map.afterBody(line.index()) && LetterMap.headsCopies(map.book(), line)) {
                // a copy list's entries may carry their own file numbers ("Copie : Cabinet Expertises
                // Normandes, réf. EXP 25-1187"): the copy's holder's, never the letter's
                break;
            }
            if (map.inBody(line.index()) && !map.besideBody(line, textRight)
                    || map.receivedStamp(line) && !LetterMap.labelledReference(map.book(), line)
                    || LetterMap.contains(map.book(), "legalFooter", line)) {
                // a stamp's number is the mail room's registration, a registration or tax number the sender's
                // own: neither is the letter's reference; "Our File No." set close above a stamp is the writer's
                continue;
            }
            Tokens t = Tokens.of(GLUED_ABBREVIATIONS
                    .matcher(GLUED.matcher(line.text()).replaceAll("$1 "))
                    .replaceAll(" "));
            for (int i = 0; i < t.size(); i++) {
                int n = map.book().match("theirReference", t, i);
                if (n > 0
                        && map.book().matchExactly("theirReference", t, i) == 0
                        && map.book().matchExactly("reference", t, i) >= n) {
                    n = 0; // "RÉFÉRENCE" is one edit from "V/RÉFÉRENCE", but it is the letter's own
                }
                boolean isTheirs = n > 0;
                if (!isTheirs) {
                    n = map.book().match("reference", t, i);
                }
                // the Nordic and Baltic rows "Your 12.02.2025 No NPH-2025-014" / "Our 03.03.2025 No 9-3/2025/…", or
                // the date alone before the number and "To" the date of the letter answered ("22.05.2024 No.
                // 8.10.2/45821" over "To 03.05.2024 application No. NH-TAX-2024/117")
                int answer = map.book().matchExactly("answeredDateLead", t, 0);
                boolean answering = answer > 0
                        && i > answer
                        && NUMERIC_DATE.matcher(t.get(answer).text()).matches();
                // "V/Lettre n° 0127/SNI/DG du 9 février 2024": the number sign after the kind of their letter, the
                // line an entry of a list of the letters cited or not ("– V/Lettre n° BM/DG/231/2023 du …")
                int item = t.size() > 1 && t.get(0).key().isEmpty() ? 1 : 0;
                boolean theirLead = i > 0 && i <= 3 && map.book().matchExactly("theirReferenceLead", t, 0) > 0
                        || answering && i <= answer + 2
                        || i > item && map.book().matchExactly("theirLetter", t, item) == i - item;
                boolean led = theirLead
                        || i > 0 && i <= 3 && map.book().matchExactly("referenceLead", t, 0) > 0
                        || i == 1 && NUMERIC_DATE.matcher(t.get(0).text()).matches();
                if (n == 0
                        || !(labelHere(t, i, n)
                                || led
                                        && plausible(t.get(Math.min(i + n, t.size() - 1))
                                                .text()))) {
                    continue;
                }
                isTheirs |= theirLead;
                n = withTranslation(map, t, i, n);
                Found f = value(map, line, t, i, n);
                if (f == null) {
                    f = citedByDate(map, line, t, i, n, isTheirs);
                    isTheirs |= f != null;
                }
                int subject = f != null && i > 0 ? map.book().match("subject", t, 0) : 0;
                if (subject > 0
                        && (t.colonAfter(subject - 1)
                                || !hasLetterInFirst(f.value())
                                || f.line() != line && i + n >= t.size())) {
                    // "Objet : dérogation au règlement de zonage n° 502-2005": what the letter is about, a
                    // regulation's or a law's number, not the letter's own; so is the number the subject's
                    // wrapped line goes on with ("… de la licence d'importation n°" / "LI-2021-0137"), and any number
                    // after the subject's own label ("Objet : Recours gracieux contre l'avis de cotisation n°
                    // 2022-CGE-004718"), letters in it or not
                    f = null;
                }
                if (f != null && f.line() == line && inSubjectsBrackets(map, line)) {
                    // "Re: Zoning By-law Amendment … – 1455 Riverbend Road" / "(File Nos. D02-02-24-0011 and
                    // D07-12-24-0019)": the files the subject is about, named in brackets on its next line
                    f = null;
                }
                if (f != null && ENUMERATED.matcher(f.value()).lookingAt()) {
                    // "Ref: 1. This Department's letter No. … / 2. Letter No. … of the Ministry": the letters cited,
                    // numbered, as Indian government letters list them under the subject; none is this letter's
                    f = null;
                }
                Matcher lettered = f == null ? null : LETTERED.matcher(f.value());
                if (lettered != null && lettered.lookingAt()) {
                    // "Reference: A. OPM/DDRM/15/3/1 dated 20 March 2025." / "B. National Disaster Risk Management
                    // Plan": a defence letter's references, lettered, cite the documents it answers, the first the
                    // correspondent's letter; the letter's own number stands apart
                    f = f.withValue(f.value().substring(lettered.end()));
                    isTheirs = true;
                }
                if (f != null && !isTheirs) {
                    Found answered = answered(map.book(), f);
                    isTheirs = answered != f;
                    f = answered;
                } else if (f != null) {
                    f = withoutKind(map.book(), f);
                }
                if (f != null) {
                    // "Dossier n° DEM-2019-1142" under "N° 23-04817 DH/AL/mf": the file the letter is about names
                    // its number no surer than the letter's own bare number sign does
                    f = f.named((n > 1 || t.get(i).key().length() > 2)
                            && startsWithCode(f.value())
                            && map.book().matchExactly("caseFile", t, i) == 0);
                    (isTheirs ? theirs : own).add(f);
                    // past the value when it stands on this line; a value found beside or below leaves the
                    // rest of this line after the label to read (never step back: that looped forever on some
                    // OCR output)
                    i = f.line() == line ? Math.max(i, nextTokenAt(t, f.end()) - 1) : i + n - 1;
                }
            }
        }
        if (theirs.isEmpty()) {
            Found cited = citedInOpening(map);
            if (cited != null) {
                theirs.add(cited);
            }
        }
        Found cell = inGrid(map, "reference", "theirReference");
        if (cell != null && own.stream().allMatch(f -> f.line() == cell.line())) {
            // the grid's row of values read whole under its label: the label's own cell instead
            own.clear();
            own.add(cell);
        } else if (cell != null) {
            // "DMI/2024/1187/AV 1": the label's value read on past its cell, into the next label's column (the count
            // of enclosures), beside numbers other labels name; the cell stands for it
            own.replaceAll(
                    f -> f.line() == cell.line() && f.value().startsWith(cell.value()) ? cell.named(f.named()) : f);
        }
        Found theirCell = inGrid(map, "theirReference", "reference");
        if (theirCell != null && theirs.stream().allMatch(f -> f.line() == theirCell.line())) {
            theirs.clear();
            theirs.add(theirCell);
        }
        if (own.isEmpty()) {
            Found bare = bare(map);
            if (bare == null) {
                bare = caseNumber(map);
            }
            if (bare != null) {
                own.add(bare);
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (Found f : own) {
            spans.add(new int[] {f.line().index(), f.start(), f.end()});
        }
        for (Found f : theirs) {
            spans.add(new int[] {f.line().index(), f.start(), f.end()});
        }
        return new Result(
                own.isEmpty() && theirs.isEmpty() ? AbsenceJudge.reference(map) : field(own),
                field(theirs),
                new Spans(spans));
    }

    /**
     * The number of the correspondent's letter as the body's opening cites it, its kind and its number sign before it
     * ({@code With reference to your letter No. HO/AMM/2024/612 dated 05/05/2024, …}, {@code Reference is made to your
     * letter Ref. No. THDO/PM/057/2024}, {@code Comme suite à votre lettre n° 0456/R/USTHB/2024 du …}): their
     * reference, when no label gave one. The number ends at its date or its comma. Null when the opening cites none.
     */
    private static Found citedInOpening(LetterMap map) {
        List<TextLine> lines = map.lines();
        int from = map.bodyStart();
        if (from >= lines.size()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<TextLine> read = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int k = from; k < Math.min(lines.size(), from + OPENING_LINES); k++) {
            if (lines.get(k).page() != lines.get(from).page()) {
                break;
            }
            read.add(lines.get(k));
            starts.add(text.length());
            text.append(lines.get(k).text()).append(' ');
        }
        Tokens t = Tokens.of(text.toString());
        LanguageCues book = map.book();
        for (int i = 0; i < t.size(); i++) {
            // exactly: one letter's edit makes "notre lettre", the writer's own earlier letter
            int n = book.matchExactly("theirLetter", t, i);
            if (n == 0) {
                continue;
            }
            int at = i + n;
            if (at + 1 < t.size()
                    && CONNECTOR.matcher(t.get(at).text()).matches()
                    && book.matchExactly("reference", t, at + 1) > 0) {
                at++; // "your letter with Ref. No. KSE/ADM/07/23 dated …": a word joins the letter to its label
            }
            int labelled = at;
            for (int more; at < t.size() && (more = book.matchExactly("reference", t, at)) > 0; ) {
                at += more; // past "Ref. No.", "n°"
            }
            if (at == labelled || at >= t.size() || !hasDigit(t.get(at).text())) {
                continue;
            }
            int end = numberEnd(book, t, at);
            String value = text.substring(t.get(at).start(), t.get(end).end()).replaceAll("[.,;]+$", "");
            if (value.endsWith(")") && value.indexOf('(') < 0) {
                value = value.substring(0, value.length() - 1); // "(your letter No. 12/2024)": the sentence's bracket
            }
            return onItsLine(read, starts, t, at, end, clean(value));
        }
        return noteCited(book, text.toString(), read, starts);
    }

    /**
     * The last token of a number cited in running text that starts at token {@code at}: it runs on over words with a
     * figure or a slash ({@code RK 512/2025}) and ends at its comma or before the date's lead ({@code … dated}).
     */
    private static int numberEnd(LanguageCues book, Tokens t, int at) {
        int end = at;
        while (!t.get(end).text().endsWith(",")
                && end + 1 < t.size()
                && book.match("dateLead", t, end + 1) == 0
                && plausible(t.get(end + 1).text())) {
            end++;
        }
        return end;
    }

    /**
     * The value read from the opening's joined text, from token {@code at} to token {@code end}, found on the line of
     * the opening it starts on ({@code starts}: where each line read starts in the joined text).
     */
    private static Found onItsLine(List<TextLine> read, List<Integer> starts, Tokens t, int at, int end, String value) {
        int k = read.size() - 1;
        while (starts.get(k) > t.get(at).start()) {
            k--;
        }
        int start = t.get(at).start() - starts.get(k);
        int stop = Math.min(read.get(k).text().length(), t.get(end).end() - starts.get(k));
        return new Found(read.get(k), value, start, stop, CITED_IN_OPENING);
    }

    /**
     * The number of the correspondent's note a note verbale's opening refers to, named in the third person ({@code
     * has the honour to refer to the Embassy's Note No. DA-025/2025 of …}, {@code se référant à sa note verbale n°
     * 318/2024 du …}, {@code à la note verbale de l'Ambassade n° 112/2025}): their reference. The number, and a code
     * of capitals before it ({@code RK 512/2025}), up to the first word with no figure or slash; null when none.
     */
    private static Found noteCited(LanguageCues book, String text, List<TextLine> read, List<Integer> starts) {
        Matcher m = NOTE_CITED.matcher(text);
        if (!m.find()) {
            return null;
        }
        Tokens t = Tokens.of(text);
        int at = 0;
        while (at < t.size() && t.get(at).start() < m.end()) {
            at++;
        }
        if (at >= t.size()) {
            return null;
        }
        int end = numberEnd(book, t, at);
        String value = clean(text.substring(t.get(at).start(), t.get(end).end()).replaceAll("[.,;]+$", ""));
        if (!hasDigit(t.get(at).text()) && !CODE_WORD.matcher(t.get(at).text()).matches() || !hasDigit(value)) {
            return null; // "sa note verbale du 20 mai 2024": the date, no number
        }
        return onItsLine(read, starts, t, at, end, value);
    }

    /**
     * Whether the line is a subject's next line in brackets, close under the subject's label and first line ({@code
     * Re: …} / {@code (File Nos. D02-02-24-0011 and D07-12-24-0019)}): what it numbers is what the subject is about.
     */
    private static boolean inSubjectsBrackets(LetterMap map, TextLine line) {
        if (line.index() == 0 || !line.text().strip().startsWith("(")) {
            return false;
        }
        TextLine above = map.lines().get(line.index() - 1);
        Tokens t = above.tokens();
        int n = t.size() == 0 ? 0 : map.book().match("subject", t, 0);
        return n > 0 && t.colonAfter(n - 1) && above.page() == line.page() && map.gap(above, line) <= 0.5;
    }

    /**
     * The number of the correspondent's letter when a reference label gives it ({@code Réf. : V/Lettre n°
     * 0456/R/USTHB/2024 du 03 juillet 2024}, the Maghreb's way of citing the letter answered): their reference, not
     * the letter's own; else the value found, unchanged.
     */
    private static Found answered(LanguageCues book, Found f) {
        return numberAfter(book, f, "theirLetter");
    }

    /**
     * The number of the letter a correspondent's reference cites by its kind ({@code V/Réf. : Lettre n°
     * 0281/MCICL/SG/DCI}): the number alone; else the value found, unchanged.
     */
    private static Found withoutKind(LanguageCues book, Found f) {
        return numberAfter(book, f, "citedKinds");
    }

    /**
     * Whether the value cites a letter by its kind and number ({@code Lettre n° 01342/OFOR/DG/DEX du 27 juin 2024},
     * {@code V/Lettre n° 0127/SNI/DG du …}): words around a number, which the number alone stands for.
     */
    private static boolean citesALetter(LanguageCues book, Found f) {
        return withoutKind(book, f) != f || answered(book, f) != f;
    }

    /** The number after the cue's words and {@code n°} that open the value, up to a date; else the value unchanged. */
    private static Found numberAfter(LanguageCues book, Found f, String cue) {
        Tokens v = Tokens.of(f.value());
        int at = book.match(cue, v, 0);
        if (at == 0) {
            return f;
        }
        for (int more; at < v.size() && (more = book.matchExactly("reference", v, at)) > 0; ) {
            at += more; // past "n°"
        }
        if (at >= v.size() || !hasDigit(v.get(at).text())) {
            return f;
        }
        int end = f.value().length();
        for (int j = at + 1; j < v.size(); j++) {
            if (book.match("dateLead", v, j) > 0) {
                end = v.get(j).start(); // "… 37.01.0000.106 dated 05/08/2024": the letter's date, not its number
                break;
            }
        }
        return f.withValue(clean(f.value().substring(v.get(at).start(), end)));
    }

    private static Field<String> field(List<Found> found) {
        if (found.isEmpty()) {
            return Field.missing();
        }
        // "Réf. : MED/13/2025/0045871" before "N° 2C 153 827 4406 1" (a registered letter's number); else a number
        // labelled at the start of its line before one in running words ("agréé par arrêté n° 2014-317/MESRS/DGES":
        // the act's number), not a law a "Réf. :" line cites ("Loi n° 2024-025")
        double surest = found.stream().mapToDouble(Found::confidence).max().orElse(0);
        Found f = found.stream()
                .filter(Found::named)
                .findFirst()
                .orElse(found.stream()
                        .filter(x -> x.confidence() == surest && startsWithCode(x.value()))
                        .findFirst()
                        .orElse(found.get(0)));
        double c = f.confidence();
        for (Found other : found) {
            if (!other.value().equals(f.value())) {
                c -= 0.15;
                break;
            }
        }
        c = Math.max(0.05, c * f.line().readQuality());
        return new Field<>(f.value(), f.line().text(), c, List.of(f.line().evidence()));
    }

    /**
     * A short label (N°, No) counts only before a number, a colon or the end of its line (the value then stands
     * beside or below it); a label mid-line must say "ref" or "°", or be the instruction to quote the number.
     */
    private static boolean labelHere(Tokens t, int i, int n) {
        String last = t.get(i + n - 1).key();
        if (n == 1 && last.equals(NUMBER) && !t.colonAfter(i)) {
            return false; // "Number : PM.01.02/C/1187/2025" heads its line; "Number of copies 3" does not
        }
        if (last.length() <= 2 && !t.colonAfter(i + n - 1)) {
            if (i + n < t.size() && !plausible(Folding.digits(t.get(i + n).text())) && !fileLetterBefore(t, i + n)) {
                return false;
            }
        }
        if (i == 0 || n >= 2 && t.colonAfter(i + n - 1) || i == LetterMap.afterTranslation(t)) {
            // a label opening its line, alone or after its translation (Sayı / Number :), or one of several words
            // closed by a colon (HMC Letter No.:)
            return true;
        }
        String label = t.get(i).text();
        return label.contains("°")
                || label.contains("º")
                || t.get(i).key().contains("ref")
                || t.get(i + n - 1).key().equals(QUOTE); // "… on this subject please quote No. ADM 45/227/01"
    }

    /**
     * A bilingual label ({@code Our file   Notre référence}, its value under it): when the rest of the line holds no
     * figure and ends with another reference cue, or is the label in other languages after a slash, the whole rest
     * is the label. The label given again in another language with its number after it ({@code Our file  Notre
     * référence 021034588-NHSP}) is the label too.
     */
    private int withTranslation(LetterMap map, Tokens t, int i, int n) {
        int again = otherLanguagesLabel(map.book(), t, i + n);
        if (again > 0
                && i + n + again < t.size()
                && hasDigit(t.get(i + n + again).text())) {
            return n + again;
        }
        if (i + n < t.size() && t.get(i + n).text().equals("/") && translations(t, i + n)) {
            return t.size() - i; // "Our Ref / Ons Verw / Isalathiso", its value in the cell under it
        }
        for (int j = i + n; j < t.size(); j++) {
            if (hasDigit(t.get(j).text())) {
                return n;
            }
            int m = Math.max(map.book().match("reference", t, j), map.book().match("theirReference", t, j));
            if (m > 0 && j + m == t.size()) {
                return t.size() - i;
            }
        }
        return n;
    }

    /**
     * How many tokens from {@code from} on a reference label of another language with a cue file covers, matched
     * word for word; 0 when none does.
     */
    private int otherLanguagesLabel(LanguageCues book, Tokens t, int from) {
        int most = 0;
        for (LanguageCues other : books) {
            if (from < t.size() && !other.language().equals(book.language())) {
                most = Math.max(most, other.matchExactly("reference", t, from));
                most = Math.max(most, other.matchExactly("theirReference", t, from));
            }
        }
        return most;
    }

    /**
     * Whether the tokens from {@code from} on are words of a label in other languages ({@code / Ons Verw /
     * Isalathiso}, {@code / U Verw}): words in small letters or lone letters, no figure, no code.
     */
    private static boolean translations(Tokens t, int from) {
        boolean words = false;
        for (int j = from; j < t.size(); j++) {
            if (!labelWord(t.get(j)) && !t.get(j).text().matches("\\p{Lu}\\.?")) {
                return false;
            }
            words |= QUALIFIER.matcher(t.get(j).text()).matches();
        }
        return words;
    }

    /** Punctuation, or a word of a label's qualifier or translation ({@link #QUALIFIER}). */
    private static boolean labelWord(Tokens.Token token) {
        return token.key().isEmpty() || QUALIFIER.matcher(token.text()).matches();
    }

    /** A spaced dash ending the text: what follows it is set apart from the value before it. */
    private static final Pattern DASH_BEFORE = Pattern.compile("\\s[–—]\\s*$");
    /** How many characters before a label a dash setting it apart is looked for. */
    private static final int DASH_REACH = 8;

    /**
     * A number label and figures alone ending the line ({@code Réf. : DGADHS/DILE/SPI/2024 – n° 1873}): the letter's
     * number in its office's register, the last part of the reference, not another file's number.
     */
    private static final Pattern CHRONO_AFTER = Pattern.compile("(?i)n\\s?[°º]\\s*\\d+\\s*");

    private Found value(LetterMap map, TextLine line, Tokens t, int i, int n) {
        // a label of two cues ("My Ref. No. MOF/…", "Please quote our reference RM240518"): past both
        for (int more; i + n < t.size() && (more = map.book().matchExactly("reference", t, i + n)) > 0; ) {
            n += more;
        }
        // the label's qualifier or translation up to its colon ("Référence du dossier :", "Notre réf. / Our ref :")
        for (int j = i + n; !t.colonAfter(i + n - 1) && j < t.size() && j < i + n + MAX_QUALIFIER_TOKENS; j++) {
            if (!labelWord(t.get(j)) && !t.get(j).key().contains("ref")) {
                break;
            }
            if (t.colonAfter(j)) {
                n = j - i + 1;
                break;
            }
        }
        int start = t.get(i + n - 1).end();
        String text = t.text();
        while (start < text.length() && ":.-–°º ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        // in a row of cells read as one line, the value's own cell ("Nos réf." | "SGCA/THE/2020/0486" | "Dossier n°")
        int end = text.equals(line.text()) ? Math.max(start, line.cellEnd(start)) : text.length();
        boolean dated = false;
        for (int j = i + n; j < t.size() && t.get(j).start() < end; j++) {
            dated = map.book().match("dateLead", t, j) > 0
                    && j + 1 < t.size()
                    && Folding.digits(t.get(j + 1).text()).matches("\\d.*")
                    && !t.get(j + 1).text().contains("/");
            if (dated || map.book().match("theirReference", t, j) > 0) {
                end = t.get(j).start();
                break;
            }
            if (j > i + n && map.book().matchExactly("reference", t, j) > 0) {
                // "N° RG 24/03712 – N° Portalis DBYS-W-B7I-NK4T": another number of the file after a dash (looked
                // for in the few characters before the label, never the whole line again for each word)
                int from = Math.max(0, t.get(j).start() - DASH_REACH);
                Matcher dash = DASH_BEFORE.matcher(text.substring(from, t.get(j).start()));
                if (dash.find()
                        && !CHRONO_AFTER
                                .matcher(text.substring(t.get(j).start()))
                                .matches()) {
                    end = from + dash.start();
                    break;
                }
            }
        }
        String raw = text.substring(Math.min(start, end), end);
        // the place of a date line sharing the row ("UPR/CIV/2024/112 Genève, le 18 avril 2024"): not the number
        String value = clean(untilProse(dated ? PLACE_BEFORE_DATE.matcher(raw).replaceFirst("") : raw));
        double conf = i == 0 ? 0.96 : 0.9;
        if (value.isEmpty()) {
            int next = line.index() + 1;
            TextLine following = next < map.lines().size() ? map.lines().get(next) : null;
            boolean besideIt = following != null && besideOnTheRow(line, following);
            if (besideIt) {
                TextLine beside = following;
                String v = clean(beside.text());
                // not the next cell's label ("Date / Datum"): words split by slashes are no code; nor the next cell
                // when the label's own is left blank ("Your No:" | "Date: 08.04.2025"); counted in words, since a
                // colon inside a number cuts tokens ("MH 34:18/6-2 V4"), and a dash between two parts is no word
                // ("YBo/nbe – PC 2024-0287")
                Found whole = new Found(beside, v, 0, beside.text().length(), 0.9);
                // a letter cited by its kind, number and date is one value, however many its words
                if (plausible(v)
                        && (citesALetter(map.book(), whole)
                                || words(v) <= 3
                                        && !translations(beside.tokens(), 0)
                                        && !labelledOrDated(map.book(), beside.tokens()))) {
                    return mended(whole);
                }
            }
            TextLine cell = underInItsColumn(map, line);
            if (cell != null) {
                String v = clean(cell.text());
                if (hasDigit(v)
                        && !labelledOrDated(map.book(), cell.tokens())
                        && cell.tokens().size() <= MAX_VALUE_TOKENS
                        && map.book().match("reference", cell.tokens(), 0) == 0
                        && map.book().match("theirReference", cell.tokens(), 0) == 0) {
                    return new Found(cell, v, 0, cell.text().length(), 0.85);
                }
            }
            if (following != null && !besideIt && map.gap(line, following) < 0.8) {
                TextLine below = following;
                String v = clean(below.text());
                if (hasDigit(v) && below.tokens().size() <= 4 && !labelledOrDated(map.book(), below.tokens())) {
                    return new Found(below, v, 0, below.text().length(), 0.85);
                }
            }
            return null;
        }
        return plausible(value)
                        && Tokens.of(SPACED_SLASH.matcher(value).replaceAll("/"))
                                        .size()
                                <= MAX_VALUE_TOKENS
                        && !STREET.matcher(value).matches()
                ? mended(new Found(
                        line, end == text.length() ? brokenAtSlash(map, line, value) : value, start, end, conf))
                : null;
    }

    /**
     * Their letter named by its kind and date, with no number ({@code V/Réf. : votre courrier du 2 septembre 2025},
     * {@code Vos réf. : Courrier du 14 octobre 2025}, {@code Votre référence : Lettre du 2 juillet 2024, GM/sb}): the
     * words as printed, which a clerk types into the register's column. Only under their label: under the letter's
     * own ({@code Réf. : Votre lettre du 5 novembre 2024.}) such words cite the letter answered with no number to
     * register. A few words with no figure, a date's lead, a date, and no number after it ({@code Votre courrier du
     * 4 mars 2025 (dossier n° CAR-2025-017)} names the number); null otherwise.
     */
    private Found citedByDate(LetterMap map, TextLine line, Tokens t, int i, int n, boolean theirLabel) {
        int from = i + n;
        if (from >= t.size() || !theirLabel) {
            return null;
        }
        int lead = from;
        while (lead < t.size()
                && lead - from < MAX_KIND_WORDS
                && !hasDigit(t.get(lead).text())
                && map.book().match("dateLead", t, lead) == 0) {
            lead++;
        }
        int leadWords = lead < t.size() ? map.book().match("dateLead", t, lead) : 0;
        if (lead == from || leadWords == 0 || lead + leadWords >= t.size() || t.size() - from > MAX_VALUE_TOKENS + 4) {
            return null;
        }
        String text = t.text();
        int start = t.get(from).start();
        int dateAt = t.get(lead + leadWords).start();
        boolean dated = dates.find(text.substring(dateAt), true).stream()
                .anyMatch(h -> h.start() == 0 && !hasDigit(text.substring(dateAt + h.end())));
        String value = clean(text.substring(start)).replaceFirst("\\.$", "");
        return dated ? new Found(line, value, start, text.length(), 0.85) : null;
    }

    /**
     * A number broken after a slash at the line's end, its rest on the next line of its column ({@code Prot. No.:
     * YPPO/GDAPK/DDPPA/TPAK/} over {@code 582716/412390/9871/2136}): the whole number. The rest is one piece of code,
     * figures or slashes in it, close under the line and within its width.
     */
    private static String brokenAtSlash(LetterMap map, TextLine line, String value) {
        if (!value.endsWith("/")) {
            return value;
        }
        for (int i = line.index() + 1; i < Math.min(map.lines().size(), line.index() + BROKEN_NUMBER_REACH); i++) {
            TextLine next = map.lines().get(i);
            if (next.page() != line.page() || map.gap(line, next) > 0.8) {
                break;
            }
            if (next.box().x() >= line.box().x()
                    && next.box().right() <= line.box().right() + line.box().h()) {
                String rest = next.text().strip();
                return next.tokens().size() == 1 && plausible(rest) && !rest.matches(".*\\p{Ll}.*")
                        ? value + rest
                        : value;
            }
        }
        return value;
    }

    /**
     * Words of a value: the pieces between spaces that hold a letter or a figure, groups of figures set apart by
     * spaces counting as one ({@code PC 034 336 24 M0012}, a French building permit's number, is three).
     */
    private static long words(String value) {
        return java.util.Arrays.stream(value.replaceAll("(?<=\\d) +(?=\\d)", "").split(" "))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }

    /**
     * The next row of the letterhead's table rather than a value: a label and its colon ({@code Date: March 14,
     * 2022}, {@code Tel: 0322-091 234}) or a date ({@code Lusaka, 3rd June, 2024}). A label left empty
     * ({@code Your Ref:} and nothing after it) has no value.
     */
    private static boolean labelledOrDated(LanguageCues book, Tokens t) {
        if (t.size() > 1 && t.colonAfter(0)) {
            return true;
        }
        for (int i = 0; i < t.size(); i++) {
            if (book.month(t.get(i).key()) > 0 && t.get(i).key().length() >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reference in a grid of labels over a row of values, as Belgian administrations set it ({@code Vos références
     * Nos références  Votre correspondant  Annexe(s)  Date} over {@code —  ENV/SAL/2023/0871  Julie Vanderstraeten  2
     * photos  Rixensart, le 23 août 2023}): a label of the cue {@code label} (the letter's own reference, or the
     * correspondent's) on a row that also holds one of the cue {@code other}, nothing after it on its line but more
     * labels, and its value the cell of the row under it that starts under the label, its words up to a cell's gap.
     * Null when there is none.
     */
    private static Found inGrid(LetterMap map, String label, String other) {
        LanguageCues book = map.book();
        List<TextLine> lines = map.lines();
        int end = Math.min(map.salutation() >= 0 ? map.salutation() : map.bodyStart(), lines.size());
        for (int k = 0; k < end; k++) {
            TextLine line = lines.get(k);
            List<Word> words = line.words();
            if (line.page() > 1) {
                break;
            }
            // the row's words cut into tokens once; a word's label is matched from its first token on
            Tokens all = Tokens.of(wordsText(words, 0, words.size()));
            int[] tokensOf = new int[words.size()];
            for (int w = 0; w < words.size(); w++) {
                tokensOf[w] = Tokens.of(words.get(w).text()).size();
            }
            for (int w = 0, first = 0; w < words.size(); first += tokensOf[w], w++) {
                int n = book.matchExactly(label, all, first);
                if (n < 2) {
                    continue;
                }
                int last = w;
                for (int covered = tokensOf[w]; covered < n && last + 1 < words.size(); ) {
                    covered += tokensOf[++last];
                }
                Tokens rest = Tokens.of(wordsText(words, last + 1, words.size()));
                if (!LetterMap.containsExactly(book, other, Tokens.of(wordsText(words, 0, w)))
                        && !LetterMap.containsExactly(book, other, rest)
                        && !onRow(map, line, other)) {
                    continue; // no grid: the row names one reference
                }
                if (rest.size() > 0
                        && book.matchExactly("theirReference", rest, 0) == 0
                        && book.matchExactly("theirReferenceLead", rest, 0) == 0
                        && book.matchExactly("reference", rest, 0) == 0
                        && book.match("enclosures", rest, 0) == 0) {
                    continue; // a value after the label: read as labels are
                }
                int next = last + 1 < words.size() ? words.get(last + 1).box().x() : nextOnRow(map, line);
                Found cell = cellUnder(
                        map, line, words.get(w).box().x(), words.get(last).box().right(), next);
                if (cell != null) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** Whether another piece on the line's row holds a label of the cue ({@code Vos réf.} for theirReference). */
    private static boolean onRow(LetterMap map, TextLine line, String cue) {
        java.util.function.Predicate<TextLine> label = l -> LetterMap.containsExactly(map.book(), cue, l);
        return map.cellBefore(line, LetterMap.TABLE_REACH, label) || map.cellAfter(line, LetterMap.TABLE_REACH, label);
    }

    /** Where the next piece on the line's row starts, right of it; the page's width when none does. */
    private static int nextOnRow(LetterMap map, TextLine line) {
        int next = line.pageWidth();
        for (TextLine l : map.lines()) {
            if (l.page() == line.page()
                    && ReadingOrder.sameRow(l.box(), line.box())
                    && l.box().x() > line.box().right()) {
                next = Math.min(next, l.box().x());
            }
        }
        return next;
    }

    /**
     * The value under a grid's label spanning {@code left} to {@code right}: in the nearest row under it (within
     * {@link #GRID_ROWS} line steps), the first word starting under the label, and the words after it up to a gap
     * wider than {@link TextLine#CELL_GAP} of the page or to the next label's column ({@code next}, where it starts); a
     * reference's value, or null.
     */
    private static Found cellUnder(LetterMap map, TextLine label, int left, int right, int next) {
        int slack = (int) (TextLine.CELL_GAP * label.pageWidth());
        for (int k = label.index() + 1; k < map.lines().size(); k++) {
            TextLine l = map.lines().get(k);
            if (l.page() != label.page() || l.box().y() - label.box().y() > GRID_ROWS * map.pitch()) {
                return null;
            }
            List<Word> words = l.words();
            for (int w = 0; w < words.size(); w++) {
                Box b = words.get(w).box();
                if (b.y() < label.box().bottom() || b.x() < left - slack || b.x() > right) {
                    continue;
                }
                int last = w;
                while (last + 1 < words.size()
                        && words.get(last + 1).box().x() < next
                        && words.get(last + 1).box().x() - words.get(last).box().right() <= slack) {
                    last++;
                }
                String value = wordsText(words, w, last + 1);
                if (!plausible(value) || !startsWithCode(value)) {
                    return null;
                }
                int start = Math.max(0, l.text().indexOf(words.get(w).text()));
                return new Found(l, value, start, Math.min(l.text().length(), start + value.length()), 0.85);
            }
        }
        return null;
    }

    /** The words from {@code from} to {@code to} (exclusive), a space between each. */
    private static String wordsText(List<Word> words, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(i > from ? " " : "").append(words.get(i).text());
        }
        return s.toString();
    }

    /**
     * A file number printed alone on its line above the addressee, without a label ({@code SADC/S/IID/ENG/4/2024/058}
     * over the date): letters and figures in three or more parts joined by slashes, or a tracking number with the
     * year in its middle ({@code 234-2024-3318}). Less sure than a labelled one.
     */
    private static Found bare(LetterMap map) {
        for (TextLine line : map.lines()) {
            if (line.page() > 1 || map.inBody(line.index())) {
                break;
            }
            String v = line.text().strip();
            if (!map.receivedStamp(line)
                    && line.tokens().size() <= 2
                    && (BARE.matcher(v).matches() || BARE_TRACKING.matcher(v).matches())
                    && !wrappedAfterNumberSign(map, line)) {
                return new Found(line, v, 0, line.text().length(), 0.7);
            }
            int next = line.index() + 1;
            if (LetterMap.documentKind(map.book(), line) && next < map.lines().size()) {
                // "NOTE" / "NAI-DET 24/0316": the document's number alone under its kind's heading
                TextLine under = map.lines().get(next);
                String u = under.text().strip();
                if (under.page() == line.page()
                        && map.gap(line, under) <= 0.5
                        && under.tokens().size() <= 3
                        && hasDigit(u)
                        && u.matches(".*\\p{L}.*[/-].*|.*[/-].*\\p{L}.*")
                        && !labelledOrDated(map.book(), under.tokens())) {
                    return new Found(under, clean(u), 0, under.text().length(), 0.7);
                }
            }
        }
        return null;
    }

    /**
     * Whether the line ends the line above, wrapped after its number sign ({@code APPLICATION FOR RENEWAL OF NATIONAL
     * COURIER SERVICES LICENCE NO.} / {@code TCRA/PS/NC/2020/014}): the number a subject names, not the letter's own.
     */
    private static boolean wrappedAfterNumberSign(LetterMap map, TextLine line) {
        if (line.index() == 0) {
            return false;
        }
        TextLine above = map.lines().get(line.index() - 1);
        return above.page() == line.page()
                && above.tokens().size() > 2
                && map.gap(above, line) <= 0.5
                && Math.abs(above.left() - line.left()) <= 0.01
                && NUMBER_SIGN_AT_END.matcher(above.text().strip()).matches();
    }

    /**
     * The number of the case a letter without a reference label is about, named by its kind in the head or the
     * subject line ({@code Re: Complaint No. 2241873}, {@code Inspection No.: 1-K7Q4RZ}, {@code Tracking Number:
     * 418256}): how North American agencies number their correspondence. The number only, with a code of capitals
     * before it ({@code Request No. PRR 24-1187}); doubtful, a letter's other numbers are named the same way.
     */
    private static Found caseNumber(LetterMap map) {
        for (TextLine line : map.lines()) {
            if (line.page() > 1 || map.inBody(line.index())) {
                break;
            }
            if (map.receivedStamp(line)) {
                continue;
            }
            Tokens t = line.tokens();
            int label = t.size() == 0 ? 0 : map.book().match("subject", t, 0);
            if (label > 0 && t.colonAfter(label - 1)) {
                // "RE: Notice of Violation NOV-2025-SW-0117": the case's tracking number in the subject line
                Matcher m = TRACKING_IN_LINE.matcher(line.text());
                if (m.find()) {
                    return new Found(line, m.group(), m.start(), m.end(), 0.6);
                }
            }
            for (int i = 0; i < t.size(); i++) {
                int n = map.book().matchExactly("caseNumber", t, i);
                if (n == 0) {
                    continue;
                }
                int at = i + n;
                if (at + 1 < t.size()
                        && CODE_WORD.matcher(t.get(at).text()).matches()
                        && hasDigit(t.get(at + 1).text())) {
                    at++; // "PRR 24-1187"
                }
                if (at < t.size() && hasDigit(t.get(at).text())) {
                    int start = t.get(i + n).start();
                    int end = t.get(at).end();
                    String v = clean(line.text().substring(start, end));
                    return new Found(line, v, start, end, 0.6);
                }
                int next = line.index() + 1;
                if (at == t.size() && next < map.lines().size()) {
                    // "Application No:" | "24/1187/HOUS": the number in the table's next cell, on the label's row
                    TextLine beside = map.lines().get(next);
                    String v = clean(beside.text());
                    if (besideOnTheRow(line, beside) && beside.tokens().size() == 1 && hasDigit(v)) {
                        return new Found(beside, v, 0, beside.text().length(), 0.6);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The value under a label in a row of labels ({@code Votre lettre du | Vos références | Nos références |
     * Annexe(s)}, the values on the row below, each under its label): the piece on the next row that shares the
     * label's width, within a line and a half.
     */
    private static TextLine underInItsColumn(LetterMap map, TextLine label) {
        TextLine found = null;
        for (int i = label.index() + 1; i < Math.min(map.lines().size(), label.index() + 30); i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != label.page() || l.box().y() > label.box().bottom() + 1.5 * map.pitch()) {
                continue;
            }
            int overlap = Math.min(l.box().right(), label.box().right())
                    - Math.max(l.box().x(), label.box().x());
            if (l.box().y() >= label.box().bottom() - label.box().h() / 4
                    && overlap > 0.5 * Math.min(l.box().w(), label.box().w())
                    && (found == null || l.box().y() < found.box().y())) {
                found = l;
            }
        }
        return found;
    }

    /**
     * The piece of the same printed line further right: a label whose number was left blank to be filled in by
     * hand ({@code N° ______/AMB/SG}) keeps a wide gap after it, at which the layout cuts the line.
     */
    private static boolean besideOnTheRow(TextLine label, TextLine next) {
        return next.page() == label.page()
                && next.box().x() > label.box().right()
                && Math.abs(next.box().centerY() - label.box().centerY())
                        < label.box().h() / 2;
    }

    /** A blank number whose slash OCR read as a letter ({@code JAMB/SG}) gets its slash back, and stays doubtful. */
    private static Found mended(Found f) {
        String v = f.value();
        if (hasDigit(v) || v.startsWith("/") || v.startsWith("_")) {
            return f;
        }
        return new Found(
                f.line(),
                v.replaceFirst("^[JIl|1](?=\\p{Lu})", "/"),
                f.start(),
                f.end(),
                Math.min(f.confidence(), BLANK_MISREAD));
    }

    /**
     * A number, then the sentence that goes on after it ({@code RM240518 in all correspondence}): the number. Words
     * in lower case after a first word with a figure, with no figure or slash after them, are no part of a file
     * number ({@code UPR/CIV/4e cycle/2024/112} is one).
     */
    static String untilProse(String raw) {
        Matcher m = PROSE_AFTER_NUMBER.matcher(raw);
        if (m.matches()) {
            return raw.substring(0, m.start(1));
        }
        Matcher heading = HEADING_AFTER_NUMBER.matcher(raw);
        return heading.matches() ? raw.substring(0, heading.start(1)) : raw;
    }

    /**
     * A file's letter and its stop before the number ({@code No. F. 18-4/2024-Admn.II}, an Indian ministry's file):
     * the number goes on after it.
     */
    private static boolean fileLetterBefore(Tokens t, int at) {
        return at + 1 < t.size()
                && t.get(at).text().matches("\\p{Lu}\\.?")
                && !t.colonAfter(at)
                && plausible(Folding.digits(t.get(at + 1).text()));
    }

    /** A number, or a number left blank to be filled in by hand ({@code ______/SP-PND/SG}). */
    private static boolean plausible(String v) {
        return hasDigit(v) || v.contains("/") && v.length() >= 4;
    }

    /**
     * A value that opens with a code: a first word with a figure or a slash, or an office's code of capitals before
     * its number ({@code PRS 33/2024/0412}).
     */
    private static boolean startsWithCode(String v) {
        String[] words = v.strip().split("\\s+", 3);
        return hasDigit(words[0])
                || words[0].contains("/")
                || words.length > 1 && CODE_WORD.matcher(words[0]).matches() && hasDigit(words[1]);
    }

    private static boolean hasLetterInFirst(String v) {
        return firstWord(v).chars().anyMatch(Character::isLetter);
    }

    private static String firstWord(String v) {
        return v.split("\\s", 2)[0];
    }

    private static boolean hasDigit(String v) {
        return v.chars().anyMatch(Character::isDigit);
    }

    private static String clean(String v) {
        Matcher arabic = OTHER_SCRIPT.matcher(v);
        if (arabic.find()) {
            // the label's Arabic translation printed after the number ("4418/2022 (الرقم)"), read with it
            v = v.substring(0, arabic.start()).replaceAll("[\\s(\\[]+$", "");
        }
        return closingBracketAsJ(lettersInCodes(v.replaceAll("\\s+", " ")
                .replaceAll("^[\\s:.\\-]+|[\\s,;]+$", "")
                .replaceFirst(NUMBER_WORD, "")));
    }

    /**
     * A closing bracket nothing opened, after a capital letter, is the J that OCR misread: {@code 2023/1829/DA)},
     * {@code DA]} and {@code DA}} stand for {@code DAJ}.
     */
    static String closingBracketAsJ(String v) {
        String out = v;
        for (String[] pair : new String[][] {{"(", "\\)"}, {"[", "\\]"}, {"{", "\\}"}}) {
            if (out.indexOf(pair[0]) < 0) {
                out = out.replaceAll("(?<=\\p{Lu})" + pair[1] + "(?=$|[/\\-. ])", "J");
            }
        }
        return out;
    }

    /**
     * In a code made of letters ({@code 00AS}, {@code M1NEF}), a 0 or 1 before a letter is the O or I that OCR
     * misread. Figures ending the code are a number of its own ({@code CG1}, the first commune of Golfe; {@code SG01}),
     * and so is a 1 opening it ({@code 1BPB}, the first bureau).
     */
    private static String lettersInCodes(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (String part : v.split("(?<=[/\\- .])|(?=[/\\- .])")) {
            long letters = part.chars().filter(Character::isLetter).count();
            boolean onlyZeroOne = part.chars().filter(Character::isDigit).allMatch(c -> c == '0' || c == '1');
            if (letters >= 2 && onlyZeroOne && part.chars().allMatch(Character::isLetterOrDigit)) {
                int end = part.length();
                while (end > 0 && Character.isDigit(part.charAt(end - 1))) {
                    end--;
                }
                // a 1 opening the code is a rank: 1BPB, the first bureau of a sub-directorate
                int from = part.length() > 1 && part.charAt(0) == '1' && Character.isLetter(part.charAt(1)) ? 1 : 0;
                out.append(part, 0, from)
                        .append(part.substring(from, end).replace('0', 'O').replace('1', 'I'))
                        .append(part.substring(end));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private static int nextTokenAt(Tokens t, int offset) {
        for (int j = 0; j < t.size(); j++) {
            if (t.get(j).start() >= offset) {
                return j;
            }
        }
        return t.size();
    }
}
