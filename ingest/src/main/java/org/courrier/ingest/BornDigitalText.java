package org.courrier.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.xml.sax.SAXException;

/**
 * Born-digital documents without positions (DOCX, ODT, RTF, plain text): text through Tika's parsers, laid
 * out on synthetic pages by {@link SyntheticLayout}.
 *
 * <p>Thread-safe: Tika's auto-detect parser is; each call has its own handler and context.
 */
final class BornDigitalText {

    private static final Set<String> TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/plain");

    private final Parser parser;
    private final IntakeLimits limits;

    BornDigitalText(TikaConfig tika, IntakeLimits limits) {
        this.parser = new AutoDetectParser(tika);
        this.limits = limits;
    }

    static boolean accepts(String mediaType) {
        return TYPES.contains(mediaType);
    }

    OpenedDocument open(FileFacts facts) throws CourrierException {
        String text = parse(facts);
        if (text.isBlank()) {
            throw new CourrierException(
                    Reason.EMPTY, facts.name() + ": the " + facts.mediaType() + " document holds no text");
        }
        List<PageSource> pages = new ArrayList<>();
        SyntheticLayout.pages(text).forEach(p -> pages.add(new PageSource.Ready(p)));
        if (pages.size() > limits.maxPages()) {
            throw new CourrierException(
                    Reason.TOO_LARGE,
                    facts.name() + ": " + pages.size() + " pages is over the limit of " + limits.maxPages()
                            + " (courrier.intake.max-pages)");
        }
        return new LoadedDocument(facts.source(pages.size()), pages, () -> {});
    }

    private String parse(FileFacts facts) throws CourrierException {
        int maxChars = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1L << 20, limits.maxFileBytes()));
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, facts.mediaType());
        try (TikaInputStream in = TikaInputStream.get(facts.path())) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new CourrierException(Reason.ENCRYPTED, facts.name() + ": the document is password-protected", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new CourrierException(
                        Reason.TOO_LARGE, facts.name() + ": more than " + maxChars + " characters of text", e);
            }
            throw new CourrierException(
                    Reason.CORRUPT,
                    facts.name() + ": the " + facts.mediaType() + " document cannot be parsed: " + e.getMessage(),
                    e);
        } catch (TikaException | RuntimeException e) {
            throw new CourrierException(
                    Reason.CORRUPT,
                    facts.name() + ": the " + facts.mediaType() + " document cannot be parsed: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw TikaIntake.ioError(facts.name(), e);
        }
    }
}
