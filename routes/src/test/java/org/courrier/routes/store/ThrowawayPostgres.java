package org.courrier.routes.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database made for one test class and dropped after it: on the local server (127.0.0.1:5432, trust
 * authentication), else in a Testcontainers server when Docker is available; otherwise the test is skipped, saying
 * why.
 */
final class ThrowawayPostgres implements AutoCloseable {

    private static String adminUrl;
    private static String adminUser;
    private static String adminPassword = "";
    private static PostgreSQLContainer container;

    private final String name;
    private final String url;

    private ThrowawayPostgres(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Creates a database with a fresh name. */
    static ThrowawayPostgres create() throws SQLException {
        server();
        String name =
                "courrier_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new ThrowawayPostgres(name, adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name);
    }

    String url() {
        return url;
    }

    String user() {
        return adminUser;
    }

    String password() {
        return adminPassword;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, adminUser, adminPassword);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, adminUser, adminPassword);
    }

    private static synchronized void server() {
        if (adminUrl != null) {
            return;
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        for (String user : List.of("postgres", "root")) {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                adminUrl = url;
                adminUser = user;
                return;
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
        adminUrl = container.getJdbcUrl();
        adminUser = container.getUsername();
        adminPassword = container.getPassword();
    }
}
