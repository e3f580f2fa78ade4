package org.courrier.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The record store on a connection lost mid-statement, as HikariCP hands it over: the statement fails with the
 * driver's connection error (SQLState 08006), after which the pool refuses every call on that connection, the
 * rollback too, with a plain "Connection is closed" that has no SQLState.
 */
class RecordStoreLostConnectionTest {

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static DataSource lostMidStatement() {
        PreparedStatement statement = proxy(PreparedStatement.class, (p, m, a) -> switch (m.getName()) {
            case "executeUpdate", "executeQuery", "execute" ->
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            case "close" -> null;
            default -> m.getReturnType() == int.class ? 0 : null;
        });
        Connection connection = proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "prepareStatement" -> statement;
            case "rollback" -> throw new SQLException("Connection is closed");
            default -> null;
        });
        return proxy(DataSource.class, (p, m, a) -> m.getName().equals("getConnection") ? connection : null);
    }

    @Test
    void aConnectionLostMidSaveFailsWithTheDriversConnectionStateNotTheRollbacksMessage() {
        RecordStore store = new RecordStore(lostMidStatement(), Clock.systemUTC());
        String json =
                Records.letter("Agence des Essais", LocalDate.of(2026, 3, 1), "Objet d'essai", "Texte d'essai", 0.9);

        SQLException failure = catchThrowableOfType(SQLException.class, () -> store.save(json, Instant.now()));

        assertThat(failure.getSQLState())
                .as("the service tells an outage by it: the letter waits, it is not failed")
                .isEqualTo("08006");
        assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("Connection is closed");
    }
}
