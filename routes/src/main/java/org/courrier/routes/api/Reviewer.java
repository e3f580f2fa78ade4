package org.courrier.routes.api;

import java.util.Objects;

/** The person behind a write request: the name that goes into revisions and the audit trail. */
public record Reviewer(String name) {
    public Reviewer {
        Objects.requireNonNull(name, "name");
    }
}
