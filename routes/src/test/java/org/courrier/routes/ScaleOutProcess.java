package org.courrier.routes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.slf4j.LoggerFactory;

/**
 * One scale-out role in its own JVM for {@link ScaleOutTest}: {@code intake} or {@code worker}, rooted at ROOT,
 * with further settings as KEY=VALUE. A worker given {@code halt-on-page=N} kills its JVM (as SIGKILL would) whenever
 * it starts reading a page numbered N: the poison page of the dead-letter test.
 *
 * <p>Arguments: ROLE ROOT [KEY=VALUE]…
 */
final class ScaleOutProcess {

    private ScaleOutProcess() {}

    public static void main(String[] args) throws Exception {
        String role = args[0];
        Path root = Path.of(args[1]);
        Map<String, String> extra = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            extra.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        String haltOn = extra.remove("halt-on-page");
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.courrier.worker"))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.courrier.letters"))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        Properties p = TestService.properties(root, extra);
        // never outlive the test that started this process
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        AutoCloseable running;
        if (role.equals("intake")) {
            CourrierService service = CourrierService.startIntake(p);
            running = service;
            System.err.println("scale-out intake started");
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            service.awaitStop();
        } else {
            PageWorker worker = PageWorker.start(
                    p, reader -> haltOn == null ? reader : new HaltOnPage(reader, Integer.parseInt(haltOn)));
            running = worker;
            System.err.println("scale-out worker started");
            Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
            worker.awaitStop();
        }
        running.close();
    }

    private record HaltOnPage(PageReader delegate, int page) implements PageReader {
        @Override
        public Page read(PageSource source) throws CourrierException {
            if (source.number() == page) {
                System.err.println("halting on page " + page);
                Runtime.getRuntime().halt(137);
            }
            return delegate.read(source);
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
        public void verify() throws CourrierException {
            delegate.verify();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
