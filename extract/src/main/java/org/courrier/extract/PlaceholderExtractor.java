package org.courrier.extract;

import java.util.List;
import org.courrier.document.Document;

/** PLACEHOLDER until the extract issue lands: finds nothing. */
final class PlaceholderExtractor implements FieldExtractor {

    @Override
    public Extraction extract(Document document) {
        return new Extraction(null, new LetterFields(Field.missing(), Field.missing(), Field.missing(),
                Field.missing(), Field.missing(), Field.missing(), Field.missing(), Field.missing(),
                Field.of(List.of(), 0, List.of())));
    }
}
