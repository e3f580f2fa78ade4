package org.courrier.routes.store;

/** The record store on the real PostgreSQL server, in a database made for this class and dropped after it. */
class RecordStorePostgresqlTest extends RecordStoreContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
