package org.courrier.document;

import java.util.Objects;

/**
 * A file could not be processed. Carries a {@link Reason} saying what the caller does next,
 * and a message that names the file and the cause in words a person can act on.
 */
public class CourrierException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public CourrierException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CourrierException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
