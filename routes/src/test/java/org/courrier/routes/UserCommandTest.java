package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.courrier.routes.cli.CourrierCommand;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.StateDatabase;
import org.courrier.routes.store.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return CourrierCommand.commandLine(
                        Map.of(),
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void userAddReadsThePasswordFromStandardInputAndTheUserCanSignIn() throws Exception {
        String data = dir.resolve("data").toString();

        assertThat(run("a long password 1\n", "user", "add", "anne", "--role", "Reviewer", "--data", data))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("added anne (reviewer)").doesNotContain("a long password");
        assertThat(run("", "user", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("anne\treviewer");

        try (StateDatabase db =
                StateDatabase.open("jdbc:h2:file:" + dir.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher());
            assertThat(users.authenticate("anne", "a long password 1".toCharArray()))
                    .contains(new Users.User("anne", Role.REVIEWER));
        }
    }

    @Test
    void aBadRoleIsAUsageErrorAndADuplicateOrShortPasswordFails() {
        String data = dir.resolve("data").toString();
        assertThat(run("a long password 1\n", "user", "add", "anne", "--role", "boss", "--data", data))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no role 'boss'").contains("clerk, reviewer and admin");

        assertThat(run("a long password 1\n", "user", "add", "anne", "--role", "admin", "--data", data))
                .isZero();
        assertThat(run("a long password 2\n", "user", "add", "anne", "--role", "clerk", "--data", data))
                .isEqualTo(1);
        assertThat(err.toString()).contains("a user named 'anne' exists already");
        assertThat(run("short\n", "user", "add", "bob", "--role", "clerk", "--data", data))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least 10 characters");
        assertThat(run("", "user", "add", "carl", "--role", "clerk", "--data", data))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no password given");
    }

    @Test
    void aDisabledUserIsEnabledAgainFromTheCommandLineAndSignsInWithTheirPassword() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("a long password 1\n", "user", "add", "zoé", "--role", "admin", "--data", data))
                .isZero();
        assertThat(run("", "user", "enable", "zoé", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("'zoé' is not disabled");
        assertThat(run("", "user", "disable", "zoé", "--data", data))
                .as(err.toString())
                .isZero();
        assertThat(run("", "user", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("zoé\tadmin\tdisabled");
        assertThat(run("", "user", "disable", "zoé", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("'zoé' is disabled already");
        assertThat(run("", "user", "enable", "nobody", "--data", data)).isEqualTo(1);
        assertThat(err.toString()).contains("no user named 'nobody'");

        assertThat(run("", "user", "enable", "zoé", "--data", data))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("enabled zoé");
        try (StateDatabase db =
                StateDatabase.open("jdbc:h2:file:" + dir.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher());
            assertThat(users.authenticate("zoé", "a long password 1".toCharArray()))
                    .contains(new Users.User("zoé", Role.ADMIN));
        }
    }

    @Test
    void thereIsNoWayToGiveThePasswordAsAnArgument() {
        assertThat(run("", "user", "add", "--help")).isZero();
        assertThat(out.toString()).doesNotContainIgnoringCase("--password");
        assertThat(run("x\n", "user", "add", "anne", "--role", "admin", "--password", "secret12345"))
                .isEqualTo(2);
    }
}
