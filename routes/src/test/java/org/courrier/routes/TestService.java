package org.courrier.routes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.courrier.extract.pipeline.LetterPipeline;

/** Settings and engines for running the real service on temporary folders in tests. */
final class TestService {

    /** The bearer token the test services accept for reading /api and /metrics ({@link Api} sends it). */
    static final String TOKEN = "test-token-0123456789abcdef0123456789abcdef";

    private TestService() {}

    /** Merged properties for a service rooted at {@code root}: quick pickup, no status port unless asked. */
    static Properties properties(Path root, Map<String, String> extra) {
        Map<String, String> flags = new HashMap<>();
        flags.put("courrier.inbox", root.resolve("inbox").toString());
        flags.put("courrier.outbox", root.resolve("outbox").toString());
        flags.put("courrier.data", root.resolve("data").toString());
        flags.put("courrier.pickup.poll-interval", "PT0.05S");
        flags.put("courrier.pickup.stable-for", "PT0S");
        flags.put("courrier.pickup.min-age", "PT0S");
        flags.put("courrier.retry.delay", "PT0.01S");
        flags.put("courrier.deliver.delay", "PT0.01S");
        flags.put("courrier.http.port", "-1");
        flags.put("courrier.workers", "2");
        flags.put("courrier.http.token", TOKEN);
        flags.put("camel.main.shutdown-timeout", "10");
        flags.putAll(extra);
        return ConfigLayers.merge(null, Map.of(), flags);
    }

    /** The pipeline with the test intake (ready pages pass through) and the standard page reader and extractor. */
    static LetterPipeline.Builder textIntake(LetterPipeline.Builder parts) {
        return parts.withIntake(new TextIntake());
    }

    /** The password of the users {@link #addUser} makes. */
    static final String PASSWORD = "a test user's password";

    /** Adds a user (password {@link #PASSWORD}) to the state database of a service rooted at {@code root}. */
    static void addUser(Path root, String name, org.courrier.routes.security.Role role) throws Exception {
        try (org.courrier.routes.store.StateDatabase db = org.courrier.routes.store.StateDatabase.open(
                "jdbc:h2:file:" + root.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            new org.courrier.routes.security.Users(
                            new org.courrier.routes.store.UserStore(db.dataSource(), java.time.Clock.systemUTC()),
                            new org.courrier.routes.security.PasswordHasher(4))
                    .add(name, role, PASSWORD.toCharArray());
        }
    }

    static Path inbox(Path root) {
        return root.resolve("inbox");
    }
}
