package org.courrier.routes.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** An empty database of one kind for one test, with a plain connection beside the store's pool. */
final class TestDatabase implements AutoCloseable {

    /** The two databases the service runs on. */
    enum Kind {
        H2,
        POSTGRESQL
    }

    private final String url;
    private final String user;
    private final String password;
    private final ThrowawayPostgres postgres;

    private TestDatabase(String url, String user, String password, ThrowawayPostgres postgres) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
    }

    /** An empty database: an H2 file under {@code dir} (the service's default URL form), or a new PostgreSQL one. */
    static TestDatabase empty(Kind kind, Path dir) throws SQLException {
        if (kind == Kind.H2) {
            return new TestDatabase(
                    "jdbc:h2:file:" + dir.resolve("state").resolve("courrier") + ";WRITE_DELAY=0", "", "", null);
        }
        ThrowawayPostgres pg = ThrowawayPostgres.create();
        return new TestDatabase(pg.url(), pg.user(), pg.password(), pg);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    StateDatabase open() {
        return StateDatabase.open(url, user, password);
    }

    /** A connection outside the pool, as another program would have. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
