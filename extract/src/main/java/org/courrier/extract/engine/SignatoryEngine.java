package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Signatory;

/**
 * Who signed, from the signature block under the body: a title ({@code Le Ministre,}, {@code Permanent Secretary})
 * and a name, in the order the language writes them ({@code signatureOrder} in the cue file). Stamp words and
 * dates are passed over; under a title the last name-like line is the name (stamp text OCR'd above it can look like
 * a name too); a note verbale is not signed.
 *
 * <p>Immutable and thread-safe.
 */
final class SignatoryEngine {

    private static final int WINDOW = 8;
    /** A line signing by delegation or naming the title's seat: {@code P.O. Le Commissaire}, {@code – Mont-Liban}. */
    private static final java.util.regex.Pattern DELEGATION =
            java.util.regex.Pattern.compile("(?i)(p\\.\\s?o\\.|p/|pour |par |for |pp |[–—-]\\s)");
    /** The word by which a body signs for itself: {@code Pour le Bureau …}, {@code For the Board}, {@code For: TPA}. */
    private static final java.util.regex.Pattern BODY_SIGNING =
            java.util.regex.Pattern.compile("(?i)(pour|for|par)(\\s|:\\s)");
    /** A company's name under the title ({@code Valletta Bay Interactive Ltd}): the employer, not the title. */
    private static final java.util.regex.Pattern COMPANY =
            java.util.regex.Pattern.compile("(?i).*\\b(ltd|limited|inc|plc|llc|sarl|sas|gmbh|pty ltd)\\.?$");
    /**
     * A credential after the name's comma: a word in lower case ({@code biol.}, {@code urbaniste}), a degree with its
     * points ({@code Ph.D.}, {@code P.Eng.}) or letters in capitals ({@code CESO V}, {@code IAS}).
     */
    private static final String CREDENTIAL =
            ",\\s*(\\p{Ll}[\\p{L}.]*|\\p{Lu}[\\p{L}]*\\.[\\p{L}.]*|\\p{Lu}{2,5}( \\p{Lu}{1,3})?)$";
    /** The word a firm's partner signs for it by, before the name: {@code Per: J. VAN WYK}. */
    private static final String PER = "^(?i:per)\\s*:\\s*";
    /** How much larger than a footer's line a name set level with it is typed. */
    private static final double NAME_OVER_FOOTER = 1.2;
    /** A general's rank before the name ({@code Général de Brigade Moussa Soumaré}): its "de" is no name's. */
    private static final String RANK = "^Général\\s+de\\s+(?i:brigade|division|corps d'armée)\\s+";
    /** Surname particles written in lower case inside a name, none of them a word a title is built with. */
    private static final java.util.Set<String> NAME_PARTICLES =
            java.util.Set.of("van", "von", "der", "den", "ter", "ten", "bin", "binti", "binte", "bint", "d");
    /** A unit's number ending a line: {@code Region No. 6}, {@code District 12}. */
    private static final java.util.regex.Pattern UNIT_NUMBER = java.util.regex.Pattern.compile(
            "(?i)\\b(no\\.?|n[°º]|district|region|zone|ward|sector|division|section|branch|unit)\\s*\\d{1,2}\\s*$");
    /** A name typed in brackets under the signature: {@code (Meenakshi Raghavan)}. */
    private static final String BRACKETED = "^\\((.*)\\)$";
    /** The brackets a typed name stands in: none of the name. */
    private static final String OPEN_BRACKETS = "^\\(\\s*|\\s*\\)$";
    /** How far right of a copy list's heading, as a fraction of the page's width, the signature's column sets in. */
    private static final double BESIDE_THE_LIST = 0.25;
    /** How far apart, as a fraction of the page's width, the left edges of one column's lines may stand. */
    private static final double COLUMN_MARGIN = 0.08;
    /** How far apart, as a fraction of the page's width, the centres of one centred column's lines may stand. */
    private static final double COLUMN_CENTRE = 0.05;
    /** A line with this many digits holds a number (an account, a telephone), never a signer's name or title. */
    private static final int NUMBER_DIGITS = 6;
    /**
     * A title runs over four lines at most ({@code La Directrice de la Culture, / chargée du patrimoine, / des archives
     * / et de la lecture publique}).
     */
    private static final int MAX_TITLE_LINES = 4;

    /** Where (page fraction) an addressee typed at the foot's left margin starts, at most. */
    private static final double ADDRESSEE_COLUMN = 0.3;

    /** The lines taken as title and name, either possibly null; a title's further lines in {@code more}. */
    private record Pick(TextLine title, TextLine name, List<TextLine> more) {
        Pick(TextLine title, TextLine name) {
            this(title, name, List.of());
        }

        boolean complete() {
            return title != null && name != null;
        }
    }

    private final DateFinder finder;

    SignatoryEngine(DateFinder finder) {
        this.finder = finder;
    }

    Field<Signatory> extract(LetterMap map) {
        return extract(map, -1);
    }

    /**
     * @param addressee the first line of the addressee's block, -1 when there is none: an address typed at the foot
     *                  under the signature ends the signature block
     */
    Field<Signatory> extract(LetterMap map, int addressee) {
        if (map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return Field.missing();
        }
        int end = addressee > map.bodyEnd() ? addressee : map.lines().size();
        Pick pick = hand(map, map.bodyEnd() + 1, end);
        if (!pick.complete() && addressee > map.bodyEnd() && besideSignature(map, addressee)) {
            // the addressee at the left margin, level with the signature at the right (Bangladesh's orders:
            // "Country Director" beside "(Md. Shahidul Islam)"): the signature is the right column, past the address
            Pick right = hand(map, map.bodyEnd() + 1, map.lines().size(), ADDRESSEE_COLUMN);
            if (right.complete()) {
                pick = right;
            }
        }
        Field<Signatory> signed = field(pick);
        if (!signed.found()) {
            // the body read as ending before a table, a list or an indented paragraph: the signature is under the
            // letter's last closing formula ("Yours sincerely")
            int closing = lastClosing(map, end);
            if (closing > map.bodyEnd()) {
                signed = field(hand(map, closing + 1, end));
            }
        }
        if (!signed.found()) {
            // the body read as running on past the signature into what is set under it (a numbered list of
            // enclosures, "Encl.:" / "1. Completed application form …"): the signature is under the closing formula
            // inside it
            int closing = lastClosing(map, map.bodyEnd() + 1, map.bodyStart());
            if (closing >= 0) {
                signed = field(hand(map, closing + 1, map.bodyEnd() + 1));
            }
        }
        return signed.found() ? signed : memoSender(map);
    }

    /** The last line before {@code end} holding a closing formula, -1 when there is none. */
    private static int lastClosing(LetterMap map, int end) {
        return lastClosing(map, end, map.bodyEnd());
    }

    /** The last line before {@code end} and after {@code after} holding a closing formula, -1 when there is none. */
    private static int lastClosing(LetterMap map, int end, int after) {
        for (int i = end - 1; i > after; i--) {
            if (LetterMap.contains(map.book(), "closings", map.lines().get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A memorandum's writer, for a memo with no signature block at its foot: the person named after its {@code FROM:}
     * label in the head, with the title after the name's comma ({@code Marisol Ortega-Brandt, Budget Manager}) or on
     * the line under the name ({@code MARILOU D. SALVADOR, PhD, CESO III} / {@code Regional Director}).
     */
    private static Field<Signatory> memoSender(LetterMap map) {
        LanguageCues book = map.book();
        List<TextLine> lines = map.lines();
        for (int i = 0; i < Math.min(map.bodyStart(), lines.size()); i++) {
            TextLine label = lines.get(i);
            Tokens t = label.tokens();
            int width = t.size() == 0 ? 0 : book.matchExactly("memoFrom", t, 0);
            if (width == 0
                    || !(t.colonAfter(width - 1)
                            || t.size() == width
                                    && label.text().equals(label.text().toUpperCase(java.util.Locale.ROOT)))) {
                continue;
            }
            TextLine value = label;
            String text = t.restFrom(width).replaceFirst("^[:\\s]+", "");
            for (int j = i + 1; text.isEmpty() && j < lines.size() && besideOnItsRow(label, lines.get(j)); j++) {
                value = lines.get(j);
                text = value.text().strip().replaceFirst("^[:\\s]+", "");
            }
            return text.isEmpty() ? Field.missing() : memoField(map, value, withoutStrokes(text));
        }
        return Field.missing();
    }

    /**
     * The signatory a memo's FROM value gives ({@code value} the line holding it, {@code text} the value): the name and
     * the title after its comma, or the name and the function under it on the name's margin, or the name alone; none
     * when the value names no person ({@code FROM: Ministry of Finance}).
     */
    private static Field<Signatory> memoField(LetterMap map, TextLine value, String text) {
        LanguageCues book = map.book();
        int comma = text.indexOf(',');
        if (comma > 0) {
            String name = text.substring(0, comma).strip();
            String title = text.substring(comma + 1).strip();
            if (title.matches(".*\\s\\p{Lu}{2,3}") && initials(name, title)) {
                title = title.replaceFirst("\\s+\\p{Lu}{2,3}$", "");
            }
            if (typedName(Tokens.of(typed(name))) && function(book, Tokens.of(title))) {
                return new Field<>(
                        new Signatory(name, title), null, 0.92 * value.readQuality(), List.of(value.evidence()));
            }
        }
        // the name before its credentials' commas (MARILOU D. SALVADOR, PhD, CESO III)
        Tokens named = Tokens.of(typed(comma > 0 ? text.substring(0, comma) : text));
        if (!typedName(named) || office(book, named) || function(book, named)) {
            return Field.missing();
        }
        // the title under the name, where the name starts: on the label's own line it stands right of the label
        int offset = Math.max(0, value.text().indexOf(text.substring(0, Math.min(3, text.length()))));
        for (int j = value.index() + 1; j < map.lines().size() && j <= value.index() + 2; j++) {
            TextLine under = map.lines().get(j);
            if (under.page() == value.page()
                    && (value.startsUnder(under, offset)
                            || offset > 0
                                    && under.left() > value.left() + COLUMN_CENTRE
                                    && under.box().x() < value.box().right())
                    && map.gap(value, under) <= 0.5
                    && function(book, under.tokens())) {
                return new Field<>(
                        new Signatory(text, withoutStrokes(under.text())),
                        null,
                        0.92 * Math.min(value.readQuality(), under.readQuality()),
                        List.of(value.evidence(), under.evidence()));
            }
        }
        return new Field<>(new Signatory(text, null), null, 0.6 * value.readQuality(), List.of(value.evidence()));
    }

    /** A line on the same row as the heading, wholly at its right. */
    private static boolean besideOnItsRow(TextLine heading, TextLine l) {
        return l.page() == heading.page()
                && l.box().x() > heading.box().right()
                && l.box().verticalOverlap(heading.box()) > 0;
    }

    /**
     * A line of the signature's column read among a copy list's entries: under the block's last line and on its
     * margin or its centre, well right of the list's heading.
     */
    private static boolean underInItsColumn(List<TextLine> block, TextLine heading, TextLine l) {
        if (block.isEmpty()) {
            return false;
        }
        TextLine last = block.get(block.size() - 1);
        return l.page() == last.page()
                && l.top() > last.top()
                && l.left() > heading.left() + BESIDE_THE_LIST
                && (Math.abs(l.left() - last.left()) < COLUMN_MARGIN
                        || Math.abs(l.centre() - last.centre()) < COLUMN_CENTRE);
    }

    private Pick hand(LetterMap map, int start, int end) {
        return hand(map, start, end, 0);
    }

    /**
     * Whether the addressee's first line has a line of the signature's column on its row, just before or after it.
     */
    private static boolean besideSignature(LetterMap map, int addressee) {
        TextLine first = map.lines().get(addressee);
        return first.left() < ADDRESSEE_COLUMN
                && (RecipientEngine.signatureOnRow(map, first, addressee - 1)
                        || RecipientEngine.signatureOnRow(map, first, addressee + 1));
    }

    /** As {@link #hand(LetterMap, int, int)}, skipping the lines that start left of {@code from} (page fraction). */
    private Pick hand(LetterMap map, int start, int end, double from) {
        LanguageCues book = map.book();
        List<TextLine> block = new ArrayList<>();
        for (int i = start; i < end && block.size() < WINDOW; i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (l.left() < from) {
                continue;
            }
            if (RecipientEngine.isFooter(book, l)) {
                nameOverFooter(map, l, end).ifPresent(block::add);
                break;
            }
            if (book.match("copies", t, 0) > 0) {
                // the signature's column beside the copy list: a name set at the right on the copy heading's own row
                // ("Ampliations :" … "Bertin G. HOUNSOU"), or under the title while the list runs on at the left
                for (int j = i + 1; j < end && block.size() < WINDOW; j++) {
                    TextLine next = map.lines().get(j);
                    if (next.page() != l.page() || RecipientEngine.isFooter(book, next)) {
                        break;
                    }
                    if (besideOnItsRow(l, next) || underInItsColumn(block, l, next) && !fragments(next.tokens())) {
                        block.add(next);
                    }
                }
                break;
            }
            if (book.match("stamps", t, 0) > 0
                    || !finder.find(l.text(), true).isEmpty()
                    || fragments(t)
                    || l.otherScript()
                    || l.text().chars().filter(Character::isDigit).count() >= NUMBER_DIGITS
                    || LetterMap.contains(book, "closings", l)
                    // "Encs.", "Attachment: Expert report (7 pages)": what is sent with the letter, under it
                    || LetterMap.enclosureMark(book, l)
                    || LetterMap.enclosureLine(book, l)) {
                continue;
            }
            block.add(l);
        }
        if (block.size() >= 3
                && (employer(book, block.get(0)) || scribble(book, block.get(0)))
                && nameFirst(map, block.subList(1, block.size()))) {
            // "Office fédéral de la statistique" / name / title: the body signing, then its agent; or the signature
            // itself read as one word ("MLDumont") over the typed name and the title
            block.remove(0);
        }
        boolean forABody = block.size() >= 3 && bodySigning(book, block.get(0));
        if (forABody) {
            // "Pour le Bureau Exécutif National," / "Le Secrétaire Général National" / name: the body signing, as a
            // company signs for itself; "Pour le Ministre et par délégation" names a function and stays in the title
            block.remove(0);
        }
        boolean titleFirst = "title-name".equals(book.value("signatureOrder")) && !nameFirst(map, block);
        TextLine title = null;
        TextLine name = null;
        int at = -1;
        for (int i = 0; i < block.size() && (name == null || titleFirst); i++) {
            TextLine l = block.get(i);
            if (titleFirst && title == null) {
                if (!closingsEnd(l)) {
                    title = l;
                    at = i;
                }
            } else if (nameLine(l)
                    || !titleFirst && capitalsName(book, l, i + 1 < block.size() ? block.get(i + 1) : null)
                    || titleFirst && capitalsUnderTitle(book, l)) {
                name = l;
                if (!titleFirst) {
                    at = pastRow(block, i + 1, name);
                    title = at < block.size() ? block.get(at) : null;
                }
            }
        }
        if (titleFirst && title != null && name != null && (forABody || !overEachOther(name, title))) {
            // a body's two signatures side by side over their names ("Par le Collège," / "Le Directeur général," |
            // "Le Bourgmestre,"; "Pour le Comité :" / "La Présidente" | "Le Secrétaire"): who presides signs, the
            // secretary countersigns; so too when no body's line heads them, the first title and the last name
            // read standing in two columns ("Le Secrétaire Général" | "Le Président" over their names)
            TextLine presiding = null;
            int side = 0;
            for (TextLine l : block) {
                if (ReadingOrder.sameRow(l.box(), title.box())) {
                    side++;
                    if ((presiding == null || countersigner(book, presiding)) && !countersigner(book, l)) {
                        presiding = l;
                    }
                }
            }
            TextLine under = null;
            for (int i = block.indexOf(presiding) + 1;
                    side >= 2 && presiding != null && i < block.size() && under == null;
                    i++) {
                TextLine l = block.get(i);
                if (overEachOther(l, presiding) && nameLine(l) && !function(book, l.tokens())) {
                    under = l;
                }
            }
            if (under != null) {
                title = presiding;
                at = block.indexOf(presiding);
                name = under;
            }
        }
        if (titleFirst
                && name == null
                && title != null
                && nameLine(title)
                && !function(book, title.tokens())
                && !office(book, title.tokens())) {
            // the title read into the body's end with the closing formula ("Veuillez agréer, …" / "La
            // vice-protectrice …,", "Le Président du Conseil régional" / "Bien cordialement,"): the name stands alone
            // under it, and the title is the function over it
            return new Pick(titleAbove(map, start, title), title);
        }
        if (!titleFirst && name != null && at < block.size() && printedName(name, block.get(at))) {
            // the signature read as "G. Papadakis" over the typed "George Papadakis": the typed name, then the title
            name = block.get(at);
            at = pastRow(block, at + 1, name);
            title = at < block.size() ? block.get(at) : null;
        }
        return new Pick(title, name, title == null ? List.of() : titleRest(map, block, at, name));
    }

    /**
     * The index of the first line of the block from {@code at} that is not beside the name on its row: two signers
     * side by side ({@code S. Kouris} | {@code A. Leung} over {@code Stephen Kouris} | {@code Amanda Leung} over {@code
     * President} | {@code Secretary}) are read row by row, and the second's line beside the name is no title of the
     * first's.
     */
    private static int pastRow(List<TextLine> block, int at, TextLine name) {
        while (at < block.size()
                && ReadingOrder.sameRow(block.get(at).box(), name.box())
                && !overEachOther(block.get(at), name)) {
            at++;
        }
        return at;
    }

    /**
     * The signer's function on one of the two lines over the signature block, past a closing formula written by hand
     * between them ({@code Bien cordialement,}); null when neither names a function.
     */
    private static TextLine titleAbove(LetterMap map, int start, TextLine name) {
        for (int i = start - 1; i >= Math.max(start - 2, map.bodyStart() + 1); i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != name.page()) {
                return null;
            }
            if (function(map.book(), l.tokens()) && !LetterMap.contains(map.book(), "closings", l)) {
                return l;
            }
        }
        return null;
    }

    /**
     * A name typed in capitals under the title, as the French-speaking offices sign ({@code Le Greffier} / {@code S.
     * DARRIET}, {@code Vice-ministre} / {@code A. HAKOBYAN}): no function's or body's words. Over its title, the same
     * line is a name when the title names a function ({@link #capitalsName}).
     */
    private static boolean capitalsUnderTitle(LanguageCues book, TextLine l) {
        Tokens t = Tokens.of(typed(l.text()).replaceFirst(CREDENTIAL, ""));
        return typedName(t) && !office(book, t) && !function(book, t);
    }

    /**
     * The signer's name set low, level with the page's footer and read after its first line ({@code Immeuble du
     * Gouvernement provincial, … – E-mail : …} then {@code Jean-Marie KALENGA MUTOMBO}): a name in larger type than
     * the footer, on the same page.
     */
    private static java.util.Optional<TextLine> nameOverFooter(LetterMap map, TextLine footer, int end) {
        for (int j = footer.index() + 1; j < end && j <= footer.index() + 2; j++) {
            TextLine l = map.lines().get(j);
            if (l.page() == footer.page()
                    && l.box().h() > NAME_OVER_FOOTER * footer.box().h()
                    && nameLine(l)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    /** A secretary's title, who countersigns a body's letter beside the one who presides ({@code Le Secrétaire}). */
    private static boolean countersigner(LanguageCues book, TextLine l) {
        return book.match("countersigners", l.tokens(), 0) > 0
                || l.tokens().size() > 1 && book.match("countersigners", l.tokens(), 1) > 0;
    }

    /** Two lines of one column: they share most of the narrower one's width. */
    private static boolean overEachOther(TextLine a, TextLine b) {
        return a.box().horizontalOverlap(b.box())
                > 0.5 * Math.min(a.box().w(), b.box().w());
    }

    /**
     * A block that opens with the name where the language usually puts the title first ({@code Frédéric Mottaz} /
     * {@code Chef de service}, as Swiss, Québec and international offices sign): a person's name, then close under
     * it on the same margin a line that is no name, names a function ({@code Représentante Résidente}) or is the same
     * name typed ({@code S. Iyengar} / {@code (Sunita Iyengar)}).
     */
    private static boolean nameFirst(LetterMap map, List<TextLine> block) {
        if (block.size() < 2) {
            return false;
        }
        TextLine first = block.get(0);
        TextLine next = block.get(1);
        return nameLine(first)
                && !office(map.book(), first.tokens())
                && !function(map.book(), first.tokens())
                && (!nameLine(next) || function(map.book(), next.tokens()) || printedName(first, next))
                && next.page() == first.page()
                && map.gap(first, next) <= 0.5
                && (Math.abs(next.left() - first.left()) < 0.03 || Math.abs(next.centre() - first.centre()) < 0.03);
    }

    /**
     * A name typed in capitals ({@code KWABENA OWUSU-ANSAH}, {@code (DR. NORHAYATI BINTI ABDUL RAHMAN)}): no office
     * or function among its words, and the title under it naming a function ({@code MUNICIPAL COORDINATING
     * DIRECTOR}).
     */
    private static boolean capitalsName(LanguageCues book, TextLine l, TextLine under) {
        return under != null && capitalsUnderTitle(book, l) && function(book, under.tokens());
    }

    /**
     * Whether the words hold a function a signer holds ({@code Director}, {@code Secrétaire}, {@code Registrar}), a
     * function joined to another by a hyphen included ({@code DIRECTOR-GENERAL}, {@code Vice-President}).
     */
    private static boolean function(LanguageCues book, Tokens words) {
        Tokens t = words.text().contains("-") ? Tokens.of(words.text().replace('-', ' ')) : words;
        for (int i = 0; i < t.size(); i++) {
            if (book.matchExactly("signerFunctions", t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line by which a body signs ({@code Pour le Bureau Exécutif National,}, {@code Pour la Banque,}, {@code Pour
     * le Conseil municipal}): {@code Pour} or {@code For}, then words naming a body and no function ({@code Pour le
     * Fonctionnaire technique,} and {@code Pour le Résident Général} are an official's delegation).
     */
    private static boolean bodySigning(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() >= 2
                && BODY_SIGNING.matcher(l.text().strip()).lookingAt()
                && office(book, t)
                && !function(book, t);
    }

    /** A handwritten signature read as text: one word, letters only, naming no function. */
    private static boolean scribble(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() == 1 && l.text().strip().matches("[\\p{L}.]+") && !function(book, t);
    }

    /**
     * A line naming the body the signer works for ({@code Office fédéral de la statistique},
     * {@code Banque de l'Alzette S.A.}): it opens with the kind of an autonomous body or a ministry, or ends with a
     * company's form.
     */
    private static boolean employer(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() >= 2
                && (book.match("autonomousBodies", t, 0) > 0
                        || book.match("ministries", t, 0) > 0
                        || book.matchExactly("companyForms", t, t.size() - 1) > 0);
    }

    /**
     * A line holding a person's name, a stroke's marks and a credential after a comma left aside
     * ({@code Sylvain Houle, biol.}, {@code Karine Saint-Pierre, ing.}), or the brackets it is typed in under the
     * signature ({@code (Dr. Wiroj Sangsuwan)}).
     */
    private static boolean nameLine(TextLine l) {
        String text = withoutStrokes(l.text().strip().replaceAll(BRACKETED, "$1"))
                .replaceFirst(CREDENTIAL, "")
                .replaceFirst(RANK, "")
                .replaceFirst(PER, "");
        if (COMPANY.matcher(text).matches()) {
            return false; // "For: Adewale-Okafor Construction Nigeria Ltd": the company signing, no person
        }
        return looksLikeName(Tokens.of(text.replaceAll("['’\\\\]", " ")));
    }

    /** Whether the words name an office, a body or a place's level ({@code Gouverneur de la Préfecture}). */
    private static boolean office(LanguageCues book, Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (book.match("senderHeads", t, i) > 0
                    || book.matchExactly("organisationKinds", t, i) > 0
                    || book.match("territories", t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A person's name: name-like words, none of them naming an office, a body or a place's level. */
    private static boolean person(LanguageCues book, Tokens t) {
        return looksLikeName(t) && !office(book, t);
    }

    /**
     * A title written before the name goes on only where its line was left open ({@code Le Ministre de la Mobilité
     * / et des Travaux publics}, {@code Le Wali de la Région, / Gouverneur …}): after a comma when an office is
     * named next, after a connecting word,
     * or on a line opening in lower case, with a connecting word, a delegation ({@code P.O.}) or a dash. A stamp's
     * words under it are not its rest.
     */
    private static boolean continuesTitle(LanguageCues book, TextLine above, TextLine next) {
        Tokens at = above.tokens();
        Tokens nt = next.tokens();
        String a = above.text().strip();
        String n = next.text().strip();
        return a.endsWith(",") && !person(book, nt) && office(book, nt)
                || Character.isLowerCase(n.charAt(0))
                // the title's last word or few words with its comma ("Le Directeur de la Coopération" /
                // "Internationale,", "Le Président de la Commission" / "Régionale de Discipline,"): a few words only
                // under a line with no comma of its own, and naming no one
                || n.endsWith(",") && (nt.size() == 1 || nt.size() <= 3 && !a.endsWith(",") && !person(book, nt))
                || DELEGATION.matcher(n).lookingAt()
                || at.size() > 0 && book.match("connectors", at, at.size() - 1) > 0
                || at.size() > 0 && book.match("orgPrepositions", at, at.size() - 1) > 0
                || book.match("connectors", nt, 0) > 0
                || book.match("orgPrepositions", nt, 0) > 0;
    }

    /**
     * The rest of the closing formula run onto its own line ({@code distinguées.}, {@code Salutations.}): a line
     * ending a sentence, opening in lower case or a single word, is never the signer's title.
     */
    private static boolean closingsEnd(TextLine l) {
        String text = l.text().strip();
        return text.endsWith(".")
                && (Character.isLowerCase(text.charAt(0))
                        || l.tokens().size() == 1
                        || l.tokens().size() >= 6);
    }

    /**
     * Whether the line under a name is the same name typed: the surname again ({@code G. Papadakis} /
     * {@code George Papadakis}, {@code N. Jacobs} / {@code N. JACOBS}), the same name typed under a signature set in
     * a script face ({@code Angela M. Brooks} twice), or the name in brackets under the signature
     * ({@code (Meenakshi Raghavan)}), or with a civility before it, a double surname or a credential after it
     * ({@code Marcia Edmund} / {@code Dr. Marcia Edmund-Charles}, {@code J. Koh} / {@code Jasmine Koh, P.Eng.}), or
     * the signed surname anywhere among the typed names ({@code K W Lee} / {@code ( LEE Ka-wai )}). A civility in
     * brackets after the typed name ({@code (Mrs.)}) is part of it.
     */
    private static boolean printedName(TextLine name, TextLine under) {
        String text = under.text().strip().replaceAll(BRACKETED, "$1");
        Tokens t = Tokens.of(typed(text).replaceAll(CREDENTIAL, ""));
        Tokens n = Tokens.of(withoutStrokes(name.text()));
        if (n.size() == 0 || t.size() == 0 || !typedName(t)) {
            return false;
        }
        String surname = n.get(n.size() - 1).key();
        String first = n.get(0).key();
        boolean same =
                t.get(t.size() - 1).key().equals(surname) || t.get(0).key().equals(first);
        for (int i = 0; i < t.size() && !same && surname.length() >= 3; i++) {
            // the signed surname among the typed names, wherever it stands in them: "G. Akuol" / "Grace Akuol
            // Deng", "M. Imran" / "(Muhammad Imran Qureshi)", "K W Lee" / "( LEE Ka-wai )"
            same = t.get(i).key().equals(surname);
        }
        for (int i = 0; i < t.size() && !same && n.size() >= 2; i++) {
            // a civility or a double surname typed, not signed: "Marcia Edmund" / "Dr. Marcia Edmund-Charles"
            same = t.get(i).key().equals(first)
                    && i + 1 < t.size()
                    && t.get(i + 1).key().startsWith(surname);
        }
        return same && text.length() >= withoutStrokes(name.text()).length();
    }

    /**
     * A typed name's words: out of the brackets it may stand in under the signature ({@code (Meenakshi Raghavan)}),
     * without a stroke's marks and the civility in brackets after it ({@code AMAKA J. OBI (MRS.)}).
     */
    private static String typed(String text) {
        return withoutStrokes(text.strip().replaceAll(BRACKETED, "$1").replaceFirst(PER, ""))
                .replaceAll("\\s*\\([^()]{1,6}\\)$", "");
    }

    /** A name as typed under a signature: like {@link #looksLikeName}, or in capitals ({@code AMAKA J. OBI}). */
    private static boolean typedName(Tokens t) {
        if (looksLikeName(t)) {
            return true;
        }
        return t.size() >= 2
                && t.size() <= 6
                && t.text().chars().noneMatch(Character::isDigit)
                && t.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The title's further lines: set close under its first line on the same margin, before the name when the title
     * comes first ({@code Le Ministre de la Mobilité / et des Travaux publics}), and after it otherwise
     * ({@code Team Lead, Regulatory Reviews / Fish and Fish Habitat Protection Program}).
     */
    private List<TextLine> titleRest(LetterMap map, List<TextLine> block, int at, TextLine name) {
        List<TextLine> more = new ArrayList<>();
        // no name found (a title-first block of fragments): every further line must continue the title
        int nameAt = name == null ? Integer.MAX_VALUE : name.index();
        TextLine prev = block.get(at);
        for (int i = at + 1; i < block.size() && more.size() < MAX_TITLE_LINES - 1; i++) {
            TextLine l = block.get(i);
            Tokens t = l.tokens();
            if (l == name
                    || l.page() != prev.page()
                    || map.gap(prev, l) > 0.5
                    || Math.abs(l.left() - prev.left()) > 0.03 && Math.abs(l.centre() - prev.centre()) > 0.03
                    || t.size() == 0
                    || LetterMap.startsWithLabel(map.book(), l)
                    || map.book().match("enclosures", t, 0) > 0
                    || person(map.book(), t) && l.index() > nameAt && map.gap(prev, l) > 0.3
                    // the name typed again under the title of a signature set in a script face ("Marc-André Bélanger"
                    // / "Le directeur, …" / "Marc-André Bélanger, ing.")
                    || l.index() > nameAt && printedName(name, l)
                    || l.text().matches(".*\\d{3,}.*")
                    || COMPANY.matcher(l.text().strip()).matches()
                    || l.index() < nameAt && !continuesTitle(map.book(), prev, l)) {
                break;
            }
            more.add(l);
            prev = l;
        }
        return more;
    }

    private static Field<Signatory> field(Pick pick) {
        TextLine title = pick.title();
        TextLine name = pick.name();
        if (title == null && name == null) {
            return Field.missing();
        }
        List<Evidence> ev = new ArrayList<>();
        double q = 1;
        for (TextLine l : new TextLine[] {title, name}) {
            if (l != null) {
                ev.add(l.evidence());
                q = Math.min(q, l.readQuality());
            }
        }
        String titled = null;
        if (title != null) {
            StringBuilder b = new StringBuilder(withoutStrokes(title.text()).replaceAll("[,\\s]+$", ""));
            for (TextLine l : pick.more()) {
                String piece = withoutStrokes(l.text()).replaceAll("[,\\s]+$", "");
                if (piece.isEmpty()) {
                    continue;
                }
                boolean wrapped = Character.isLowerCase(piece.charAt(0))
                        || b.toString().matches(".*\\b(de|du|des|of|and|et|for|the|la|le)$");
                b.append(wrapped ? " " : ", ").append(piece);
                ev.add(l.evidence());
            }
            titled = b.toString();
        }
        Signatory s = new Signatory(
                name == null
                        ? null
                        : unbracketed(withoutStrokes(name.text().strip().replaceFirst(PER, ""))),
                titled);
        return new Field<>(s, null, (pick.complete() ? 0.92 : 0.6) * q, ev);
    }

    /**
     * The line without what a pen stroke crossing its end leaves in OCR: trailing marks, and short bits, with no
     * letter ({@code Moussa TOURE ‘//}, {@code Town Clerk——~}, {@code Minister 7}, {@code Mary Asante 4] :}); not
     * the number of a unit ({@code Region No. 6}, {@code Deputy Director, District 6}).
     */
    static String withoutStrokes(String text) {
        if (UNIT_NUMBER.matcher(text).find()) {
            return text.strip();
        }
        return text.replaceAll("(\\s+([^\\p{L}\\p{N}\\s]+|[^\\p{L}\\s]{1,2}))+\\s*$", "")
                .replaceAll("[—–~_|\\\\/‘’'`]+$", "")
                .strip();
    }

    /**
     * Whether the capitals at the end of a memo's FROM line are its writer's initials, set by hand beside the typed
     * name ({@code Dr. Marcus Bellamy, Director of Assessment and Accountability MB}): each letter the first of one of
     * the name's words, in order.
     */
    private static boolean initials(String name, String line) {
        String marks = line.substring(line.lastIndexOf(' ') + 1);
        int at = 0;
        for (String word : name.split("[\\s.]+")) {
            if (at < marks.length() && !word.isEmpty() && word.charAt(0) == marks.charAt(at)) {
                at++;
            }
        }
        return at == marks.length();
    }

    /** A name typed in brackets, without them ({@code ( MOHD ROSLI BIN ABDUL HAMID )}); a closing one may be lost. */
    private static String unbracketed(String name) {
        return name.startsWith("(") ? name.replaceAll(OPEN_BRACKETS, "") : name;
    }

    /** Letters of a stamp or signature stroke read as text: every token one or two characters. */
    private static boolean fragments(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().length() > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two to six capitalised words, at least one in mixed case (a stamp is all capitals), with no comma but after
     * the last; a surname's particle in lower case may stand between them ({@code Ilse M. van der Berg}, {@code
     * Ahmad bin Ismail}). French {@code de} is not one: it joins the words of a title as often as those of a name.
     */
    static boolean looksLikeName(Tokens t) {
        if (t.size() < 2 || t.size() > 6 || t.text().chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            // a typed signature may end with a comma ("Geo. E. Crothers,"), no word inside it
            boolean comma = w.endsWith(",") && i < t.size() - 1;
            boolean particle = i > 0 && i < t.size() - 1 && NAME_PARTICLES.contains(w);
            if (!Character.isUpperCase(w.charAt(0)) && !particle || w.chars().anyMatch(Character::isDigit) || comma) {
                return false;
            }
        }
        return true;
    }
}
