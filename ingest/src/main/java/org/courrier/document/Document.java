package org.courrier.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A whole letter as positioned text: its source and its pages in order. */
public record Document(SourceFile source, List<Page> pages) {

    /** Separates pages in {@link #text()}. */
    public static final String PAGE_SEPARATOR = "\f";

    public Document {
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("pages must be numbered 1.." + pages.size() + " in order");
            }
        }
    }

    /** Full text, pages separated by a form feed. */
    public String text() {
        return pages.stream().map(Page::text).collect(Collectors.joining(PAGE_SEPARATOR));
    }
}
