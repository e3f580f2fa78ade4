package org.courrier.routes.store;

/** The record store on embedded H2, in a file as the service keeps it. */
class RecordStoreH2Test extends RecordStoreContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
