package org.courrier.routes;

import java.sql.SQLException;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Camel's view of the record ids already produced, kept in the {@link StateStore} so that it survives restarts.
 *
 * <p>Thread-safe.
 */
final class SeenRepository implements IdempotentRepository {

    private final StateStore store;

    SeenRepository(StateStore store) {
        this.store = store;
    }

    @Override
    public boolean add(String key) {
        try {
            return store.remember(key);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remember record id " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean contains(String key) {
        try {
            return store.seen(key);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up record id " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean remove(String key) {
        try {
            return store.forget(key);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget record id " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        try {
            store.forgetAll();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear remembered record ids: " + e.getMessage(), e);
        }
    }

    @Override
    public void start() {}

    @Override
    public void stop() {}
}
