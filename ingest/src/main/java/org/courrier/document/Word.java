package org.courrier.document;

import java.util.Objects;

/** One word as read, with its box and a confidence in [0, 1] (1 for text-layer words). */
public record Word(String text, Box box, double confidence) {

    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("word confidence must be in [0, 1]: " + confidence);
        }
    }
}
