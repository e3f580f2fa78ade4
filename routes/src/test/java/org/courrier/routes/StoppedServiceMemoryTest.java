package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped service leaves nothing behind in the JVM: started and stopped several times in one JVM (as the tests,
 * or an embedding application, do), its Camel context, with the routes, letter reader and language model it holds
 * (some 35 MiB), and its metrics registry become garbage. Camel keeps the context last used by its simple language in
 * a static field, so one of them may stay, never more.
 */
@Timeout(180)
class StoppedServiceMemoryTest {

    private static final int SERVICES = 3;

    @TempDir
    Path dir;

    private static long alive(List<? extends WeakReference<?>> refs) {
        return refs.stream().filter(r -> r.get() != null).count();
    }

    @Test
    void stoppedServicesAreGarbageWithTheirContextsAndRegistries() throws Exception {
        List<WeakReference<Object>> contexts = new ArrayList<>();
        List<WeakReference<Object>> registries = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            Path root = Files.createDirectories(dir.resolve("service-" + i));
            CourrierService service = CourrierService.start(
                    TestService.properties(root, Map.of("courrier.http.port", "0")), TestService::textIntake);
            try {
                Letters.write(root.resolve("inbox"), 2);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (service.telemetry().lettersDone() < 2) {
                    assertThat(System.nanoTime()).as("letters read").isLessThan(deadline);
                    Thread.sleep(50);
                }
                contexts.add(new WeakReference<>(service.context()));
                registries.add(new WeakReference<>(service.telemetry().registry()));
            } finally {
                service.close();
            }
        }
        for (int i = 0; i < 20 && (alive(contexts) > 1 || alive(registries) > 1); i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(alive(contexts))
                .as("Camel contexts of stopped services still reachable")
                .isLessThanOrEqualTo(1);
        assertThat(alive(registries))
                .as("metrics registries of stopped services still reachable")
                .isLessThanOrEqualTo(1);
    }
}
