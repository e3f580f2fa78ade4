package org.courrier.extract.record;

import java.util.Objects;

/** To whom the letter is addressed; {@code block} is the whole recipient block on one line. */
public record Recipient(String name, String title, String organisation, String block) {

    public Recipient {
        Objects.requireNonNull(block, "block");
    }
}
