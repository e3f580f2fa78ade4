package org.courrier.routes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a PostgreSQL server for tests: the local one (127.0.0.1:5432, trust authentication, database {@code test}),
 * else a Testcontainers one when Docker is available; otherwise the test is skipped, saying why.
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
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        for (String user : List.of("postgres", "root")) {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                found = new Server(url, user, "");
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
}
