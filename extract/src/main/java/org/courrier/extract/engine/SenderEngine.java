package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Signatory;

/**
 * The issuing organisation: the suscription ({@code Le Ministre des … } just above the addressee), else the
 * letterhead's first organisation line (not the country or motto), else a note verbale's opening
 * ({@code L'Ambassade de … présente ses compliments}), else the signature block's title.
 *
 * <p>Immutable and thread-safe.
 */
final class SenderEngine {

    private static final int MAX_LINES = 3;
    /** A wrapped name's line stands at most this many times its type's height under the line above. */
    private static final double WRAP_STEP = 2.1;

    /** A body's name wraps over four lines at most ({@code MINISTÈRE / DE L'ÉDUCATION / NATIONALE / ET DE LA JEUNESSE}). */
    private static final int MAX_NAME_LINES = 4;
    /**
     * The widest space (in lines) between a bare kind of local body ({@code City Council}) and its place's name above
     * it: a logo sets the two lines as far apart as a line ({@code Blue Mountains} / {@code City Council}).
     */
    private static final double BARE_KIND_GAP = 1.2;
    /** Lines of its column above a one-word office looked at for the territory it serves (past rules of stars). */
    private static final int TERRITORY_REACH = 3;

    /** Most words of a company's legal name, its form included ({@code Kwena Ridge Coal (Pty) Ltd}). */
    private static final int LEGAL_NAME_WORDS = 8;

    /** Where (page fraction) a suscription starting right of it stands beside the letterhead, not under it. */
    private static final double SIDE_COLUMN = 0.4;

    /** A dash set between spaces, parting a line's pieces ({@code Un Peuple – Un But – Une Foi}). */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s[–—-]\\s");

    /** How far down the first page (page fraction) a company's name opens the letterhead. */
    private static final double LETTERHEAD_TOP = 0.15;

    /** How much taller than an office's line the body's name under it is set (type heights). */
    private static final double LARGER_TYPE = 1.3;

    /** A directorate general, a body of its own rather than a ministry's unit ({@code DIRECTION GÉNÉRALE DES IMPÔTS}). */
    private static final java.util.regex.Pattern GENERAL_DIRECTORATE = java.util.regex.Pattern.compile(
            "(?iu)\\s*(direction\\s+générale|directorate[\\s-]+general|general\\s+directorate)");

    /** A body's acronym in brackets, a word of its own ({@code (TARI)}). */
    private static final java.util.regex.Pattern BRACKETED_ACRONYM =
            java.util.regex.Pattern.compile("\\(\\p{Lu}{2,}\\)");

    /** One word and an acronym in brackets after it ({@code ORGANISATION (NADMO)}). */
    private static final java.util.regex.Pattern KIND_WITH_ACRONYM =
            java.util.regex.Pattern.compile("\\p{L}+\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]+\\)");

    /** A website alone on its line ({@code www.health.gov.ws}): a contact, like an e-mail address alone. */
    private static final java.util.regex.Pattern WEBSITE_ONLY =
            java.util.regex.Pattern.compile("(?i)(www\\.|https?://)\\S+");

    /** A street address's opening: the building's number ({@code 6 Science Drive 2}, {@code 14, rue …}). */
    private static final java.util.regex.Pattern HOUSE_NUMBER =
            java.util.regex.Pattern.compile("\\d+[A-Za-z]?[,\\s].*");

    /** One partner's name: a civility at most, then two to four capitalised words. */
    private static final java.util.regex.Pattern PARTNER = java.util.regex.Pattern.compile(
            "(?:(?:Maître|Me|M\\.|Mme|Mr|Mrs|Ms)\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    /** A firm of partners named in a letterhead: its professional company's form, then the partners' names. */
    private static final java.util.regex.Pattern FIRM = java.util.regex.Pattern.compile(
            "((?:SCP|SELARL|SELAS|SELAFA|SCM|Société civile professionnelle)\\s+\\p{Lu}[^,–]*)(?:[,–].*)?");

    /** A run of letters: a word, or a part of one between hyphens or after an apostrophe. */
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

    /** Every language with a cue file, for a letterhead's name given again in another language. */
    private final List<LanguageCues> books;

    /** @param books every language with a cue file (the extractor's, loaded once) */
    SenderEngine(List<LanguageCues> books) {
        this.books = List.copyOf(books);
    }

    Field<String> extract(LetterMap map, int recipientLine, Field<Signatory> signatory) {
        Field<String> head = partnership(map, legalName(map, letterhead(map, recipientLine)));
        Field<String> suscription = recipientLine > 0 ? suscription(map, recipientLine) : Field.missing();
        Tokens named = head.found() ? Tokens.of(head.value()) : null;
        if (head.found()
                && !(suscription.found()
                        && named.size() <= 2
                        && map.book().match("stateOffices", named, 0) < named.size()
                        && Tokens.of(suscription.value()).size() > named.size())) {
            // a suscription names the writer better only when it says more ("LE MAIRE" does not); a state's office
            // named whole ("PRIMATURE") is the body, whoever of it the suscription names
            return head;
        }
        if (suscription.found()) {
            return head.found() ? bodyOfSuscription(suscription, head) : suscription;
        }
        LanguageCues book = map.book();
        for (TextLine line : map.lines()) {
            if (map.inBody(line.index()) && LetterMap.contains(book, "presents", line)) {
                String folded = Folding.fold(line.text());
                for (String p : book.list("presents")) {
                    int at = folded.indexOf(p);
                    if (at > 0) {
                        String s = line.text().substring(0, at).strip();
                        return new Field<>(s, line.text(), 0.85 * line.readQuality(), List.of(line.evidence()));
                    }
                }
            }
        }
        if (signatory.found() && signatory.value().title() != null) {
            return new Field<>(signatory.value().title().replaceAll(",$", ""), null, 0.6, signatory.evidence());
        }
        return Field.missing();
    }

    /**
     * A partnership's letterhead: its partners' names over their calling ({@code Hélène Bourdin – Marc Villeneuve} /
     * {@code Notaires associés}), the way notaries, lawyers and bailiffs head their letters. When the name chosen is
     * one of those two lines, the office writes as the firm its head names ({@code SCP Vasseur-Lambert & Roche,
     * titulaire d'un office notarial à Tours}) with its calling, else as its partners with their calling.
     */
    private static Field<String> partnership(LetterMap map, Field<String> head) {
        if (!head.found()) {
            return head;
        }
        LanguageCues book = map.book();
        List<TextLine> lines = map.lines();
        String chosen = head.value().replaceAll("\\s+", " ");
        for (int i = 1;
                i < lines.size() && lines.get(i).page() == 1 && lines.get(i).top() <= 0.3;
                i++) {
            TextLine names = lines.get(i - 1);
            TextLine calling = lines.get(i);
            Tokens t = calling.tokens();
            if (t.size() == 0
                    || book.matchExactly("partnerships", t, 0) != t.size()
                    || map.gap(names, calling) > 1
                    || !partners(names.text())) {
                continue;
            }
            String who = names.text().strip().replaceAll("\\s+", " ");
            String job = calling.text().strip();
            if (!chosen.equals(who) && !chosen.equals(job)) {
                return head;
            }
            for (TextLine l : lines) {
                if (l.page() > 1 || l.top() > 0.3) {
                    break;
                }
                java.util.regex.Matcher firm = FIRM.matcher(l.text().strip());
                if (firm.matches()) {
                    return new Field<>(
                            firm.group(1).strip() + ", " + job,
                            l.text(),
                            head.confidence(),
                            List.of(l.evidence(), calling.evidence()));
                }
            }
            return new Field<>(
                    who + ", " + job, names.text(), head.confidence(), List.of(names.evidence(), calling.evidence()));
        }
        return head;
    }

    /**
     * Whether the text is two or more persons' names set apart by a dash, a dot or {@code &} ({@code Maître Marie-Laure
     * CÉLESTINE – Maître Patrick ZÉNON}, {@code Hélène Vasseur-Lambert · Antoine Roche}): each a civility at most,
     * then two to four capitalised words.
     */
    private static boolean partners(String text) {
        String[] names = text.strip().split("\\s+[–·&]\\s+");
        if (names.length < 2) {
            return false;
        }
        for (String name : names) {
            if (!PARTNER.matcher(name.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A company's legal name, printed with its registration in the letterhead's small type or a footer ({@code Straits
     * Pacific Bank Limited · Co. Reg. No. 197600123K}, {@code Kwena Ridge Coal (Pty) Ltd · Reg. No. …}, {@code Celtic
     * Mutual Insurance DAC is regulated … Registered in Ireland}), when the letterhead's top names the company in
     * its first words (its logo's {@code KWENA RIDGE COAL}) and the name chosen does not end with the company's form
     * itself: the company writes, under its legal name, not its logo or one of its departments.
     */
    private static Field<String> legalName(LetterMap map, Field<String> head) {
        LanguageCues book = map.book();
        if (!head.found() || endsWithCompanyForm(book, Tokens.of(head.value()))) {
            return head;
        }
        for (TextLine line : map.lines()) {
            Tokens t = line.tokens();
            TextLine above = nameOverForm(map, line);
            if (above != null) {
                return new Field<>(above.text().strip(), above.text(), head.confidence(), List.of(above.evidence()));
            }
            int end = 0;
            for (int i = 1; i < Math.min(t.size(), LEGAL_NAME_WORDS); i++) {
                if (book.matchExactly("companyForms", t, i) > 0) {
                    end = i + 1;
                } else if (end > 0) {
                    break;
                }
            }
            if (end == 0 || end >= t.size()) {
                continue;
            }
            Tokens rest = Tokens.of(line.text().substring(t.get(end - 1).end()));
            if (registered(book, rest, 0)
                    && namedAtTop(map, t.get(0).key(), t.get(1).key())) {
                int last = end - 1;
                while (last > 1 && book.matchExactly("companyForms", t, last - 1) > 0) {
                    last--;
                }
                // "Sud Rhône Eaux – SAS au capital de …": the form set apart after a dash is no part of the name
                int nameEnd = last >= 2 && t.get(last - 1).key().isEmpty() ? last - 2 : end - 1;
                String name = line.text().substring(0, t.get(nameEnd).end()).strip();
                if (name.matches("(\\p{Lu}\\.){2,}")) {
                    continue; // "S.E.G. – Société Anonyme au capital de …": the name's initials, the name above
                }
                return new Field<>(name, line.text(), head.confidence(), List.of(line.evidence()));
            }
        }
        return head;
    }

    private static boolean endsWithCompanyForm(LanguageCues book, Tokens t) {
        return t.size() >= 2 && book.matchExactly("companyForms", t, t.size() - 1) > 0;
    }

    /**
     * The company's name set over a line of its form and registration ({@code ÉLECTRICITÉ DE GUINÉE} / {@code Société
     * Anonyme – RCCM GN.KAL.2001.B.0473}): the line close over it on its margin, words without figures. Null when the
     * line is no such form's.
     */
    private static TextLine nameOverForm(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        Tokens t = line.tokens();
        int form = t.size() < 2 ? 0 : book.matchExactly("companyForms", t, 0);
        if (form == 0 || line.index() == 0 || line.top() >= LETTERHEAD_TOP) {
            return null;
        }
        TextLine above = map.lines().get(line.index() - 1);
        return registered(book, t, form)
                        && above.page() == line.page()
                        && Math.abs(above.left() - line.left()) < 0.02
                        && map.gap(above, line) <= 0.5
                        && above.tokens().size() >= 2
                        && !above.text().matches(".*\\d.*")
                ? above
                : null;
    }

    /** Whether a company's registration ({@code RCCM}, {@code au capital de}) stands from token {@code from} on. */
    private static boolean registered(LanguageCues book, Tokens t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (book.match("legalFooter", t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a letterhead line at the top of the first page opens with these two words. */
    private static boolean namedAtTop(LetterMap map, String first, String second) {
        for (TextLine l : map.lines()) {
            if (l.page() != 1 || l.top() >= LETTERHEAD_TOP) {
                break;
            }
            Tokens t = l.tokens();
            if (t.size() >= 2 && t.get(0).key().equals(first) && t.get(1).key().equals(second)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letterhead's issuing body, chosen among its lines that are neither the state heading nor the motto under
     * it, nor a date, label, address, person, received stamp or logo abbreviation: a local authority
     * ({@code GOUVERNORAT DE SFAX}, {@code Mayo County Council}) under its supervising ministry or the territory it
     * belongs to; else the first line naming a body (ministry, department, university…) rather than its translation
     * in another language printed above it; else the first line. A state named without a "Republic" word
     * ({@code BURKINA FASO}) is known by the motto under it. Sure when it names a body, less so otherwise.
     */
    private Field<String> letterhead(LetterMap map, int recipientLine) {
        LanguageCues book = map.book();
        TextLine motto = null;
        TextLine person = null;
        TextLine writer = null;
        TextLine replyTo = null;
        TextLine suscribed = null;
        List<TextLine> candidates = new ArrayList<>();
        for (TextLine line : map.lines()) {
            boolean afterAddressee = recipientLine > 0 && line.index() >= recipientLine;
            if (line.page() > 1 || line.top() > 0.3 || !map.inHeader(line.index())) {
                break;
            }
            if (afterAddressee && !levelWithAddressee(map, line, recipientLine)) {
                if (serviceBesideAddress(map, line, recipientLine)) {
                    candidates.add(line);
                    continue;
                }
                if (inAddressColumn(map, line, recipientLine)
                        && candidates.stream().anyMatch(c -> representative(book, c))) {
                    continue; // the address goes on at the right, beside a State's heading whose service comes lower
                }
                break;
            }
            if (afterAddressee && !besideAddressee(map, line, recipientLine)) {
                continue; // the address's own lines
            }
            Tokens t = line.tokens();
            if (person != null
                    && Math.abs(line.left() - person.left()) < 0.02
                    && map.gap(person, line) <= 0.5
                    && !line.text().matches(".*\\d.*")) {
                // "Dr. Meenakshi Raghavan, IAS" / "Additional Secretary" / "Mission Director (NHM)": the writer's
                // designation under the writer's name, heading a demi-official letter, names no issuing body
                person = line;
                continue;
            }
            if (replyTo != null && replyTo.sharesColumnWith(line) && map.gap(replyTo, line) <= 0.5) {
                // "Communications should be addressed to:" / "The Clerk of Parliament" / "Parliament Building": where
                // replies go, the office's head and its address, not the letterhead's name
                replyTo = line;
                continue;
            }
            if (LetterMap.replyInstruction(book, line) && line.text().strip().matches("(?i).*(:|\\bto)$")) {
                replyTo = line;
                continue;
            }
            boolean label =
                    t.size() > 0 && (LetterMap.startsWithLabel(book, line) || book.match("reference", t, 0) > 0);
            if (label && !candidates.isEmpty() && line.top() > candidates.get(0).top() + 0.03) {
                if (overlapsAcross(line, candidates.get(0))) {
                    break; // the references under the letterhead: what follows is the addressee's block
                }
                continue; // the references in the column beside the letterhead's, which goes on below them
            }
            if (t.size() == 0
                    || line == motto
                    || LetterMap.startsWithLabel(book, line)
                    || book.match("reference", t, 0) > 0
                    || book.match("noteVerbale", t, 0) > 0
                    || line.text().chars().filter(Character::isDigit).count() >= 4) {
                continue;
            }
            if (!line.text().matches(".*\\p{L}{3}.*") || line.otherScript()) {
                continue;
            }
            if (stateHeading(book, t) && !federalBody(book, t) || isMotto(line)) {
                TextLine under = below(map, line);
                if (under != null && (isMotto(under) || !names(book, under.tokens()))) {
                    motto = under;
                }
                continue;
            }
            TextLine under = below(map, line);
            if (under != null && isMotto(under) && (motto == null || motto == under)) {
                // "BURKINA FASO" over its motto; once the state's motto is known, a line of names between dashes
                // is no second motto (an embassy over the states it is accredited to)
                motto = under;
                if (book.match("ministries", t, 0) == 0 && !names(book, t)) {
                    continue;
                }
                // a ministry's name over the state's motto ("MINISTRY OF LOCAL GOVERNMENT …" / "Unity – Freedom –
                // Justice"), a body's over its own slogan ("CONSEIL DU CAFÉ-CACAO" / "Régulation – Stabilisation –
                // Développement"), is still the body that writes
            }
            if (book.match("civilities", t, 0) > 0) {
                if (candidates.isEmpty() && motto == null && person == null) {
                    writer = line;
                }
                person = line;
                continue;
            }
            if (LetterMap.addresseeItem(book, line)) {
                continue; // "- Son Excellence Monsieur le Ministre Provincial …": an entry of a list of addressees
            }
            if (LetterMap.containsExactly(book, "letterheadNoise", line) && !namedAfterStreet(book, line)
                    || address(book, line)
                    || buildingOverAddress(map, line)
                    || captionOfAddress(map, line)
                    || book.matchExactly("townHalls", t, 0) > 0
                    || onlineAddress(line)
                    || map.receivedStamp(line)
                    || LetterMap.deliveryNotice(book, line)
                    || LetterMap.documentKind(book, line)) {
                continue;
            }
            if (governmentOnly(book, t) && bodyBelow(map, line)
                    || book.match("stateOffices", t, 0) == t.size()
                            && (ministryBelow(map, line) || bodyNamedUnder(map, line))) {
                continue;
            }
            if (suscribed != null && suscribed.sharesColumnWith(line)) {
                continue; // the suscription's next lines, in the column beside the letterhead's
            }
            int lead = book.match("suscriptionHeads", t, 0);
            if (lead > 0 && lead < t.size() && book.match("senderHeads", t, lead) > 0) {
                if (line.left() < SIDE_COLUMN) {
                    break; // "Le Ministre de …" heading the addressee: the suscription names the sender
                }
                // "Le ministre délégué auprès du ministre de l'économie, …" / "à" / "Monsieur le secrétaire général"
                // at the right, beside a letterhead whose lines are read between its own: the letterhead goes on
                suscribed = line;
                continue;
            }
            if (!continuesAbove(map, line)) {
                candidates.add(line);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (TextLine c : candidates) {
            if (blocks.stream().noneMatch(b -> b.name().evidence().stream().anyMatch(e -> e.equals(c.evidence())))) {
                Field<String> name = join(map, c, 1);
                blocks.add(new Block(c, name, names(book, Tokens.of(name.value()))));
            }
        }
        Block chosen = choose(map, blocks);
        Block spelled = chosen == null ? null : spelledByLogo(blocks, chosen);
        if (spelled != null) {
            chosen = spelled;
        }
        Block body = chosen == null ? null : bodyOfUnit(book, blocks, chosen);
        if (body != null) {
            chosen = body;
        }
        if (writer != null && (chosen == null || addressUnder(map, writer, chosen.first()))) {
            // "Mme Josiane BÉLAIR" / "Résidence Les Flamboyants, bât. C, apt 12" / "97139 Les Abymes": a person who
            // writes in their own name heads the letter with it, over their address
            return new Field<>(
                    writer.text().strip(), writer.text(), 0.8 * writer.readQuality(), List.of(writer.evidence()));
        }
        if (chosen == null) {
            return Field.missing();
        }
        Field<String> name = territory(map, chosen, placeAbove(map, chosen, wordmark(map, chosen)));
        name = stateService(map, blocks, chosen, name);
        name = servedTerritory(map, blocks, chosen, name);
        name = stateDepartment(map, chosen, name);
        name = officeOfBody(map, chosen, name);
        name = agencyUnderDepartment(map, chosen, name);
        name = agencyOfMinistry(map, chosen, name);
        name = departmentOfMinistry(map, blocks, chosen, name);
        name = unitOverMinistry(map, blocks, chosen, name);
        name = departmentOfGovernment(map, chosen, name);
        return new Field<>(
                withoutLegalForm(book, withoutLogo(book, name.value())),
                name.raw(),
                (chosen.named() ? 0.93 : 0.8) * name.confidence(),
                name.evidence());
    }

    /**
     * Whether the line is an address's, in the block a person's name heads ({@code Mme Josiane BÉLAIR} / {@code
     * Résidence Les Flamboyants, bât. C, apt 12}): on the name's margin, each line of the block close under the one
     * above, and with a number in it, as a house or flat has.
     */
    private static boolean addressUnder(LetterMap map, TextLine name, TextLine line) {
        if (!line.text().matches(".*\\d.*") || line.page() != name.page() || line.index() <= name.index()) {
            return false;
        }
        for (int i = name.index() + 1; i <= line.index(); i++) {
            TextLine l = map.lines().get(i);
            if (Math.abs(l.left() - name.left()) >= 0.02 || map.gap(map.lines().get(i - 1), l) > 0.5) {
                return false;
            }
        }
        return true;
    }

    /**
     * A letterhead's line read after the addressee's first line because it stands in the column at the left of an
     * address set at the right, level with the address's first lines ({@code Lycée général et technologique} beside
     * {@code Monsieur et Madame MARTINON}): still the letterhead's. Not a line at the right of the address (a note
     * written on the letter, a stepped address's next line).
     */
    private static boolean besideAddressee(LetterMap map, TextLine line, int recipientLine) {
        return levelWithAddressee(map, line, recipientLine)
                && map.lines().get(recipientLine).left() - line.left() > RecipientEngine.OTHER_COLUMN;
    }

    /**
     * A service of the State named at the left below its representative's heading, lower than the address set at the
     * right begins ({@code PRÉFÈTE DE LA RÉGION GRAND EST} / {@code Liberté Égalité Fraternité} / {@code Direction
     * régionale des affaires culturelles} beside {@code Madame Hélène VAUTRIN} and her address): still the
     * letterhead's, the way the French State's services head their letters.
     */
    private static boolean serviceBesideAddress(LetterMap map, TextLine line, int recipientLine) {
        return map.lines().get(recipientLine).left() - line.left() > RecipientEngine.OTHER_COLUMN
                && map.book().match("representedServices", line.tokens(), 0) > 0;
    }

    /** A line of the address's column, at the right of the letterhead's (the address's next lines). */
    private static boolean inAddressColumn(LetterMap map, TextLine line, int recipientLine) {
        return line.left() >= map.lines().get(recipientLine).left() - 0.02;
    }

    /** A line standing level with the first lines of the address, in either column. */
    private static boolean levelWithAddressee(LetterMap map, TextLine line, int recipientLine) {
        TextLine r = map.lines().get(recipientLine);
        return line.page() == r.page() && line.box().y() <= r.box().y() + 2 * map.pitch();
    }

    /**
     * A state's service named under the territory it serves ({@code WILAYA DE TLEMCEN} / {@code DIRECTION DE LA SANTÉ
     * ET DE LA POPULATION}, the way every Algerian state service heads its letters): the service writes, for that
     * territory, {@code DIRECTION DE LA SANTÉ ET DE LA POPULATION, WILAYA DE TLEMCEN}. The territories are the cue
     * list {@code serviceTerritories}, the service's first words {@code stateServices}; the next name in the same
     * column, within two lines.
     */
    private static Field<String> stateService(LetterMap map, List<Block> blocks, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        TextLine line = chosen.first();
        if (book.matchExactly("serviceTerritories", line.tokens(), 0) == 0) {
            return name;
        }
        Block next = null;
        for (int i = blocks.indexOf(chosen) + 1; i < blocks.size() && next == null; i++) {
            TextLine l = blocks.get(i).first();
            if (l.page() == line.page() && Math.abs(l.left() - line.left()) <= 0.02) {
                next = blocks.get(i); // the next name in this column: the other column's lines are passed over
            }
        }
        if (next == null
                || map.gap(line, next.first()) > 2
                || book.matchExactly("stateServices", next.first().tokens(), 0) == 0) {
            return name;
        }
        return joined(next.name(), ", ", name);
    }

    /**
     * Two names read as one, {@code first} before {@code second}: their evidence together, the less sure one's
     * confidence, the raw text of the second, which the name is built on.
     */
    private static Field<String> joined(Field<String> first, String separator, Field<String> second) {
        List<Evidence> ev = new ArrayList<>(first.evidence());
        ev.addAll(second.evidence());
        return new Field<>(
                first.value() + separator + second.value(),
                second.raw(),
                Math.min(first.confidence(), second.confidence()),
                ev);
    }

    /** A letterhead name: its first line, the name joined over its lines, and whether it names a body. */
    private record Block(TextLine first, Field<String> name, boolean named) {}

    /**
     * The name without the body's legal form set after its last dash ({@code S.N.T.F. – EPIC}): what kind of body the
     * law makes it, not which.
     */
    private static String withoutLegalForm(LanguageCues book, String name) {
        java.util.regex.Matcher m = DASH.matcher(name);
        int cut = -1;
        int after = -1;
        while (m.find()) {
            cut = m.start();
            after = m.end();
        }
        if (cut <= 0) {
            return name;
        }
        Tokens form = Tokens.of(name.substring(after));
        return form.size() > 0 && book.match("legalForms", form, 0) == form.size()
                ? name.substring(0, cut).strip()
                : name;
    }

    /**
     * {@code STEG Société Tunisienne de l'Électricité et du Gaz}: the logo's abbreviation read on the same line as
     * the full name it stands for is left out, and so is a government logo's word in capitals read on the row of the
     * agency's name ({@code GOVERNMENT Revenue NSW}).
     */
    private static String withoutLogo(LanguageCues book, String name) {
        String[] w = name.split(" ", 3);
        Tokens t = Tokens.of(name);
        if (w.length >= 2
                && w[0].matches("\\p{Lu}{3,}")
                && w[1].matches("\\p{Lu}\\p{Ll}.*")
                && book.matchExactly("governmentHeads", t, 0) == 1) {
            // the "NSW GOVERNMENT" logo's word read on the row of the agency's name: "GOVERNMENT Revenue NSW"
            return name.substring(w[0].length() + 1);
        }
        if (w.length == 3
                && w[0].matches("\\p{Lu}{2,6}")
                && w[1].matches("\\p{Lu}\\p{Ll}+.*")
                && name.length() > 20
                && initialsOf(w[0], name.substring(w[0].length() + 1))) {
            return name.substring(w[0].length() + 1);
        }
        return name;
    }

    /**
     * Whether the abbreviation's letters are, in order, initials of the name's capitalised words ({@code STEG}:
     * Société Tunisienne de l'Électricité et du Gaz), so that it stands for the name; {@code UNICEF South Sudan
     * Country Office} keeps its first word.
     */
    private static boolean initialsOf(String abbreviation, String name) {
        String a = Folding.fold(abbreviation).toUpperCase(java.util.Locale.ROOT);
        int at = 0;
        for (String word : name.split("[\\s'’-]+")) {
            String f = Folding.fold(word);
            if (at < a.length()
                    && !f.isEmpty()
                    && Character.isUpperCase(word.charAt(0))
                    && Character.toUpperCase(f.charAt(0)) == a.charAt(at)) {
                at++;
            }
        }
        return at == a.length();
    }

    /**
     * A local body named in the line before any dash: not {@code Prevention and Protection Directorate – City of
     * Edinburgh, Midlothian, …}, a service followed by the areas it serves; nor a body's branch named for the territory
     * it serves ({@code Agence de Wilaya d'Oran} of a national fund, opening with a body's own kind).
     */
    private static boolean localBodyBeforeDash(LanguageCues book, TextLine line) {
        Tokens t = Tokens.of(DASH.split(line.text(), 2)[0]);
        return LetterMap.contains(book, "localBodies", t) && book.match("autonomousBodies", t, 0) == 0;
    }

    /**
     * The local authority, or the state's representative whose services write ({@code PRÉFET DU RHÔNE} beside its
     * {@code Cabinet du préfet}); else the first name of a body, unless the first name of all is printed larger, or a
     * later one twice as large (the name itself, the office words coming in smaller type); else the first name
     * that is more than a logo's abbreviation.
     */
    private static Block choose(LetterMap map, List<Block> blocks) {
        LanguageCues book = map.book();
        for (Block b : blocks) {
            if ((localBodyBeforeDash(book, b.first()) || representative(book, b.first()))
                    && book.matchExactly("unitHeads", b.first().tokens(), 0) == 0
                    && !abbreviation(b)
                    && !ministryUnder(book, blocks, b)) {
                Block service = serviceOfTheState(book, blocks, b);
                if (service != null) {
                    return service;
                }
                Block municipal = municipalUnder(map, blocks, b);
                return municipal != null ? municipal : b;
            }
        }
        for (Block b : blocks) {
            if (kindLabel(book, b.first()) && b.name().evidence().size() > 1) {
                // "Department:" / "Home Affairs" / "REPUBLIC OF SOUTH AFRICA": a South African department's lockup
                // names the body, whatever office's lines stand in the column beside it
                return b;
            }
        }
        Block first = null;
        Block named = null;
        for (Block b : blocks) {
            if (abbreviation(b) && !bodyInOneWord(book, b)) {
                continue;
            }
            if (first == null) {
                first = b;
            }
            if (b.named() && governmentOverBody(book, blocks, b)) {
                continue; // "MPUMALANGA" / "PROVINCIAL GOVERNMENT" over "PROVINCIAL TREASURY": the heading, not the
                // body
            }
            if (b.named() && LetterMap.contains(book, "localBodies", b.first()) && ministryUnder(book, blocks, b)) {
                continue; // "PROVINCE DU KASAÏ-CENTRAL" over its ministry: the hierarchy's head
            }
            if (b.named()) {
                named = b;
                break;
            }
        }
        if (named == null) {
            Block larger = first == null ? null : larger(book, blocks, first);
            return larger != null ? larger : first != null ? first : blocks.isEmpty() ? null : blocks.get(0);
        }
        Block wordmark = wordmarkBesideOffice(book, blocks, named);
        if (wordmark != null) {
            return wordmark;
        }
        if (genericUnit(book, named)) {
            for (Block b : blocks) {
                if (b != named
                        && nameInLargerType(book, b, 1.5 * named.first().box().h())) {
                    return b; // "Country Office" over the organisation's name in a logo's larger type
                }
            }
            for (Block b : blocks) {
                if (b != named && b.named() && !genericUnit(book, b) && startsAName(book, b) && !abbreviation(b)) {
                    // "Kitwe Provincial Office" heading the address at the right, "National Pension Scheme
                    // Authority" under its logo at the left: the office is the body's, the body writes
                    return b;
                }
            }
        }
        Block ministry = ministryOfOffice(book, blocks, named);
        if (ministry != null) {
            return ministry;
        }
        Block supervised = supervised(book, blocks, named);
        if (supervised != null) {
            return supervised;
        }
        Block translation = inLettersLanguage(map, blocks, named);
        if (translation != null) {
            return translation;
        }
        int h = named.first().box().h();
        if (first != named && startsAName(book, first) && first.first().box().h() > 1.1 * h) {
            // the name in large type, a body's office words under it smaller; or the name in the letter's language
            // under it, when the large one is in another ("An tSeirbhís Chúirteanna" / "Courts Service")
            Block translated = translatedUnder(map, blocks, first);
            return translated != null ? translated : first;
        }
        for (int i = blocks.indexOf(named) + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (nameInLargerType(book, b, 2 * h)) {
                return b; // the name in a logo's large type beside the office's lines in small type
            }
        }
        return named;
    }

    /**
     * The body's wordmark beside the office of its official that heads the letter ({@code OFFICE OF THE MANAGING
     * DIRECTOR} at the right, {@code ZESCO} in type three times as large at the left): the office is the official's,
     * the wordmark names the body that writes. Null when the office names its body itself or no such mark stands on
     * its page.
     */
    private static Block wordmarkBesideOffice(LanguageCues book, List<Block> blocks, Block named) {
        Tokens t = named.first().tokens();
        int office = officeWords(book, t);
        if (office == 0 || names(book, Tokens.of(t.restFrom(office)))) {
            return null;
        }
        for (Block b : blocks) {
            if (b != named
                    && abbreviation(b)
                    && b.first().page() == named.first().page()
                    && b.first().box().h() >= 2 * named.first().box().h()) {
                return b;
            }
        }
        return null;
    }

    /**
     * A ministry named under the territory in the same column ({@code PROVINCE DU KASAÏ-CENTRAL} / {@code MINISTÈRE
     * DE L'ENVIRONNEMENT …} / {@code DIVISION PROVINCIALE …}): the territory only heads the hierarchy, it does not
     * write.
     */
    private static boolean ministryUnder(LanguageCues book, List<Block> blocks, Block territory) {
        TextLine top = territory.first();
        for (int i = blocks.indexOf(territory) + 1; i < blocks.size(); i++) {
            TextLine l = blocks.get(i).first();
            if (l.page() == top.page()
                    && Math.abs(l.centre() - top.centre()) <= 0.05
                    && l.tokens().size() > 0
                    && book.match("ministries", l.tokens(), 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A line opening with the State's representative ({@code PRÉFET}, {@code PRÉFÈTE DE LA RÉGION GRAND EST}). */
    private static boolean representative(LanguageCues book, TextLine line) {
        return book.matchExactly("stateRepresentatives", line.tokens(), 0) > 0;
    }

    /**
     * A service of the State that writes under its representative's heading ({@code PRÉFÈTE DE LA RÉGION GRAND EST}
     * beside {@code Direction régionale des affaires culturelles}): the regional or departmental direction is the
     * sender, where the prefecture's own offices ({@code Cabinet}, {@code Direction de la citoyenneté}) leave it to
     * the representative. Null when the heading is no representative's or no such service is named on its page.
     */
    private static Block serviceOfTheState(LanguageCues book, List<Block> blocks, Block heading) {
        if (!representative(book, heading.first())) {
            return null;
        }
        for (Block b : blocks) {
            if (b != heading
                    && b.first().page() == heading.first().page()
                    && book.match("representedServices", b.first().tokens(), 0) > 0
                    && !abbreviation(b)) {
                return b;
            }
        }
        return null;
    }

    /**
     * The territory a service of the State serves, taken from its representative's heading when the service's own
     * lines leave it out: {@code PRÉFET DE LA CHARENTE-MARITIME} beside {@code Direction départementale des territoires
     * et de la mer} gives {@code Direction départementale des territoires et de la mer de la Charente-Maritime}, {@code
     * PRÉFÈTE DE LA RÉGION GRAND EST} beside a {@code Direction régionale} its {@code Grand Est}: the name the service
     * goes by. A regional service takes only a region's name, a departmental one only a département's.
     */
    private static Field<String> servedTerritory(LetterMap map, List<Block> blocks, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        Tokens service = chosen.first().tokens();
        if (book.match("representedServices", service, 0) < 2) {
            return name;
        }
        String kind = service.get(1).key();
        for (Block b : blocks) {
            int k = book.matchExactly("stateRepresentatives", b.first().tokens(), 0);
            if (k == 0 || b.first().page() != chosen.first().page()) {
                continue;
            }
            Tokens heading = Tokens.of(b.name().value());
            boolean region = book.matchExactly("regionOfRepresentative", heading, k) > 0;
            int from = region ? k + book.matchExactly("regionOfRepresentative", heading, k) : k;
            if (from >= heading.size()
                    || !kind.startsWith(region ? "region" : "departement")
                            && !kind.startsWith(region ? "interregion" : "interdepartement")) {
                return name;
            }
            String territory =
                    heading.text().substring(heading.get(from).start()).strip();
            if (Folding.fold(name.value())
                    .contains(heading.get(heading.size() - 1).key())) {
                return name; // "… du logement Auvergne-Rhône-Alpes": named already
            }
            List<Evidence> ev = new ArrayList<>(name.evidence());
            ev.addAll(b.name().evidence());
            return new Field<>(name.value() + " " + titled(book, territory), name.raw(), name.confidence(), ev);
        }
        return name;
    }

    /** A name printed in capitals as it is written in running text ({@code DE LA CHARENTE-MARITIME}). */
    private static String titled(LanguageCues book, String name) {
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return name;
        }
        java.util.regex.Matcher m = LETTERS.matcher(name.toLowerCase(java.util.Locale.ROOT));
        java.util.Set<String> small = new java.util.HashSet<>();
        for (String p : book.list("orgPrepositions")) {
            small.addAll(List.of(p.split("[\\s']+")));
        }
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(out, small.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The municipality named under the territory that holds it, in the same column of the letterhead ({@code
     * PRÉFECTURE DE KLOTO} / {@code COMMUNE DE KLOTO 1} / {@code MAIRIE}): the municipality writes, the territory
     * above it only places it. Null when the local body found is itself municipal or none such follows.
     */
    private static Block municipalUnder(LetterMap map, List<Block> blocks, Block territory) {
        LanguageCues book = map.book();
        TextLine top = territory.first();
        if (LetterMap.contains(book, "municipalBodies", top)
                && !(book.match("localBodies", top.tokens(), 0) > 0
                        && book.match("municipalBodies", top.tokens(), 0) == 0)) {
            return null; // not "GOUVERNORAT DE LA VILLE DE CONAKRY", a territory over the city's communes
        }
        for (int i = blocks.indexOf(territory) + 1; i < blocks.size(); i++) {
            TextLine l = blocks.get(i).first();
            if (l.page() == top.page()
                    && map.gap(top, l) <= 4
                    && (Math.abs(l.left() - top.left()) <= 0.05 || Math.abs(l.centre() - top.centre()) <= 0.05)
                    && LetterMap.contains(book, "municipalBodies", l)
                    && !abbreviation(blocks.get(i))) {
                return blocks.get(i);
            }
        }
        return null;
    }

    /**
     * A name that only says which of a body's offices writes ({@code Country Office}, {@code South Sudan Country
     * Office}): four words at most, ending with a phrase of the cue list {@code officeUnits} (not a body named by its
     * office word, {@code Law Office}, {@code Home Office}).
     */
    private static boolean genericUnit(LanguageCues book, Block b) {
        Tokens t = Tokens.of(b.name().value());
        if (t.size() == 0 || t.size() > 4) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (book.matchExactly("officeUnits", t, i) == t.size() - i) {
                return true;
            }
        }
        return false;
    }

    /**
     * When no line names a body by an office word: the name printed half as large again as the first line
     * ({@code EAST AFRICAN COMMUNITY} in large capitals under {@code EAC Headquarters}, the seat's address in small
     * type), the largest of them.
     */
    private static Block larger(LanguageCues book, List<Block> blocks, Block first) {
        Block best = null;
        for (Block b : blocks) {
            if (b != first
                    && nameInLargerType(book, b, 1.5 * first.first().box().h())
                    && (best == null || b.first().box().h() > best.first().box().h())) {
                best = b;
            }
        }
        return best;
    }

    /** A name, not a logo's abbreviation, whose first line is higher than {@code height} and as high as its letters. */
    private static boolean nameInLargerType(LanguageCues book, Block b, double height) {
        return !abbreviation(b)
                && startsAName(book, b)
                && b.first().box().h() > height
                && b.first().oneLineHigh();
    }

    /**
     * A government's name read whole over its lines ({@code MPUMALANGA} / {@code PROVINCIAL GOVERNMENT}) with a body
     * named after it that is no government: the heading the body writes under.
     */
    private static boolean governmentOverBody(LanguageCues book, List<Block> blocks, Block b) {
        if (!governmentOnly(book, Tokens.of(b.name().value()))) {
            return false;
        }
        for (int i = blocks.indexOf(b) + 1; i < blocks.size(); i++) {
            Block later = blocks.get(i);
            if (later.named() && !governmentOnly(book, Tokens.of(later.name().value()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body an office of one of its officials belongs to ({@code Department of Energy, Environment and Climate
     * Action}, {@code Mityana District Local Government}): a name of a body that is neither another official's office
     * nor an office itself ({@code CABINET OFFICE}, the unit of the office above it).
     */
    private static boolean bodyOfOffice(LanguageCues book, Block b) {
        Tokens t = Tokens.of(b.name().value());
        return b.named()
                && book.matchExactly("officeOfOfficial", t, 0) == 0
                && !t.get(t.size() - 1).key().equals("office");
    }

    /**
     * An office named for the official it serves ({@code Office of the Permanent Secretary}) over its ministry's name
     * in the same column: the ministry writes, the office is its unit. Null when the block is no such office or no
     * ministry follows it within two blocks.
     */
    private static Block ministryOfOffice(LanguageCues book, List<Block> blocks, Block named) {
        if (book.matchExactly("officeOfOfficial", named.first().tokens(), 0) == 0) {
            return null;
        }
        int at = blocks.indexOf(named);
        for (int i = at + 1; i < blocks.size() && i <= at + 2; i++) {
            Block b = blocks.get(i);
            Tokens t = b.first().tokens();
            if (Math.abs(b.first().left() - named.first().left()) <= 0.02
                    && t.size() > 0
                    && (book.match("ministries", t, 0) > 0 || bodyOfOffice(book, b))) {
                return b;
            }
        }
        return null;
    }

    /**
     * Under a ministry's heading, a body with a name of its own that the ministry only supervises
     * ({@code MINISTÈRE DE LA SANTÉ} / {@code CENTRE HOSPITALIER NATIONAL}, {@code Ministry of Education} /
     * {@code University of …}), or an agency whose name stands in type as large as the ministry's ({@code MINISTRY OF
     * WORKS} / {@code TANZANIA NATIONAL ROADS AGENCY (TANROADS)}): that body writes. A unit of the ministry itself (a
     * directorate, a department, a secretariat, an agency in smaller type) does not count: the ministry stays the
     * sender and the unit its sub-unit.
     */
    private static Block supervised(LanguageCues book, List<Block> blocks, Block named) {
        Tokens head = named.first().tokens();
        if (head.size() == 0
                || book.match("ministries", head, 0) == 0
                        && book.match("stateOffices", head, 0) == 0
                        && book.match("supervisingBodies", head, 0) == 0) {
            return null;
        }
        for (int i = blocks.indexOf(named) + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // the body's kind before its acronym in brackets: "TANZANIA NATIONAL ROADS AGENCY (TANROADS)"
            Tokens t = Tokens.of(b.name().value().replaceFirst("\\s*\\([\\p{Lu}\\d&-]{2,}\\)$", ""));
            if (t.size() >= 2
                    && b.first().box().y() > named.first().box().y()
                    && Math.abs(b.first().centre() - named.first().centre()) < 0.2
                    && book.match("ministries", t, 0) == 0
                    && (book.match("autonomousBodies", t, 0) > 0
                            || book.matchExactly("autonomousBodies", t, t.size() - 1) > 0
                            || heightRatio(named.first(), b.first()) >= 1
                                    && book.matchExactly("supervisedInLargeType", t, t.size() - 1) > 0)) {
                return b;
            }
        }
        return null;
    }

    /**
     * A bilingual letterhead sets the name twice side by side ({@code ORGANISATION FOR ECONOMIC CO-OPERATION AND
     * DEVELOPMENT} | {@code ORGANISATION DE COOPÉRATION ET DE DÉVELOPPEMENT ÉCONOMIQUES}, {@code MINISTÈRE DE LA
     * SANTÉ PUBLIQUE} | {@code MINISTRY OF PUBLIC HEALTH}): the letter's own language names the sender. The other
     * block, on the same row in another column and in the same type (not a logo's name beside an office's smaller
     * lines), is taken when more of its words are the letter's language's connecting words ({@code de}, {@code et} /
     * {@code of}, {@code and}).
     */
    private static Block inLettersLanguage(LetterMap map, List<Block> blocks, Block named) {
        LanguageCues book = map.book();
        TextLine line = named.first();
        int own = functionWords(book, named);
        java.util.Set<String> body = null;
        for (Block b : blocks) {
            TextLine other = b.first();
            if (b != named
                    && b.named()
                    && other.page() == line.page()
                    && Math.abs(other.box().y() - line.box().y()) < line.box().h() / 2
                    && other.box().horizontalOverlap(line.box()) <= 0
                    && heightRatio(line, other) > 0.8
                    && heightRatio(line, other) < 1.25) {
                int words = functionWords(book, b);
                if (words > own) {
                    return b;
                }
                if (words == own) {
                    // no connecting word either side ("AFRICAN UNION" | "UNION AFRICAINE"): the one the letter's
                    // own text names in its words
                    body = body == null ? bodyWords(map) : body;
                    if (inBody(body, b) > inBody(body, named)) {
                        return b;
                    }
                }
            }
            if (b != named
                    && b.named()
                    && own == 0
                    && other.page() == line.page()
                    && Math.abs(other.centre() - line.centre()) <= 0.05
                    && Math.abs(blocks.indexOf(b) - blocks.indexOf(named)) == 1
                    && functionWords(book, b) >= 2
                    && foreignLetters(book, named.name().value())
                    && !foreignLetters(book, b.name().value())) {
                // the name stacked over or under its translation ("MINISTERU GĦAX-XOGĦLIJIET PUBBLIĊI U L-IPPJANAR" /
                // "MINISTRY FOR PUBLIC WORKS AND PLANNING"): the one with the letter's connecting words, the other in
                // letters of another alphabet and none of those words (not an office under its body, "Office of the
                // Registrar" under "EGERTON UNIVERSITY")
                return b;
            }
        }
        return null;
    }

    /**
     * The block stacked close under a name written with letters the letter's language does not write, in its column,
     * naming a body in the letter's own letters, in type of about its size: an Irish body prints its Irish name over
     * its English one ({@code An Roinn Coimirce Sóisialaí} / {@code Department of Social Protection}); not a name
     * under a wordmark in far larger type ({@code Fáilte Ireland} / {@code NATIONAL TOURISM DEVELOPMENT AUTHORITY}).
     * Null when there is none such.
     */
    private static Block translatedUnder(LetterMap map, List<Block> blocks, Block first) {
        LanguageCues book = map.book();
        TextLine top = first.first();
        if (first.named() || !foreignLetters(book, first.name().value())) {
            return null;
        }
        for (Block b : blocks) {
            TextLine l = b.first();
            if (b != first
                    && b.named()
                    && l.page() == top.page()
                    && l.box().y() > top.box().y()
                    && map.gap(top, l) <= 0.5
                    && heightRatio(top, l) > 0.7
                    && (Math.abs(l.left() - top.left()) <= 0.01 || Math.abs(l.centre() - top.centre()) <= 0.05)
                    && !foreignLetters(book, b.name().value())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Whether the text holds a letter the letter's language does not write ({@code Ħ}, {@code Ċ} in an English or a
     * French letter; {@code é} in an English one): beyond the basic Latin alphabet and the language's {@code
     * alphabet}.
     */
    private static boolean foreignLetters(LanguageCues book, String text) {
        String own = book.value("alphabet");
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x7f && own.indexOf(c) < 0);
    }

    /** The words (their keys) of the body's lines. */
    private static java.util.Set<String> bodyWords(LetterMap map) {
        java.util.Set<String> body = new java.util.HashSet<>();
        for (TextLine l : map.lines()) {
            if (map.inBody(l.index())) {
                Tokens t = l.tokens();
                for (int i = 0; i < t.size(); i++) {
                    body.add(t.get(i).key());
                }
            }
        }
        return body;
    }

    /** How many words of the block's name, of four letters or more, are among the body's words. */
    private static int inBody(java.util.Set<String> body, Block b) {
        Tokens t = Tokens.of(b.name().value());
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).key().length() >= 4 && body.contains(t.get(i).key())) {
                n++;
            }
        }
        return n;
    }

    /** How many words of the block's name are connecting words or prepositions of the letter's language. */
    private static int functionWords(LanguageCues book, Block b) {
        Tokens t = Tokens.of(b.name().value());
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (book.match("connectors", t, i) > 0 || book.match("orgPrepositions", t, i) > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many words open the line as an official's office, its title after them ({@code OFFICE OF THE} in {@code
     * OFFICE OF THE MANAGING DIRECTOR}); 0 when the line opens with no such words or holds nothing after them.
     */
    private static int officeWords(LanguageCues book, Tokens t) {
        int n = book.matchExactly("officeOfOfficial", t, 0);
        return n < t.size() ? n : 0;
    }

    /**
     * The line right under a state office's heading names a body of its own, its name ending with the word for what
     * it is ({@code PRESIDENT'S OFFICE} / {@code PREVENTION AND COMBATING OF CORRUPTION BUREAU}): the bureau writes,
     * under the office it answers to. Not a government's part ({@code REGIONAL ADMINISTRATION AND LOCAL GOVERNMENT},
     * which with the office above names one ministry), nor the office's other name in brackets ({@code PRIME
     * MINISTER'S OFFICE} / {@code (Cabinet Office)}), nor a state office of its own ({@code OFFICE OF THE PRIME
     * MINISTER} / {@code CABINET OFFICE}, one office named in full).
     */
    private static boolean bodyNamedUnder(LetterMap map, TextLine line) {
        int next = line.index() + 1;
        if (next >= map.lines().size() || map.lines().get(next).page() != line.page()) {
            return false;
        }
        TextLine under = map.lines().get(next);
        Tokens t = under.tokens();
        LanguageCues book = map.book();
        return t.size() >= 2
                && !under.text().strip().startsWith("(")
                && book.match("stateOffices", t, 0) == 0
                && book.matchExactly("senderHeads", t, t.size() - 1) == 1
                && book.matchExactly("governmentHeads", t, t.size() - 1) == 0;
    }

    /** A ministry named under this heading, in the letterhead (a few lines down). */
    private static boolean ministryBelow(LetterMap map, TextLine line) {
        int seen = 0;
        for (int i = line.index() + 1; i < map.lines().size() && seen < 6; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || l.top() > 0.3 || !map.inHeader(l.index())) {
                return false;
            }
            Tokens t = l.tokens();
            if (t.size() == 0 || !l.text().matches(".*\\p{L}{3}.*")) {
                continue; // a rule of stars or dashes between the levels
            }
            seen++;
            if (map.book().match("ministries", t, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name set as a logo's wordmark over two short lines ({@code NHS} / {@code Highland}, {@code UNIVERSITÉ} / {@code
     * Grenoble Alpes}, {@code Urssaf} / {@code Provence-Alpes-Côte d'Azur}, {@code Environment} / {@code Agency}): a
     * chosen name of one or two words on one line that names no body, or is a bare kind of body, takes the short line
     * just above or below it in the same column, within a line's step, in type from a third to three times its size,
     * unless that line is an address, contact, label, date, stamp, state heading or motto, is written with letters the
     * name's line is not (the name again in another language), or names a body (a bare kind of body, {@code
     * UNIVERSITÉ}, is part of the mark).
     */
    private Field<String> wordmark(LetterMap map, Block chosen) {
        Field<String> name = chosen.name();
        TextLine line = chosen.first();
        LanguageCues book = map.book();
        Tokens nameTokens = Tokens.of(name.value());
        // a bare kind of body, the mark's last line ("Environment" / "Agency"): its other line gives it its name
        boolean bareKind = nameTokens.size() == 1 && book.match("senderHeads", nameTokens, 0) == 1;
        if (chosen.named() && !bareKind || name.evidence().size() != 1 || nameTokens.size() > 2) {
            return name;
        }
        boolean named = chosen.named() && !bareKind;
        TextLine above = null;
        TextLine below = null;
        for (TextLine l : map.lines()) {
            if (l == line || l.page() != line.page() || !overlapsAcross(l, line)) {
                continue;
            }
            int limit = (int) Math.max(1.5 * Math.max(l.box().h(), line.box().h()), map.pitch());
            if (l.box().centerY() < line.box().y()
                    && line.box().y() - l.box().bottom() <= limit
                    && (above == null || l.box().bottom() > above.box().bottom())) {
                above = l;
            }
            if (l.box().centerY() > line.box().bottom()
                    && l.box().y() - line.box().bottom() <= limit
                    && (below == null || l.box().y() < below.box().y())) {
                below = l;
            }
        }
        List<TextLine> used = new ArrayList<>();
        if (above != null && wordmarkPart(map, above, line, named)) {
            used.add(above);
        }
        used.add(line);
        if (below != null && wordmarkPart(map, below, line, named)) {
            used.add(below);
        }
        if (used.size() == 1) {
            return name;
        }
        StringBuilder s = new StringBuilder();
        for (TextLine u : used) {
            s.append(s.length() == 0 ? "" : " ").append(u == line ? name.value() : u.text());
        }
        return field(s.toString(), used, name.confidence());
    }

    /**
     * An office named for an official of a body, the body's name read with it ({@code Office of the Hospital
     * Director} / {@code Bukedea Regional Referral Hospital}) or set just above it ({@code COUNTY GOVERNMENT OF
     * NAKURU} / {@code OFFICE OF THE COUNTY SECRETARY …}, the government's heading passed over as such): the body
     * writes, the office is its unit, {@code Bukedea Regional Referral Hospital, Office of the Hospital Director}. A
     * name read with the office must end as a body's does (a hospital, a university); one that names another office
     * ({@code OFFICE OF THE PRIME MINISTER} / {@code CABINET OFFICE}) is its unit, and a line above the office must be
     * a government or a local body: otherwise the name stays as it was read. A body named just under the office in
     * larger type ({@code OFFICE OF THE BOARD OF REGENTS} / {@code WEST PLAINS STATE UNIVERSITY SYSTEM}) is the
     * body whose office writes.
     */
    private static Field<String> officeOfBody(LetterMap map, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        TextLine line = chosen.first();
        if (officeWords(book, line.tokens()) == 0) {
            return name;
        }
        String own = line.text().strip();
        if (name.value().length() > own.length() && name.value().startsWith(own)) {
            // the body's name read on the next line and joined to the office's
            String body = name.value().substring(own.length()).strip();
            Tokens bt = Tokens.of(body);
            boolean named = bt.size() > 0
                    && (book.matchExactly("autonomousBodies", bt, bt.size() - 1) > 0
                            || book.matchExactly("organisationKinds", bt, bt.size() - 1) > 0);
            return named ? field(body + ", " + own, usedBy(map, name), name.confidence()) : name;
        }
        TextLine under = largerUnder(map, line);
        if (under != null && names(book, under.tokens()) && officeWords(book, under.tokens()) == 0) {
            // "OFFICE OF THE BOARD OF REGENTS" in small capitals over "WEST PLAINS STATE UNIVERSITY SYSTEM" in large
            return field(under.text().strip() + ", " + own, List.of(under, line), name.confidence());
        }
        return headedBy(map, line, name, 0.15, 1, l -> {
            Tokens above = l.tokens();
            return above.size() > 0
                    && !stateHeading(book, above)
                    && !isMotto(l)
                    && !stateGovernment(book, above)
                    && (governmentOnly(book, above) || book.match("localBodies", above, 0) > 0);
        });
    }

    /**
     * The line under this one in its column, close under it (a line's gap at most) and set in type over {@link
     * #LARGER_TYPE} times as tall: the name the small line heads; {@code null} when there is none.
     */
    private static TextLine largerUnder(LetterMap map, TextLine line) {
        TextLine under = below(map, line);
        return under != null
                        && under.page() == line.page()
                        && under.box().h() > LARGER_TYPE * line.box().h()
                        && map.gap(line, under) <= 1
                ? under
                : null;
    }

    /**
     * A government department's name in the letterhead's small type over the name of its agency in larger type ({@code
     * U.S. Department of Homeland Security} / {@code U.S. Customs and Border Protection}): the agency writes, under its
     * department's heading, as the type says.
     */
    private static Field<String> agencyUnderDepartment(LetterMap map, Block chosen, Field<String> name) {
        TextLine line = chosen.first();
        Tokens t = line.tokens();
        if (!LetterMap.containsExactly(map.book(), "departments", t)
                || !name.value().startsWith(line.text().strip())) {
            return name;
        }
        TextLine under = largerUnder(map, line);
        if (under == null
                || Math.abs(under.left() - line.left()) > 0.02
                || under.tokens().size() < 2
                || under.text().matches(".*\\d.*")) {
            return name;
        }
        return field(under.text().strip(), List.of(under), name.confidence());
    }

    /**
     * A body's whole name in capitals and its acronym in brackets, close under its ministry's on the same axis ({@code
     * MINISTRY OF AGRICULTURE} / {@code TANZANIA AGRICULTURAL RESEARCH INSTITUTE (TARI)}): the body writes, under its
     * ministry's heading, not one of the ministry's units ({@code COPPERBELT PROVINCIAL HEALTH OFFICE}).
     */
    private static Field<String> agencyOfMinistry(LetterMap map, Block chosen, Field<String> name) {
        TextLine line = chosen.first();
        TextLine under = below(map, line);
        if (!name.value().equals(line.text().strip())
                || under == null
                || under.page() != line.page()
                || map.gap(line, under) > 0.5
                || Math.abs(under.centre() - line.centre()) > 0.03
                || !capitals(line.text())
                || !capitals(under.text())
                || under.text().matches(".*\\d.*")
                || !acronymLast(under.tokens())
                || !agencyUnderMinistry(map.book(), line, under)) {
            return name;
        }
        return field(under.text().strip(), List.of(under), name.confidence());
    }

    /**
     * A unit under a government's department, the department under the government's heading ({@code GOUVERNEMENT
     * PRINCIER} / {@code Principauté de Monaco} / {@code Département des Relations Extérieures et de la Coopération} /
     * {@code Direction des Affaires Internationales}): the department, the government's ministry, writes; not a
     * territory's département ({@code DÉPARTEMENT DE L'ALIBORI} / {@code COMMUNE DE MALANVILLE}), which no government
     * heads.
     */
    private Field<String> departmentOfGovernment(LetterMap map, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        TextLine unit = chosen.first();
        if (!unitKind(book, unit.tokens())
                || !name.value().startsWith(unit.text().strip())) {
            return name;
        }
        List<TextLine> above = new ArrayList<>();
        for (int i = unit.index() - 1; i >= 0 && above.size() < 4; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() == unit.page() && Math.abs(l.centre() - unit.centre()) < 0.05) {
                above.add(l);
            }
        }
        for (int k = 0; k + 1 < above.size() && k < 2; k++) {
            TextLine department = above.get(k);
            if (book.matchExactly("governmentDepartments", department.tokens(), 0) == 0) {
                continue;
            }
            for (int g = k + 1; g < above.size() && g <= k + 2; g++) {
                if (book.matchExactly("governmentHeads", above.get(g).tokens(), 0) > 0) {
                    Field<String> joined = join(map, department, name.confidence());
                    return joined.value().contains(unit.text().strip()) ? name : joined;
                }
            }
        }
        return name;
    }

    /**
     * A state's government ({@code Government of the People's Republic of Bangladesh}): the heading over every office
     * of the state, no body an office is the unit of, as a county's government is.
     */
    private static boolean stateGovernment(LanguageCues book, Tokens t) {
        return governmentOnly(book, t) && LetterMap.contains(book, "countryHeads", t);
    }

    /**
     * The name with the heading set just above its first line before it, {@code HEADING, name}: the nearest line of
     * the same column (centres at most {@code axis} of the page apart; another column's lines read in between are
     * passed over), within two lines and {@code maxGap} line pitches, when {@code heading} accepts it; else the name.
     */
    private static Field<String> headedBy(
            LetterMap map, TextLine line, Field<String> name, double axis, double maxGap, Predicate<TextLine> heading) {
        for (int i = line.index() - 1; i >= 0 && line.index() - i <= 2; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || Math.abs(l.centre() - line.centre()) > axis) {
                continue; // a line of the column beside, read in between
            }
            if (map.gap(l, line) > maxGap || !heading.test(l)) {
                return name;
            }
            List<TextLine> used = new ArrayList<>(List.of(l));
            used.addAll(usedBy(map, name));
            return field(l.text().strip() + ", " + name.value(), used, name.confidence());
        }
        return name;
    }

    /** The lines a name was read from. */
    private static List<TextLine> usedBy(LetterMap map, Field<String> name) {
        List<TextLine> used = new ArrayList<>();
        for (Evidence e : name.evidence()) {
            map.lines().stream().filter(x -> x.evidence().equals(e)).findFirst().ifPresent(used::add);
        }
        return used;
    }

    /**
     * A state's department under its state government's heading, no ministry between them ({@code GOVERNMENT OF
     * KERALA} / {@code Local Self Government (DA) Department}, {@code GOVERNMENT OF PUNJAB} / {@code DEPARTMENT OF
     * PERSONNEL}, as India's and Pakistan's states head their letters): the department is the state's, {@code
     * GOVERNMENT OF KERALA, Local Self Government (DA) Department}. A national ministry's department is named under
     * its ministry, which then stands between.
     */
    private static Field<String> stateDepartment(LetterMap map, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        Tokens t = Tokens.of(name.value());
        TextLine line = chosen.first();
        if (t.size() == 0
                || !(book.matchExactly("department", t, 0) > 0 || book.matchExactly("department", t, t.size() - 1) > 0)
                || LetterMap.contains(book, "ministries", line)) {
            return name;
        }
        return headedBy(
                map,
                line,
                name,
                0.1,
                1.5,
                l -> book.matchExactly("governmentHeads", l.tokens(), 0) > 0 && governmentOnly(book, l.tokens()));
    }

    /**
     * A government department named under its ministry in the same column ({@code MINISTRY OF HOME AFFAIRS AND
     * INTERNAL SECURITY} / {@code DEPARTMENT OF IMMIGRATION}, the way Commonwealth departments head their letters):
     * the department writes within its ministry, {@code MINISTRY OF HOME AFFAIRS AND INTERNAL SECURITY, DEPARTMENT OF
     * IMMIGRATION}. The department's line is the next name of the column, close under the ministry's (a line and a
     * half at most), and holds no address ({@code Department of External Affairs · Conway Business Centre}).
     */
    private static Field<String> departmentOfMinistry(
            LetterMap map, List<Block> blocks, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        TextLine line = chosen.first();
        if (book.match("ministries", line.tokens(), 0) == 0
                || !name.value().startsWith(line.text().strip())) {
            return name;
        }
        for (int i = blocks.indexOf(chosen) + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            TextLine l = b.first();
            if (l.page() != line.page() || Math.abs(l.centre() - line.centre()) > 0.05) {
                continue; // a line of the column beside
            }
            Tokens t = l.tokens();
            if (!closeUnder(map, name, line, b) || t.size() < 3 || book.matchExactly("department", t, 0) == 0) {
                return name; // no department's line, or one that runs on into an address
            }
            if (heightRatio(line, l) >= LARGER_TYPE) {
                // "Ministry of Labour, Employment and Social Security" / "Department of Foreign Employment" in type a
                // third larger: the department is the name the letterhead puts forward, its ministry after it
                return bothNames(map, b.name(), name, name.confidence());
            }
            return withNameUnder(map, name, b);
        }
        return name;
    }

    /**
     * Whether the block stands close under the name (a line and a half at most under its last line) and holds no
     * address: no figure, no separator ({@code Department of External Affairs · Conway Business Centre}).
     */
    private static boolean closeUnder(LetterMap map, Field<String> name, TextLine first, Block under) {
        TextLine last = usedBy(map, name).stream().reduce((a, b) -> b).orElse(first);
        return map.gap(last, under.first()) <= 1.5 && under.name().value().matches("[^\\d·•|]+");
    }

    /** The name, then a comma and the name of the block under it ({@code MINISTRY OF …, DEPARTMENT OF …}). */
    private static Field<String> withNameUnder(LetterMap map, Field<String> name, Block under) {
        return bothNames(map, name, under.name(), name.confidence());
    }

    /** Two names read apart, the first, a comma and the second, with the lines of both. */
    private static Field<String> bothNames(LetterMap map, Field<String> first, Field<String> second, double conf) {
        List<TextLine> used = new ArrayList<>(usedBy(map, first));
        used.addAll(usedBy(map, second));
        return field(first.value() + ", " + second.value(), used, conf);
    }

    /**
     * A ministry's unit named over its ministry in the same column ({@code EDUCATIONAL PLANNING AND RESEARCH
     * DIVISION} / {@code MINISTRY OF EDUCATION MALAYSIA}): the unit writes within its ministry, {@code EDUCATIONAL
     * PLANNING AND RESEARCH DIVISION, MINISTRY OF EDUCATION MALAYSIA}. The unit's name opens or ends with the kind of
     * unit; the ministry's line is the next name of the column, close under it, and holds no address.
     */
    private static Field<String> unitOverMinistry(LetterMap map, List<Block> blocks, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        Tokens named = Tokens.of(name.value());
        if (named.size() < 2 || book.match("ministries", named, 0) > 0 || !unitKind(book, named)) {
            return name;
        }
        TextLine line = chosen.first();
        int at = blocks.indexOf(chosen) + 1;
        if (at >= blocks.size()) {
            return name;
        }
        Block b = blocks.get(at);
        TextLine l = b.first();
        if (l.page() != line.page()
                || !line.sharesColumnWith(l) && Math.abs(l.centre() - line.centre()) > 0.05
                || !closeUnder(map, name, line, b)
                || book.match("ministries", l.tokens(), 0) == 0) {
            return name;
        }
        return withNameUnder(map, name, b);
    }

    /**
     * A local authority whose line only says what kind it is ({@code MUNICIPAL ASSEMBLY}, {@code COUNTY COUNCIL}),
     * its place's name set on the line above in the same type and column ({@code ASANTE AKIM CENTRAL}, or a logo's
     * {@code Blue Mountains} a line apart over {@code City Council}), or a one-word place's name in a logo's larger
     * type ({@code Rochdale} over {@code Borough Council}): the two lines are one name, {@code ASANTE AKIM CENTRAL
     * MUNICIPAL ASSEMBLY}.
     */
    private static Field<String> placeAbove(LetterMap map, Block chosen, Field<String> name) {
        LanguageCues book = map.book();
        Tokens t = Tokens.of(name.value());
        TextLine line = chosen.first();
        if (name.evidence().size() != 1 || t.size() == 0 || book.match("localBodies", t, 0) != t.size()) {
            return name;
        }
        // the column beside may have several of its lines read in between (an address and its telephone)
        for (int i = line.index() - 1; i >= 0 && line.index() - i <= 4; i--) {
            TextLine l = map.lines().get(i);
            boolean column = Math.abs(l.centre() - line.centre()) < 0.03
                    || Math.abs(l.box().right() - line.box().right()) < 0.01 * line.pageWidth()
                    || Math.abs(l.left() - line.left()) < 0.01;
            if (l.page() != line.page() || !column) {
                continue; // a line of the column beside, read in between
            }
            Tokens above = l.tokens();
            // "Rochdale" in large type over its "Borough Council"
            boolean logo = above.size() == 1 && heightRatio(l, line) < 0.8 && heightRatio(l, line) >= 0.4;
            if (above.size() == 0
                    || above.size() > 5
                    || map.gap(l, line) > (logo ? 1.0 : BARE_KIND_GAP)
                    || capitals(l.text()) != capitals(line.text())
                    || heightRatio(l, line) < 0.8 && !logo
                    || heightRatio(l, line) > 1.25
                    || l.text().matches(".*\\d.*")
                    || names(book, above)
                    || book.match("countryHeads", above, 0) > 0
                    || isMotto(l)) {
                return name;
            }
            return field(l.text().strip() + " " + name.value(), List.of(l, line), name.confidence());
        }
        return placeBelow(map, line, name);
    }

    /**
     * A local authority's kind with its place's name set on the line under it, on the same axis, in the same or a
     * smaller type ({@code DISTRICT SECRETARIAT} / {@code KANDY}): one name, the place after a comma, {@code
     * DISTRICT SECRETARIAT, KANDY}. The place is one to three words without figure, naming no body.
     */
    private static Field<String> placeBelow(LetterMap map, TextLine line, Field<String> name) {
        LanguageCues book = map.book();
        for (int i = line.index() + 1; i < map.lines().size() && i - line.index() <= 3; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || Math.abs(l.centre() - line.centre()) >= 0.03) {
                continue; // a line of the column beside, read in between
            }
            Tokens below = l.tokens();
            if (below.size() == 0
                    || below.size() > 3
                    || map.gap(line, l) > BARE_KIND_GAP
                    || capitals(l.text()) != capitals(line.text())
                    || heightRatio(line, l) < 0.6
                    || heightRatio(line, l) > 1.25
                    || l.text().matches(".*\\d.*")
                    || names(book, below)
                    || book.match("countryHeads", below, 0) > 0) {
                return name;
            }
            return field(name.value() + ", " + l.text().strip(), List.of(line, l), name.confidence());
        }
        return name;
    }

    /**
     * A body's office named by one word under the territory it serves ({@code RÉGION DE SIKASSO} / {@code ******} /
     * {@code GOUVERNORAT}): the territory comes with it, after it, {@code GOUVERNORAT, RÉGION DE SIKASSO}. Rules of
     * stars or dashes between them are passed over; a ministry or a state heading above is not a territory.
     */
    private static Field<String> territory(LetterMap map, Block chosen, Field<String> name) {
        Tokens t = Tokens.of(name.value());
        if (t.size() != 1 || name.evidence().size() != 1 || !name.value().matches("\\p{L}{4,}")) {
            return name;
        }
        TextLine line = chosen.first();
        LanguageCues book = map.book();
        // counted in the office's column: a two-column letterhead reads the other column's lines in between
        int seen = 0;
        for (int i = line.index() - 1; i >= 0 && seen < TERRITORY_REACH; i--) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || Math.abs(l.centre() - line.centre()) > 0.1) {
                continue;
            }
            seen++;
            if (!l.text().matches(".*\\p{L}{3}.*")) {
                continue; // a rule of stars or dashes
            }
            Tokens above = l.tokens();
            if (above.size() < 2
                    || above.size() > 6
                    || book.match("ministries", above, 0) > 0
                    || book.match("countryHeads", above, 0) > 0
                    || isMotto(l)) {
                return name;
            }
            List<TextLine> used = List.of(l, line);
            // the office first, as it names itself: "GOUVERNORAT, RÉGION DE SIKASSO"
            return field(name.value() + ", " + l.text().strip(), used, name.confidence());
        }
        return name;
    }

    private boolean wordmarkPart(LetterMap map, TextLine l, TextLine chosen, boolean chosenNamed) {
        LanguageCues book = map.book();
        Tokens t = l.tokens();
        double ratio = heightRatio(chosen, l);
        boolean companyForm = endsWithCompanyForm(book, t);
        return t.size() >= 1
                && t.size() <= 4
                && ratio > 0.35
                && ratio < 3
                && l.text().matches(".*\\p{L}{2}.*")
                && !l.text().matches(".*\\d.*")
                && (!l.text().strip().matches(".*[.,;:]$") || companyForm)
                && !LetterMap.contains(book, "letterheadNoise", l)
                && !address(book, l)
                && !LetterMap.startsWithLabel(book, l)
                && book.match("reference", t, 0) == 0
                && book.match("countryHeads", t, 0) == 0
                && book.match("civilities", t, 0) == 0
                && !map.receivedStamp(l)
                && !isMotto(l)
                // the name again in another language ("LANDHELGISGÆSLA ÍSLANDS" / "Icelandic Coast Guard")
                && foreignLetters(book, l.text()) == foreignLetters(book, chosen.text())
                && (!names(book, t) || !chosenNamed && (t.size() == 1 || companyForm));
    }

    /** Two lines sharing some of their width on the page. */
    private static boolean overlapsAcross(TextLine a, TextLine b) {
        int overlap = Math.min(a.box().right(), b.box().right())
                - Math.max(a.box().x(), b.box().x());
        return overlap > 0.3 * Math.min(a.box().w(), b.box().w());
    }

    /** Opens like a name: a capital word of two letters or more that is not a connecting word ({@code de}, {@code and}). */
    private static boolean startsAName(LanguageCues book, Block b) {
        Tokens t = b.first().tokens();
        // the article a name opens with ("THE WORLD BANK") is no connector left from a line above
        int at = t.size() > 1 && book.matchExactly("suscriptionHeads", t, 0) == 1 ? 1 : 0;
        String w = t.get(at).text();
        return w.length() >= 2
                && Character.isUpperCase(w.charAt(0))
                && book.match("connectors", t, at) == 0
                && book.match("orgPrepositions", t, at) == 0;
    }

    /**
     * A line that only continues a candidate above it (a wrapped name's second line, {@code DU GRAND-DUCHÉ DE
     * LUXEMBOURG} under {@code LE GOUVERNEMENT}) is not a name of its own.
     */
    private static boolean continuesAbove(LetterMap map, TextLine line) {
        int i = line.index() - 1;
        if (i < 0 || !Character.isLetter(line.text().charAt(0))) {
            return false;
        }
        TextLine above = map.lines().get(i);
        Tokens t = line.tokens();
        return map.gap(above, line) <= 0.3
                && Math.abs(above.left() - line.left()) < 0.15
                && (Character.isLowerCase(line.text().charAt(0))
                        || capitals(line.text())
                                && capitals(above.text())
                                && map.book().match("orgPrepositions", t, 0) > 0)
                && !names(map.book(), t);
    }

    /**
     * The name a logo's abbreviation spells ({@code DVLA} beside {@code Driver & Vehicle Licensing Agency}), when the
     * name chosen does not (a group of the agency printed above it, {@code Drivers Medical Group}): the logo says
     * which body writes. Null when no logo spells another name of the letterhead.
     */
    private static Block spelledByLogo(List<Block> blocks, Block chosen) {
        for (Block logo : blocks) {
            String letters = logo.name().value().strip();
            if (!abbreviation(logo)
                    || !letters.matches("\\p{Lu}{3,6}")
                    || initialsOf(letters, chosen.name().value())) {
                continue;
            }
            for (Block b : blocks) {
                if (b != chosen && b.named() && initialsOf(letters, b.name().value())) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * The body a chosen unit belongs to ({@code Local Government and Housing Directorate} under {@code Scottish
     * Government}, {@code Iloilo City – Iznart Branch} beside {@code ARCHIPELAGO COMMERCIAL BANK} in larger type): a
     * name that opens or ends with a unit's kind gives way to the nearest name of a body above it, or to one in larger
     * type. Null when the chosen name is no unit or no such body stands in the letterhead.
     */
    private static Block bodyOfUnit(LanguageCues book, List<Block> blocks, Block chosen) {
        if (!unit(book, chosen)) {
            return null;
        }
        TextLine line = chosen.first();
        Block best = null;
        for (Block b : blocks) {
            TextLine l = b.first();
            if (b == chosen
                    || !b.named()
                    || abbreviation(b)
                    || unit(book, b)
                    || book.match("suscriptionHeads", l.tokens(), 0) > 0
                    || l.page() != line.page()) {
                continue;
            }
            boolean above = l.box().bottom() <= line.box().y();
            boolean larger = l.box().h() > 1.3 * line.box().h() && l.oneLineHigh();
            if ((above || larger)
                    && (best == null || l.box().y() > best.first().box().y())) {
                best = b;
            }
        }
        return best != null ? best : wordmarkOverUnit(book, blocks, chosen);
    }

    /**
     * The wordmark a unit is printed under when no body's name stands above it ({@code CCI} | {@code LYON MÉTROPOLE
     * SAINT-ÉTIENNE ROANNE} over {@code Direction Appui aux entreprises}, {@code RÉGION} / {@code
     * BOURGOGNE-FRANCHE-COMTÉ} over {@code Direction des assemblées}): the name just above it in capitals or in larger
     * type, with the logo's short word before it. Null when there is none, or when that name is a level of a
     * hierarchy (a prefect's heading, a territory, a government) under which the unit itself writes.
     */
    private static Block wordmarkOverUnit(LanguageCues book, List<Block> blocks, Block unit) {
        TextLine line = unit.first();
        int at = blocks.indexOf(unit) - 1;
        if (at < 0) {
            return null;
        }
        TextLine l = blocks.get(at).first();
        Tokens t = l.tokens();
        if (abbreviation(blocks.get(at))
                || l.page() != line.page()
                || l.box().bottom() > line.box().y()
                || !(capitals(l.text()) || l.box().h() > 1.1 * line.box().h())
                || !startsAName(book, blocks.get(at))
                || unit(book, blocks.get(at))
                || representative(book, l)
                || book.match("territories", t, 0) > 0
                || book.match("governmentHeads", t, 0) > 0) {
            return null; // "PRÉFÈTE DE LA RÉGION GRAND EST", "DÉPARTEMENT DE L'INTÉRIEUR": a level over the unit
        }
        Block mark = blocks.get(at);
        Block logo = at > 0 ? blocks.get(at - 1) : null;
        if (logo == null || !abbreviation(logo) || logo.first().page() != line.page()) {
            return mark;
        }
        return new Block(mark.first(), joined(logo.name(), " ", mark.name()), mark.named());
    }

    /**
     * A unit's name: it opens or ends with a unit's kind, and is no directorate general ({@code Iznart Branch}), nor
     * a body of its own that ends on its office ({@code Centre de Recherche en Astronomie, Astrophysique et
     * Géophysique} / {@code CRAAG – Direction}).
     */
    private static boolean unit(LanguageCues book, Block b) {
        String name = b.name().value();
        Tokens t = Tokens.of(name);
        return !GENERAL_DIRECTORATE.matcher(name).lookingAt()
                && unitKind(book, t)
                && book.match("autonomousBodies", t, 0) == 0;
    }

    /** Words opening or ending with a unit's kind ({@code Division des accises}, {@code … RESEARCH DIVISION}). */
    private static boolean unitKind(LanguageCues book, Tokens t) {
        return t.size() > 0
                && (book.matchExactly("unitHeads", t, 0) > 0 || book.matchExactly("unitHeads", t, t.size() - 1) > 0);
    }

    /**
     * A body's whole name in one word of capitals ({@code SÉNAT}, {@code SENATE} heading a Cameroonian senate's
     * bilingual letterhead): short as an abbreviation, but a word the cue list {@code senderHeads} knows.
     */
    private static boolean bodyInOneWord(LanguageCues book, Block b) {
        Tokens t = b.first().tokens();
        return t.size() == 1 && book.matchExactly("senderHeads", t, 0) == 1;
    }

    /** A logo's abbreviation ({@code NUS}, {@code CEDEAO}): one short word, printed beside the full name. */
    private static boolean abbreviation(Block b) {
        String text = b.name().value();
        Tokens t = Tokens.of(text);
        return t.size() == 1 && text.strip().length() <= 8 && text.codePoints().noneMatch(Character::isLowerCase)
                || t.size() == 2 && text.replace(" ", "").length() <= 5;
    }

    /** A street address: it starts with the building's number ({@code 6 Science Drive 2}). */
    private boolean address(LanguageCues book, TextLine line) {
        return HOUSE_NUMBER.matcher(line.text()).matches() && !names(book, line.tokens());
    }

    /** An e-mail address or a website alone on its line ({@code cabinetoffice@bahamas.gov.bs}): a contact. */
    private static boolean onlineAddress(TextLine line) {
        String text = line.text().strip();
        return RecipientEngine.EMAIL_ONLY.matcher(text).matches()
                || WEBSITE_ONLY.matcher(text).matches();
    }

    /**
     * A building's name heading an address, its street or post box close under it in the same column ({@code Sir
     * Cecil Wallace-Whitfield Centre} / {@code West Bay Street} / {@code P.O. Box N-7147}, {@code District Council
     * Offices} / {@code Kesteven Street}): where the body sits, not the body.
     */
    private static boolean buildingOverAddress(LetterMap map, TextLine line) {
        Tokens t = line.tokens();
        if (t.size() < 2 || map.book().matchExactly("buildings", t, t.size() - 1) == 0) {
            return false;
        }
        return addressCloseUnder(map, line);
    }

    /** An address's line close under this one in its column: a street with its number, a post box, a telephone. */
    private static boolean addressCloseUnder(LetterMap map, TextLine line) {
        TextLine under = below(map, line);
        return under != null
                && under.page() == line.page()
                && map.gap(line, under) <= 0.5
                && (HOUSE_NUMBER.matcher(under.text()).matches()
                        || LetterMap.containsExactly(map.book(), "letterheadNoise", under));
    }

    /**
     * The caption of the address under it or after its colon ({@code Head Office & Lobatse Abattoir} / {@code Plot 1,
     * Abattoir Road}, {@code Siège : Fokontany Antsampandrano, Commune rurale …}): which of the body's premises the
     * address is, not the body. The captions are the cue list {@code addressCaptions}.
     */
    private static boolean captionOfAddress(LetterMap map, TextLine line) {
        Tokens t = line.tokens();
        int n = map.book().matchExactly("addressCaptions", t, 0);
        if (n == 0) {
            return false;
        }
        if (t.colonAfter(n - 1)) {
            return true;
        }
        return addressCloseUnder(map, line);
    }

    /**
     * A state's heading: a state's word opening the line ({@code REPUBLIC OF KENYA}), or among its first four words
     * before the state's name when the line names no office or body at all ({@code THE UNITED REPUBLIC OF TANZANIA},
     * not {@code THE REPUBLIC OF THE UNION OF MYANMAR FEDERATION OF} / {@code CHAMBERS OF COMMERCE}, nor a motto's
     * word ending a body's name: {@code France Travail}).
     */
    private static boolean stateHeading(LanguageCues book, Tokens t) {
        if (t.size() == 0 || book.match("localBodies", t, 0) > 0) {
            return false; // "RÉPUBLIQUE ET CANTON DU JURA": a canton writes, it is no state's heading
        }
        if (book.match("countryHeads", t, 0) > 0) {
            // "Justice Access Bangladesh (JAB)": a body named with its acronym, whatever word of a motto opens it
            return !acronymLast(t);
        }
        if (names(book, t)) {
            return false;
        }
        for (int i = 1; i < Math.min(4, t.size()); i++) {
            int n = book.match("countryHeads", t, i);
            if (n > 1
                    || n > 0
                            && i + n < t.size()
                            && (book.match("orgPrepositions", t, i + n) > 0
                                    || book.match("connectors", t, i + n) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code FEDERAL HIGH COURT OF NIGERIA}, {@code Federal Ministry of Health}: "federal" qualifying a body, not
     * heading a state's name ({@code FEDERAL REPUBLIC OF NIGERIA}).
     */
    private static boolean federalBody(LanguageCues book, Tokens t) {
        return t.size() >= 2
                && t.get(0).key().equals("federal")
                && book.match("countryHeads", t, 1) == 0
                && book.match("governmentHeads", t, 1) == 0
                && names(book, t);
    }

    /**
     * A heading that names only the government the issuer belongs to ({@code Australian Government},
     * {@code Government of India}, {@code Le Gouvernement du Grand-Duché de Luxembourg}): like a state heading, it
     * stands above the body that writes, which the letterhead names next.
     */
    private static boolean governmentOnly(LanguageCues book, Tokens t) {
        for (int i = 1; i < t.size(); i++) {
            if (book.matchExactly("localGovernments", t, i) == t.size() - i) {
                return false; // "ILORIN WEST LOCAL GOVERNMENT": a local government named by its place writes
            }
        }
        boolean government = false;
        boolean country = false; // past "Republic", the state's name: "… of the Union of Myanmar" names no body
        for (int i = 0; i < t.size(); i++) {
            if (book.match("governmentHeads", t, i) > 0) {
                government = true;
            } else if (book.match("countryHeads", t, i) > 0) {
                country = true;
            } else if (!country && book.match("senderHeads", t, i) > 0) {
                return false;
            }
        }
        return government && (t.size() <= 8 || country);
    }

    /**
     * A line under this one, still in the letterhead, that names a body other than the government, not one of the
     * government's own units (a directorate, a division, a team).
     */
    private static boolean bodyBelow(LetterMap map, TextLine line) {
        LanguageCues book = map.book();
        int seen = 0;
        for (int i = line.index() + 1; i < map.lines().size() && seen < 4; i++) {
            TextLine l = map.lines().get(i);
            if (l.page() != line.page() || l.top() > 0.3 || !map.inHeader(l.index())) {
                return false;
            }
            Tokens t = l.tokens();
            if (t.size() == 0) {
                continue;
            }
            seen++;
            if (book.match("governmentUnits", t, 0) > 0 || book.matchExactly("governmentUnits", t, t.size() - 1) > 0) {
                return false; // "Scottish Government" / "Agriculture and Rural Economy Directorate": one of its units
            }
            if (LetterMap.office(book, t) && !governmentOnly(book, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Un Peuple – Un But – Une Foi}: short words between dashes, no figure (not an address line set the same
     * way, {@code Administration communale – Avenue d'Auderghem 113 – 1040 Etterbeek}).
     */
    private static boolean isMotto(TextLine line) {
        String[] parts = DASH.split(line.text());
        if (parts.length < 3 || line.text().matches(".*\\d.*")) {
            return false;
        }
        for (String p : parts) {
            if (p.strip().split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }

    /** The next line under this one in the same column. */
    private static TextLine below(LetterMap map, TextLine line) {
        for (int i = line.index() + 1; i < map.lines().size(); i++) {
            TextLine l = map.lines().get(i);
            if (l.box().y() > line.box().y() + line.box().h() / 2 && Math.abs(l.centre() - line.centre()) < 0.1) {
                return l;
            }
        }
        return null;
    }

    /**
     * The body a suscription names after its official, when the letterhead printed the body's name bare: {@code
     * CONSEIL DÉPARTEMENTAL} over {@code Le Président du Conseil départemental de la Bouenza} gives {@code Conseil
     * départemental de la Bouenza}, the body writing rather than its head. The suscription whole otherwise.
     */
    private static Field<String> bodyOfSuscription(Field<String> suscription, Field<String> head) {
        String text = suscription.value();
        String bare = Folding.fold(head.value().strip());
        int at = Folding.fold(text).indexOf(bare);
        if (bare.isEmpty() || at <= 0 || Character.isLetterOrDigit(text.charAt(at - 1))) {
            return suscription;
        }
        return new Field<>(
                text.substring(at).strip(), suscription.raw(), suscription.confidence(), suscription.evidence());
    }

    /**
     * Lines from a "Le Ministre …" line down to the addressee, when the addressee follows within a few lines; never
     * from the body, whose closing may stand over an addressee set at the foot (a note verbale).
     */
    private Field<String> suscription(LetterMap map, int recipientLine) {
        LanguageCues book = map.book();
        for (int i = Math.max(0, recipientLine - MAX_LINES - 1); i < recipientLine; i++) {
            TextLine l = map.lines().get(i);
            Tokens t = l.tokens();
            if (map.inBody(i)) {
                continue; // a note's closing over its addressee at the foot names the addressee, not the writer
            }
            int h = t.size() == 0 ? 0 : book.match("suscriptionHeads", t, 0);
            if (h > 0 && book.match("senderHeads", t, h) > 0 && !l.text().endsWith(",")) {
                List<TextLine> used = new ArrayList<>();
                StringBuilder s = new StringBuilder();
                for (int j = i; j < recipientLine; j++) {
                    TextLine u = map.lines().get(j);
                    Tokens ut = u.tokens();
                    if (j > i
                            && (Math.abs(u.left() - l.left()) > 0.15
                                    || ut.size() == book.match("addresseeLead", ut, 0)
                                    || map.gap(used.get(used.size() - 1), u) > 0.5
                                    || book.match("reference", ut, 0) > 0)) {
                        break;
                    }
                    s.append(s.length() == 0 ? "" : " ").append(u.text());
                    used.add(u);
                }
                return field(s.toString(), used, 0.93);
            }
        }
        return Field.missing();
    }

    /**
     * The organisation line and its continuation lines: a lower-case start or a connecting word, a short tail that
     * did not fit the column, a name in capitals wrapped, or the next line of the same name in the same type and
     * alignment ({@code World Health} / {@code Organization}). Never an address, contact or stamp line.
     */
    private Field<String> join(LetterMap map, TextLine first, double conf) {
        List<TextLine> used = new ArrayList<>(List.of(first));
        LanguageCues book = book(map);
        StringBuilder s = new StringBuilder(besideGovernment(book, first));
        TextLine prev = first;
        for (int i = first.index() + 1; i < map.lines().size() && used.size() < MAX_NAME_LINES; i++) {
            TextLine l = map.lines().get(i);
            if (used.size() == 1 && territoryFlushRight(map, prev, l)) {
                // "Agence Régionale de Santé" / "Occitanie" set flush right under it: the logo's region ends the name
                s.append(' ').append(l.text());
                used.add(l);
                break;
            }
            if (Math.abs(l.centre() - prev.centre()) > 0.15 && Math.abs(l.left() - prev.left()) > 0.05) {
                continue;
            }
            Tokens t = l.tokens();
            Tokens pt = prev.tokens();
            boolean brokenWord = prev.text().strip().matches(".*\\p{L}-");
            if (t.size() <= 2
                    && heightRatio(prev, l) < 0.5
                    && l.box().y() < prev.box().bottom() + map.pitch()
                    && !(t.size() == 1 && names(book, t))
                    && !brokenWord) {
                // a speck of the emblem read as a word (not "Programme" under a logo's "WFP World Food", nor the rest
                // of a word the logo broke at its hyphen, "CCI BOURGOGNE-" / "FRANCHE-COMTÉ")
                continue;
            }
            if (l.box().horizontalOverlap(prev.box()) <= 0) {
                continue; // beside the name, not under it: a logo's letters ("be" of a ".be" logo)
            }
            if (acronymUnder(map, s.toString(), prev, l)) {
                // "INSTITUT NATIONAL DE LA STATISTIQUE" / "(INSTAT)": the body's abbreviation in brackets alone under
                // its name ends the name
                s.append(' ').append(l.text().strip());
                used.add(l);
                break;
            }
            if (t.size() == 0
                    || l.text().chars().noneMatch(Character::isLetterOrDigit)
                    || LetterMap.containsExactly(book, "letterheadNoise", l)
                    || address(book, l)
                    || l.text().chars().filter(Character::isDigit).count() >= 4
                    || LetterMap.contains(book, "receivedStamps", l)
                    || l.text().strip().matches("[(\\[].*[)\\]]")) {
                break;
            }
            if (kindLabel(book, l)) {
                break; // "Department:" under a logo's wordmark: the next name's label, not the rest of this one
            }
            if (translation(pt, t) && book.match("connectors", t, 0) == 0) {
                break; // "COMMISSION DE LA CEDEAO" / "COMISSÃO DA CEDEAO": the name again in another language
            }
            if (names(book, Tokens.of(s.toString())) && namedInOtherLanguage(book, t)) {
                break; // "INTERNATIONAL COMMITTEE OF THE RED CROSS" / "COMITÉ INTERNATIONAL DE LA CROIX-ROUGE"
            }
            if (foreignLetters(book, prev.text()) != foreignLetters(book, l.text())
                    && !Character.isLowerCase(l.text().charAt(0))
                    && book.match("connectors", t, 0) == 0
                    && book.match("connectors", pt, pt.size() - 1) == 0
                    && book.match("orgPrepositions", pt, pt.size() - 1) == 0) {
                // "Polska Agencja Rozwoju Przedsiębiorczości" / "Polish Agency for Enterprise Development": the name
                // again in another language, a whole line of it (not a place's name ending the line above's "DE")
                break;
            }
            boolean startsLower = Character.isLowerCase(l.text().charAt(0));
            boolean sameCase = capitals(l.text()) == capitals(prev.text());
            // a line ending on "DU", "OF" or "AND", on an adjective ("EAST SEPIK PROVINCIAL"), or a body's name on a
            // comma, is not a whole name: its end may stand a wide line-spacing lower
            boolean dangling = book.match("connectors", pt, pt.size() - 1) > 0
                    || book.match("orgPrepositions", pt, pt.size() - 1) > 0
                    || book.matchExactly("nameAdjectives", pt, pt.size() - 1) > 0
                    || prev.text().strip().endsWith(",")
                            && names(book, Tokens.of(s.toString()))
                            && continuesAfterComma(l);
            // "Department:" / "Home Affairs": South Africa's departments label their name with their kind
            dangling |= kindLabel(book, prev);
            // a preposition alone on its line ("PRÉFECTURE" / "DE" / "SEINE-ET-OISE") goes on with the name
            boolean prepositionAlone = book.match("orgPrepositions", t, 0) == t.size();
            // "Ministry of Climate Change" / "& Environment": an ampersand joins the name's two halves
            boolean ampersand = l.text().strip().startsWith("&")
                    || prev.text().strip().endsWith("&")
                    // "Department for Environment" / "Food & Rural Affairs": the name's last items joined by an
                    // ampersand, close under it in the same type, naming no body of their own
                    || l.text().matches(".*\\p{L} & \\p{Lu}.*")
                            && !names(book, t)
                            && closeInSameType(map, prev, l)
                            && aligned(prev, l);
            // "CITY OF JOHANNESBURG" / "a world class African city": a line in far smaller type that does not go on
            // with a name left open is the body's slogan
            boolean slogan = startsLower && !dangling && !brokenWord && heightRatio(prev, l) < 0.6;
            // "Conseil syndical de la copropriété" / "« Le Clos des Oliviers »": the body's own name in quotes, whole
            // on its line in the same type (not a slogan in quotes under a name in capitals)
            boolean quoted =
                    l.text().strip().matches("[«“\"][^»”\"]*[»”\"]?") && sameCase && heightRatio(prev, l) > 0.85;
            // "UNITED STATES DISTRICT COURT" / "DISTRICT OF OREGON": a court's district, in capitals under its name
            boolean courtDistrict = sameCase
                    && book.match("courtDistricts", t, 0) > 0
                    && book.matchExactly("courtKinds", pt, pt.size() - 1) > 0;
            boolean continues = startsLower && !slogan
                    || quoted
                    || courtDistrict
                    || brokenWord
                    || ampersand
                    || prepositionAlone
                    || sameCase && book.match("orgPrepositions", t, 0) > 0
                    || sameCase && book.matchExactly("seatPrepositions", t, 0) > 0 && t.size() <= 4
                    || sameCase && book.match("connectors", t, 0) > 0
                    || dangling;
            // "WFP World Food" / "Programme": the name's last word under it, within its width, the line above made
            // tall by a logo's letters
            boolean kindUnder = t.size() == 1
                    && names(book, t)
                    && map.gap(prev, l) <= 0.3
                    && l.box().x() >= prev.box().x()
                    && l.box().right() <= prev.box().right() + 0.01 * l.pageWidth();
            // "CHAMBRE D'AGRICULTURE" / "GERS": the territory of a body's logo, one word in larger capitals close under
            // the name, on its margin or centred under it ("CONSEIL DÉPARTEMENTAL" / "HAUTE-GARONNE")
            boolean territoryUnder = t.size() == 1
                    && capitals(l.text())
                    && !names(book, t)
                    && names(book, Tokens.of(s.toString()))
                    && map.gap(prev, l) <= 0.3
                    && (Math.abs(l.left() - prev.left()) <= 0.01 || Math.abs(l.centre() - prev.centre()) <= 0.01)
                    && heightRatio(prev, l) > 1.2;
            // "Agence régionale de santé" / "Auvergne-Rhône-Alpes": the region of a body's logo, one compound name in
            // smaller type close under the name, on its margin (not a town, "Dakar", nor a word, "Siège")
            boolean regionUnder = t.size() == 1
                    && l.text().strip().matches("\\p{Lu}\\p{L}+(-\\p{L}+)+")
                    && used.size() == 1
                    && !capitals(l.text())
                    && !names(book, t)
                    && names(book, Tokens.of(s.toString()))
                    && map.gap(prev, l) <= 0.3
                    && Math.abs(l.left() - prev.left()) <= 0.01
                    && heightRatio(prev, l) > 0.7
                    && heightRatio(prev, l) < 1;
            boolean tail = t.size() <= 3
                    && map.gap(prev, l) <= 0.3
                    && heightRatio(prev, l) > 0.85
                    && !names(book, t)
                    && book.match("countryHeads", t, 0) == 0
                    && wrappedInColumn(map, prev, l);
            // "ADEWALE-OKAFOR CONSTRUCTION" / "NIGERIA LTD": a company's name ends with its form, the line holding it
            // under the name in the same type and on its margin, as widely spaced as large type is
            boolean formTail = t.size() <= 3
                    && book.matchExactly("companyForms", t, t.size() - 1) > 0
                    && !endsWithCompanyForm(book, pt)
                    && Math.abs(l.left() - prev.left()) <= 0.01
                    && heightRatio(prev, l) > 0.85
                    && heightRatio(prev, l) < 1.2;
            if (map.gap(prev, l) > (dangling || formTail ? 1.0 : 0.5)
                    || !continues
                            && !tail
                            && !kindUnder
                            && !territoryUnder
                            && !regionUnder
                            && !brokenAfterComma(map, prev, l)
                            && !capitalsWrap(map, prev, l)
                            && !sameType(map, prev, l)
                            && !closedByAcronym(map, s.toString(), prev, l)) {
                break;
            }
            s.append(brokenWord ? "" : " ").append(l.text());
            used.add(l);
            prev = l;
        }
        return field(s.toString(), used, conf);
    }

    /**
     * The line's text from where the body's name starts: after a government's wordmark read onto its line in
     * smaller type ({@code Australian Government} | {@code Department of Agriculture,}), the way a federal
     * department prints its name beside the State's crest and wordmark.
     */
    private static String besideGovernment(LanguageCues book, TextLine line) {
        String text = line.text();
        int cut = line.typeChange();
        if (cut >= text.length()) {
            return text;
        }
        Tokens mark = Tokens.of(text.substring(0, cut));
        Tokens name = Tokens.of(text.substring(cut));
        boolean government =
                mark.size() >= 2 && mark.size() <= 3 && book.matchExactly("governmentHeads", mark, mark.size() - 1) > 0;
        return government && names(book, name) ? text.substring(cut).strip() : text;
    }

    /** A body's kind alone and its colon, labelling the name under it: {@code Department:}. */
    private static boolean kindLabel(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return t.size() == 1 && t.colonAfter(0) && book.matchExactly("senderHeads", t, 0) == 1;
    }

    /**
     * A line that may go on with a body's name broken after a comma ({@code Ministry of External Affairs,
     * International Trade,} / {@code Civil Aviation and Diaspora Affairs}): words, no figure.
     */
    private static boolean continuesAfterComma(TextLine l) {
        return !l.text().matches(".*\\d.*") && l.tokens().size() >= 2;
    }

    /**
     * A logo's region set flush right under a body's name in mixed case ({@code Agence Régionale de Santé} / {@code
     * Occitanie}): one or two capitalised words, no figure, no body's word, close under the name. Not a street
     * ({@code Attorney General's Department} / {@code Hulftsdorp Street}): the address begins there. Nor the office
     * that heads the body ({@code Académie de Lyon} / {@code Rectorat}): the academy writes, through its rectorate.
     */
    private static boolean territoryFlushRight(LetterMap map, TextLine name, TextLine l) {
        Tokens t = l.tokens();
        return name.endsLevelWith(l)
                && l.page() == name.page()
                && l.box().x() > name.box().x()
                && t.size() >= 1
                && t.size() <= 2
                && map.gap(name, l) <= 0.5
                && !capitals(name.text())
                && Character.isUpperCase(l.text().strip().charAt(0))
                && !l.text().matches(".*\\d.*")
                && !names(map.book(), t)
                && map.book().match("supervisingBodies", t, 0) == 0
                && !LetterMap.containsExactly(map.book(), "letterheadNoise", l);
    }

    /**
     * A bilingual letterhead's second line naming the same body in another language ({@code COMMISSION DE LA CEDEAO}
     * / {@code COMISSÃO DA CEDEAO}, {@code Transport Canada} / {@code Transports Canada}): a short line ending on the
     * same proper name or abbreviation as the line above, with other words before it. (Not a line opening with a
     * connector, which goes on with the name: {@code Ministry of Education} / {@code and Higher Education}.)
     */
    private static boolean translation(Tokens above, Tokens next) {
        if (above.size() < 2 || next.size() < 2 || above.size() > 6 || next.size() > 6) {
            return false;
        }
        String last = withoutElision(above.get(above.size() - 1));
        return last.equals(withoutElision(next.get(next.size() - 1)))
                && Character.isUpperCase(next.get(next.size() - 1).text().charAt(0))
                && !above.get(0).key().equals(next.get(0).key());
    }

    /**
     * A line that opens with the word for a body in another language that has a cue file, a word the letter's
     * language does not open a body with, its words joined by that language's connecting words and none of the
     * letter's ({@code COMITÉ INTERNATIONAL DE LA CROIX-ROUGE} under the English name, not {@code CABINET OFFICE}): a
     * bilingual letterhead's name given again, not the rest of the name above.
     */
    private boolean namedInOtherLanguage(LanguageCues book, Tokens t) {
        if (t.size() < 2 || book.match("senderHeads", t, 0) > 0 || book.matchExactly("organisationKinds", t, 0) > 0) {
            return false;
        }
        for (LanguageCues other : books) {
            if (!other.language().equals(book.language())
                    && (other.matchExactly("senderHeads", t, 0) > 0
                            || other.matchExactly("organisationKinds", t, 0) > 0)
                    && connected(other, t)
                    && !connected(book, t)) {
                return true;
            }
        }
        return false;
    }

    /** A name's words joined by a connecting word of this language ({@code de la}, {@code of the}). */
    private static boolean connected(LanguageCues book, Tokens t) {
        for (int i = 1; i < t.size(); i++) {
            if (book.matchExactly("connectors", t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A word's key without the elided article glued to it ({@code L'EUROPE}: {@code europe}). */
    private static String withoutElision(Tokens.Token token) {
        return Folding.key(token.text().replaceFirst("^\\p{L}['’]", ""));
    }

    /**
     * The next line of a name set in mixed case, in the same type and alignment, close under it, that does not
     * open a body of its own: the end of a name not yet complete ({@code World Health} / {@code Organization}), and
     * under a line that is a name already, only a line ending on the kind of body ({@code Northgate and Wymering
     * Hospitals} / {@code NHS Foundation Trust}), not a unit ({@code Survey Division}) nor the seat
     * ({@code Ambassade du Burkina Faso} / {@code Berne}).
     */
    private static boolean sameType(LetterMap map, TextLine above, TextLine next) {
        Tokens t = next.tokens();
        return !capitals(above.text())
                && !capitals(next.text())
                && closeInSameType(map, above, next)
                && aligned(above, next)
                && !above.text().matches(".*[.,;:]$")
                && (!names(map.book(), above.tokens()) || endsWithKind(map.book(), t))
                && (t.size() == 1
                        || map.book().match("senderHeads", t, 0) == 0
                                && map.book().matchExactly("organisationKinds", t, 0) == 0)
                && map.book().match("countryHeads", t, 0) == 0;
    }

    /**
     * The name's last line, ending on the acronym its capitalised words make ({@code Authority for Civil Society} /
     * {@code Organizations (ACSO)}): on the same margin or axis, close under it in the same type.
     */
    private static boolean closedByAcronym(LetterMap map, String above, TextLine prev, TextLine next) {
        Tokens t = next.tokens();
        String last = t.size() < 2 ? "" : t.get(t.size() - 1).text();
        if (!last.matches("\\(\\p{Lu}{3,}\\)") || !closeInSameType(map, prev, next)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : (above + " " + t.text().substring(0, t.get(t.size() - 1).start())).split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return aligned(prev, next) && initials.toString().equals(last.substring(1, last.length() - 1));
    }

    /**
     * A body's abbreviation alone in brackets on the line close under its name, on the name's margin or axis ({@code
     * (INSTAT)} under {@code INSTITUT NATIONAL DE LA STATISTIQUE}): its first letter the name's.
     */
    private static boolean acronymUnder(LetterMap map, String above, TextLine prev, TextLine next) {
        String text = next.text().strip();
        return text.matches("\\(\\p{Lu}[\\p{Lu}\\d&-]{1,9}\\)")
                && map.gap(prev, next) <= 0.5
                && aligned(prev, next)
                && names(map.book(), Tokens.of(above))
                && Character.toUpperCase(above.strip().charAt(0)) == text.charAt(1);
    }

    /** Two lines set on the same left margin, centre axis or right margin. */
    private static boolean aligned(TextLine above, TextLine next) {
        return Math.abs(next.left() - above.left()) < 0.015
                || Math.abs(next.centre() - above.centre()) < 0.02
                || Math.abs(next.box().right() - above.box().right()) < 0.015 * Math.max(1, next.pageWidth());
    }

    /**
     * A name broken after its comma ({@code Ministry of the Environment,} / {@code Conservation and Parks}): the next
     * line on the same margin, close under it in the same type, without figures or a state's heading.
     */
    private static boolean brokenAfterComma(LetterMap map, TextLine above, TextLine next) {
        return above.text().strip().endsWith(",")
                && Math.abs(next.left() - above.left()) < 0.015
                && closeInSameType(map, above, next)
                && !next.text().matches(".*\\d.*")
                && map.book().match("countryHeads", next.tokens(), 0) == 0;
    }

    /** The next line close under the line above (a third of a line between them at most), in the same type. */
    private static boolean closeInSameType(LetterMap map, TextLine above, TextLine next) {
        double ratio = heightRatio(above, next);
        return ratio > 0.88 && ratio < 1.14 && map.gap(above, next) <= 0.3;
    }

    /** A line ending on the kind of body the name is ({@code NHS Foundation Trust}), not on a unit's word. */
    private static boolean endsWithKind(LanguageCues book, Tokens t) {
        return book.matchExactly("organisationKinds", t, t.size() - 1) > 0;
    }

    /** The next line's height over the line above's: about 1 for lines set in the same type. */
    private static double heightRatio(TextLine above, TextLine next) {
        return (double) next.box().h() / Math.max(1, above.box().h());
    }

    /**
     * A name in capitals wrapped onto the next line of its column ({@code MINISTÈRE DE L'INTÉGRATION} /
     * {@code AFRICAINE ET DES MALIENS DE}): capitals again, in about the same type, on the same axis, close under
     * it, and not the next body or level of the letterhead ({@code SECRÉTARIAT GÉNÉRAL}, {@code RÉGION DU
     * LITTORAL}, {@code COMMUNE DE …}) unless a lone word that did not fit the line above or that ends a name the
     * words above began without naming a body ({@code INDEPENDENT NATIONAL ELECTORAL} / {@code COMMISSION}), nor the
     * acronym under the name ({@code (SFA)}), nor a body with a name of its own under a body's name ({@code MINISTÈRE
     * DE LA SANTÉ} / {@code CAISSE NATIONALE D'ASSURANCE}): the body the ministry supervises.
     */
    private static boolean capitalsWrap(LetterMap map, TextLine above, TextLine next) {
        Tokens t = next.tokens();
        if (t.size() == 0
                || !capitals(above.text())
                || !capitals(next.text())
                || map.gap(above, next) > 0.3 && !closeForItsType(above, next)
                || heightRatio(above, next) < 0.78
                || heightRatio(above, next) > 1.4
                || Math.abs(next.centre() - above.centre()) > 0.03
                        && Math.abs(next.left() - above.left()) > 0.01
                        && !above.endsLevelWith(next)
                || map.book().match("countryHeads", t, 0) > 0
                || stateHeading(map.book(), t)
                || map.book().match("seatLeads", t, 0) > 0
                || map.book().match("territories", t, 0) > 0
                || LetterMap.contains(map.book(), "localBodies", next)
                || map.book().matchExactly("autonomousBodies", t, 0) > 0 && names(map.book(), above.tokens())
                || isMotto(next)
                || next.text().strip().matches("[({\\[].*[)}\\]]")
                || agencyUnderMinistry(map.book(), above, next)) {
            return false;
        }
        // "NATIONAL DISASTER" / "MANAGEMENT" / "ORGANISATION (NADMO)": the kind ending a name, with its acronym
        boolean kindAlone =
                t.size() == 1 || KIND_WITH_ACRONYM.matcher(next.text().strip()).matches();
        // "CENTRAL PROVIDENT" / "FUND BOARD": kinds alone ending a name the line above began without naming a body
        boolean kindsAlone = t.size() <= 3
                && java.util.stream.IntStream.range(0, t.size())
                        .allMatch(i -> names(map.book(), Tokens.of(t.get(i).text())));
        // "EMPLOYEES' PROVIDENT FUND" / "ORGANISATION": a kind alone centred under a name in the same large type, the
        // line broken to balance the lockup (type taller than the text's, about half a line pitch)
        boolean balanced = t.size() == 1
                && Math.abs(next.centre() - above.centre()) <= 0.01
                && next.box().w() < above.box().w()
                && heightRatio(above, next) > 0.9
                && heightRatio(above, next) < 1.1
                && above.box().h() > 0.6 * map.pitch();
        return map.book().match("senderHeads", t, 0) == 0
                || kindAlone && (wrappedInColumn(map, above, next) || !names(map.book(), above.tokens()) || balanced)
                || kindsAlone && !names(map.book(), above.tokens());
    }

    /**
     * A body's whole name in capitals under its ministry's whole name ({@code MINISTRY OF HOME AFFAIRS} / {@code
     * TANZANIA PRISONS SERVICE}, {@code MINISTRY OF DEFENCE AND VETERANS AFFAIRS} / {@code NAMIBIAN DEFENCE FORCE}):
     * two names, the second ending on its kind (before its acronym in brackets, if any), not one name wrapped.
     */
    private static boolean agencyUnderMinistry(LanguageCues book, TextLine above, TextLine next) {
        Tokens t = next.tokens();
        // "TANZANIA AGRICULTURAL RESEARCH INSTITUTE (TARI)": the kind before the body's acronym in brackets
        int kind = t.size() - (acronymLast(t) ? 2 : 1);
        return t.size() >= 2
                && (book.matchExactly("organisationKinds", t, kind) > 0
                        || book.matchExactly("senderHeads", t, kind) > 0)
                && book.match("ministries", above.tokens(), 0) > 0;
    }

    /** Whether the words end with the body's acronym in brackets ({@code (TARI)}), two words or more before it. */
    private static boolean acronymLast(Tokens t) {
        return t.size() >= 3
                && BRACKETED_ACRONYM.matcher(t.get(t.size() - 1).text()).matches();
    }

    /**
     * A line close under the one above for the size of their type: a name in large type ({@code MINISTRY OF BASIC
     * AND SENIOR SECONDARY} / {@code EDUCATION}) wraps with a step wider than the body's, which the gap in body lines
     * takes for a white line.
     */
    private static boolean closeForItsType(TextLine above, TextLine next) {
        return next.box().y() - above.box().y()
                <= WRAP_STEP * Math.max(above.box().h(), next.box().h());
    }

    /** Written in capitals: at least three letters, none of them lower case. */
    static boolean capitals(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 3
                && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * A letterhead in the left column wraps at about half the text width: the line above plus the next line's
     * first word would not have fitted.
     */
    private static boolean wrappedInColumn(LetterMap map, TextLine above, TextLine next) {
        int left = Integer.MAX_VALUE;
        for (TextLine l : map.lines()) {
            if (l.page() == above.page()) {
                left = Math.min(left, l.box().x());
            }
        }
        if (next.tokens().size() == 0) {
            return false; // a line of marks only (no word) does not continue a name
        }
        int textWidth = map.rightMargin(above.page()) - left;
        String first = next.tokens().get(0).text();
        int firstWidth =
                next.box().w() * (first.length() + 1) / Math.max(1, next.text().length());
        return above.centre() < 0.45 && above.box().w() + firstWidth > 0.44 * textWidth;
    }

    /**
     * A body named after its street, ending with its kind ({@code Ballinroan & Kilbride Road Residents' Association}):
     * an address's word in it, no figure, and the last word a kind of body. No address line.
     */
    private static boolean namedAfterStreet(LanguageCues book, TextLine line) {
        Tokens t = line.tokens();
        int last = t.size() - 1;
        return last >= 2
                && !line.text().matches(".*[\\d,].*")
                && (book.matchExactly("senderHeads", t, last) > 0
                        || book.matchExactly("organisationKinds", t, last) > 0);
    }

    /** Whether the words name a body: an office word ({@code ministry}) or a kind of organisation ({@code hospital}). */
    private static boolean names(LanguageCues book, Tokens t) {
        return LetterMap.office(book, t) || LetterMap.containsExactly(book, "organisationKinds", t);
    }

    private static LanguageCues book(LetterMap map) {
        return map.book();
    }

    private static Field<String> field(String text, List<TextLine> used, double conf) {
        double q = 1;
        List<Evidence> ev = new ArrayList<>();
        for (TextLine l : used) {
            q = Math.min(q, l.readQuality());
            ev.add(l.evidence());
        }
        String v = text.replaceAll("\\s+", " ").replaceAll("[,;\\s]+$", "").strip();
        return new Field<>(v, text, conf * q, ev);
    }
}
