package org.courrier.ingest;

import java.nio.file.Path;
import org.courrier.document.CourrierException;

/**
 * Opens a file of any supported kind (PDF, TIFF, PNG, JPEG, BMP, GIF, DOCX, ODT, RTF, plain text)
 * and exposes its pages, either as ready positioned text or as images still to be read by OCR.
 *
 * <p>The type is detected from the content with Apache Tika, never from the file name. Every refusal is a
 * {@link CourrierException} whose reason says what to do with the file and whose message names it.
 *
 * <p>Implementations are thread-safe: one instance serves all workers.
 */
public interface Intake {

    /**
     * Opens a file. Limits are checked before any expensive work.
     *
     * @throws CourrierException EMPTY, NOT_FOUND, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED, TOO_LARGE or IO_ERROR
     */
    OpenedDocument open(Path file) throws CourrierException;

    /**
     * Opens a file whose SHA-256 the caller has already computed (the service hashes each file once, to claim it),
     * so that it is not read a second time for that.
     */
    default OpenedDocument open(Path file, String knownSha256) throws CourrierException {
        return open(file);
    }

    /** The standard intake, honouring the given limits. */
    static Intake create(IntakeLimits limits) {
        return new TikaIntake(limits);
    }
}
