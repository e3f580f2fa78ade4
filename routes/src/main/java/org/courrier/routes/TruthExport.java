package org.courrier.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.courrier.extract.record.TruthFile;
import org.courrier.routes.store.RecordStore;

/**
 * Turns the reviewed letters of the record store into an evaluation folder: for each record whose review status is
 * {@code REVIEWED}, its source file (copied from the done folder, under its archived name) and, beside it, a
 * {@link TruthFile} holding the values the reviewer approved. {@code ./courrier eval DIR} then scores Courrier on the
 * mail office's own letters.
 *
 * <p>Nothing in DIR is ever replaced: when a file to be written is already there the export stops before writing
 * anything ({@link Refused}). DIR may not lie inside the inbox, where the service would take the copies as new
 * letters. A letter whose source is gone from the done folder, or no longer has the content the record was read from
 * (its SHA-256 is the record's id), or that the evaluation cannot score, is {@link Skipped}, with its reason.
 *
 * <p>Thread-safe (no state of its own besides the store).
 */
public final class TruthExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    /** Why an export was refused as a whole. */
    public enum Problem {
        /** A file to be written is already in DIR. */
        TARGET_EXISTS,
        /** DIR is the inbox or lies inside it. */
        INSIDE_INBOX,
        /** DIR exists and is not a folder. */
        NOT_A_FOLDER
    }

    /** The export was refused before anything was written: the problem and the file it is about. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final transient Path file;

        Refused(Problem problem, Path file, String message) {
            super(message);
            this.problem = problem;
            this.file = file;
        }

        public Problem problem() {
            return problem;
        }

        /** The file or folder the refusal names. */
        public Path file() {
            return file;
        }
    }

    /** Why a reviewed letter was left out. */
    public enum SkipReason {
        /** The record names no archived source, or one outside the done folder. */
        NO_SOURCE,
        /** The archived source is no longer in the done folder. */
        SOURCE_MISSING,
        /** The archived source no longer has the letter's content (its SHA-256 is not the record's id). */
        SOURCE_CHANGED,
        /** The archived source could not be read. */
        SOURCE_UNREADABLE,
        /** The evaluation cannot score the letter (its language, its file type, a malformed field). */
        NOT_SCORABLE
    }

    /** A reviewed letter left out, and why. */
    public record Skipped(String id, String fileName, SkipReason reason, String message) {}

    /** A letter written: its source file and its truth file in DIR. */
    public record Exported(String id, Path letter, Path truth) {}

    /** What an export wrote and left out. */
    public record Result(List<Exported> exported, List<Skipped> skipped) {
        public Result {
            exported = List.copyOf(exported);
            skipped = List.copyOf(skipped);
        }
    }

    private final RecordStore records;
    private final Path done;
    private final Path inbox;

    /** Reads records from {@code records}, sources from {@code done}; refuses folders inside {@code inbox}. */
    public TruthExport(RecordStore records, Path done, Path inbox) {
        this.records = Objects.requireNonNull(records, "records");
        this.done = done.toAbsolutePath().normalize();
        this.inbox = inbox.toAbsolutePath().normalize();
    }

    /** A reviewed letter ready to be written. */
    private record Planned(String id, String fileName, Path source, Path letter, Path truth, String truthJson) {}

    /**
     * Writes every reviewed letter and its truth into {@code dir} (created when missing).
     *
     * @throws Refused when {@code dir} is inside the inbox or not a folder, or a file to be written is there already
     *     (nothing is written then)
     */
    public Result export(Path dir) throws Refused, IOException, SQLException {
        Path target = dir.toAbsolutePath().normalize();
        if (insideInbox(target)) {
            throw new Refused(
                    Problem.INSIDE_INBOX,
                    target,
                    target + " lies inside the inbox (" + inbox + "): the service would read the exported letters as"
                            + " new mail; choose a folder outside it");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new Refused(Problem.NOT_A_FOLDER, target, target + " exists and is not a folder");
        }
        List<Skipped> skipped = new ArrayList<>();
        List<Planned> planned = plan(target, skipped);
        for (Planned p : planned) {
            for (Path file : List.of(p.letter(), p.truth())) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw exists(file);
                }
            }
        }
        Files.createDirectories(target);
        List<Exported> exported = new ArrayList<>();
        for (Planned p : planned) {
            Skipped copyFailed = copy(p);
            if (copyFailed != null) {
                skipped.add(copyFailed);
                continue;
            }
            try {
                Files.writeString(
                        p.truth(),
                        p.truthJson(),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(p.letter());
                throw exists(p.truth());
            }
            exported.add(new Exported(p.id(), p.letter(), p.truth()));
        }
        return new Result(exported, skipped);
    }

    private static Refused exists(Path file) {
        return new Refused(
                Problem.TARGET_EXISTS,
                file,
                file + " already exists; nothing is overwritten: export into an empty or new folder");
    }

    /** Whether {@code dir} is the inbox or inside it, following links of the part of {@code dir} that exists. */
    private boolean insideInbox(Path dir) throws IOException {
        Path inboxReal = Files.exists(inbox) ? inbox.toRealPath() : inbox;
        return dir.startsWith(inbox)
                || dir.startsWith(inboxReal)
                || realised(dir).startsWith(inboxReal);
    }

    /** {@code path} with its longest existing beginning resolved to the real path. */
    private static Path realised(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }

    /** The reviewed letters, in the order they were received, each checked as far as it can be before copying. */
    private List<Planned> plan(Path dir, List<Skipped> skipped) throws SQLException {
        List<Planned> planned = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            RecordStore.Page page = records.list(new RecordStore.Filter(
                    "REVIEWED", null, null, null, null, null, null, offset, PAGE, RecordStore.Order.RECEIVED));
            for (RecordStore.Summary s : page.items()) {
                RecordStore.StoredRecord stored = records.load(s.id()).orElse(null);
                if (stored == null) {
                    continue;
                }
                JsonNode record;
                try {
                    record = JSON.readTree(stored.json());
                } catch (IOException e) {
                    skipped.add(new Skipped(
                            s.id(), s.fileName(), SkipReason.NOT_SCORABLE, "the stored record is not JSON"));
                    continue;
                }
                Planned p = planOne(dir, s, record, skipped);
                if (p != null) {
                    planned.add(p);
                }
            }
            if (offset + PAGE >= page.total() || page.items().isEmpty()) {
                return planned;
            }
        }
    }

    private Planned planOne(Path dir, RecordStore.Summary s, JsonNode record, List<Skipped> skipped) {
        JsonNode archived = record.path("source").path("archivedAs");
        if (!archived.isTextual() || archived.asText().isBlank()) {
            skipped.add(new Skipped(s.id(), s.fileName(), SkipReason.NO_SOURCE, "the record names no archived source"));
            return null;
        }
        Path source = Path.of(archived.asText()).toAbsolutePath().normalize();
        if (!source.startsWith(done) || source.equals(done)) {
            skipped.add(new Skipped(
                    s.id(),
                    s.fileName(),
                    SkipReason.NO_SOURCE,
                    "its archived source " + source + " is not in the done folder " + done));
            return null;
        }
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            skipped.add(new Skipped(
                    s.id(),
                    s.fileName(),
                    SkipReason.SOURCE_MISSING,
                    "its archived source " + done.relativize(source) + " is missing from " + done
                            + " (moved or deleted)"));
            return null;
        }
        String truth;
        try {
            truth = TruthFile.toJson(TruthFile.fromRecord(record));
        } catch (IllegalArgumentException e) {
            skipped.add(new Skipped(s.id(), s.fileName(), SkipReason.NOT_SCORABLE, e.getMessage()));
            return null;
        }
        Path letter = dir.resolve(source.getFileName().toString());
        return new Planned(s.id(), s.fileName(), source, letter, TruthFile.fileFor(letter), truth);
    }

    /**
     * Copies the source into DIR, hashing what it copies: when the hash is not the record's id the copy is removed
     * and the letter skipped. Null when the copy is good.
     */
    private Skipped copy(Planned p) throws IOException, Refused {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        InputStream in;
        try {
            in = new DigestInputStream(Files.newInputStream(p.source(), LinkOption.NOFOLLOW_LINKS), sha);
        } catch (NoSuchFileException e) {
            return new Skipped(
                    p.id(),
                    p.fileName(),
                    SkipReason.SOURCE_MISSING,
                    "its archived source " + done.relativize(p.source()) + " went missing from " + done);
        } catch (IOException e) {
            return new Skipped(
                    p.id(),
                    p.fileName(),
                    SkipReason.SOURCE_UNREADABLE,
                    "its archived source " + done.relativize(p.source()) + " cannot be read: " + e.getMessage());
        }
        try (in) {
            try (OutputStream out =
                    Files.newOutputStream(p.letter(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            } catch (FileAlreadyExistsException e) {
                throw exists(p.letter());
            } catch (IOException e) {
                // the copy is incomplete: it goes, and the export fails naming the error
                Files.deleteIfExists(p.letter());
                throw e;
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (!hash.equals(p.id())) {
            Files.deleteIfExists(p.letter());
            return new Skipped(
                    p.id(),
                    p.fileName(),
                    SkipReason.SOURCE_CHANGED,
                    "its archived source " + done.relativize(p.source()) + " no longer has the letter's content "
                            + "(SHA-256 " + hash.substring(0, 8) + "…, the record is " + p.id().substring(0, 8) + "…)");
        }
        return null;
    }
}
