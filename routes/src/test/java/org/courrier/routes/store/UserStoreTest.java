package org.courrier.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Users in the state database, on embedded H2 and on the real PostgreSQL server. */
class UserStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void usersAreKeptWithABcryptHashOnlyAndSignInWithTheirOwnPassword(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, dir);
                StateDatabase state = db.open()) {
            Users users = new Users(new UserStore(state.dataSource(), Clock.systemUTC()), new PasswordHasher());
            assertThat(users.any()).isFalse();

            char[] password = "a reviewer's secret".toCharArray();
            users.add("anne.martin", Role.REVIEWER, password);
            assertThat(password).as("cleared after use").containsOnly('\0');
            users.add("ada", Role.ADMIN, "another long secret".toCharArray());

            assertThat(users.any()).isTrue();
            assertThat(users.all())
                    .containsExactly(new Users.User("ada", Role.ADMIN), new Users.User("anne.martin", Role.REVIEWER));
            assertThat(users.authenticate("anne.martin", "a reviewer's secret".toCharArray()))
                    .contains(new Users.User("anne.martin", Role.REVIEWER));
            assertThat(users.authenticate("anne.martin", "a reviewer's Secret".toCharArray()))
                    .isEmpty();
            assertThat(users.authenticate("nobody", "a reviewer's secret".toCharArray()))
                    .isEmpty();
            assertThat(users.authenticate("ANNE.MARTIN", "a reviewer's secret".toCharArray()))
                    .isEmpty();

            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT password_hash FROM courrier_user ORDER BY name")) {
                while (r.next()) {
                    assertThat(r.getString(1)).startsWith("$2y$12$").doesNotContain("secret");
                }
            }

            assertThatThrownBy(() -> users.add("ada", Role.CLERK, "yet another secret".toCharArray()))
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> users.add("<script>", Role.CLERK, "yet another secret".toCharArray()))
                    .hasMessageContaining("user name");
            assertThatThrownBy(() -> users.add("bob", Role.CLERK, "short".toCharArray()))
                    .hasMessageContaining("at least 10");
            assertThat(users.all()).hasSize(2);

            users.reset("ada", Role.CLERK, "a brand new secret".toCharArray());
            assertThat(users.authenticate("ada", "another long secret".toCharArray()))
                    .isEmpty();
            assertThat(users.authenticate("ada", "a brand new secret".toCharArray()))
                    .contains(new Users.User("ada", Role.CLERK));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDisabledUserIsKeptButCannotSignInAndTheAdminTrailKeepsWhatAdminsDid(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, dir);
                StateDatabase state = db.open()) {
            Users users = new Users(new UserStore(state.dataSource(), Clock.systemUTC()), new PasswordHasher(4));
            users.add("nora", Role.REVIEWER, "nora's long secret".toCharArray());
            users.add("ada", Role.ADMIN, "ada's long secret".toCharArray());

            users.disable("nora");

            assertThat(users.authenticate("nora", "nora's long secret".toCharArray()))
                    .isEmpty();
            assertThat(users.authenticate("ada", "ada's long secret".toCharArray()))
                    .isPresent();
            assertThat(users.accounts())
                    .extracting(a -> a.name() + " " + a.role().label() + " " + a.disabled())
                    .containsExactly("ada admin false", "nora reviewer true");
            assertThatThrownBy(() -> users.disable("nora")).hasMessageContaining("disabled already");
            assertThatThrownBy(() -> users.disable("nobody")).hasMessageContaining("no user named");
            assertThatThrownBy(() -> users.add("nora", Role.CLERK, "another long secret".toCharArray()))
                    .hasMessageContaining("exists already");

            AdminAudit trail = new AdminAudit(state.dataSource(), Clock.systemUTC());
            trail.record("ada", "user.disable", "nora", "was reviewer");
            trail.record("ada", "replay", "all failed files", "{}");
            assertThat(trail.latest(1)).extracting(AdminAudit.Entry::action).containsExactly("replay");
            assertThat(trail.latest(10))
                    .extracting(e -> e.by() + " " + e.action() + " " + e.target())
                    .containsExactly("ada user.disable nora", "ada replay all failed files");
        }
    }
}
