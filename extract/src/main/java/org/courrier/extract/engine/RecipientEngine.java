package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Word;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Recipient;

/**
 * The addressee: from a French suscription ({@code A} alone, then the block), an {@code A Monsieur …} block, a
 * header line opening with a civility, or an English inside address ({@code To:}, {@code Mr …}, the block just
 * above the subject or salutation).
 *
 * <p>Immutable and thread-safe.
 */
final class RecipientEngine {

    /** How many lines above the salutation an unmarked address block may reach, past the dates and references. */
    private static final int MAX_LINES = 8;
    /** How far down the page (fraction) a letterhead's person may stand. */
    private static final double LETTERHEAD_PERSON_TOP = 0.2;
    /** Lines under a letterhead's person looked at for its telephone or e-mail address. */
    private static final int LETTERHEAD_PERSON_LINES = 6;
    /** An inside address runs to eight lines at most (addressee, title, organisation, attention, street, town…). */
    private static final int MAX_BLOCK_LINES = 8;
    /** The fewest lines of an address framed above the salutation that rules out one under the signature. */
    private static final int FRAMED_LINES = 3;
    /** The confidence of an address framed as one ({@link #framed}), before the reading's quality. */
    private static final double FRAMED_CONFIDENCE = 0.8;
    /** How far down the page (fraction) an address starts to be under the letterhead, not the sender's own. */
    private static final double FRAMED_TOP = 0.15;
    /** Lines of dates and references skipped between the salutation and the address above them. */
    private static final int MAX_SKIPPED = 8;
    /**
     * A {@code label : value} line ({@code Votre numéro d'identification : CHE-318}, {@code Enquiries to: Corporate
     * Office}), not an address line.
     */
    private static final java.util.regex.Pattern LABELLED =
            java.util.regex.Pattern.compile("^(?:[^:]{2,45}\\s|\\p{L}[\\p{L} .'’/()-]{1,40}):\\s*\\S");
    /** A label and its colon, then one number alone ({@code Customer ID: 70451928}): no line of an address. */
    private static final java.util.regex.Pattern LABELLED_NUMBER =
            java.util.regex.Pattern.compile("[^:\\d]{2,30}:\\s*[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*\\s*");
    /**
     * A file's code alone on its line, three parts or more joined by slashes ({@code DPE/SPI/AH/fm}, the drafter's
     * initials under a note verbale's addressee): no line of an address.
     */
    private static final java.util.regex.Pattern FILE_CODE =
            java.util.regex.Pattern.compile("[\\p{L}\\d.-]+(/[\\p{L}\\d.-]+){2,}");
    /** Lines above an addressee that still belong to the address: the organisation, "The Owner/Occupier". */
    private static final int MAX_LINES_ABOVE = 2;
    /**
     * How far up, in reading order, the lines above an addressee are looked for past another column's lines; the
     * search for an address's first lines counts the address's own lines only, however many of the other column's
     * come between.
     */
    private static final int MAX_SCANNED = 6;
    /**
     * Lines of the organisation over an attention line: a ministry's name wrapped on two lines, its secretariat and
     * its service ({@code Ministère de l'Agriculture et de la} / {@code Souveraineté alimentaire} / … / {@code À
     * l'attention de Madame la Cheffe de service}).
     */
    private static final int MAX_ORGANISATION_LINES = 4;
    /** A line starting this much of the page width left or right of the address belongs to another column. */
    static final double OTHER_COLUMN = 0.1;
    /** Centred lines whose centres are this close (share of the page width) stand in one column. */
    private static final double SAME_CENTRE = 0.05;
    /** An e-mail address alone on its line: {@code mikko.lahtinen@nordicparcelhub.fi}. */
    static final java.util.regex.Pattern EMAIL_ONLY = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /**
     * A house number written with its number sign before the street ({@code No. 12, Galle Road}, as Sri Lankan and
     * South Asian addresses give it): an address line, not a reference.
     */
    private static final java.util.regex.Pattern HOUSE_NUMBER =
            java.util.regex.Pattern.compile("(?i)no\\.?\\s*\\d{1,4}\\p{L}?\\s*,\\s*\\p{L}");
    /** A website: {@code www.…}. */
    private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile("(?i)\\bwww\\.");
    /** Where a signature block set at the right of the page starts, as a share of its width. */
    private static final double SIGNATURE_LEFT = 0.5;
    /** The parties of a case under its number, "M. Thierry LACOMBE c/ Commune de Sète": no addressee. */
    private static final java.util.regex.Pattern CASE_TITLE = java.util.regex.Pattern.compile("\\s(c/|v\\.|vs\\.?)\\s");
    /** The number of a list's item at the start of its line: {@code 4. }, {@code (2) }. */
    private static final java.util.regex.Pattern LIST_NUMBER =
            java.util.regex.Pattern.compile("^\\s*\\(?\\d{1,2}[.)]\\s+");
    /** How far left of a memo's values its column of labels ({@code TO:}, {@code FROM:}) stands. */
    private static final double MEMO_LABEL_COLUMN = 0.2;
    /** How far right of a lone {@code To} the address under it may start. */
    private static final double LEAD_INDENT = 0.15;
    /** Lines above the recognised start of the body where a note verbale's opening sentence may begin. */
    private static final int OPENING_LINES = 4;
    /**
     * An addressee starting this far right (page fraction) may be the page's first line in reading order: set a little
     * higher than the letterhead beside it ({@code Monsieur le Préfet du Gers} at the right, level with the chamber's
     * name at the left).
     */
    private static final double ADDRESS_AT_RIGHT = 0.5;
    /** A return line's type is at most this share of the address's tallest line. */
    private static final double RETURN_LINE_HEIGHT = 0.75;

    /**
     * A postal box line of an address ({@code BP E 2214 – Bamako}, {@code Rue Huvelin, B.P. 17-5208}, {@code Private
     * Mail Bag 9012}): a footer word in French letterheads, but part of the addressee's block when it carries no
     * telephone or mail address.
     */
    static final java.util.regex.Pattern POST_BOX = java.util.regex.Pattern.compile(
            "(?i)^(?!.*(@|\\bt[ée]l\\b|\\bfax\\b|courriel|e-?mail|www)).*\\b(b\\.?\\s?p|p\\.?\\s?o\\.?\\s?box"
                    + "|(?:private\\s+)?mail\\s?bag|private\\s+bag|locked\\s+bag)\\b");

    /** An address typed at the foot starts at the left margin. */
    private static final double FOOT_ADDRESS_LEFT = 0.2;
    /** A paragraph opening with its number ({@code 5.      This issues with the approval of …}). */
    private static final java.util.regex.Pattern NUMBERED_PARAGRAPH =
            java.util.regex.Pattern.compile("\\d{1,2}\\.\\s+\\p{Lu}\\p{L}*\\s+\\p{L}+\\s+\\p{L}+");
    /** How many lines back, past the column beside it, a reply instruction may stand over the office it names. */
    private static final int REPLY_READ_BACK = 3;

    /** How many lines a labelled addressee reads, its value's and those hanging under it. */
    private static final int MAX_LABELLED_LINES = 4;

    /** How far (in line pitches) a line hanging under a labelled addressee may follow the one above. */
    private static final double LABELLED_STEP = 1.6;

    /** How far (page fraction) a line may start from the word it hangs under. */
    private static final double HANGING_SLACK = 0.005;

    /** The widest gap (in line pitches) between two lines of one paragraph. */
    private static final double BODY_LINE_GAP = 0.5;

    record Result(Field<Recipient> recipient, int firstLine) {}

    private final DateFinder finder;

    RecipientEngine(DateFinder finder) {
        this.finder = finder;
    }

    /**
     * The addressee, knowing where the subject the subject engine found starts ({@code -1}: none found): a subject
     * without a label between the address and the body is no line of the address.
     */
    Result extract(LetterMap map, int subjectLine) {
        LanguageCues book = map.book();
        boolean underFrom = false;
        TextLine copyLine = null; // a copy list's heading in the header, then its last entry read
        for (TextLine line : map.lines()) {
            if (!map.inHeader(line.index()) || line.page() > 1) {
                break;
            }
            Tokens t = line.tokens();
            int named = t.size() == 0 ? 0 : book.match("addresseeLabels", t, 0);
            if (valueAfter(t, named)) {
                // "Destinataires : Tout le personnel du CHU" heading a note de service: its addressees, labelled
                return labelled(map, line, t.restFrom(named));
            }
            if (named == 0 && LetterMap.headsCopies(book, line)) {
                copyLine = line;
                continue;
            }
            if (copyLine != null && inCopyList(map, copyLine, line)) {
                // "Transmis copie pour information à :" over its entries, the addressee set beside them
                copyLine = line;
                continue;
            }
            if (t.size() == 0
                    || LetterMap.startsWithLabel(book, line)
                    || replyInstruction(map, line)
                    || CASE_TITLE.matcher(line.text()).find()) {
                continue;
            }
            int from = book.match("memoFrom", t, 0);
            if (from > 0 && from == t.size()) {
                underFrom = true; // "From" alone over the writer's name and title, then "To" over the addressee's
                continue;
            }
            int lead = book.match("addresseeLead", t, 0);
            TextLine cell = labelCell(map, line);
            if (cell != null) {
                // "À l'attention de" | "Mesdames et Messieurs les Directeurs d'unité …": a note's grid of labels
                // and values, the addressee in the cell beside its label
                return block(map, cell.index(), 0.85);
            }
            if (lead > 0 && t.size() == lead && !amongLoneLetters(map, line)) {
                int first = underLead(map, line);
                if (first >= 0) {
                    return block(map, first, 0.95);
                }
                continue;
            }
            if (lead > 0 && book.match("civilities", t, lead) > 0) {
                return block(map, line.index(), 0.95);
            }
            if (valueAfter(t, lead)) {
                // "To: All Senior Chief Executives": a circular's or a memo's addressee after its label
                return block(map, line.index(), 0.9);
            }
            int attention = book.match("attentionLines", t, 0);
            if (valueAfter(t, attention)
                    && book.match("civilities", t, attention) > 0
                    && gridLabelBelow(map, line)
                    && !addressAbove(map, line)) {
                // "À l'attention de : Monsieur le directeur …" over the note's "De :": the grid's addressee
                return labelled(map, line, t.restFrom(attention));
            }
            if (attention > 0 && book.match("civilities", t, attention) > 0 && line.index() != map.salutation()) {
                // "À l'attention de Monsieur …" under the organisation, not under a complete address
                int first = firstOfAddress(book, map, line, MAX_ORGANISATION_LINES);
                boolean organisationAbove = first < line.index();
                for (int i = first; i < line.index(); i++) {
                    TextLine above = map.lines().get(i);
                    // the address's own lines; not those of the column beside it ("Ligne directe : 01 48 …")
                    organisationAbove &= Math.abs(above.left() - line.left()) > OTHER_COLUMN
                            || !above.text().matches(".*\\d.*");
                }
                if (organisationAbove) {
                    return block(map, first, 0.9);
                }
            }
            if (officeAddressee(map, line)) {
                return block(map, line.index(), 0.85);
            }
            if (book.match("civilities", t, 0) > 0
                    && !underFrom
                    && line.width() < LetterMap.RUNNING_WIDTH
                    && line.index() != map.salutation()
                    && (line.index() > 0 || addressAtRight(map, line))
                    && !(LetterMap.isSalutation(book, line) && line.left() < 0.3 && !nameFollows(t))
                    && !letterheadPerson(map, line)
                    && !officerUnderTitle(map, line)
                    && !partnersList(book, line)
                    && !contactPerson(map, line)) {
                return block(map, firstOfAddress(book, map, line, MAX_LINES_ABOVE), 0.9);
            }
        }
        Result foot = atFoot(map);
        if (foot.recipient().found()) {
            return foot;
        }
        Result under = underSignature(map);
        Result top = above(map, subjectLine);
        if (under.recipient().found() && !framedAbove(map, top)) {
            return under;
        }
        Result beside = underSignatureAtRight(map);
        return beside.recipient().found() ? beside : top;
    }

    /**
     * Whether a line goes on with a copy list headed above the addressee ({@code Transmis copie pour information à :}
     * at the left, as Congolese parquets set it, the address at the right): at the margin of the list's line above
     * it ({@code above}, the heading or the last entry) or indented under it, with no blank line between them.
     */
    private static boolean inCopyList(LetterMap map, TextLine above, TextLine line) {
        return line.page() == above.page()
                && line.left() >= above.left() - 0.01
                && line.left() < above.left() + OTHER_COLUMN
                && map.gap(above, line) <= 1;
    }

    /**
     * The value set beside a line that is an addressee's label alone ({@code À l'attention de}, {@code To}), in a
     * note's or a memo's grid: the next line, on the label's row further right, no date and no e-mail address. Null
     * when the label has none, or is a contact's ({@code Email:}).
     */
    private static TextLine labelCell(LetterMap map, TextLine line) {
        Tokens t = line.tokens();
        LanguageCues book = map.book();
        if (t.size() == 0
                || book.match("attentionLines", t, 0) != t.size() && book.match("addresseeLead", t, 0) != t.size()
                || LetterMap.containsExactly(book, "letterheadNoise", line) // "Email:" over its address
                || !gridLabelBelow(map, line) // "Au" / "service" / "des peuples": a motto set upright
                || line.index() + 1 >= map.lines().size()) {
            return null;
        }
        TextLine next = map.lines().get(line.index() + 1);
        return next.page() == line.page()
                        && next.box().x() > line.box().right()
                        && ReadingOrder.sameRow(line.box(), next.box())
                        && next.tokens().size() >= 2
                        && !next.text().matches(".*(\\d{4}|@).*") // no date line, no e-mail address
                ? next
                : null;
    }

    /** Whether the line's first {@code label} words are a label, its colon after them and its value after that. */
    private static boolean valueAfter(Tokens t, int label) {
        return label > 0 && label < t.size() && t.colonAfter(label - 1);
    }

    /**
     * Whether the line at the label's margin close above belongs to an address ({@code 1516 Nicosia} over {@code For
     * the attention of: Mr. …}), not to the grid of labels ({@code Référence :}) or to a heading apart.
     */
    private static boolean addressAbove(LetterMap map, TextLine label) {
        for (int i = label.index() - 1; i >= 0; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != label.page() || (label.box().y() - l.box().y()) / map.pitch() > 2) {
                return false;
            }
            if (Math.abs(l.left() - label.left()) <= 0.01) {
                return !l.text().strip().endsWith(":") && !LetterMap.startsWithLabel(map.book(), l);
            }
        }
        return false;
    }

    /**
     * Whether the next line at the label's margin is the grid's next label: the writer's ({@code De}, {@code From})
     * or another label ({@code Date}, {@code Objet}, {@code Réf.}).
     */
    private static boolean gridLabelBelow(LetterMap map, TextLine label) {
        for (int i = label.index() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != label.page()) {
                return false;
            }
            if (Math.abs(l.left() - label.left()) <= 0.01) {
                Tokens t = l.tokens();
                return t.size() > 0
                        && (map.book().match("memoFrom", t, 0) == t.size() || LetterMap.startsWithLabel(map.book(), l));
            }
        }
        return false;
    }

    /** The addressees given after their label on its line, as sure as a memo's {@code To:}. */
    private static Result labelled(LetterMap map, TextLine line, String value) {
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        parts.add(value.strip().replaceAll("[,;.\\s]+$", ""));
        evidence.add(line.evidence());
        TextLine prev = line;
        for (int i = line.index() + 1; i < map.lines().size() && parts.size() < MAX_LABELLED_LINES; i++) {
            TextLine next = map.lines().get(i);
            if (!hangsUnderValue(map, line, prev, next)) {
                break;
            }
            parts.add(next.text().strip().replaceAll("[,;.\\s]+$", ""));
            evidence.add(next.evidence());
            prev = next;
        }
        String v = String.join(", ", parts);
        Recipient r = RecipientParts.parse(map.book(), parts, v);
        return new Result(new Field<>(r, v, 0.9 * line.readQuality(), List.copyOf(evidence)), line.index());
    }

    /**
     * A line close under a labelled addressee that starts where one of that line's words after its first starts, as
     * read by their boxes ({@code MEMORANDUM FOR: Jennifer L. Okafor} / {@code Director, NWS Central Region}, under
     * {@code Jennifer}): the addressee's title, read on. Not a label's line, nor the writer's under {@code FROM:}. The
     * boxes of the words are sharper than {@link TextLine#startsUnder}'s estimate from the characters, hence the
     * tighter slack.
     */
    private static boolean hangsUnderValue(LetterMap map, TextLine labelled, TextLine prev, TextLine next) {
        if (next.page() != labelled.page()
                || (next.box().y() - prev.box().y()) / map.pitch() > LABELLED_STEP
                || next.tokens().size() == 0
                || LetterMap.startsWithLabel(map.book(), next)
                || map.book().match("memoFrom", next.tokens(), 0) > 0) {
            return false;
        }
        List<Word> words = labelled.words();
        for (int w = 1; w < words.size(); w++) {
            if (Math.abs(words.get(w).box().x() - next.box().x()) <= HANGING_SLACK * next.pageWidth()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an address of three lines or more, framed as one, stands above the date and salutation, under the
     * letterhead (not the sender's own address at the head of the page): then no address is typed under the
     * signature, and a name with its civility there is the signature's own ({@code Dr Martin Okonkwo-Reid} under
     * {@code Yours faithfully}).
     */
    private static boolean framedAbove(LetterMap map, Result top) {
        return top.recipient().found()
                && top.recipient().evidence().size() >= FRAMED_LINES
                && top.recipient().confidence() >= FRAMED_CONFIDENCE
                && map.lines().get(top.firstLine()).top() > FRAMED_TOP;
    }

    /**
     * A government order without salutation signed at the right, its addressee at the left margin under the
     * signature block and above the memo's number and distribution list (Bangladesh, India: {@code Farhana Rahman} /
     * {@code Deputy Secretary} at the right, then {@code Deputy Commissioner} / {@code Sylhet.}), or level with it
     * ({@code Country Director} beside {@code (Md. Shahidul Islam)}, {@code Shanti Relief International} beside
     * {@code Deputy Director}, …).
     */
    private Result underSignatureAtRight(LetterMap map) {
        if (map.salutation() >= 0 || map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return new Result(Field.missing(), -1);
        }
        LanguageCues book = map.book();
        TextLine last = map.lines().get(map.bodyEnd());
        TextLine prev = last; // the body's last line seen, while no signature has come
        boolean signed = false;
        for (int i = map.bodyEnd() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (l.page() != last.page()) {
                break;
            }
            if (t.size() == 0 || isFootNoise(book, l)) {
                continue;
            }
            if (l.left() >= SIGNATURE_LEFT) {
                signed = true;
                continue;
            }
            if (!signed && signatureOnRow(map, l, i + 1) && map.gap(prev, l) > BODY_LINE_GAP) {
                signed = true; // the address set level with the signature, read just before it
            }
            if (!signed
                    && (l.prose()
                            || NUMBERED_PARAGRAPH.matcher(l.text()).lookingAt()
                            || prev != null && map.gap(prev, l) <= BODY_LINE_GAP)) {
                prev = l; // the body's last paragraph ("5.  This issues with …"), past where the body was found to end
                continue;
            }
            if (!signed
                    || l.left() >= FOOT_ADDRESS_LEFT
                    || l.width() >= LetterMap.RUNNING_WIDTH && l.prose()
                    || LetterMap.headsCopies(book, l)
                    || LetterMap.startsWithLabel(book, l)
                    || book.match("reference", t, 0) > 0
                    || book.match("enclosures", t, 0) > 0) {
                break;
            }
            return block(map, i, 0.7, false);
        }
        return new Result(Field.missing(), -1);
    }

    /**
     * Whether the line read at {@code j}, after the body, is of the signature's column and on {@code l}'s row: an
     * address typed at the foot's left margin level with the signature ({@code Country Director} beside {@code (Md.
     * Shahidul Islam)}).
     */
    static boolean signatureOnRow(LetterMap map, TextLine l, int j) {
        if (j <= map.bodyEnd() || j >= map.lines().size()) {
            return false;
        }
        TextLine other = map.lines().get(j);
        return other.page() == l.page() && other.left() >= SIGNATURE_LEFT && ReadingOrder.sameRow(l.box(), other.box());
    }

    /**
     * The first line of the address under a lone {@code à} / {@code To}: the next line below it that it stands over or
     * that starts a little to its right (a stamp or the other column read in between is passed), of two words at
     * least. A vertical motto's {@code Au} / {@code service} / {@code des peuples} has none.
     */
    private static int underLead(LetterMap map, TextLine lead) {
        for (int i = lead.index() + 1; i < map.lines().size() && i - lead.index() <= MAX_SCANNED; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != lead.page() || map.gap(lead, l) > 1.1) {
                return -1;
            }
            boolean over = l.box().horizontalOverlap(lead.box()) > 0;
            boolean indented = l.left() > lead.left() && l.left() - lead.left() <= LEAD_INDENT;
            if (over || indented) {
                return l.tokens().size() >= 2 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The office a letterhead's reply instruction names ({@code All communications should be addressed to} /
     * {@code "The Permanent Secretary for Lands, …"}): quoted, or right under the instruction. Not the addressee.
     */
    private static boolean replyInstruction(LetterMap map, TextLine line) {
        if (line.text().strip().matches("^[\"“«‘'].*")) {
            return true;
        }
        for (int i = line.index() - 1; i >= 0 && i >= line.index() - REPLY_READ_BACK; i--) {
            TextLine above = map.lines().get(i);
            if (above.page() != line.page()) {
                return false;
            }
            boolean sameColumn = Math.abs(above.left() - line.left()) <= 0.02;
            if ((sameColumn || i == line.index() - 1)
                    && Folding.fold(above.text()).strip().matches(".*\\b(addressed|adressee?s?)\\s+(to|a)\\s*[:,]?")) {
                return true;
            }
            if (sameColumn) {
                return false;
            }
            // a line of the column beside, read between the instruction and the office it names: the letterhead's
        }
        return false;
    }

    /**
     * An addressee named by office ({@code The Principal}, {@code THE CHIEF DIRECTOR,}, {@code The Owner/Occupier}) at
     * the left margin, with the rest of the address close under it on the same margin.
     */
    private static boolean officeAddressee(LetterMap map, TextLine line) {
        if (line.left() >= 0.3
                || line.index() == 0
                || line.index() == map.salutation()
                || map.book().matchExactly("officeAddressees", line.tokens(), 0) == 0
                || line.tokens().size() > 6
                || line.index() + 1 >= map.lines().size()) {
            return false;
        }
        TextLine next = map.lines().get(line.index() + 1);
        for (int i = line.index() + 2;
                i < map.lines().size()
                        && i - line.index() <= MAX_SCANNED
                        && next.page() == line.page()
                        && Math.abs(next.left() - line.left()) > OTHER_COLUMN;
                i++) {
            next = map.lines().get(i); // past a line of the column beside the address
        }
        return next.page() == line.page()
                && Math.abs(next.left() - line.left()) <= 0.02
                && map.gap(line, next) <= 0.5
                && next.index() != map.salutation();
    }

    /**
     * An inside address typed at the foot of the letter, at the left margin under the closing (an older and an
     * official convention: {@code TO:- J.C.BRANNER ESQ.}, or {@code Acting President J. C. Branner,} /
     * {@code Stanford University,} / {@code California.} stepped to the right). Looked for only where the date line
     * stands right above the salutation, so that no address was typed at the top; the block opens with {@code To},
     * a civility, or stands clearly left of the closing formula. Where other lines (a subject, an enclosure) stand
     * over the salutation, only a block headed by the person the salutation greets: {@code Dear Dr. Hoffmann,} and
     * {@code Dr. Marianne Hoffmann} at the foot (a Thai department's English letter, its own address at the top).
     */
    private Result underSignature(LetterMap map) {
        int salutation = map.salutation();
        if (salutation <= 0 || map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return new Result(Field.missing(), -1);
        }
        String above = map.lines().get(salutation - 1).text();
        String greeted = null;
        if (finder.find(above, true).isEmpty() && finder.find(above, false).isEmpty()) {
            greeted = greetedName(map.lines().get(salutation));
            if (greeted == null) {
                return new Result(Field.missing(), -1);
            }
        }
        LanguageCues book = map.book();
        TextLine closing = null;
        TextLine last = map.lines().get(map.bodyEnd());
        for (int i = map.bodyEnd() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (l.page() != last.page()
                    || t.size() > 0 && (book.match("copies", t, 0) > 0 || book.match("enclosures", t, 0) > 0)
                    || isFooter(book, l)) {
                break;
            }
            if (t.size() == 0 || isFootNoise(book, l) || l.left() >= FOOT_ADDRESS_LEFT) {
                continue;
            }
            boolean cued = book.match("addresseeLead", t, 0) > 0 || book.match("civilities", t, 0) > 0;
            TextLine formula = closing != null ? closing : LetterMap.contains(book, "closings", last) ? last : null;
            if (greeted != null) {
                if (book.match("civilities", t, 0) > 0
                        && t.size() > 2
                        && t.get(t.size() - 1).key().equals(greeted)) {
                    return block(map, i, 0.75, true);
                }
            } else if (cued || formula != null && l.left() < formula.left() - 0.1) {
                return block(map, i, 0.75, true);
            }
            if (LetterMap.contains(book, "closings", l)) {
                closing = l;
            }
        }
        return new Result(Field.missing(), -1);
    }

    /**
     * The surname a salutation greets ({@code Dear Dr. Hoffmann,} gives {@code hoffmann}): the last word, capitalised
     * and after a civility; null for a greeting without a name ({@code Dear Sir,}).
     */
    private static String greetedName(TextLine salutation) {
        Tokens t = salutation.tokens();
        if (t.size() < 3) {
            return null;
        }
        String last = t.get(t.size() - 1).text().replaceAll("[,:;.!]+$", "");
        return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) ? Folding.key(last) : null;
    }

    /**
     * The addressee's organisation printed above the person ({@code ARDENNE DIGITAL SRL} / {@code Madame …},
     * {@code The Owner/Occupier} / {@code Mr …}): up to {@code most} lines closely above, on the same margin, that are
     * neither a date, a reference, a label, a delivery mode ({@code BY EMAIL}, {@code LETTRE RECOMMANDÉE}) nor the
     * sender's return line in small type ({@code AHJ · Case postale 117 · 1211 Genève 8}).
     */
    private int firstOfAddress(LanguageCues book, LetterMap map, TextLine person, int most) {
        int first = person.index();
        int taken = 0;
        int scanned = 0;
        for (int i = person.index() - 1; i >= 0 && taken < most && scanned < MAX_SCANNED; i--) {
            TextLine l = map.lines().get(i);
            TextLine below = map.lines().get(first);
            Tokens t = l.tokens();
            if (l.page() == person.page() && Math.abs(l.left() - person.left()) > OTHER_COLUMN) {
                // a line of the column beside the address (references, a stamp), read in between: however many
                // there are (a sender's grid of labels and values beside each line of the address), the address's
                // own lines are counted
                continue;
            }
            scanned++;
            if (l.page() != person.page()
                    || t.size() == 0
                    || Math.abs(l.left() - person.left()) > 0.02
                    || map.gap(l, below) > 0.3
                    || l.top() < 0.1
                    || l.prose()
                    || LetterMap.startsWithLabel(book, l)
                    || LABELLED.matcher(l.text()).find()
                    || book.match("reference", t, 0) > 0
                    || book.match("addresseeLead", t, 0) > 0
                    || book.match("civilities", t, 0) > 0
                    || LetterMap.contains(book, "deliveryModes", l)
                    || letterheadNoise(book, l)
                    || !finder.find(l.text(), true).isEmpty()
                    || returnAddress(map, l, person.index(), person.index() + 1)) {
                break;
            }
            first = i;
            taken++;
        }
        return first;
    }

    /**
     * A letterhead's contact or address line ({@code Tél. : …}, {@code BP 1234}, {@code Quartier Plateau}): opening
     * with such a word, or holding one and figures; not a name that holds one ({@code ASBL Quartier Vivant}).
     */
    private static boolean letterheadNoise(LanguageCues book, TextLine l) {
        return book.match("letterheadNoise", l.tokens(), 0) > 0
                || LetterMap.contains(book, "letterheadNoise", l) && l.text().matches(".*\\d.*");
    }

    /**
     * A line that sends the letter on to another for information, set under the addressee as the Maghreb's ministries
     * do ({@code – En communication avec Monsieur le Président de la Conférence …}): no line of the address.
     */
    private static boolean communicated(LanguageCues book, TextLine l) {
        Tokens t = Tokens.of(l.text().replaceFirst("^[-–—•\\s]+", ""));
        return t.size() > 0 && book.match("communicatedTo", t, 0) > 0;
    }

    /** A note verbale names its addressee at the foot, left, under the date (set at the right or the left) and seal. */
    private Result atFoot(LetterMap map) {
        if (map.bodyEnd() < 0 || !map.isNoteVerbale() && !presentsCompliments(map)) {
            return new Result(Field.missing(), -1);
        }
        boolean dated = false;
        for (int i = map.bodyEnd() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            dated |= !finder.find(l.text(), true).isEmpty();
            if (dated && l.left() < 0.3 && finder.find(l.text(), true).isEmpty() && !isFootNoise(map.book(), l)) {
                return block(map, i, 0.9);
            }
        }
        // the date line may be lost under the seal: then the first organisation named at the left after the body
        for (int i = map.bodyEnd() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != map.lines().get(map.bodyEnd()).page()) {
                break;
            }
            if (l.left() < 0.3
                    && l.tokens().size() > 0
                    && map.book().match("senderHeads", l.tokens(), 0) > 0
                    && !isFootNoise(map.book(), l)) {
                return block(map, i, 0.8);
            }
        }
        return new Result(Field.missing(), -1);
    }

    /**
     * A note verbale without its heading: its first sentence ({@code … presents its compliments to …}) opens the body,
     * runs on the lines just above where the running text was recognised, or reaches its verb on the body's second
     * line ({@code The Ministry of Foreign Affairs of the Democratic Socialist Republic of Sri Lanka} / {@code presents
     * its compliments to …}).
     */
    private static boolean presentsCompliments(LetterMap map) {
        for (int i = Math.max(0, map.bodyStart() - OPENING_LINES);
                i <= Math.min(map.bodyStart() + 1, map.lines().size() - 1);
                i++) {
            if (LetterMap.contains(map.book(), "presents", map.lines().get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not an addressee line: the page footer, a stamp's words, an enclosures line ({@code P.J. : 4 cartes}), or what
     * OCR makes of a seal or a signature stroke (no word of three letters, or barely read at all).
     */
    private static boolean isFootNoise(LanguageCues book, TextLine l) {
        return isFooter(book, l)
                || book.match("stamps", l.tokens(), 0) > 0
                || book.match("enclosures", l.tokens(), 0) > 0
                || l.confidence() < 0.5
                || !l.text().matches(".*\\p{L}{3}.*");
    }

    /**
     * A contact line: an e-mail address, or a contact word with a number ({@code Tel: 0302 747 197}). The number of
     * a list's item is not one: {@code 4. NIC, Ministry of Education, for uploading on the website.}
     */
    static boolean isFooter(LanguageCues book, TextLine l) {
        return l.text().contains("@") || telephone(book, l);
    }

    /** A contact word with a number ({@code Tél. : 04 91 33 72 05}, {@code Fax: …}), a list item's number aside. */
    private static boolean telephone(LanguageCues book, TextLine l) {
        return LetterMap.contains(book, "footer", l)
                && LIST_NUMBER.matcher(l.text()).replaceFirst("").matches(".*\\d.*");
    }

    /**
     * A lone {@code à} that is one of a row of single letters read apart: handwriting or a stamp's text set
     * aslant ({@code T} / {@code S} / {@code S} / {@code à} / … / {@code p} / {@code r}), not the lead of an address.
     */
    private static boolean amongLoneLetters(LetterMap map, TextLine line) {
        int letters = 0;
        for (int i = Math.max(0, line.index() - 3);
                i <= line.index() + 3 && i < map.lines().size();
                i++) {
            if (i != line.index() && map.lines().get(i).text().strip().length() <= 2) {
                letters++;
            }
        }
        return letters >= 3;
    }

    /**
     * An addressee set at the right as the page's first line, a little higher than the letterhead beside it ({@code
     * Monsieur le Préfet du Gers} / {@code Préfecture du Gers} / …, level with the chamber's name at the left): its
     * next line at the right starts on its margin, as an address's do, where a writer's name and office set flush
     * right over the sender's address ({@code The Rt Hon Alan Whitcombe MP} / {@code Chief Secretary to the
     * Treasury}) end on one edge instead.
     */
    private static boolean addressAtRight(LetterMap map, TextLine line) {
        if (line.left() < ADDRESS_AT_RIGHT) {
            return false;
        }
        for (int i = line.index() + 1; i < map.lines().size() && i <= line.index() + MAX_SCANNED; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() == line.page() && l.left() >= ADDRESS_AT_RIGHT) {
                return Math.abs(l.left() - line.left()) <= 0.01;
            }
        }
        return false;
    }

    /**
     * A letterhead's row of partners, each titled, set apart by dashes or dots ({@code Me Nathalie ÉTIENNE, Av. – Me
     * Jean-Robert DORVAL, Av. – Me Ricardo SAINT-FLEUR, Av.}): the firm's members who write, not an addressee.
     */
    private static boolean partnersList(LanguageCues book, TextLine line) {
        String[] persons = line.text().strip().split("\\s+[–·|]\\s+");
        if (persons.length < 2) {
            return false;
        }
        for (String p : persons) {
            if (book.match("civilities", Tokens.of(p), 0) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A titled name set under its office's title and colon, as a letterhead lists its officers ({@code Chief Medical
     * Director:} / {@code Dr. Emmanuel U. Akpan, MBBS, FWACS} at the right, {@code Chairman, Board of Management:} /
     * {@code Chief (Dr.) Okon B. Udofia} at the left): an officer of the writer's, not the addressee. An addressee's
     * own label ({@code To:}, {@code Attention:}) is no office's title.
     */
    private static boolean officerUnderTitle(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        for (int i = line.index() - 1; i >= Math.max(0, line.index() - 3); i--) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (l.page() == line.page()
                    && l.sharesColumnWith(line)
                    && map.gap(l, line) <= 0.5
                    && t.size() > 0
                    && l.text().strip().endsWith(":")
                    && book.match("addresseeLead", t, 0) == 0
                    && book.match("attentionLines", t, 0) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person heading the letterhead, the writer and not the addressee ({@code Maître Laure CASTELLAN} /
     * {@code Avocat au Barreau de Marseille} / address / {@code Tél. : 04 91 …}): a titled name near the top of the
     * page whose lines run on, without a gap, to a telephone, fax or e-mail line, with another titled name further
     * down the header to address the letter to.
     */
    private static boolean letterheadPerson(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        if (line.page() > 1 || line.top() > LETTERHEAD_PERSON_TOP) {
            return false;
        }
        boolean contact = false;
        TextLine prev = line;
        for (int i = line.index() + 1; i < map.lines().size() && i <= line.index() + LETTERHEAD_PERSON_LINES; i++) {
            TextLine l = map.lines().get(i);
            if (!sameColumn(l, prev) || map.gap(prev, l) > 0.5) {
                break;
            }
            if (isFooter(book, l)) {
                contact = true; // the telephone, or the e-mail address (a contact line of several, dots between)
                break;
            }
            prev = l;
        }
        if (!contact) {
            return false;
        }
        for (int i = prev.index() + 1; i < map.lines().size() && map.inHeader(i); i++) {
            TextLine l = map.lines().get(i);
            if (l.page() == line.page()
                    && l.tokens().size() > 0
                    && (book.match("civilities", l.tokens(), 0) > 0
                            || LetterMap.deliveryNotice(book, l) && headsLines(map, l))) {
                return true; // another titled name, or how the letter travels, heading the addressee's block
            }
        }
        return false;
    }

    /**
     * Whether a line of its column follows a line within a blank line or so, neither a label nor the subject: a
     * delivery notice heading an address ({@code PAR PORTEUR} / {@code Monsieur le Directeur …}), not one set under
     * the address ({@code … BP E 3318 – Bamako} / {@code Par porteur contre décharge} / {@code Objet : …}).
     */
    private static boolean headsLines(LetterMap map, TextLine line) {
        if (line.index() + 1 >= map.lines().size()) {
            return false;
        }
        TextLine next = map.lines().get(line.index() + 1);
        return sameColumn(line, next)
                && map.gap(line, next) <= 1.5
                && !LetterMap.startsWithLabel(map.book(), next)
                && map.book().match("subject", next.tokens(), 0) == 0;
    }

    /**
     * The writer's contact named under its label in the letterhead's grid ({@code Enquiries / Navrae / Imibuzo} /
     * {@code Ms N. Jacobs}, {@code Dossier suivi par :} / {@code Mme Claire Martin}): someone to ask, not the
     * addressee. The label is the line close above in the same column (another column's lines read in between are
     * passed over), or the one before it on its row ({@code Enquiries:} | {@code Ms N. Dlamini-Sokhela}).
     */
    private static boolean contactPerson(LetterMap map, TextLine line) {
        if (map.cellBefore(
                line,
                MAX_SCANNED,
                l -> l.box().right() < line.box().x()
                        && l.tokens().size() > 0
                        && map.book().matchExactly("contactLabels", l.tokens(), 0)
                                == l.tokens().size())) {
            // the label alone in the grid's column of labels, on the row ("Enquiries:" | "Ms N. Dlamini-Sokhela"); not
            // a labelled line of the column beside ("Dossier traité par : Mme C. Borel" | "Madame Laura Pittet")
            return true;
        }
        for (int i = line.index() - 1; i >= 0 && i >= line.index() - MAX_SCANNED; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page()) {
                return false;
            }
            if (sameColumn(l, line)) {
                return map.gap(l, line) <= 0.5
                        && l.tokens().size() > 0
                        && map.book().matchExactly("contactLabels", l.tokens(), 0) > 0;
            }
        }
        return false;
    }

    /** A footer line, or a line giving a website: the letterhead's or the page foot's contact lines. */
    static boolean contactOrWeb(LanguageCues book, TextLine l) {
        return isFooter(book, l) || WEB.matcher(l.text()).find();
    }

    /** Two lines of one column: they start at nearly the same margin, or are centred on nearly the same point. */
    private static boolean sameColumn(TextLine a, TextLine b) {
        return Math.abs(a.left() - b.left()) <= OTHER_COLUMN || Math.abs(a.centre() - b.centre()) <= SAME_CENTRE;
    }

    /** No cue: the block standing just above the subject or salutation, under the date and references. */
    private Result above(LetterMap map, int subjectLine) {
        int end = map.salutation() >= 0
                ? map.salutation()
                : Math.min(map.bodyStart(), map.lines().size());
        if (subjectLine > 0 && subjectLine < end) {
            end = subjectLine;
        }
        for (int i = 0; i < end; i++) {
            if (map.book().match("subject", map.lines().get(i).tokens(), 0) > 0) {
                end = i;
                break;
            }
        }
        int start = end;
        int skipped = 0;
        int beside = 0;
        TextLine passed = null; // a cell passed over, whose row's other cells go with it
        boolean valuePassed = false; // that cell a value: only its label, in the same half of the page, goes
        for (int i = end - 1; i > 0 && end - i <= MAX_LINES + beside; i--) {
            TextLine l = map.lines().get(i);
            if (start == end
                    && passed != null
                    && ReadingOrder.sameRow(l.box(), passed.box())
                    && l.box().horizontalOverlap(passed.box()) == 0
                    && (!valuePassed || l.left() >= 0.5)) {
                // the row's other cell ("votre correspondant téléphone e-mail" | "vos références nos références"):
                // passed over with the label beside it
                end = i;
                start = i;
                continue;
            }
            if (start != end && !sameColumn(l, map.lines().get(start))) {
                beside++; // the column beside the address (the sender's contact lines), read in between
                continue;
            }
            if (map.receivedStamp(l)) {
                // a received stamp beside or over the address: passed over, never part of it
                if (start == end) {
                    start = i;
                    end = i;
                }
                continue;
            }
            if (LetterMap.deliveryNotice(map.book(), l)) {
                if (start != end) {
                    break; // "BY EMAIL AND FIRST CLASS POST" over the address: how it travels, no line of it
                }
                // "WITHOUT PREJUDICE", "BY REGISTERED POST" between the references and the salutation: how the
                // letter travels or stands, passed over like them
                skipped++;
                end = i;
                start = i;
                continue;
            }
            if (start == end && l.top() >= 0.08 && (map.inTableRow(l) || map.underTableCell(l))) {
                // a table of the letter's dates and references between the address and the salutation, a cell's
                // second line under it
                end = i;
                start = i;
                continue;
            }
            if (start == end && l.top() >= 0.08 && (map.labelledValue(l) || valueOfRightColumn(map, l))) {
                // the value beside its label (Nos réf. : | D3300/…): passed over with the label
                end = i;
                start = i;
                passed = l;
                valuePassed = true;
                continue;
            }
            if (LetterMap.documentKind(map.book(), l)) {
                if (end - start == 1 && map.lines().get(start).text().matches(".*\\d.*")) {
                    start = end; // NOTE DE SERVICE / N°2022-0137/MINEFID/SG/DRH: the document's number, no address
                }
                break;
            }
            boolean contiguous = start == end || map.gap(l, map.lines().get(start)) <= 0.5;
            boolean label = LetterMap.startsWithLabel(map.book(), l)
                    || l.text().strip().endsWith(":")
                    || !finder.find(l.text(), true).isEmpty()
                    || referenceLine(map.book(), l.tokens())
                            && !HOUSE_NUMBER.matcher(l.text().strip()).lookingAt();
            boolean wide = l.width() >= 0.45 && !l.text().strip().endsWith(",");
            if (start == end
                    && skipped < MAX_SKIPPED
                    && l.top() >= 0.08
                    && (label || wide || LABELLED.matcher(l.text()).find())) {
                // the date, references, "label : value" lines and a subject between the address and the salutation
                skipped++;
                end = i;
                start = i;
                passed = label ? l : null;
                valuePassed = false;
                continue;
            }
            if (end - start == 1
                    && skipped < MAX_SKIPPED
                    && contiguous
                    && wide
                    && (l.prose() && Math.abs(l.left() - map.lines().get(start).left()) <= 0.02
                            || SubjectEngine.wrapped(map, l, map.lines().get(start)))) {
                // the line taken was the end of a wrapped subject with no label (a heading in capitals run to the
                // margin, its last word centred under it): passed over with it
                skipped++;
                end = i;
                start = i;
                continue;
            }
            if (!contiguous
                    || label
                    || contactOrWeb(map.book(), l)
                    || map.book().match("noteVerbale", l.tokens(), 0) > 0
                    || l.top() < 0.08
                    || returnAddress(map, l, start, end)) {
                break;
            }
            start = i;
        }
        if (start == end) {
            return new Result(Field.missing(), -1);
        }
        int address = besideReferences(map, start, end);
        if (address >= 0) {
            // set where a letter's address stands beside its references: as sure as a framed address
            Result other = block(map, address, 0.85);
            if (other.recipient().found() && other.recipient().evidence().size() >= 2) {
                return other;
            }
        }
        return block(map, start, framed(map, start, end) ? 0.9 : 0.75);
    }

    /**
     * The value cell of a table of particulars set in the right half of the page, its name in the cell before it on
     * its row ({@code Tax Type} | {@code Transaction Privilege Tax} beside a taxpayer's address): no address, which
     * has no cell beside it on that side of the page.
     */
    private static boolean valueOfRightColumn(LetterMap map, TextLine line) {
        return map.cellBefore(line, 2, l -> l.left() >= 0.5);
    }

    /**
     * A line opening with a reference's label, the letter's own or the addressee's ({@code Our ref}, {@code Your
     * ref}).
     */
    private static boolean referenceLine(LanguageCues book, Tokens t) {
        return book.match("reference", t, 0) > 0 || book.match("theirReference", t, 0) > 0;
    }

    /**
     * The block taken ends a column of the letter's references ({@code Our ref} / {@code Your ref} / {@code Title
     * number GM218734}, the way British offices set them at the right of the address): the address is the other
     * column's block beside that column, from the references' first row down. Returns its first line, -1 when the
     * block is no such column's end or no line stands beside it.
     */
    private static int besideReferences(LetterMap map, int start, int end) {
        LanguageCues book = map.book();
        TextLine s = map.lines().get(start);
        TextLine top = s;
        boolean references = false;
        for (int i = start - 1; i >= 0 && start - i <= MAX_LINES; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != s.page() || !sameColumn(l, s)) {
                continue;
            }
            if (map.gap(l, top) > 0.5) {
                break;
            }
            Tokens t = l.tokens();
            references |= referenceLine(book, t);
            top = l;
        }
        if (!references) {
            return -1;
        }
        double from = top.box().y() - map.pitch() / 2;
        for (int i = Math.max(0, top.index() - 1); i < end; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() == s.page()
                    && l.box().y() >= from
                    && l.box().y() < s.box().bottom()
                    && !sameColumn(l, s)
                    && !LetterMap.startsWithLabel(book, l)
                    && l.tokens().size() > 0
                    && book.match("reference", l.tokens(), 0) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sender's return line printed small over a window envelope's address ({@code P.P. CH-2010 Neuchâtel OFS,
     * Espace de l'Europe 10}): a line with figures in clearly smaller type than the address under it.
     */
    private static boolean returnAddress(LetterMap map, TextLine l, int start, int end) {
        int tallest = 0;
        for (int i = start; i < end; i++) {
            tallest = Math.max(tallest, map.lines().get(i).box().h());
        }
        return l.text().matches(".*\\d.*") && l.box().h() < RETURN_LINE_HEIGHT * tallest;
    }

    /**
     * An inside address is sure when it is framed as one: a letter with a salutation (not a note verbale), and a
     * block of at least two lines, none of them running text.
     */
    private static boolean framed(LetterMap map, int start, int end) {
        if (map.salutation() < 0 || map.isNoteVerbale() || end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            TextLine l = map.lines().get(i);
            if (l.prose() || LetterMap.contains(map.book(), "presents", l)) {
                return false;
            }
        }
        return true;
    }

    /** {@code Monsieur Awa DIALLO,}: a civility then a capitalised name, an address line, not a salutation. */
    private static boolean nameFollows(Tokens t) {
        return t.size() >= 3
                && t.get(1).text().matches("\\p{Lu}.*")
                && t.get(t.size() - 1).text().matches("\\p{Lu}{2,}.*");
    }

    /**
     * Whether the words are a memo's label alone on its row, its value read apart ({@code DATE} | {@code 05 juin
     * 2024}, {@code OBJET} | {@code Soumission obligatoire …}, as a note's grid sets them without colons).
     */
    private static boolean gridLabel(LanguageCues book, Tokens t) {
        if (t.size() == 0) {
            return false;
        }
        for (String label : List.of("dateLabels", "subject", "reference", "memoFrom")) {
            if (book.match(label, t, 0) == t.size()) {
                return true;
            }
        }
        return false;
    }

    private Result block(LetterMap map, int from, double conf) {
        return block(map, from, conf, false);
    }

    /** @param stepped whether each line may start further right than the one above (a typewriter's stepped address) */
    private Result block(LetterMap map, int from, double conf, boolean stepped) {
        List<TextLine> used = new ArrayList<>();
        List<String> logical = new ArrayList<>();
        TextLine prev = null;
        int margin = map.rightMargin(
                map.lines().get(Math.min(from, map.lines().size() - 1)).page());
        for (int i = from; i < map.lines().size() && used.size() < MAX_BLOCK_LINES; i++) {
            TextLine l = map.lines().get(i);
            if (map.receivedStamp(l)) {
                continue; // a received stamp over the address is not part of it
            }
            if (used.isEmpty() && LetterMap.deliveryNotice(map.book(), l)) {
                continue; // "REGISTERED MAIL" over the address says how it travels
            }
            double allowed = l.tokens().size() <= 3 && !l.text().matches(".*\\d.*") ? 1.1 : 0.5;
            boolean aligned = prev == null
                    || sameColumn(l, prev)
                    || stepped && l.left() > prev.left() && l.left() - prev.left() <= 0.3
                    || townUnder(map, used, l);
            Tokens lt = l.tokens();
            boolean labelled = LetterMap.startsWithLabel(map.book(), l)
                    || lt.size() > 0 && map.book().match("memoLabels", lt, 0) > 0 && lt.colonAfter(0)
                    // a memo's next row, its label read apart from its value ("Email:", a note's "De")
                    || prev != null && lt.size() <= 2 && l.text().strip().endsWith(":")
                    || prev != null && lt.size() > 0 && map.book().match("memoFrom", lt, 0) == lt.size()
                    || prev != null && gridLabel(map.book(), lt);
            if (prev != null && !aligned) {
                if (map.gap(prev, l) <= 0.5
                        && !(labelled && l.left() < prev.left() && prev.left() - l.left() <= MEMO_LABEL_COLUMN)) {
                    continue; // a line of the column beside (references, a stamp), read in between
                }
                // further down, or the next label of a memo's column of labels (FROM:)
                break;
            }
            if (prev != null && map.gap(prev, l) > allowed) {
                break;
            }
            boolean email =
                    used.size() >= 2 && EMAIL_ONLY.matcher(l.text().strip()).matches();
            if (labelled
                    || l.index() == map.salutation()
                    || map.inBody(l.index())
                    || prev != null && lt.size() > 0 && map.book().match("reference", lt, 0) >= 2
                    || LetterMap.headsCopies(map.book(), l)
                    // "Enclosure." typed under an address at the foot of a despatch
                    || !used.isEmpty() && LetterMap.enclosureMark(map.book(), l)
                    || isFooter(map.book(), l) && !POST_BOX.matcher(l.text()).find() && !email) {
                break;
            }
            if (prev != null && l.box().y() < prev.box().bottom() - prev.box().h() / 2) {
                continue;
            }
            if (!used.isEmpty() && LetterMap.deliveryNotice(map.book(), l)) {
                break; // "Par porteur contre décharge" under the address: how it travels, no line of it
            }
            if (!used.isEmpty() && communicated(map.book(), l)) {
                break; // "– En communication avec Monsieur le Président …": a copy, named under the addressee
            }
            if (!used.isEmpty() && l.text().strip().startsWith(":")) {
                // a memo's colon alone, its value read apart, or the colon with the next row's value read apart from
                // its label (": Director General of Health" right of "FROM"): the next row has begun
                break;
            }
            if (!used.isEmpty() && FILE_CODE.matcher(l.text().strip()).matches()) {
                break; // the drafter's initials typed under the addressee at the foot of a note
            }
            if (!used.isEmpty() && LABELLED_NUMBER.matcher(l.text()).matches()) {
                break; // "Customer ID: 70451928" under the address: the addressee's number with the sender
            }
            if (used.size() >= 2
                    && lt.size() > 0
                    && map.book().match("attentionLines", lt, 0) > 0
                    && used.stream().skip(1).anyMatch(u -> u.text().matches(".*\\d.*"))) {
                // "For the attention of …", "By email: …" under a complete address (a street's or a post code's
                // figures under the name; not a numbered company's own, "9347-5521 QUÉBEC INC.")
                break;
            }
            // a memo's value read with the colon of its label's column (":  Schools Division Superintendents"); a
            // list's item without the stop that ends the list ("– Mesdames et Messieurs les Principaux … moyen.")
            boolean item = LetterMap.opensItem(l.text());
            String piece =
                    l.text().replaceAll(item ? "[,;.\\s]+$" : "[,;\\s]+$", "").replaceAll("^[-•–—:]+\\s*", "");
            if (used.isEmpty()) {
                Tokens t = l.tokens();
                int lead = map.book().match("addresseeLead", t, 0);
                piece = lead > 0 && lead < t.size() ? t.restFrom(lead).replaceAll("^[-•–—]+\\s*", "") : piece;
            }
            if (prev != null && wrapped(prev, l, margin)) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + " " + piece);
            } else {
                logical.add(piece);
            }
            used.add(l);
            prev = l;
            if (email) {
                break; // the addressee's e-mail address, alone on its line, ends the address
            }
        }
        if (used.isEmpty()) {
            return new Result(Field.missing(), -1);
        }
        String block = String.join(", ", logical);
        Recipient r = RecipientParts.parse(map.book(), logical, block);
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            q = Math.min(q, l.readQuality());
            ev.add(l.evidence());
        }
        return new Result(new Field<>(r, block, conf * q, ev), used.get(0).index());
    }

    /**
     * The addressee's town in capitals set in under the address ({@code Monsieur le Gouverneur de la Région} / {@code
     * de Tillabéri} / {@code TILLABÉRI} further right, as French-speaking Africa's letters set it): a word or two,
     * no figure, close under the address's last line, starting right of its margin and within its width.
     */
    private static boolean townUnder(LetterMap map, List<TextLine> address, TextLine l) {
        if (address.isEmpty()) {
            return false;
        }
        TextLine last = address.get(address.size() - 1);
        int right = address.stream().mapToInt(a -> a.box().right()).max().getAsInt();
        return l.tokens().size() <= 2
                && SenderEngine.capitals(l.text())
                && !l.text().matches(".*\\d.*")
                && l.left() > last.left()
                && l.box().x() < right
                && map.gap(last, l) <= 0.5;
    }

    /**
     * Whether the line above was cut by the margin: the next line's first word would not have fitted. A line ending
     * an item of a list ({@code ;}) or a next line opening one ({@code – Mesdames et Messieurs …}) was not.
     */
    private static boolean wrapped(TextLine above, TextLine next, int margin) {
        String first = next.tokens().size() == 0 ? "" : next.tokens().get(0).text();
        int firstWidth = next.text().isEmpty()
                ? 0
                : next.box().w() * (first.length() + 1) / next.text().length();
        String end = above.text().strip();
        boolean endsOpen = !end.endsWith(",") && !end.endsWith(".") && !end.endsWith(";");
        return endsOpen
                && !LetterMap.opensItem(next.text())
                && above.box().right() + firstWidth > margin - 0.01 * above.pageWidth()
                && !Character.isDigit(first.isEmpty() ? 'x' : first.charAt(0));
    }
}
