package org.courrier.routes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a PostgreSQL server for tests: the local one (127.0.0.1:5432, trust authentication), with a database made
 * for this test run and dropped when it ends (a service holds its state database's lock, so test runs of other
 * checkouts on the same server must not share one), else a Testcontainers one when Docker is available; otherwise
 * the test is skipped, saying why.
 */
final class PostgresState {

    record Server(String url, String user, String password) {}

    private static Server found;
    private static PostgreSQLContainer container;

    private PostgresState() {}

    static synchronized Server server() {
        if (found != null) {
            return found;
        }
        String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
        for (String user : List.of("postgres", "root")) {
            try (Connection c = DriverManager.getConnection(admin, user, "");
                    java.sql.Statement s = c.createStatement()) {
                String name = "courrier_run_"
                        + java.util
                                .UUID
                                .randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 16);
                s.execute("CREATE DATABASE " + name);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, user, name)));
                found = new Server("jdbc:postgresql://127.0.0.1:5432/" + name, user, "");
                return found;
            } catch (SQLException e) {
                // try the next user, then a container
            }
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        Assumptions.assumeTrue(docker, "no PostgreSQL on 127.0.0.1:5432 and no Docker for Testcontainers");
        container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        found = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        return found;
    }

    private static void drop(String admin, String user, String name) {
        try (Connection c = DriverManager.getConnection(admin, user, "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // the server is gone: nothing to drop
        }
    }
}
