package org.courrier.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courrier.document.Document;

/**
 * The signature-line model experiment, for the test-fixtures harness ({@code SignatoryTrialCommand}): writes the
 * labelled events the model is trained from, and reads a letter's signatory every way
 * {@link SignatoryEngine.Method} knows, so that hand rules and model are scored on the same letters. Not part of
 * the pipeline.
 *
 * <p>Thread-safe: the cue books, the engine and the model are shared and only read.
 */
public final class SignatoryLab {

    /** A line is labelled as the name (or title) when its folded text is this close to the truth's. */
    private static final double LABEL_RATIO = 0.8;

    private final LanguageGuesser languages;
    private final SignatoryEngine engine;

    private SignatoryLab(SignatureLineModel model) {
        List<CueBook> books = CueBook.available();
        this.languages = new LanguageGuesser(books);
        this.engine = new SignatoryEngine(new DateFinder(books), model);
    }

    /** A lab whose model is trained on these events, in the text form {@link #events} writes. */
    public static SignatoryLab trainedOn(List<String> events) {
        return new SignatoryLab(SignatureLineModel.trainOn(events));
    }

    /** A lab without a model: it can only write events. */
    public static SignatoryLab untrained() {
        return new SignatoryLab(null);
    }

    /** The names of the ways a signatory can be read, in the order {@link #read} gives them. */
    public static List<String> methods() {
        List<String> out = new ArrayList<>();
        for (SignatoryEngine.Method m : SignatoryEngine.Method.values()) {
            out.add(m.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The signatory read by each method (a null value when the method found none), by method name. */
    public Map<String, Signatory> read(Document document) {
        LetterMap map = map(document);
        Map<String, Signatory> out = new LinkedHashMap<>();
        for (SignatoryEngine.Method m : SignatoryEngine.Method.values()) {
            out.put(m.name().toLowerCase(java.util.Locale.ROOT), engine.extract(map, m).value());
        }
        return out;
    }

    /**
     * One labelled event per line of the letter's signature window, in text form: {@code NAME}, {@code TITLE} or
     * {@code OTHER}, then the line's features. None for a letter without a body or without a signatory.
     */
    public List<String> events(Document document, Signatory truth) {
        LetterMap map = map(document);
        if (truth == null || map.bodyEnd() < 0 || map.isNoteVerbale()) {
            return List.of();
        }
        SignatureLines window = engine.window(map);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < window.size(); k++) {
            String text = SignatoryEngine.withoutStrokes(window.line(k).text()).replaceAll("[,\\s]+$", "");
            double name = similarity(text, truth.name());
            double title = similarity(text, truth.title());
            String label = Math.max(name, title) < LABEL_RATIO ? SignatureLineModel.OTHER
                    : name >= title ? SignatureLineModel.NAME : SignatureLineModel.TITLE;
            out.add(SignatureLineModel.text(label, window.features(k)));
        }
        return out;
    }

    /** The text of the closing formula and of each line of the signature window, for looking at failures. */
    public List<String> window(Document document) {
        LetterMap map = map(document);
        if (map.bodyEnd() < 0) {
            return List.of();
        }
        SignatureLines window = engine.window(map);
        List<String> out = new ArrayList<>();
        out.add(map.lines().get(map.bodyEnd()).text());
        for (int k = 0; k < window.size(); k++) {
            out.add(window.line(k).text());
        }
        return out;
    }

    private LetterMap map(Document document) {
        List<TextLine> lines = Layout.lines(document);
        String sample = LetterExtractor.sample(lines);
        return LetterMap.of(lines, languages.guess(sample));
    }

    /** 1 − Levenshtein distance / longer length, on folded letters and digits only. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        String x = Folding.fold(a).replaceAll("[^\\p{L}\\p{N}]+", "");
        String y = Folding.fold(b).replaceAll("[^\\p{L}\\p{N}]+", "");
        int longer = Math.max(x.length(), y.length());
        if (longer == 0) {
            return 0;
        }
        return 1 - (double) Folding.distance(x, y, longer) / longer;
    }
}
