package org.courrier.routes.api;

/** Sends a stored revision downstream: the outbox and every configured endpoint, as a first record goes. */
@FunctionalInterface
public interface RevisionOutbox {

    /** Queues revision {@code revision} of record {@code id}; it is sent in the background. */
    void send(String id, int revision);
}
