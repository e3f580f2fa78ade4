package org.courrier.ingest;

import java.util.List;
import org.courrier.document.SourceFile;

/**
 * A file that has been accepted by {@link Intake}: what it is and its pages in order.
 * Close it to release the underlying file (for PDFs, the parsed document).
 */
public interface OpenedDocument extends AutoCloseable {

    SourceFile source();

    /** The pages, numbered from 1, in order. */
    List<PageSource> pages();

    @Override
    void close();
}
