package org.courrier.ingest;

import java.nio.file.Path;
import org.courrier.document.SourceFile;

/** What intake learnt about a file before handing it to the reader of its kind. */
record FileFacts(Path path, String name, String mediaType, long sizeBytes, String sha256) {

    SourceFile source(int pageCount) {
        return new SourceFile(name, mediaType, sizeBytes, pageCount, sha256);
    }
}
