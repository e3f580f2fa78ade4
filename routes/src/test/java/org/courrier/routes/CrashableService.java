package org.courrier.routes;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;

/**
 * The real service in its own JVM for the crash tests, with the test intake and a page reader that misbehaves on
 * demand: {@code hang-after:N} reads N pages then blocks every further page forever (the process is then killed
 * mid-batch); {@code gate-after:N:FIFO} reads N pages, then each further page waits for a line from the named
 * pipe FIFO (the test opens it after asking the service to stop); {@code halt-on-poison} kills the JVM outright
 * when a page says POISON.
 *
 * <p>Arguments: ROOT MODE.
 */
final class CrashableService {

    private CrashableService() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String mode = args[1];
        Properties p = TestService.properties(root, Map.of("courrier.letters-in-flight", "2", "courrier.workers", "2"));
        CourrierService service = CourrierService.start(
                p,
                parts -> TestService.textIntake(parts)
                        .withPageReader(new Misbehaving(
                                PageReader.create(parts.settings().ocr()), mode)));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        // never outlive the test that started this process
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        System.err.println("crashable service started: " + mode);
        service.awaitStop();
    }

    private static final class Misbehaving implements PageReader {
        private final PageReader delegate;
        private final String mode;
        private final AtomicInteger read = new AtomicInteger();
        private final CountDownLatch never = new CountDownLatch(1);

        Misbehaving(PageReader delegate, String mode) {
            this.delegate = delegate;
            this.mode = mode;
        }

        @Override
        public Page read(PageSource page) throws CourrierException {
            Page result = delegate.read(page);
            if (mode.equals("halt-on-poison") && result.text().contains("POISON")) {
                Runtime.getRuntime().halt(137);
            }
            if (mode.startsWith("gate-after:") && read.incrementAndGet() > Integer.parseInt(mode.split(":")[1])) {
                passGate(Path.of(mode.split(":", 3)[2]));
            }
            if (mode.startsWith("hang-after:") && read.incrementAndGet() > Integer.parseInt(mode.substring(11))) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        }

        private java.io.BufferedReader gate;

        private synchronized void passGate(Path fifo) {
            try {
                if (gate == null) {
                    gate = java.nio.file.Files.newBufferedReader(fifo);
                }
                gate.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String engine() {
            return delegate.engine();
        }

        @Override
        public String languages() {
            return delegate.languages();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
