package org.courrier.extract.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.Recipient;

/**
 * The fields the {@link LayoutModel}'s line labels propose: the sender is the lines labelled sender joined in
 * reading order, the recipient its block, the subject its lines without the label, the copies the items under the
 * heading; the reference and the date are read off the line labelled so. Each field's confidence is the model's
 * mean probability over the lines it was made of. Stateless and thread-safe.
 */
final class LayoutProposer {

    /** The fields the model proposes; a field no line was labelled for is missing. */
    record Proposal(
            Field<String> sender,
            Field<String> reference,
            Field<LocalDate> date,
            Field<Recipient> recipient,
            Field<String> subject,
            Field<List<String>> copies) {}

    private static final Pattern BULLET = Pattern.compile("^([-•*·–—>▪●¢©«»]\\s*|\\d{1,2}[.)]\\s+)");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;.:]+$");
    /** Lines of one block may have this many other lines between them (a date at the right of the letterhead). */
    private static final int RUN_GAP = 2;

    private final DateFinder dates;

    LayoutProposer(DateFinder dates) {
        this.dates = dates;
    }

    Proposal propose(LetterMap map, LayoutModel.Labelling labels) {
        return new Proposal(
                sender(map, labels),
                reference(map, labels),
                date(map, labels),
                recipient(map, labels),
                subject(map, labels),
                copies(map, labels));
    }

    private static Field<String> sender(LetterMap map, LayoutModel.Labelling labels) {
        List<TextLine> run = firstRun(map, labels, LayoutModel.SENDER, 1, 2.5);
        if (run.isEmpty()) {
            return Field.missing();
        }
        List<String> parts = new ArrayList<>();
        for (TextLine l : run) {
            parts.add(TRAILING.matcher(l.text()).replaceAll(""));
        }
        return field(String.join(", ", parts), run, labels);
    }

    private static Field<Recipient> recipient(LetterMap map, LayoutModel.Labelling labels) {
        // a received stamp set over the address (its office, date and "RECEIVED") is never part of the block
        List<TextLine> run = firstRun(map, labels, LayoutModel.RECIPIENT, 1, 1.5).stream()
                .filter(l -> !map.receivedStamp(l))
                .toList();
        if (run.isEmpty()) {
            return Field.missing();
        }
        List<String> parts = new ArrayList<>();
        for (TextLine l : run) {
            String piece =
                    TRAILING.matcher(BULLET.matcher(l.text()).replaceFirst("")).replaceAll("");
            if (parts.isEmpty()) {
                Tokens t = l.tokens();
                int lead = map.book().match("addresseeLead", t, 0);
                piece = lead > 0 && lead < t.size()
                        ? TRAILING.matcher(t.restFrom(lead)).replaceAll("")
                        : piece;
                if (lead > 0 && lead == t.size()) {
                    continue;
                }
            }
            if (!piece.isBlank()) {
                parts.add(piece);
            }
        }
        if (parts.isEmpty()) {
            return Field.missing();
        }
        String block = String.join(", ", parts);
        Field<String> f = field(block, run, labels);
        return new Field<>(RecipientParts.parse(map.book(), parts, block), block, f.confidence(), f.evidence());
    }

    private static Field<String> subject(LetterMap map, LayoutModel.Labelling labels) {
        List<TextLine> run = new ArrayList<>(firstRun(map, labels, LayoutModel.SUBJECT, 0, 1.0));
        if (run.isEmpty()) {
            return Field.missing();
        }
        TextLine first = run.get(0);
        if (map.book().match("attentionLines", first.tokens(), 0) > 0) {
            return Field.missing(); // "Attention: The Permanent Secretary" names who is to read it, not the matter
        }
        if (first.index() > 0 && map.book().match("subject", first.tokens(), 0) == 0) {
            TextLine above = map.lines().get(first.index() - 1);
            Tokens t = above.tokens();
            if (above.page() == first.page() && t.size() > 0 && map.book().match("subject", t, 0) > 0) {
                run.add(0, above); // the label's line the model left out: the subject starts there
            }
        }
        for (int i = 1; i < run.size(); i++) {
            if (LetterMap.opensBody(map.book(), run.get(i)) || LetterMap.isSalutation(map.book(), run.get(i))) {
                run = run.subList(0, i);
                break;
            }
        }
        if (run.size() > LetterMap.MAX_SUBJECT_LINES + 1) {
            run = run.subList(0, LetterMap.MAX_SUBJECT_LINES + 1);
        }
        List<String> parts = new ArrayList<>();
        for (TextLine l : run) {
            String piece = l.text().strip();
            if (parts.isEmpty()) {
                Tokens t = l.tokens();
                int n = map.book().match("subject", t, 0);
                if (n > 0 && (t.colonAfter(n - 1) || t.get(n - 1).key().length() >= 5)) {
                    piece = t.restFrom(n).replaceAll("^[:.\\-–\\s]+", "");
                }
            }
            if (!piece.isBlank()) {
                parts.add(piece);
            }
        }
        return parts.isEmpty() ? Field.missing() : field(String.join(" ", parts), run, labels);
    }

    private static Field<List<String>> copies(LetterMap map, LayoutModel.Labelling labels) {
        List<String> items = new ArrayList<>();
        List<TextLine> used = new ArrayList<>();
        for (TextLine l : map.lines()) {
            String label = labels.label(l.index());
            if (label.equals(LayoutModel.COPIES_HEADING)) {
                Tokens t = l.tokens();
                int n = map.book().match("copies", t, 0);
                String rest = n > 0 ? t.restFrom(n).replaceAll("^[:.\\-\\s]+", "") : "";
                for (String part : rest.split(";")) {
                    addItem(items, part);
                }
                used.add(l);
            } else if (label.equals(LayoutModel.COPY_ITEM)) {
                addItem(items, l.text());
                used.add(l);
            }
        }
        if (items.isEmpty()) {
            return Field.missing();
        }
        Field<String> f = field("", used, labels);
        return new Field<>(List.copyOf(items), null, f.confidence(), f.evidence());
    }

    private static void addItem(List<String> items, String text) {
        String e =
                TRAILING.matcher(BULLET.matcher(text.strip()).replaceFirst("")).replaceAll("");
        if (e.matches(".*\\p{L}{3}.*")) {
            items.add(e.replaceAll("\\s+", " "));
        }
    }

    private static Field<String> reference(LetterMap map, LayoutModel.Labelling labels) {
        for (TextLine l : map.lines()) {
            if (!labels.label(l.index()).equals(LayoutModel.REFERENCE)) {
                continue;
            }
            Tokens t = l.tokens();
            int from = t.size() == 0 ? 0 : map.book().match("reference", t, 0);
            int to = from;
            while (to < t.size() && (to == from || map.book().match("theirReference", t, to) == 0)) {
                to++;
            }
            if (from >= to) {
                continue;
            }
            String value = l.text().substring(t.get(from).start(), t.get(to - 1).end());
            value = TRAILING.matcher(value.replaceAll("^[:.\\-\\s]+", "")).replaceAll("");
            if (!value.isBlank()) {
                return field(value, List.of(l), labels);
            }
        }
        return Field.missing();
    }

    private Field<LocalDate> date(LetterMap map, LayoutModel.Labelling labels) {
        boolean dayFirst = "dmy".equals(map.book().value("numericDateOrder"));
        for (TextLine l : map.lines()) {
            if (!labels.label(l.index()).equals(LayoutModel.DATE)) {
                continue;
            }
            List<DateFinder.Hit> hits = dates.find(l.text(), dayFirst);
            if (!hits.isEmpty()
                    && !DateEngine.namesAnotherDate(
                            map.book(), l.text().substring(0, hits.get(0).start()))
                    && !DateEngine.labelBesideNamesAnotherDate(map, l)) {
                DateFinder.Hit h = hits.get(0);
                double p = labels.probability(l.index());
                return new Field<>(h.date(), h.raw(), Math.min(1, Math.max(0, p)), List.of(l.evidence()));
            }
        }
        return Field.missing();
    }

    /**
     * The first run of lines with this label: lines labelled so with at most {@link #RUN_GAP} others between them
     * and no more than {@code maxGap} blank lines above each, on the first page where the label is given;
     * {@code page} 1 keeps to the first page.
     */
    private static List<TextLine> firstRun(
            LetterMap map, LayoutModel.Labelling labels, String label, int page, double maxGap) {
        List<TextLine> run = new ArrayList<>();
        int last = -1;
        for (TextLine l : map.lines()) {
            if (page > 0 && l.page() != page) {
                break;
            }
            if (!labels.label(l.index()).equals(label)) {
                continue;
            }
            if (last >= 0
                    && (l.index() - last > RUN_GAP + 1
                            || l.page() != run.get(0).page()
                            || map.gap(map.lines().get(last), l) > maxGap)) {
                break;
            }
            run.add(l);
            last = l.index();
        }
        return run;
    }

    private static Field<String> field(String value, List<TextLine> lines, LayoutModel.Labelling labels) {
        double sum = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (TextLine l : lines) {
            sum += labels.probability(l.index());
            evidence.add(l.evidence());
        }
        double conf = lines.isEmpty() ? 0 : Math.min(1, Math.max(0, sum / lines.size()));
        return new Field<>(value, null, conf, evidence);
    }
}
