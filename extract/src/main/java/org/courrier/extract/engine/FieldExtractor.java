package org.courrier.extract.engine;

import org.courrier.document.Document;
import org.courrier.extract.record.LetterFields;

/**
 * Extracts the letter's fields from positioned text, each with a confidence and its evidence.
 *
 * <p>Implementations are thread-safe: models are shared, per-call state stays on the stack.
 */
public interface FieldExtractor {

    /** Extracts fields; never throws for odd text, a field that cannot be found is missing. */
    Extraction extract(Document document);

    /** The standard extractor for the languages that have cue files. */
    static FieldExtractor create() {
        return new LetterExtractor();
    }

    /** The extracted fields and the detected language (ISO 639-1, e.g. {@code fr}, {@code en}). */
    record Extraction(String language, LetterFields fields) {}
}
