package org.courrier.routes.store;

/**
 * A revision was asked on top of a revision that is no longer the newest: another reviewer saved first. Nothing was
 * written; the caller reloads the record and shows what changed.
 */
public final class RevisionConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String recordId;
    private final int expected;
    private final int current;

    RevisionConflictException(String recordId, int expected, int current) {
        super("record " + recordId + " is at revision " + current + ", not " + expected
                + ": someone else saved it first; reload it");
        this.recordId = recordId;
        this.expected = expected;
        this.current = current;
    }

    public String recordId() {
        return recordId;
    }

    /** The revision the caller worked on. */
    public int expected() {
        return expected;
    }

    /** The newest revision in the store. */
    public int current() {
        return current;
    }
}
