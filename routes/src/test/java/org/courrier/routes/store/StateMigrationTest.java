package org.courrier.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Flyway migrations on embedded H2 and on a real PostgreSQL server: from an empty database, and from the
 * databases the releases before Flyway left behind (their hand-made tables, with and without the {@code owner}
 * column), whose rows must survive.
 */
class StateMigrationTest {

    /** The DDL the release before Flyway ran on every start (StateStore.open). */
    private static final String[] RELEASE_DDL = {
        "CREATE TABLE IF NOT EXISTS courrier_seen (id VARCHAR(64) PRIMARY KEY, seen_at TIMESTAMP NOT NULL)",
        "CREATE TABLE IF NOT EXISTS courrier_inflight (id VARCHAR(64) PRIMARY KEY, "
                + "file_name VARCHAR(1024) NOT NULL, attempts INT NOT NULL, updated_at TIMESTAMP NOT NULL)",
        "ALTER TABLE courrier_inflight ADD COLUMN IF NOT EXISTS owner VARCHAR(64)",
    };

    private static final String SEEN_ID = "a".repeat(64);
    private static final String INFLIGHT_ID = "b".repeat(64);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void emptyDatabaseGetsEveryMigration(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, dir)) {
            db.open().close();
            try (Connection c = db.connect()) {
                assertThat(appliedVersions(c))
                        .as("no baseline on an empty database")
                        .containsExactly("1", "2", "3", "4", "5", "6");
                assertThat(count(c, "SELECT COUNT(*) FROM courrier_seen")).isZero();
                assertThat(count(c, "SELECT COUNT(owner) FROM courrier_inflight"))
                        .isZero();
                for (String table :
                        new String[] {"courrier_record", "courrier_revision", "courrier_audit", "courrier_admin_audit"
                        }) {
                    assertThat(count(c, "SELECT COUNT(*) FROM " + table))
                            .as(table)
                            .isZero();
                }
            }
            List<String> before;
            try (Connection c = db.connect()) {
                before = appliedVersions(c);
            }
            db.open().close();
            try (Connection c = db.connect()) {
                assertThat(appliedVersions(c))
                        .as("reopening applies nothing again")
                        .isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void databaseOfTheReleaseBeforeFlywayKeepsItsRows(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, dir)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                for (String ddl : RELEASE_DDL) {
                    s.execute(ddl);
                }
                s.executeUpdate(
                        "INSERT INTO courrier_seen (id, seen_at) VALUES ('" + SEEN_ID + "', CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO courrier_inflight (id, file_name, attempts, updated_at, owner) VALUES ('"
                        + INFLIGHT_ID + "', 'scan.pdf', 2, CURRENT_TIMESTAMP, 'dead-run')");
            }
            db.open().close();
            try (Connection c = db.connect()) {
                assertThat(appliedVersions(c))
                        .as("baselined below V1, then every migration")
                        .containsExactly("0", "1", "2", "3", "4", "5", "6");
                assertThat(count(c, "SELECT COUNT(*) FROM courrier_seen WHERE id = '" + SEEN_ID + "'"))
                        .isOne();
                assertThat(count(c, "SELECT attempts FROM courrier_inflight WHERE owner = 'dead-run'"))
                        .isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void databaseOfTheFirstReleaseGetsTheOwnerColumn(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, dir)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute(RELEASE_DDL[0]);
                s.execute(RELEASE_DDL[1]);
                s.executeUpdate("INSERT INTO courrier_inflight (id, file_name, attempts, updated_at) VALUES ('"
                        + INFLIGHT_ID + "', 'scan.pdf', 1, CURRENT_TIMESTAMP)");
            }
            db.open().close();
            try (Connection c = db.connect()) {
                assertThat(count(
                                c,
                                "SELECT COUNT(*) FROM courrier_inflight WHERE owner IS NULL AND id = '" + INFLIGHT_ID
                                        + "'"))
                        .isOne();
                assertThat(count(c, "SELECT COUNT(*) FROM courrier_record")).isZero();
            }
        }
    }

    /** Versions Flyway recorded as applied, in order ("0" is the baseline). */
    static List<String> appliedVersions(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\" FROM "
                        + "\"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return versions;
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
