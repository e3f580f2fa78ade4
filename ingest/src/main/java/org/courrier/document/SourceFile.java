package org.courrier.document;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is known of the file a letter came from.
 *
 * @param fileName  the file's name, without folders
 * @param mediaType the type detected from the content (not the name)
 * @param sizeBytes the file's size
 * @param pageCount pages in the document
 * @param sha256    SHA-256 of the file's bytes, lowercase hex; the record's id
 */
public record SourceFile(String fileName, String mediaType, long sizeBytes, int pageCount, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (sizeBytes < 0 || pageCount < 0) {
            throw new IllegalArgumentException("size and page count must not be negative");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
        }
    }
}
