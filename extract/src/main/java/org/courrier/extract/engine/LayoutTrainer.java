package org.courrier.extract.engine;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.courrier.document.Document;

/**
 * Trains the {@link LayoutModel}: each letter's lines are labelled by matching the values its truth holds to the
 * lines (loosely, so that lines OCR misread still match), then every line becomes one training event of its
 * {@link LayoutFeatures} and the true labels of the two lines above. Maximum entropy (GIS) with a fixed number of
 * iterations and cutoff: the same letters give the same model. Not thread-safe (it collects events).
 */
public final class LayoutTrainer {

    /** What a letter truly says, as far as labelling its lines needs: the fields the extractor looks for. */
    public record LayoutTruth(
            List<String> senders,
            String reference,
            String theirReference,
            LocalDate date,
            String recipientBlock,
            String subject,
            List<String> copies,
            String signatoryName,
            String signatoryTitle) {

        public LayoutTruth {
            senders = senders == null ? List.of() : List.copyOf(senders);
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    /** A line's share of tokens found in a value from which the line is part of that value. */
    private static final double COVERED = 0.7;

    private static final java.util.regex.Pattern DEAR =
            java.util.regex.Pattern.compile("^(?i)(dear|cher|chère|chere)\\b");

    private final List<LanguageCues> books = LanguageCues.available();
    private final LanguageGuesser languages = new LanguageGuesser(books);
    private final DateFinder dates = new DateFinder(books);
    private final LayoutFeatures features = new LayoutFeatures(dates);
    private final List<Event> events = new ArrayList<>();
    private final int[] labelCounts = new int[LayoutModel.LABELS.size()];
    private int letters;

    /** The letter's lines as the extractor lays them out, with the language it guesses. */
    LetterMap map(Document document) {
        List<TextLine> lines = ReadingOrder.lines(document);
        LanguageCues book = languages.guess(LetterExtractor.sample(lines));
        return LetterMap.of(lines, book);
    }

    /** Adds one letter's lines as training events. */
    public void add(Document document, LayoutTruth truth) {
        LetterMap map = map(document);
        List<String> labels = labels(map, truth);
        List<String[]> f = features.of(map);
        for (int i = 0; i < f.size(); i++) {
            String prev = i >= 1 ? labels.get(i - 1) : "start";
            String prev2 = i >= 2 ? labels.get(i - 2) : "start";
            events.add(new Event(labels.get(i), LayoutFeatures.withHistory(f.get(i), prev, prev2)));
            labelCounts[LayoutModel.LABELS.indexOf(labels.get(i))]++;
        }
        letters++;
    }

    /** The true label of each of the document's lines, in reading order, with the line's text: for inspection. */
    public List<String> labelledLines(Document document, LayoutTruth truth) {
        LetterMap map = map(document);
        List<String> labels = labels(map, truth);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(labels.get(i) + "\t" + map.lines().get(i).text());
        }
        return out;
    }

    /** How many letters and lines were added, and how many lines of each label. */
    public String summary() {
        StringBuilder b = new StringBuilder(letters + " letters, " + events.size() + " lines:");
        for (int i = 0; i < labelCounts.length; i++) {
            b.append(' ').append(LayoutModel.LABELS.get(i)).append(' ').append(labelCounts[i]);
        }
        return b.toString();
    }

    /** Trains a maximum-entropy model (GIS) over the events added, deterministic for given events. */
    public LayoutModel train(int iterations, int cutoff) throws IOException {
        if (events.isEmpty()) {
            throw new IllegalStateException("no letter was added");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return new LayoutModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    }

    /** The label of each line by matching the truth's values to it; a line nothing matches is body or other. */
    List<String> labels(LetterMap map, LayoutTruth truth) {
        List<TextLine> lines = map.lines();
        String[] labels = new String[lines.size()];
        boolean dayFirst = "dmy".equals(map.book().value("numericDateOrder"));
        if (truth.date() != null) {
            for (TextLine l : lines) {
                if (dates.find(l.text(), dayFirst).stream()
                                .anyMatch(h -> h.date().equals(truth.date()))
                        || dates.find(l.text(), !dayFirst).stream()
                                .anyMatch(h -> h.date().equals(truth.date()))) {
                    labels[l.index()] = LayoutModel.DATE;
                    break;
                }
            }
        }
        markCode(lines, labels, truth.reference(), LayoutModel.REFERENCE);
        markCode(lines, labels, truth.theirReference(), LayoutModel.THEIR_REFERENCE);
        int limit = Math.min(lines.size(), map.bodyStart() + 2);
        if (truth.subject() != null) {
            markBlock(lines, labels, truth.subject(), 0, limit, LayoutModel.SUBJECT, true);
        }
        if (truth.recipientBlock() != null) {
            markBlock(lines, labels, truth.recipientBlock(), 0, limit, LayoutModel.RECIPIENT, false);
        }
        markSender(lines, labels, truth.senders());
        int heading = -1;
        if (!truth.copies().isEmpty()) {
            for (int i = lines.size() - 1; i > map.bodyStart() && i > 0; i--) {
                Tokens t = lines.get(i).tokens();
                if (labels[i] == null && t.size() > 0 && map.book().match("copies", t, 0) > 0) {
                    heading = i;
                    labels[i] = LayoutModel.COPIES_HEADING;
                    break;
                }
            }
            int from = heading >= 0 ? heading + 1 : Math.max(0, map.bodyEnd());
            for (String item : truth.copies()) {
                markBlock(lines, labels, item, from, lines.size(), LayoutModel.COPY_ITEM, false);
            }
        }
        int signFrom = Math.max(map.bodyStart(), map.bodyEnd() - 1);
        for (String s : Arrays.asList(truth.signatoryName(), truth.signatoryTitle())) {
            if (s != null && signFrom < lines.size()) {
                markBlock(lines, labels, s, Math.max(0, signFrom), lines.size(), LayoutModel.SIGNATURE, false);
            }
        }
        int salutation = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null && salutation < 0 && salutation(map.book(), lines.get(i))) {
                labels[i] = LayoutModel.SALUTATION;
                salutation = i;
            }
        }
        int bodyFrom = salutation >= 0 ? salutation + 1 : lastOf(labels, LayoutModel.SUBJECT) + 1;
        if (bodyFrom <= 0) {
            bodyFrom = map.bodyStart();
        }
        int bodyTo = lines.size();
        for (int i = bodyFrom; i < labels.length; i++) {
            if (LayoutModel.SIGNATURE.equals(labels[i]) || LayoutModel.COPIES_HEADING.equals(labels[i])) {
                bodyTo = i;
                break;
            }
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                continue;
            }
            boolean inBody = i >= bodyFrom && i < bodyTo || map.inBody(i);
            labels[i] = inBody || lines.get(i).prose() && i >= bodyFrom ? LayoutModel.BODY : LayoutModel.OTHER;
        }
        return List.of(labels);
    }

    /** A short line opening with a salutation word ({@code Dear Mr Rigby}, {@code Monsieur le Directeur,}). */
    private static boolean salutation(LanguageCues book, TextLine l) {
        Tokens t = l.tokens();
        return LetterMap.isSalutation(book, l)
                || t.size() > 0 && t.size() <= 8 && DEAR.matcher(l.text()).find() && !l.prose();
    }

    private static int lastOf(String[] labels, String label) {
        int last = -1;
        for (int i = 0; i < labels.length; i++) {
            if (label.equals(labels[i])) {
                last = i;
            }
        }
        return last;
    }

    /** The first line holding a short code (a reference) in full, read loosely. */
    private static void markCode(List<TextLine> lines, String[] labels, String code, String label) {
        if (code == null) {
            return;
        }
        String want = squash(code);
        if (want.length() < 2) {
            return;
        }
        for (TextLine l : lines) {
            if (labels[l.index()] != null) {
                continue;
            }
            String have = squash(l.text());
            boolean found = have.contains(want)
                    || want.length() >= 6 && nearlyContains(have, want, want.length() >= 12 ? 2 : 1);
            if (found) {
                labels[l.index()] = label;
                return;
            }
        }
    }

    /** Whether a stretch of {@code have} is within {@code limit} edits of {@code want}. */
    private static boolean nearlyContains(String have, String want, int limit) {
        for (int s = 0; s + want.length() - limit <= have.length(); s++) {
            for (int len = want.length() - limit; len <= want.length() + limit; len++) {
                if (len > 0
                        && s + len <= have.length()
                        && Folding.distance(have.substring(s, s + len), want, limit) <= limit) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Marks the lines from {@code from} to {@code to} that the value covers, in the largest run of such lines (a
     * value printed over several lines, perhaps with one unrelated line between, such as a date at the right).
     */
    private static void markBlock(
            List<TextLine> lines, String[] labels, String value, int from, int to, String label, boolean firstRun) {
        Set<String> words = words(value);
        if (words.isEmpty()) {
            return;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (labels[i] == null && covered(lines.get(i), words)) {
                hits.add(i);
            }
        }
        List<Integer> best = List.of();
        int bestWeight = 0;
        List<Integer> run = new ArrayList<>();
        int weight = 0;
        for (int k = 0; k <= hits.size(); k++) {
            boolean continues = k < hits.size()
                    && !run.isEmpty()
                    && hits.get(k) - run.get(run.size() - 1) <= 2
                    && unlabelledBetween(labels, run.get(run.size() - 1), hits.get(k));
            if (k < hits.size() && (run.isEmpty() || continues)) {
                run.add(hits.get(k));
                weight += lines.get(hits.get(k)).text().length();
                continue;
            }
            if (weight > bestWeight && (!firstRun || best.isEmpty())) {
                best = run;
                bestWeight = weight;
            }
            run = new ArrayList<>();
            weight = 0;
            if (k < hits.size()) {
                run.add(hits.get(k));
                weight = lines.get(hits.get(k)).text().length();
            }
        }
        for (int i : best) {
            labels[i] = label;
        }
    }

    private static boolean unlabelledBetween(String[] labels, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (labels[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The sender's lines on page 1's upper half, for the form of the sender the letterhead covers best. */
    private static void markSender(List<TextLine> lines, String[] labels, List<String> senders) {
        List<Integer> best = List.of();
        double bestScore = 0;
        for (String form : senders) {
            Set<String> words = words(form);
            if (words.isEmpty()) {
                continue;
            }
            List<Integer> hit = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TextLine l : lines) {
                if (l.page() != 1 || l.top() > 0.5 || labels[l.index()] != null || !covered(l, words)) {
                    continue;
                }
                hit.add(l.index());
                seen.addAll(words(l.text()));
            }
            seen.retainAll(words);
            double score = (double) seen.size() / words.size();
            if (score > bestScore + 1e-9) {
                best = hit;
                bestScore = score;
            }
        }
        if (bestScore >= 0.5) {
            for (int i : best) {
                labels[i] = LayoutModel.SENDER;
            }
        }
    }

    private static boolean covered(TextLine l, Set<String> words) {
        Set<String> own = words(l.text());
        if (own.isEmpty()) {
            return false;
        }
        int in = 0;
        int chars = 0;
        for (String w : own) {
            if (words.contains(w) || w.length() >= 5 && words.stream().anyMatch(v -> Folding.likeKey(w, v))) {
                in++;
                chars += w.length();
            }
        }
        return chars >= 3 && in >= COVERED * own.size();
    }

    /** A text's words, folded, letters and digits only. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String squash(String text) {
        return Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
