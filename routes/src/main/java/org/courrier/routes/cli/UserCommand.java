package org.courrier.routes.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.courrier.routes.ServiceSettings;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.StateDatabase;
import org.courrier.routes.store.UserStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code courrier user add NAME --role R}, {@code user list}, {@code user disable NAME} and {@code user enable NAME}:
 * the review screen's users, in the state
 * database the service uses (the same settings: {@code --data}, {@code --config}, {@code courrier.state.url}). The
 * password is read from the terminal without echo, twice, or from the first line of standard input when that is
 * not a terminal; never from the command line, where other users of the machine and the shell history would see
 * it.
 */
@Command(
        name = "user",
        header = "Add, list, disable or enable the users of the review screen.",
        synopsisSubcommandLabel = "(add | list | disable | enable)",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListUsers.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class
        })
final class UserCommand implements Callable<Integer> {

    @ParentCommand
    private CourrierCommand courrier;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: add, list, disable or enable");
    }

    /** The shared part of the subcommands: the settings flags and the user table. */
    abstract static class OnUsers implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Mixin
        private SettingsOptions settings;

        @Spec
        CommandSpec spec;

        /** Applies {@code change} to the user named; 1 with the reason when there is no such user or nothing to do. */
        final int change(String name, String verb, AccountChange change, String done) throws Exception {
            try (StateDatabase db = openDatabase()) {
                change.apply(new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher()), name);
            } catch (java.util.NoSuchElementException | IllegalStateException e) {
                spec.commandLine().getErr().println("courrier user " + verb + ": " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println(done + name);
            return 0;
        }

        final StateDatabase openDatabase() {
            Properties merged = settings.merge(user.courrier.env());
            ServiceSettings s = ServiceSettings.from(merged);
            return StateDatabase.open(s.stateUrl(), s.stateUser(), s.statePassword());
        }
    }

    /** {@code courrier user add NAME --role R}. */
    @Command(
            name = "add",
            header = "Add a user; the password is asked for (or read from standard input), never given as an argument.",
            footerHeading = "%n",
            footer = "Roles: clerk reads letters; reviewer also corrects and approves them; admin also manages users "
                    + "and replays failed files. A password has 10 to 72 bytes.")
    static final class Add extends OnUsers {

        @Parameters(paramLabel = "NAME", description = "user name: letters, digits, '.', '_', '-', '@'")
        private String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "clerk, reviewer or admin",
                converter = RoleConverter.class)
        private Role role;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            char[] password = readPassword(err);
            if (password == null) {
                err.println("courrier user add: no password given (type it at the prompt, or pipe it on stdin)");
                return 1;
            }
            try (StateDatabase db = openDatabase()) {
                Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher());
                users.add(name, role, password);
            } catch (IllegalArgumentException e) {
                err.println("courrier user add: " + e.getMessage());
                return 1;
            }
            out.println("added " + name + " (" + role.label() + ")");
            return 0;
        }

        private char[] readPassword(PrintWriter err) throws IOException {
            Console console = System.console();
            if (console != null && user.courrier.in() == System.in) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    err.println("courrier user add: the two passwords differ");
                    return null;
                }
                Arrays.fill(again, '\0');
                return first;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(user.courrier.in(), StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null || line.isEmpty() ? null : line.toCharArray();
        }
    }

    /** {@code courrier user list}. */
    @Command(name = "list", header = "List the users and their roles (and which are disabled).")
    static final class ListUsers extends OnUsers {

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (StateDatabase db = openDatabase()) {
                Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher());
                for (Users.Account u : users.accounts()) {
                    out.println(u.name() + "\t" + u.role().label() + (u.disabled() ? "\tdisabled" : ""));
                }
            }
            return 0;
        }
    }

    /** {@code courrier user disable NAME}: the user can no longer sign in; kept, as revisions name them. */
    @Command(
            name = "disable",
            header = "Disable a user: they can no longer sign in (sessions end within the service "
                    + "when done through the admin API).")
    static final class Disable extends OnUsers {

        @Parameters(paramLabel = "NAME", description = "the user's name")
        private String name;

        @Override
        public Integer call() throws Exception {
            return change(name, "disable", Users::disable, "disabled ");
        }
    }

    /** {@code courrier user enable NAME}: a disabled user signs in again with the password they had. */
    @Command(name = "enable", header = "Enable a disabled user again, with the role and password they had.")
    static final class Enable extends OnUsers {

        @Parameters(paramLabel = "NAME", description = "the user's name")
        private String name;

        @Override
        public Integer call() throws Exception {
            return change(name, "enable", Users::enable, "enabled ");
        }
    }

    /** One change to one user's account. */
    interface AccountChange {
        void apply(Users users, String name) throws Exception;
    }

    /** Reads a role in any case, naming the roles when the value is none of them. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
