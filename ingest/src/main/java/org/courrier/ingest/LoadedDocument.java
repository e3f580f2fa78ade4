package org.courrier.ingest;

import java.util.List;
import java.util.Objects;
import org.courrier.document.SourceFile;

/** An accepted file: its facts, its pages, and what to release on close. */
record LoadedDocument(SourceFile source, List<PageSource> pages, Runnable release) implements OpenedDocument {

    LoadedDocument {
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
        Objects.requireNonNull(release, "release");
    }

    @Override
    public void close() {
        release.run();
    }
}
