package org.courrier.routes.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The record store on the real PostgreSQL server, in a database made for this class and dropped after it. */
class RecordStorePostgresqlTest extends RecordStoreContract {

    @TempDir
    static Path dir;

    private static TestDatabase db;
    private static StateDatabase database;
    private static RecordStore store;

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabase.empty(TestDatabase.Kind.POSTGRESQL, dir);
        database = db.open();
        store = new RecordStore(database.dataSource(), clock());
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        db.close();
    }

    @Override
    RecordStore store() {
        return store;
    }
}
