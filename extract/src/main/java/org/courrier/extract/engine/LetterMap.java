package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a letter are: its lines in reading order, the salutation, where the body starts and ends.
 * Engines use it to tell header from body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bodyStart index of the first body line, {@code lines.size()} when no body was found
 * @param bodyEnd   index of the last body line (the closing formula when there is one), -1 when no body
 * @param pitch     usual distance from one line's top to the next one's, in pixels
 */
record LetterMap(List<TextLine> lines, LanguageCues book, int salutation, int bodyStart, int bodyEnd, double pitch) {

    /** How many lines before and after a line, in reading order, its row-mates are looked for. */
    static final int TABLE_REACH = 6;
    /** How far in from the text's margin (page fraction) a note's list of addressees stands, at least. */
    private static final double LISTED_INDENT = 0.05;

    /** Most lines from a line of the writer's title down to the lone {@code à} of a suscription. */
    private static final int SUSCRIPTION_LINES = 3;

    /** Most lines of the first paragraphs read as no prose under a salutation ({@link #namesParagraphs}). */
    private static final int NAMES_PARAGRAPH_LINES = 6;
    /** How far (page fraction) such a paragraph's line may start from the body's margin: an indented first line. */
    private static final double NAMES_PARAGRAPH_INDENT = 0.06;
    /** A sentence's end closing a line: a full stop, a colon or a semicolon, a closing quote or bracket after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"”»)]?$");
    /** A note in brackets ending a line: {@code (portail e-procédures)}. */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*\\([^()]*\\)$");
    /** Width (page fraction) of a line that runs to the right margin: running text, not a line of an address. */
    static final double RUNNING_WIDTH = 0.6;

    /** How many lines under the body's first line a salutation may stand and still open it. */
    private static final int SALUTATION_REACH = 12;

    /** How far (page fraction) short of the body's right margin a line still runs to it. */
    private static final double RIGHT_MARGIN_SLACK = 0.02;
    /** Most steps, in line pitches, from one line of the body's first paragraphs to the next: a blank line. */
    private static final double PARAGRAPH_STEP = 2.2;

    /** A subject wraps over three lines at most; a fourth line glued under it is the body. */
    static final int MAX_SUBJECT_LINES = 3;
    /** Open punctuation leaves the salutation without a comma: {@code Dear Mr and Mrs Fortuin}. */
    private static final int OPEN_SALUTATION_TOKENS = 6;
    /** Words a copy heading may run to before its colon. */
    static final int LONG_COPY_HEADING = 14;

    /**
     * A subject's wrapped line stands one line step under it; a step of one and a half is the white line before the
     * first paragraph, which a subject running to the margin does not continue into.
     */
    private static final double WRAPPED_SUBJECT_STEP = 1.3;
    /**
     * The lines of a salutation of two lines ({@code Madame la Syndique,} / {@code Mesdames et Messieurs …,}) stand
     * under this many line steps apart: one step, no white line between them.
     */
    private static final double SALUTATION_STEP = 1.3;

    /** Lines under a closing formula that make a signature block (a name, a title). */
    private static final int SIGNATURE_BLOCK = 2;

    /** Line steps of white space above a footer's running text. */
    private static final double FOOTER_GAP = 1.6;

    /** Lines before and after a stamp's words looked at for the rest of the stamp. */
    private static final int STAMP_REACH = 6;

    /** The most words a line of a stamp holds besides its stamp words (a date, a number, an office). */
    private static final int STAMP_LINE_TOKENS = 8;

    /** How much larger than the page's usual line a wordmark's type is set. */
    private static final double WORDMARK_TYPE = 1.3;

    /** How far down the first page a letterhead reaches, as a fraction of its height. */
    private static final double LETTERHEAD_DEPTH = 0.25;

    /**
     * A registry named in ordinary type, its own name's word in small letters before it ({@code HM Land Registry},
     * {@code Deeds Registry}): a body, where a stamp prints {@code REGISTRY} in capitals with its date.
     */
    private static final java.util.regex.Pattern NAMED_REGISTRY =
            java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+Registry\\b");

    /** An e-mail address, a website, a telephone or fax number after its label, a post box. */
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?iu)[\\w.-]+@[\\w-]+\\.[\\w.]+|\\bwww\\.|https?://|\\b(tel|tél|telephone|téléphone|phone|fax|télécopie)"
                    + "\\b\\.?\\s*:?\\s*[(+\\d]|\\bp\\.?\\s?o\\.?\\s*box\\b|\\bb\\.\\s?p\\.?\\s*\\d");

    /**
     * A copy list's abbreviated heading without its colon, the first entry's name beside it ({@code c. c. Jean-Philippe
     * Roy, …}, {@code cc Ministry of …}).
     */
    private static final Pattern CC_BEFORE_NAME = Pattern.compile("(?:[cC]\\.\\s?[cC]\\.|cc|CC)\\s+\\p{Lu}");

    /** The white space (in line pitches) over a colonless copy heading that sets it apart from the body above. */
    private static final double COPY_HEADING_GAP = 1;

    private static final Pattern TRAILING_DASHES = java.util.regex.Pattern.compile("(?<=[,;:])[-–—~=_\\s]+$");

    /** One or two short words (an abbreviation with its dots) and a slash, opening a line. */
    private static final Pattern OTHER_LANGUAGE_LABEL =
            Pattern.compile("\\s*[\\p{L}.]{1,8}(\\s[\\p{L}.]{1,8})?\\s*/\\s*");

    /** A document's number after its kind: {@code N° 0137/MINEFID}, {@code No. 12/2024}, {@code 4/17/2023-2PP2}. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?i)(n\\s?[°º]|no\\.?|nr\\.?)?\\s*\\S*\\d\\S*");

    /** A number's label opening a line, then a figure: {@code N° 0811}, {@code No. 4417}, {@code Nº 064}. */
    private static final Pattern NUMBER_LINE = Pattern.compile("(?i)\\s*(n\\s?[°º]|no\\.)\\s*\\S*\\d");

    /** The dash or bullet that opens an item of a list. */
    private static final Pattern ITEM_MARK = Pattern.compile("[-–—•]\\s+");

    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("\\(?\\d{1,2}[.)]\\s+(?=\\p{Lu})");

    static LetterMap of(List<TextLine> lines, LanguageCues book) {
        int salutation = -1;
        int bodyStart = lines.size();
        double pitch = pitch(lines);
        double margin = leftMargin(lines);
        boolean subject = false;
        int continued = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Tokens t = l.tokens();
            boolean label = openingLabel(book, "subject", t) > 0;
            if (subject
                    && !label
                    && i > 0
                    && (l.box().y() - lines.get(i - 1).box().y()) / pitch < WRAPPED_SUBJECT_STEP
                    && !isSalutation(book, l)
                    && !opensBody(book, l)
                    && continued < MAX_SUBJECT_LINES - 1) {
                continued++;
                continue;
            }
            subject = label;
            continued = 0;
            // a line opening the body with its set words ("I am directed to inform you that the Federal Ministry of
            // Water Resources and Sanitation, in"), too full of names to read as prose, and run across the page
            if (!label
                    && (l.prose() || opensBody(book, l) && l.width() >= RUNNING_WIDTH)
                    && !inLetterhead(l, margin)
                    && !centredUnderHeading(l, lines, i, margin)
                    && !besideAColumn(l, lines, pitch)
                    && !slogan(l)
                    && !aside(l)
                    && !contactLine(l)
                    && !contactLabelled(book, t)
                    && !startsWithLabel(book, l)
                    && !labelOfLine(book, "attentionLines", t)
                    && !replyInstruction(book, l)
                    && !headsSalutation(book, lines, i)
                    && !suscribes(book, lines, i)
                    && !addresseesListed(book, lines, i, margin)
                    && !addresseeItem(book, l)
                    && !underLabelsValue(lines, i, margin)
                    && !besideLabel(lines, i, margin)) {
                bodyStart = i;
                break;
            }
        }
        int below = salutationBelow(book, lines, bodyStart);
        if (below > 0) {
            bodyStart = below + 1;
        }
        for (int back = 0; back < 2 && bodyStart > 0 && bodyStart < lines.size(); back++) {
            TextLine above = lines.get(bodyStart - 1);
            if (!opensParagraph(book, lines, above, lines.get(bodyStart), pitch) || inLetterhead(above, margin)) {
                break;
            }
            bodyStart--;
        }
        for (int i = 0; i < bodyStart; i++) {
            if (isSalutation(book, lines.get(i))) {
                salutation = i;
            }
        }
        while (salutation > 0
                && isSalutation(book, lines.get(salutation - 1))
                && lines.get(salutation - 1).page() == lines.get(salutation).page()
                && (lines.get(salutation).box().y()
                                        - lines.get(salutation - 1).box().y())
                                / pitch
                        < SALUTATION_STEP) {
            // "Madame la Syndique," / "Mesdames et Messieurs les Municipaux,": one salutation of two lines
            salutation--;
        }
        if (salutation >= 0 && salutation + 1 < bodyStart && bodyStart < lines.size()) {
            if (namesParagraphs(book, lines, salutation + 1, bodyStart, pitch)) {
                bodyStart = salutation + 1;
            }
        }
        int bodyEnd = -1;
        boolean closed = false;
        boolean enclosed = false;
        int signed = 0;
        for (int i = bodyStart; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Tokens t = l.tokens();
            if (headsCopies(book, l) && !(i > bodyStart && runsOnInto(book, lines.get(i - 1), l, pitch))) {
                break; // the copy list ("Copie pour information :") ends the body
            }
            if (i > bodyStart
                    && CC_BEFORE_NAME.matcher(l.text()).lookingAt()
                    && (l.box().y() - lines.get(i - 1).box().bottom()) / pitch > COPY_HEADING_GAP) {
                break; // "c. c. Jean-Philippe Roy, directeur général adjoint …" set apart under the signature
            }
            if (closed
                    && signed >= SIGNATURE_BLOCK
                    && l.prose()
                    && (l.box().y() - lines.get(i - 1).box().y()) / pitch > FOOTER_GAP) {
                // running text set apart under the closing and a signature block: a footer or a notice, not the body
                break;
            }
            boolean closing = contains(book, "closings", l);
            boolean enclosure = enclosureLine(book, l);
            // the items listed under an enclosure label ("P.J. :" / "– Modèle de convention tripartite de mobilité (4
            // exemplaires)") are no body, however long: under the signature, they would carry the body's end past it
            enclosed = enclosure || enclosed && opensItem(l.text());
            if ((l.prose() || closing) && !enclosed) {
                bodyEnd = i;
                closed |= closing;
                signed = 0;
            } else if (t.size() > 0) {
                signed++;
            }
        }
        while (bodyEnd >= 0
                && bodyEnd + 1 < lines.size()
                && continues(lines.get(bodyEnd), lines.get(bodyEnd + 1), pitch)
                && !headsList(book, lines.get(bodyEnd + 1))) {
            bodyEnd++;
        }
        return new LetterMap(List.copyOf(lines), book, salutation, bodyStart, bodyEnd, pitch);
    }

    /**
     * A salutation a few lines under the line first taken for the body's start, with no line running to the body's
     * right margin between them: the lines above it were an address or a subject whose words read like prose
     * ({@code Ministère de l'Environnement, de la Lutte contre les changements} / {@code climatiques, de la Faune et
     * des Parcs} … {@code Madame, Monsieur,}), and the body starts under the salutation. A labelled subject may run
     * to the margin ({@code Objet : Projet d'appui à la résilience des systèmes agricoles et alimentaires}): it is
     * no paragraph. -1 when there is none.
     */
    private static int salutationBelow(LanguageCues book, List<TextLine> lines, int start) {
        if (start >= lines.size()) {
            return -1;
        }
        int page = lines.get(start).page();
        for (int j = start + 1; j < Math.min(lines.size(), start + SALUTATION_REACH); j++) {
            TextLine l = lines.get(j);
            if (l.page() != page) {
                return -1;
            }
            if (!isSalutation(book, l)) {
                continue;
            }
            double margin = 0;
            for (int k = j + 1;
                    k < Math.min(lines.size(), j + SALUTATION_REACH)
                            && lines.get(k).page() == page;
                    k++) {
                margin = Math.max(margin, lines.get(k).left() + lines.get(k).width());
            }
            for (int k = start; k < j; k++) {
                TextLine above = lines.get(k);
                if (above.prose()
                        && above.left() + above.width() >= margin - RIGHT_MARGIN_SLACK
                        && openingLabel(book, "subject", above.tokens()) == 0) {
                    return -1; // a paragraph run to the margin: the body had started
                }
            }
            return j;
        }
        return -1;
    }

    /**
     * The first line of the body's first paragraph, above the first line read as prose: a line so full of names that
     * its words do not say prose ({@code In accordance with Section 125 of the Local Governance Act, 2016 (Act 936)
     * and}), run to the right margin, with the paragraph's next line close under it in the same type. Not a line in
     * capitals (a subject set close above the body), a label, a salutation or a line ending with a colon. A numbered
     * paragraph's first line may stand left of its next ones, which hang under its first word.
     */
    private static boolean opensParagraph(
            LanguageCues book, List<TextLine> lines, TextLine above, TextLine first, double pitch) {
        if (above.page() != first.page()
                || above.tokens().size() < OPEN_SALUTATION_TOKENS
                || (first.box().y() - above.box().y()) / pitch > WRAPPED_SUBJECT_STEP
                || above.box().h() < 0.85 * first.box().h()
                || above.box().h() > 1.15 * first.box().h()
                || above.left() < first.left() - 0.01 && !numberedParagraph(above.text())
                || above.left() > first.left() + 0.08
                || above.text().strip().endsWith(":")
                || above.text().codePoints().noneMatch(Character::isLowerCase)
                || startsWithLabel(book, above)
                || isSalutation(book, above)
                || contactLine(above)) {
            return false;
        }
        return above.box().right() > rightMargin(lines, first.page()) - 0.04 * above.pageWidth();
    }

    /**
     * Whether the lines from {@code from} up to the first line read as prose are the body's first paragraphs, so full
     * of names, dates and figures that no line of them read as prose ({@code We refer to the Financing Agreement dated
     * December 14, 2020, between Nepal (the "Recipient") and the}): under the salutation, running to the right margin
     * from the body's margin, a paragraph's lines close together, none a label, a heading in capitals or a salutation.
     */
    private static boolean namesParagraphs(LanguageCues book, List<TextLine> lines, int from, int to, double pitch) {
        TextLine prose = lines.get(to);
        if (to - from > NAMES_PARAGRAPH_LINES
                || lines.get(from).width() < RUNNING_WIDTH
                || (lines.get(from).box().y() - lines.get(from - 1).box().y()) / pitch > PARAGRAPH_STEP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            TextLine l = lines.get(i);
            String text = l.text().strip();
            double step = (lines.get(i + 1).box().y() - l.box().y()) / pitch;
            if (l.page() != prose.page()
                    || Math.abs(l.left() - prose.left()) > NAMES_PARAGRAPH_INDENT
                    || step > PARAGRAPH_STEP
                    || step > WRAPPED_SUBJECT_STEP
                            && !SENTENCE_END.matcher(text).find()
                    || text.equals(text.toUpperCase(java.util.Locale.ROOT))
                    || startsWithLabel(book, l)
                    || isSalutation(book, l)) {
                // a paragraph that ends without a full stop is a heading: the subject set under the salutation
                return false;
            }
        }
        // running on into the prose line, a paragraph's first lines; two or fewer may be a subject run on into it
        return to - from > 2 || (prose.box().y() - lines.get(to - 1).box().y()) / pitch > WRAPPED_SUBJECT_STEP;
    }

    /**
     * A value's next line in the column beside a memo's labels ({@code À} | {@code Médecins Coordonnateurs des Zones
     * Sanitaires du Borgou} / {@code Responsables des formations sanitaires publiques et privées}): under the value,
     * on its margin, well right of the label standing alone on the letter's margin. However long, no paragraph.
     */
    private static boolean underLabelsValue(List<TextLine> lines, int i, double margin) {
        if (i < 2) {
            return false;
        }
        TextLine l = lines.get(i);
        TextLine value = lines.get(i - 1);
        return value.page() == l.page()
                && Math.abs(value.left() - l.left()) <= 0.01
                && l.left() > margin + 0.1
                && valueOfMarginLabel(lines.get(i - 2), value, margin);
    }

    /**
     * A memo's value on its label's row, the label a word or two alone on the letter's margin ({@code À} | {@code
     * Mesdames et Messieurs les directrices et directeurs d'unités de la}): however long, the head's grid, no
     * paragraph.
     */
    private static boolean besideLabel(List<TextLine> lines, int i, double margin) {
        if (i < 1) {
            return false;
        }
        TextLine l = lines.get(i);
        TextLine label = lines.get(i - 1);
        return l.left() > margin + 0.1
                && valueOfMarginLabel(label, l, margin)
                && label.text().strip().matches("\\p{L}[\\p{L}.]*( \\p{L}[\\p{L}.]*)?\\s*:?");
    }

    /**
     * A value on the row of a label of a word or two standing alone on the letter's margin, right of it: a cell of a
     * memo's grid of labels and values.
     */
    private static boolean valueOfMarginLabel(TextLine label, TextLine value, double margin) {
        return label.page() == value.page()
                && ReadingOrder.sameRow(label.box(), value.box())
                && label.box().right() < value.box().x()
                && Math.abs(label.left() - margin) <= 0.02
                && label.tokens().size() <= 2;
    }

    /**
     * A short line centred under a centred heading, well in from the margin ({@code AVIS DE SIGNIFICATION} / {@code
     * Lettre adressée en application de l'article 658 du Code de procédure civile}): the heading's subtitle, however
     * much it reads like prose, not the body's first line.
     */
    private static boolean centredUnderHeading(TextLine l, List<TextLine> lines, int i, double margin) {
        if (i == 0 || l.left() < margin + 0.1 || l.width() > RUNNING_WIDTH || Math.abs(l.centre() - 0.5) > 0.03) {
            return false;
        }
        TextLine above = lines.get(i - 1);
        return above.page() == l.page() && above.left() > margin + 0.1 && Math.abs(above.centre() - 0.5) <= 0.03;
    }

    /**
     * A long lower-case line of a letterhead ({@code Direction générale de la coordination réseau et ministérielle et
     * des affaires} under the ministry's name): high on the first page and well right of the margin the letter is
     * typed on, where no paragraph starts.
     */
    private static boolean inLetterhead(TextLine l, double margin) {
        return l.page() == 1 && l.top() < LETTERHEAD_DEPTH && l.left() > margin + 0.15;
    }

    /**
     * A line of the page's head set in a column, with another column beside it on its rows ({@code Direction générale
     * de la Législation, des Libertés et des} left, the addressee's {@code Administration communale de Namur} right):
     * the letterhead's hierarchy, however much it reads like a sentence, not the body, which runs across the page.
     */
    private static boolean besideAColumn(TextLine l, List<TextLine> lines, double pitch) {
        if (l.page() != 1 || l.top() >= LETTERHEAD_DEPTH || l.width() >= RUNNING_WIDTH) {
            return false;
        }
        for (TextLine o : lines) {
            if (o != l
                    && o.page() == 1
                    && o.box().x() > l.box().right()
                    && o.box().y() < l.box().y() + 1.5 * pitch
                    && o.box().bottom() > l.box().y()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body's slogan in its letterhead, opening with a quotation mark ({@code « Ensemble pour l'éducation et le
     * développement communautaire »}): however much it reads like a sentence, no paragraph of the letter.
     */
    private static boolean slogan(TextLine l) {
        return l.page() == 1 && l.top() < LETTERHEAD_DEPTH && l.text().strip().matches("[«“\"].*");
    }

    /**
     * A line held wholly in brackets ({@code (en communication à Mesdames et Messieurs les sous-préfets
     * d'arrondissement)}, {@code (for information)}): a remark under the addressees, however long, not a paragraph.
     */
    private static boolean aside(TextLine l) {
        String s = l.text().strip();
        return s.startsWith("(") && (s.endsWith(")") || s.endsWith(").")) && s.indexOf(')') >= s.length() - 2;
    }

    /**
     * A line opening with the label of the person to contact and its colon ({@code Affaire suivie par : Élodie
     * Carpentier – Direction de la stratégie …}): however long it runs, the letter's head, not its body.
     */
    private static boolean contactLabelled(LanguageCues book, Tokens t) {
        int width = t.size() == 0 ? 0 : book.matchExactly("contactLabels", t, 0);
        return width > 0 && t.colonAfter(width - 1);
    }

    /**
     * A letterhead's contact line, however wide ({@code Telephone: (242) 225-7280 • E-mail: vat.audit@… •
     * inlandrevenue.finance.gov.bs}): near the top of the first page, with an e-mail address, a website, a telephone
     * or fax number or a post box. Not the body's first line.
     */
    private static boolean contactLine(TextLine l) {
        return l.page() == 1
                && l.top() < LETTERHEAD_DEPTH
                && CONTACT.matcher(l.text()).find();
    }

    /** A line that opens with an e-mail address, a website, a telephone or fax number after its label, a post box. */
    static boolean opensWithContact(TextLine l) {
        return CONTACT.matcher(l.text().strip()).lookingAt();
    }

    /** The left edge most lines of the first page start at (to a hundredth of the width). */
    static double leftMargin(List<TextLine> lines) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (TextLine l : lines) {
            if (l.page() == 1) {
                counts.merge(Math.round(l.left() * 100), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(e -> e.getKey() / 100.0)
                .orElse(0.0);
    }

    /**
     * A long line standing just above the salutation, set apart from it (an unlabelled subject such as
     * {@code Enquête annuelle sur les loyers 2025 – participation obligatoire}): the body starts after the
     * salutation, not with it.
     */
    private static boolean headsSalutation(LanguageCues book, List<TextLine> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            if (isSalutation(book, lines.get(j))) {
                return lines.get(j).page() == lines.get(i).page();
            }
            if (lines.get(j).prose()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A line of the writer's own title over a lone {@code à} and the addressee ({@code Le colonel Xavier Girardot,} /
     * {@code commandant le groupement de gendarmerie départementale de la} / {@code Manche} / {@code à} / {@code
     * Monsieur le maire de Valognes}): the suscription heads the letter, however long its lines; the body comes after.
     */
    private static boolean suscribes(LanguageCues book, List<TextLine> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + SUSCRIPTION_LINES; j++) {
            Tokens t = lines.get(j).tokens();
            if (lines.get(j).page() != lines.get(i).page()) {
                return false;
            }
            if (t.size() > 0 && book.match("addresseeLead", t, 0) == t.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of a note's addressees listed without dashes, set in from the margin under their label, each opening with a
     * civility ({@code à l'attention de :} / {@code Mesdames et Messieurs les chefs d'établissement} / {@code Mesdames
     * et Messieurs les directeurs fonctionnels des services pénitentiaires d'insertion et de}): however long, no body.
     */
    private static boolean addresseesListed(LanguageCues book, List<TextLine> lines, int i, double margin) {
        TextLine l = lines.get(i);
        if (l.left() < margin + LISTED_INDENT || !civility(book, l.tokens())) {
            return false;
        }
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0
                    && j < lines.size()
                    && lines.get(j).page() == l.page()
                    && Math.abs(lines.get(j).left() - l.left()) <= 0.01
                    && civility(book, lines.get(j).tokens())) {
                return true;
            }
        }
        return false;
    }

    /** Words opening with a civility or a form of address ({@code Monsieur le …}, {@code Mesdames et Messieurs …}). */
    private static boolean civility(LanguageCues book, Tokens t) {
        return t.size() > 0 && (book.match("civilities", t, 0) > 0 || book.match("salutations", t, 0) > 0);
    }

    /** A reply instruction in the letterhead ({@code In case of reply, the number … should be quoted}). */
    static boolean replyInstruction(LanguageCues book, TextLine l) {
        return l.page() == 1 && l.top() < 0.3 && contains(book, "replyInstructions", l);
    }

    /**
     * An item of a circular's list of addressees: a dash or a bullet, then a civility or a form of address ({@code –
     * Mesdames et Messieurs les Directeurs des écoles primaires publiques et privées ;}), however long.
     */
    static boolean addresseeItem(LanguageCues book, TextLine l) {
        String text = l.text().strip();
        if (!opensItem(text)) {
            return false;
        }
        return civility(book, Tokens.of(ITEM_MARK.matcher(text).replaceFirst("")));
    }

    /** Whether the text opens with a list item's dash or bullet ({@code – Monsieur le Préfet ;}). */
    static boolean opensItem(String text) {
        return ITEM_MARK.matcher(text.strip()).lookingAt();
    }

    /** Whether the line opens a body sentence ({@code I am writing}, {@code J'ai l'honneur}): never a subject's rest. */
    static boolean opensBody(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() > 0 && book.match("bodyOpeners", t, 0) > 0 || numberedParagraph(l.text());
    }

    /**
     * The first of a letter's numbered paragraphs ({@code 1. With respect, I refer to the above matter.}), as
     * government offices of the Commonwealth number them: a number, then sentence-case text, not a heading in
     * capitals.
     */
    static boolean numberedParagraph(String text) {
        Matcher m = NUMBERED_PARAGRAPH.matcher(text.strip());
        if (!m.lookingAt()) {
            return false;
        }
        String rest = text.strip().substring(m.end());
        long letters = rest.chars().filter(Character::isLetter).count();
        long lower = rest.chars().filter(Character::isLowerCase).count();
        return letters >= 8 && lower * 2 >= letters;
    }

    /** {@code P.J. : comptes rendus …}, {@code Encl: …}: what is sent with the letter, under the signature. */
    static boolean enclosureLine(LanguageCues book, TextLine l) {
        return labelOfLine(book, "enclosures", l.tokens());
    }

    /**
     * The enclosures' word read word for word, alone on its line or before its colon ({@code Enclosure.}, {@code
     * Encl.: National report …}): what ends a copy list or an address typed at the foot. {@link #enclosureLine}
     * matches the word as OCR may misread it, but only before its colon.
     */
    static boolean enclosureMark(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        int n = t.size() == 0 ? 0 : book.matchExactly("enclosures", t, 0);
        return n > 0 && (n == t.size() || t.colonAfter(n - 1));
    }

    /** An enclosure or copy heading with its colon: never the running text of the paragraph above. */
    private static boolean headsList(LanguageCues book, TextLine l) {
        return enclosureLine(book, l) || headsCopies(book, l);
    }

    /**
     * A copy list's heading: its cue and a colon ({@code Copie pour information :}), or a cue opening a line that
     * ends with the colon after a note ({@code Copy for information and necessary action (not according to
     * seniority):}).
     */
    static boolean headsCopies(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        int n = t.size() == 0 ? 0 : book.match("copies", t, 0);
        if (n == 0) {
            return copyHeadingAfterOtherLanguage(book, l) != null;
        }
        // a typewriter's dash after the colon ("A copy is forwarded for information to:-")
        String text = TRAILING_DASHES.matcher(l.text().strip()).replaceAll("");
        return n > 0 && (t.colonAfter(n - 1) || t.size() <= LONG_COPY_HEADING && text.endsWith(":"));
    }

    /**
     * A copy heading given first in another language, then in the letter's after a slash ({@code s.k. / c.c. :} in
     * Malaysia, {@code Afrit / Copie :}): the words after the slash, opening with the heading and its colon, or null
     * when the line opens with no such label.
     */
    static Tokens copyHeadingAfterOtherLanguage(LanguageCues book, TextLine l) {
        Matcher m = OTHER_LANGUAGE_LABEL.matcher(l.text());
        if (!m.lookingAt()) {
            return null;
        }
        Tokens rest = Tokens.of(l.text().substring(m.end()));
        int n = rest.size() == 0 ? 0 : book.match("copies", rest, 0);
        return n > 0 && rest.colonAfter(n - 1) ? rest : null;
    }

    /**
     * Whether the body's running text goes on from the line above into this one, which opens in lower case: "… furnish
     * to the Commission certified" / "copies of the following documents on or before 2024.08.09:" is a paragraph
     * announcing a list, not the copy list's heading (whose words their colon follows: "c.c. :" under "P.J. :").
     */
    private static boolean runsOnInto(LanguageCues book, TextLine above, TextLine next, double pitch) {
        Tokens t = next.tokens();
        int n = t.size() == 0 ? 0 : book.match("copies", t, 0);
        return continues(above, next, pitch)
                && Character.isLowerCase(next.text().codePointAt(0))
                && !(n > 0 && t.colonAfter(n - 1));
    }

    private static boolean continues(TextLine above, TextLine next, double pitch) {
        return above.page() == next.page()
                && (next.box().y() - above.box().y()) / pitch < 1.3
                && Math.abs(next.left() - above.left()) < 0.02
                && !above.text().matches(".*[.,:;!?]$");
    }

    /**
     * A salutation: a short line opening with a salutation word and ending with a comma, or with a colon
     * ({@code Dear Ms. Lavallée:}, North American business style), or with nothing in open punctuation
     * ({@code Dear Ms Laidlaw}) when the line is no more than a salutation word that only opens a salutation
     * ({@code Dear}, not {@code Sir}, which also titles a knight) and a name.
     */
    static boolean isSalutation(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        // a typewriter's dash after the colon ("Dear Sir:-") and what OCR makes of it ("Dear Sir;:-~")
        String text = TRAILING_DASHES.matcher(l.text().strip()).replaceAll("");
        return t.size() > 0
                && !text.isEmpty()
                && t.size() <= 8
                && (book.match("salutations", t, 0) > 0 || text.endsWith(",") && oneOfAlternatives(book, text))
                && (text.endsWith(",")
                        || text.endsWith(";")
                        || text.endsWith(":")
                        || t.size() <= OPEN_SALUTATION_TOKENS
                                && !l.prose()
                                && book.match("openSalutations", t, 0) > 0
                                && Character.isLetter(text.charAt(text.length() - 1)));
    }

    /**
     * A salutation offering the reader a choice of forms ({@code Dato'/Sir/Madam,}, {@code Tuan/Puan,}): one of the
     * forms between the slashes opens a salutation.
     */
    private static boolean oneOfAlternatives(LanguageCues book, String text) {
        if (text.indexOf('/') < 0) {
            return false;
        }
        for (String form : text.split("/")) {
            Tokens t = Tokens.of(form);
            if (t.size() > 0 && book.match("salutations", t, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading that says what kind of document the letter is ({@code NOTE DE SERVICE}, {@code OFFICE MEMORANDUM}),
     * alone or followed by the document's number only ({@code N° 12/2024}; not a subject that opens with such a
     * word, {@code Memorandum of Understanding … 2024}): it ends the text above it, it is no line of an address and
     * no subject.
     */
    static boolean documentKind(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        int kind = book.matchExactly("documentKinds", t, 0);
        return kind > 0
                && (kind == t.size()
                        || DOCUMENT_NUMBER.matcher(t.restFrom(kind).strip()).matches());
    }

    /**
     * A line that opens with a reference's label of one side or the other ({@code Our File No.}, {@code Your ref.},
     * {@code Notre référence}) and holds a figure: the letter's or its correspondent's reference, set by the writer
     * (no received stamp's line, no subject's next line).
     */
    static boolean labelledReference(LanguageCues book, TextLine line) {
        Tokens t = line.tokens();
        boolean ours = book.matchExactly("referenceLead", t, 0) > 0
                && (book.match("reference", t, 0) > 1 || book.match("reference", t, 1) > 0);
        boolean theirs = book.match("theirReference", t, 0) > 0;
        return (ours || theirs) && line.text().matches(".*\\d.*");
    }

    /**
     * The end (in tokens) of the named label opening the line, alone or after its translation into the office's own
     * language ({@code Konu / Subject :}, {@code Sayı / Number :}): one or two words and a slash before it. 0 when the
     * line opens with no such label.
     */
    static int openingLabel(LanguageCues book, String name, Tokens t) {
        int n = t.size() > 0 ? book.match(name, t, 0) : 0;
        if (n > 0) {
            return n;
        }
        int at = afterTranslation(t);
        int m = at > 0 ? book.match(name, t, at) : 0;
        return m > 0 ? at + m : 0;
    }

    /**
     * Where a label starts after its translation opening the line ({@code Konu / Subject}): the index after a slash
     * that follows one or two words of letters alone; 0 when the line does not open that way.
     */
    static int afterTranslation(Tokens t) {
        for (int slash = 1; slash <= 2 && slash + 1 < t.size(); slash++) {
            if (!t.get(slash).text().equals("/")) {
                continue;
            }
            for (int j = 0; j < slash; j++) {
                if (!t.get(j).text().chars().allMatch(Character::isLetter)) {
                    return 0;
                }
            }
            return slash + 1;
        }
        return 0;
    }

    static boolean startsWithLabel(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return labelOfLine(book, "subject", t) || labelOfLine(book, "reference", t) || labelOfLine(book, "copies", t);
    }

    /** Whether the named label opens the line with its colon after its last word ({@code Case Number:}). */
    private static boolean labelOfLine(LanguageCues book, String name, Tokens t) {
        int n = t.size() > 0 ? book.match(name, t, 0) : 0;
        return n > 0 && t.colonAfter(n - 1);
    }

    /**
     * Whether one of the named phrases occurs in the line word for word (folded, without the fuzzy matching of
     * {@link #contains}): for lists of ordinary words ({@code route}, {@code place}) that OCR-tolerant matching
     * would find inside names ({@code Direction des Routes}).
     */
    static boolean containsExactly(LanguageCues book, String name, TextLine l) {
        return containsExactly(book, name, l.tokens());
    }

    /** The same over some of a line's words (those before a label, or after it). */
    static boolean containsExactly(LanguageCues book, String name, Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (book.matchExactly(name, t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that only says how the letter travels ({@code REGISTERED MAIL}, {@code LETTRE RECOMMANDÉE AVEC ACCUSÉ DE
     * RÉCEPTION}, {@code ET REMISE EN MAIN PROPRE CONTRE SIGNATURE}, {@code PAR COURRIEL ET PAR POSTE RECOMMANDÉE}), or
     * how it is classified ({@code RESTRICTED}): every word is part of a delivery mode or a security marking, or joins
     * two of them, a note in brackets after them aside ({@code Par dépôt électronique (portail e-procédures)}). Not the
     * sender, not the addressee.
     */
    static boolean deliveryNotice(LanguageCues book, TextLine l) {
        String text = l.text().strip();
        Tokens t = text.endsWith(")") ? Tokens.of(BRACKETED_TAIL.matcher(text).replaceFirst("")) : l.tokens();
        boolean mode = false;
        int i = 0;
        while (i < t.size()) {
            int m = Math.max(book.matchExactly("deliveryModes", t, i), book.matchExactly("securityMarkings", t, i));
            if (m > 0) {
                mode = true;
                i += m;
            } else if (t.get(i).key().isEmpty() || book.matchExactly("deliveryJoins", t, i) > 0) {
                i++;
            } else {
                return false;
            }
        }
        return mode;
    }

    /** Whether one of the named phrases occurs anywhere in the line. */
    static boolean contains(LanguageCues book, String name, TextLine l) {
        return contains(book, name, l.tokens());
    }

    /** Whether a phrase of the cue list opens at any of these words. */
    static boolean contains(LanguageCues book, String name, Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (book.match(name, t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of a label printed on its row in a column of its own ({@code Nos réf. :} | {@code D3300/92142/…}): a
     * piece of text on the same row, ending left of the line, that is a label.
     */
    boolean labelledValue(TextLine line) {
        return cellBefore(line, TABLE_REACH, l -> l.text().strip().endsWith(":") || startsWithLabel(book, l));
    }

    /**
     * Whether one of the {@code reach} lines before this one in reading order is a piece of text on its row, ending
     * left of it, that is such a cell (a label, a table's name column).
     */
    boolean cellBefore(TextLine line, int reach, java.util.function.Predicate<TextLine> cell) {
        return cellBeside(line, Math.max(0, line.index() - reach), line.index(), cell);
    }

    /**
     * Whether one of the {@code reach} lines after this one in reading order is a piece of text on its row, starting
     * right of it, that is such a cell ({@code P.J. :} on the row of {@code Ampliations :}).
     */
    boolean cellAfter(TextLine line, int reach, java.util.function.Predicate<TextLine> cell) {
        return cellBeside(line, line.index() + 1, Math.min(lines.size(), line.index() + reach + 1), cell);
    }

    /** Whether a line of reading order from {@code from} to {@code to} (excluded) is such a cell on the line's row. */
    private boolean cellBeside(TextLine line, int from, int to, java.util.function.Predicate<TextLine> cell) {
        for (int i = from; i < to; i++) {
            TextLine l = lines.get(i);
            boolean apart = i < line.index()
                    ? l.box().right() <= line.box().x()
                    : l.box().x() >= line.box().right();
            if (l.page() == line.page() && ReadingOrder.sameRow(l.box(), line.box()) && apart && cell.test(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell of a table row: at least three pieces of text side by side on the line's row ({@code Votre lettre du |
     * Vos références | Nos références | Annexe(s)} and the row of values under it).
     */
    boolean inTableRow(TextLine line) {
        int pieces = 1;
        for (int i = Math.max(0, line.index() - TABLE_REACH);
                i < Math.min(lines.size(), line.index() + TABLE_REACH + 1);
                i++) {
            TextLine l = lines.get(i);
            if (i != line.index()
                    && l.page() == line.page()
                    && ReadingOrder.sameRow(l.box(), line.box())
                    && l.box().horizontalOverlap(line.box()) == 0) {
                pieces++;
            }
        }
        return pieces >= 3;
    }

    /**
     * A cell's second line under a table row: alone on its row, set under a cell of the row just above it ({@code
     * Carole Weber} / {@code +352 47 89 12-334} in a bank's row of references, its contact and date).
     */
    boolean underTableCell(TextLine line) {
        for (int i = line.index() - 1; i >= Math.max(0, line.index() - 2 * TABLE_REACH); i--) {
            TextLine l = lines.get(i);
            if (l.page() == line.page()
                    && l.box().horizontalOverlap(line.box()) > 0
                    && l.box().bottom() <= line.box().y()
                    && line.box().y() - l.box().bottom() < pitch) {
                return inTableRow(l) && !inTableRow(line);
            }
        }
        return false;
    }

    /**
     * A line of a received stamp ({@code COURRIER ARRIVÉE / 16 SEP. 2024 / N° 4417}, {@code REVENUE DEPT. / Inward
     * No. 4417}): it carries a stamp's words, or it is a short line just above or under such a line in its column.
     * The stamp's date, number and office are the mail room's, not the letter's. Running text never is one.
     */
    boolean receivedStamp(TextLine line) {
        if (line.prose()) {
            return false;
        }
        if (stampWords(line)) {
            return true;
        }
        if (line.tokens().size() > STAMP_LINE_TOKENS) {
            return false;
        }
        int from = Math.max(0, line.index() - STAMP_REACH);
        int to = Math.min(lines.size(), line.index() + STAMP_REACH + 1);
        for (int i = from; i < to; i++) {
            TextLine l = lines.get(i);
            // within the stamp's width: half the narrower line at least (not a letterhead line whose end runs
            // under a stamp set at the right)
            int overlap = l.box().horizontalOverlap(line.box());
            boolean overlaps =
                    overlap > 0 && overlap >= Math.min(l.box().w(), line.box().w()) / 2;
            // a stamp's lines stand as far apart as its tilted, inked type is tall
            double reach =
                    Math.max(2.5 * pitch, 2.0 * Math.max(l.box().h(), line.box().h()));
            int apart = Math.max(l.box().y(), line.box().y())
                    - Math.min(l.box().bottom(), line.box().bottom());
            // tops as far apart as the reach, and the boxes no further apart than a stamp's lines stand: a stamp
            // read as one tall line reaches no letterhead line far above its top
            boolean near = Math.abs(l.box().y() - line.box().y()) <= reach
                    && apart
                            <= Math.max(
                                    2.5 * pitch,
                                    2.0 * Math.min(l.box().h(), line.box().h()));
            if (i != line.index() && l.page() == line.page() && overlaps && near && stampWords(l)) {
                if (line.box().y() < l.box().y() && numbered(line) && numberUnder(l, line, reach)) {
                    // a stamp holds one number: with its own under its words, a number above them is the letter's
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** A line opening with a number's label and holding a figure: {@code N° 0214 /RG/P.BKE/CAB}, {@code No. 4417}. */
    private static boolean numbered(TextLine l) {
        return NUMBER_LINE.matcher(l.text()).lookingAt();
    }

    /** Whether a numbered line other than {@code except} stands under the stamp's words, within the stamp's reach. */
    private boolean numberUnder(TextLine words, TextLine except, double reach) {
        for (int i = words.index() + 1; i < Math.min(lines.size(), words.index() + STAMP_REACH + 1); i++) {
            TextLine l = lines.get(i);
            if (l != except
                    && l.page() == words.page()
                    && l.box().y() > words.box().y()
                    && l.box().y() - words.box().y() <= reach
                    && l.box().horizontalOverlap(words.box()) > 0
                    && numbered(l)) {
                return true;
            }
        }
        return false;
    }

    private boolean stampWords(TextLine l) {
        return !l.prose() && stampWord(l) && !namesABody(l) && !inWordmark(l) && !unitUnderItsBody(l);
    }

    /**
     * A unit whose name carries a stamp's word, set close under its body's name in the letterhead ({@code UNIVERSITY
     * OF BRISTOL} / {@code ACADEMIC REGISTRY · STUDENT RECORDS}): the line above names a body, neither line holds a
     * figure (a stamp's lines hold its date), and they share most of their width.
     */
    private boolean unitUnderItsBody(TextLine l) {
        if (l.index() == 0 || l.text().matches(".*\\d.*")) {
            return false;
        }
        TextLine above = lines.get(l.index() - 1);
        int overlap = above.box().horizontalOverlap(l.box());
        int gap = l.box().y() - above.box().bottom();
        return above.page() == l.page()
                && !above.text().matches(".*\\d.*")
                && overlap >= Math.min(above.box().w(), l.box().w()) / 2
                && gap >= 0
                && gap <= 1.5 * Math.max(above.box().h(), l.box().h())
                && !stampWord(above)
                && office(book, above.tokens());
    }

    /**
     * A stamp's word that ends or opens a name set in large type over two lines ({@code HM Land} / {@code Registry}):
     * the letterhead's wordmark, not a stamp. The other line stands flush with it, in the same type, close above or
     * under it, and holds neither a stamp's word nor a figure; both are in type larger than the page's usual lines.
     */
    private boolean inWordmark(TextLine l) {
        if (l.text().matches(".*\\d.*") || !largerType(l)) {
            return false;
        }
        for (TextLine o : lines) {
            int gap = Math.max(o.box().y(), l.box().y())
                    - Math.min(o.box().bottom(), l.box().bottom());
            double ratio = (double) o.box().h() / l.box().h();
            if (o != l
                    && o.page() == l.page()
                    && Math.abs(o.box().x() - l.box().x()) <= l.box().h() / 2
                    && ratio > 0.8
                    && ratio < 1.25
                    && gap >= 0
                    && gap <= 0.6 * l.box().h()
                    && !o.text().matches(".*\\d.*")
                    && !stampWord(o)) {
                return true;
            }
        }
        return false;
    }

    /** Set in type larger than the page's median line, and as high as its letters (not a stamp's lines read as one). */
    private boolean largerType(TextLine l) {
        List<Integer> heights = new ArrayList<>();
        for (TextLine o : lines) {
            if (o.page() == l.page()) {
                heights.add(o.box().h());
            }
        }
        Collections.sort(heights);
        return l.box().h() > WORDMARK_TYPE * heights.get(heights.size() / 2) && l.oneLineHigh();
    }

    /** A received stamp's word or phrase on the line ({@code RECEIVED}, {@code REGISTRY}, {@code COURRIER ARRIVÉE}). */
    private boolean stampWord(TextLine l) {
        return contains(book, "receivedStamps", l) || containsExactly(book, "receivedStampWords", l);
    }

    /**
     * A letterhead line that names a body whose name carries a stamp's word ({@code SUPREME COURT OF JUDICATURE —
     * CIVIL REGISTRY}): four words or more, a body's word among them, or a registry named in ordinary type ({@code HM
     * Land Registry} over its address), and no figure of a date or a number.
     */
    private boolean namesABody(TextLine l) {
        Tokens t = l.tokens();
        return !l.text().matches(".*\\d.*")
                && (t.size() >= 4 && office(book, t)
                        || NAMED_REGISTRY.matcher(l.text()).find());
    }

    /** Whether the words hold an office word ({@code ministry}, {@code department}, {@code council}…). */
    static boolean office(LanguageCues book, Tokens t) {
        return contains(book, "senderHeads", t);
    }

    boolean inBody(int index) {
        return index >= bodyStart && index <= bodyEnd;
    }

    /**
     * How far right the body's running text reaches on each page (page number to the rightmost edge of its prose
     * lines, in pixels); pages without running text in the body are absent.
     */
    java.util.Map<Integer, Integer> bodyTextRight() {
        java.util.Map<Integer, Integer> right = new java.util.HashMap<>();
        for (int i = Math.max(0, bodyStart); i <= bodyEnd && i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.prose()) {
                right.merge(l.page(), l.box().right(), Math::max);
            }
        }
        return right;
    }

    /**
     * A line of a column set beside the body, right of all its running text on that page ({@code File No.} / {@code
     * 2024-31744} in a Danish ministry's side column, level with the first paragraphs): no part of the body though
     * among its lines.
     *
     * @param textRight the body's running text's right edge by page, {@link #bodyTextRight()}
     */
    boolean besideBody(TextLine line, java.util.Map<Integer, Integer> textRight) {
        Integer right = textRight.get(line.page());
        return inBody(line.index())
                && !line.prose()
                && right != null
                && right < line.box().x();
    }

    /** After the body's last line, when the body has one: the signature, the copy list, the foot. */
    boolean afterBody(int index) {
        return bodyEnd >= 0 && index > bodyEnd;
    }

    /** Header: before the body (or the salutation) starts. */
    boolean inHeader(int index) {
        int end = salutation >= 0 ? salutation : bodyStart;
        return index < end;
    }

    /** A note verbale: its heading stands alone on a line of the header. */
    boolean isNoteVerbale() {
        for (TextLine l : lines) {
            if (!inHeader(l.index())) {
                break;
            }
            Tokens t = l.tokens();
            if (t.size() > 0 && book.match("noteVerbale", t, 0) == t.size()) {
                return true;
            }
        }
        return false;
    }

    /** The right edge of the text on a page: the widest line's end. */
    int rightMargin(int page) {
        return rightMargin(lines, page);
    }

    private static int rightMargin(List<TextLine> lines, int page) {
        int right = 0;
        for (TextLine l : lines) {
            if (l.page() == page) {
                right = Math.max(right, l.box().right());
            }
        }
        return right;
    }

    /** Blank lines between two lines on the same page (0 for consecutive lines); large when pages differ. */
    double gap(TextLine upper, TextLine lower) {
        if (upper.page() != lower.page()) {
            return 99;
        }
        int step = Math.min(
                lower.box().y() - upper.box().y(),
                lower.box().bottom() - upper.box().bottom());
        return step / pitch - 1;
    }

    /** The most common top-to-top distance between successive lines: the body's line spacing. */
    private static double pitch(List<TextLine> lines) {
        List<Integer> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            int d = b.box().y() - a.box().y();
            if (a.page() == b.page() && d > a.box().h() / 2) {
                steps.add(d);
            }
        }
        if (steps.isEmpty()) {
            return lines.isEmpty() ? 1 : Math.max(1, lines.get(0).box().h() * 1.5);
        }
        Collections.sort(steps);
        return Math.max(1, steps.get(steps.size() / 3));
    }
}
