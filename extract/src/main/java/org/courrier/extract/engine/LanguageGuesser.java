package org.courrier.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Picks the letter's language among those with a cue file, with OpenNLP's language detector (the
 * {@code opennlp-models-langdetect} model, loaded once from the classpath).
 *
 * <p>Thread-safe: the model is shared, a {@link LanguageDetectorME} is made per call.
 */
final class LanguageGuesser {

    private static final String MODEL = "/langdetect-183.bin";
    /** Enough text to decide; letters are longer but the first lines say it. */
    private static final int MAX_CHARS = 3000;

    private final LanguageDetectorModel model;
    private final List<LanguageCues> books;

    LanguageGuesser(List<LanguageCues> books) {
        this.books = List.copyOf(books);
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL, e);
        }
    }

    /** The cue book of the most likely language that has one; the first book when the text says nothing. */
    LanguageCues guess(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.isBlank()) {
            return books.get(0);
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        for (Language l : ranked) {
            for (LanguageCues b : books) {
                if (b.iso3().equals(l.getLang())) {
                    return b;
                }
            }
        }
        return books.get(0);
    }
}
