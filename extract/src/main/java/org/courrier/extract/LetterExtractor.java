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

    /** Enough running text for the language detector to be sure, little enough to keep it quick. */
    private static final int SAMPLE_CHARS = 500;

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

    /** Running text says the language best; a letter without any gives its first lines. */
    private static String sample(List<TextLine> lines) {
        StringBuilder prose = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (TextLine l : lines) {
            if (l.prose() && prose.length() < SAMPLE_CHARS) {
                prose.append(l.text()).append(' ');
            }
            if (any.length() < SAMPLE_CHARS) {
                any.append(l.text()).append(' ');
            }
        }
        return prose.length() >= SAMPLE_CHARS / 2 ? prose.toString() : any.toString();
    }

    @Override
    public Extraction extract(Document document) {
        List<TextLine> lines = Layout.lines(document);
        CueBook book = languages.guess(sample(lines));
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
