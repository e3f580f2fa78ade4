package org.courrier.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/**
 * The standard intake: checks size, hashes the bytes, detects the type from the content with Tika (the file
 * name is never consulted), then hands the file to the reader for its kind.
 *
 * <p>A text file named {@code .pdf} is plain text by content: it is accepted and read as text.
 *
 * <p>Thread-safe: holds only immutable state; every call opens its own streams.
 */
final class TikaIntake implements Intake {

    private static final Set<String> IMAGES =
            Set.of("image/tiff", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp", "image/gif");
    private static final Set<String> ENCRYPTED_TYPES =
            Set.of("application/x-tika-ooxml-protected", "application/x-tika-ooxml-encrypted");

    private final IntakeLimits limits;
    private final Detector detector;
    private final BornDigitalText bornDigital;

    TikaIntake(IntakeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.bornDigital = new BornDigitalText(tika, limits);
    }

    @Override
    public OpenedDocument open(Path file) throws CourrierException {
        return open(file, null);
    }

    @Override
    public OpenedDocument open(Path file, String knownSha256) throws CourrierException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        long size = sizeOf(file, name);
        if (size == 0) {
            throw new CourrierException(Reason.EMPTY, name + ": the file is empty (0 bytes)");
        }
        if (size > limits.maxFileBytes()) {
            throw new CourrierException(
                    Reason.TOO_LARGE,
                    name + ": " + size + " bytes is over the limit of " + limits.maxFileBytes()
                            + " (courrier.intake.max-file-bytes)");
        }
        String sha256 = knownSha256 != null ? knownSha256 : ContentHash.sha256(file);
        String type = detect(file, name);
        FileFacts facts = new FileFacts(file, name, type, size, sha256);
        if (type.equals("application/pdf")) {
            return PdfPages.open(facts, limits);
        }
        if (IMAGES.contains(type)) {
            return ImageFilePages.open(facts, limits);
        }
        if (ENCRYPTED_TYPES.contains(type)) {
            throw new CourrierException(Reason.ENCRYPTED, name + ": the document is password-protected (" + type + ")");
        }
        if (BornDigitalText.accepts(type)) {
            return bornDigital.open(facts);
        }
        throw new CourrierException(
                Reason.UNSUPPORTED_TYPE,
                name + ": content is " + type
                        + ", which Courrier does not read (PDF, TIFF, PNG, JPEG, BMP, GIF, DOCX, ODT, RTF, plain text)");
    }

    private static long sizeOf(Path file, String name) throws CourrierException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new CourrierException(Reason.NOT_FOUND, name + ": no such file (" + file + ")", e);
        } catch (IOException e) {
            throw ioError(name, e);
        }
    }

    private String detect(Path file, String name) throws CourrierException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw ioError(name, e);
        }
    }

    static CourrierException ioError(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CourrierException(Reason.NOT_FOUND, name + ": the file vanished before it was read", e);
        }
        String what = e instanceof AccessDeniedException ? "permission denied" : e.toString();
        return new CourrierException(Reason.IO_ERROR, name + ": could not be read: " + what, e);
    }
}
