package org.courrier.extract;

import java.util.List;
import org.courrier.document.Document;

/**
 * The standard field extractor: lays the letter's lines out, detects its language, then runs one engine per
 * field family (references, date, subject, addressee, copies, signatory, sender).
 *
 * <p>Thread-safe: engines hold no per-call state; OpenNLP models are shared and {@code *ME} objects made per call.
 */
final class LetterExtractor implements FieldExtractor {

    private final LanguageGuesser languages;
    private final ReferenceEngine references = new ReferenceEngine();
    private final DateEngine dates;
    private final SubjectEngine subjects = new SubjectEngine();
    private final RecipientEngine recipients;
    private final CopiesEngine copies = new CopiesEngine();
    private final SignatoryEngine signatories;
    private final SenderEngine senders = new SenderEngine();

    LetterExtractor() {
        List<CueBook> books = CueBook.available();
        this.languages = new LanguageGuesser(books);
        DateFinder finder = new DateFinder(books);
        this.dates = new DateEngine(finder);
        this.recipients = new RecipientEngine(finder);
        this.signatories = new SignatoryEngine(finder);
    }

    @Override
    public Extraction extract(Document document) {
        List<TextLine> lines = Layout.lines(document);
        CueBook book = languages.guess(document.text());
        LetterMap map = LetterMap.of(lines, book);
        ReferenceEngine.Result refs = references.extract(map);
        DateEngine.Result date = dates.extract(map, refs.spans());
        RecipientEngine.Result recipient = recipients.extract(map);
        Field<Signatory> signatory = signatories.extract(map);
        return new Extraction(book.language(), new LetterFields(
                senders.extract(map, recipient.firstLine(), signatory), signatory, refs.reference(),
                refs.theirReference(), date.date(), date.place(), recipient.recipient(), subjects.extract(map),
                copies.extract(map)));
    }
}
