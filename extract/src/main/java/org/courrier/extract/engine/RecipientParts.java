package org.courrier.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.courrier.extract.record.Recipient;

/**
 * Cuts an addressee block into its parts: the name after the civility, the title, the organisation.
 *
 * <p>Stateless and thread-safe.
 */
final class RecipientParts {

    private RecipientParts() {}

    /**
     * Name after the civility up to a comma; title and organisation from the rest, split at the organisation's
     * preposition ({@code de l'}, {@code of}) or taken line by line as in an English inside address.
     */
    static Recipient parse(LanguageCues book, List<String> lines, String block) {
        Tokens t = Tokens.of(lines.get(0));
        int i = book.match("addresseeLead", t, 0);
        int civ = book.match("civilities", t, i);
        int j = i + civ;
        String name = null;
        String first = t.restFrom(j);
        int article = j < t.size() ? book.match("suscriptionHeads", t, j) : 0;
        if (civ > 0 && j < t.size() && article == 0) {
            int comma = first.indexOf(',');
            name = (comma > 0 ? first.substring(0, comma) : first).strip();
            first = comma > 0 ? first.substring(comma + 1).strip() : "";
        } else if (article > 0) {
            first = t.restFrom(j + article);
        }
        List<String> rest = new ArrayList<>();
        if (!first.isBlank()) {
            rest.add(first);
        }
        rest.addAll(lines.subList(1, lines.size()));
        String title = null;
        String organisation = null;
        if (!rest.isEmpty()) {
            String s = rest.get(0);
            int used = 1;
            if (rest.size() > 1 && book.match("orgPrepositions", Tokens.of(rest.get(1)), 0) > 0
                    || splitAtPreposition(book, s)[1] != null) {
                s = String.join(" ", rest);
                used = rest.size();
            }
            String[] split = splitAtPreposition(book, s);
            title = upToComma(split[0]);
            organisation = split[1] == null ? null : upToComma(split[1]);
            for (int k = used; organisation == null && k < rest.size(); k++) {
                Tokens rt = Tokens.of(rest.get(k));
                for (int w = 0; w < rt.size() && organisation == null; w++) {
                    if (book.match("senderHeads", rt, w) > 0) {
                        organisation = upToComma(rest.get(k));
                    }
                }
            }
            if (organisation == null && rest.size() > used && split[1] == null) {
                organisation = upToComma(rest.get(used));
            }
        }
        return new Recipient(blankToNull(name), blankToNull(title), blankToNull(organisation), block);
    }

    private static String[] splitAtPreposition(LanguageCues book, String s) {
        String folded = Folding.fold(s);
        int cut = -1;
        String prep = null;
        for (String p : book.list("orgPrepositions")) {
            int at = folded.indexOf(" " + p + (p.endsWith("'") ? "" : " "));
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
                prep = p;
            }
        }
        return cut < 0
                ? new String[] {s, null}
                : new String[] {s.substring(0, cut), s.substring(cut + 1 + prep.length())};
    }

    private static String upToComma(String s) {
        int comma = s.indexOf(',');
        return (comma > 0 ? s.substring(0, comma) : s).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
