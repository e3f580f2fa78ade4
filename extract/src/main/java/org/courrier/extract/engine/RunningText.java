package org.courrier.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Tells prose (the body of a letter) from header lines, and cuts prose into sentences with OpenNLP's sentence
 * detector for the letter's language (model named by {@code sentenceModel} in the cue file).
 *
 * <p>Thread-safe: models are shared, a {@link SentenceDetectorME} is made per call.
 */
final class RunningText {

    private static final Map<String, SentenceModel> MODELS = new ConcurrentHashMap<>();

    private RunningText() {}

    /** An e-mail or web address: its pieces are lower-case words that are not prose. */
    private static final java.util.regex.Pattern ADDRESSES =
            java.util.regex.Pattern.compile("\\S*@\\S*|(?i:https?://|www\\.)\\S*");

    /** A piece ending on a name's initial, one capital and its stop ({@code Dr. Anjali R.}). */
    private static final java.util.regex.Pattern INITIAL_END = java.util.regex.Pattern.compile("(^|\\s)\\p{Lu}\\.$");

    /**
     * A line of running text: long, and mostly lower-case words, not counting e-mail and web addresses (a
     * letterhead's contact line {@code T +353 53 916 3400 · inspections@agriculture.gov.ie} is not prose).
     */
    static boolean isProse(TextLine line) {
        String[] tokens =
                SimpleTokenizer.INSTANCE.tokenize(ADDRESSES.matcher(line.text()).replaceAll(" "));
        int words = 0;
        int lower = 0;
        for (String t : tokens) {
            if (Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isLowerCase(t.charAt(0))) {
                    lower++;
                }
            }
        }
        return words >= 7 && lower * 3 >= words * 2 && line.width() > 0.45;
    }

    /**
     * Sentences of the text, as the language's sentence model cuts them; the whole text when there is no model. A cut
     * after a name's initial ({@code under Dr. Anjali R. Menon}) is no sentence's end: the two pieces stay one.
     */
    static String[] sentences(LanguageCues book, String text) {
        String name = book.value("sentenceModel");
        if (name.isEmpty()) {
            return new String[] {text};
        }
        SentenceModel model = MODELS.computeIfAbsent(name, RunningText::load);
        String[] detected = new SentenceDetectorME(model).sentDetect(text);
        // the detector finds no sentence in an empty or blank text: callers get the text itself, never nothing
        if (detected.length == 0) {
            return new String[] {text};
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : detected) {
            int last = sentences.size() - 1;
            if (last >= 0 && INITIAL_END.matcher(sentences.get(last)).find()) {
                sentences.set(last, sentences.get(last) + " " + sentence);
            } else {
                sentences.add(sentence);
            }
        }
        return sentences.toArray(String[]::new);
    }

    private static SentenceModel load(String name) {
        try (InputStream in = RunningText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + name + " missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence model " + name, e);
        }
    }
}
