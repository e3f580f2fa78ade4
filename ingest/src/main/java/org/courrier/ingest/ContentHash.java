package org.courrier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/** The SHA-256 of a file's bytes, lowercase hex: a letter's id. Computed once per file and passed along. */
public final class ContentHash {

    private ContentHash() {}

    /**
     * Hashes the file; with {@link java.nio.file.LinkOption#NOFOLLOW_LINKS} a file swapped for a link is not read.
     *
     * @throws CourrierException NOT_FOUND when it vanished, IO_ERROR when it cannot be read
     */
    public static String sha256(Path file, java.nio.file.OpenOption... options) throws CourrierException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file, options)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new CourrierException(Reason.NOT_FOUND, name + ": the file vanished before it was read", e);
        } catch (IOException e) {
            throw new CourrierException(Reason.IO_ERROR, name + ": cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
