package org.courrier.extract.record;

import java.util.Objects;
import org.courrier.document.Box;

/** Where on which page a field was read, and the text as read there. */
public record Evidence(int page, Box box, String text) {

    public Evidence {
        if (page < 1) {
            throw new IllegalArgumentException("evidence page starts at 1: " + page);
        }
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(text, "text");
    }
}
