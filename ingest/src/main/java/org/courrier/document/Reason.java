package org.courrier.document;

/**
 * Why a file could not be turned into a record, grouped by what the caller should do next.
 */
public enum Reason {
    /** The file does not exist or vanished before it was read. */
    NOT_FOUND(Action.QUARANTINE),
    /**
     * Not a regular file: a symbolic link (never followed by the service), a device, a pipe or a socket. Left where
     * it is.
     */
    NOT_A_REGULAR_FILE(Action.QUARANTINE),
    /** The path resolves to a place outside the watched inbox (through a symbolic link). Left where it is. */
    OUTSIDE_INBOX(Action.QUARANTINE),
    /** The file has no bytes, or nothing that could hold text (an image page a few pixels wide). */
    EMPTY(Action.QUARANTINE),
    /** The content is of a type Courrier does not read (detected from the bytes, not the name). */
    UNSUPPORTED_TYPE(Action.QUARANTINE),
    /** The content claims a supported type but cannot be parsed, or is cut short (a JPEG without its end). */
    CORRUPT(Action.QUARANTINE),
    /** The document is password-protected. */
    ENCRYPTED(Action.QUARANTINE),
    /** A configured limit (file size, pages, pixels per page) would be exceeded. */
    TOO_LARGE(Action.QUARANTINE),
    /** OCR of a page did not finish within its time budget. */
    OCR_TIMEOUT(Action.QUARANTINE),
    /** The OCR engine failed on a page. */
    OCR_FAILED(Action.RETRY),
    /**
     * The letter needed more than its budget: field extraction ran longer than {@code courrier.extract.budget}, or
     * reading it ran the Java heap out of memory. Never retried: the same letter would need as much again.
     */
    OVER_BUDGET(Action.QUARANTINE),
    /** Field extraction failed unexpectedly. */
    EXTRACTION_FAILED(Action.QUARANTINE),
    /** The file could not be read for a passing reason (I/O error, file locked). */
    IO_ERROR(Action.RETRY),
    /** The process crashed repeatedly while working on this file. */
    CRASHED(Action.QUARANTINE),
    /** The installation is broken (native library or language data missing): nothing will work until fixed. */
    ENVIRONMENT(Action.STOP);

    /** What a caller does on this reason. */
    public enum Action {
        /** Try the same file again later. */
        RETRY,
        /** Set the file aside with its reason for a person to look at. */
        QUARANTINE,
        /** Stop processing: the problem is not the file. */
        STOP
    }

    private final Action action;

    Reason(Action action) {
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
