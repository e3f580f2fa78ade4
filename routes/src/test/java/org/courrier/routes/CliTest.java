package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.courrier.fixtures.Truth;
import org.courrier.routes.cli.CourrierCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CourrierCommand.commandLine(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void helpListsEveryCommandIncludingTheToolsFoundOnTheClasspathAndTheExitStatuses() {
        assertThat(run("help")).isZero();
        String help = out.toString();
        assertThat(help).contains("Usage: courrier [-h] COMMAND");
        for (String command : List.of(
                "run",
                "extract",
                "replay",
                "export-truth",
                "eval",
                "calibrate",
                "train-layout",
                "cer",
                "bench",
                "doctor",
                "test",
                "help")) {
            assertThat(help).as(command).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(help)
                .contains("Exit status:")
                .contains("2   usage error")
                .contains("3   system prerequisites")
                .contains("4   build failed");

        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).isEqualTo(help);
    }

    @Test
    void everyCommandAndBenchmarkPrintsItsOwnHelp() {
        for (String[] args : new String[][] {
            {"run", "--help"},
            {"extract", "--help"},
            {"replay", "-h"},
            {"export-truth", "--help"},
            {"eval", "--help"},
            {"calibrate", "--help"},
            {"train-layout", "--help"},
            {"cer", "--help"},
            {"bench", "--help"},
            {"bench", "ocr", "--help"},
            {"bench", "extract", "--help"},
            {"doctor", "--help"},
            {"test", "--help"},
            {"help", "extract"}
        }) {
            out.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isZero();
            String command =
                    String.join(" ", List.of(args).subList(0, args.length - 1)).replace("help ", "");
            command = args[0].equals("help") ? args[1] : command;
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: courrier " + command + " [-h]");
        }
        out.getBuffer().setLength(0);
        run("run", "--help");
        assertThat(out.toString())
                .contains("--inbox=DIR")
                .contains("--outbox=DIR")
                .contains("--data=DIR")
                .contains("--workers=N")
                .contains("--port=N")
                .contains("--deliver-to=URIS")
                .contains("--recursive")
                .contains("--config=FILE")
                .contains("--set=KEY=VALUE")
                .contains("COURRIER_PICKUP_MIN_AGE");
        out.getBuffer().setLength(0);
        run("bench", "ocr", "--help");
        assertThat(out.toString())
                .contains("--pages=N")
                .contains("--sample=N")
                .contains("--workers=LIST")
                .contains("--rounds=N")
                .contains("--only=PARTS")
                .contains("default: 300");
    }

    @Test
    void anUnknownOptionOrCommandExitsTwoNamingIt() {
        Map<List<String>, String> cases = Map.of(
                List.of("extract", "--bogus", "a.pdf"), "Unknown option: '--bogus'",
                List.of("extract", "--bogus"), "Unknown option: '--bogus'",
                List.of("run", "--colour"), "Unknown option: '--colour'",
                List.of("frobnicate"), "Unmatched argument at index 0: 'frobnicate'",
                List.of("bench", "ocr", "--only", "speed,colour"), "--only takes a comma-separated list of",
                List.of("bench", "gpu"), "Unmatched argument at index 1: 'gpu'",
                List.of("bench"), "bench needs one of: ocr, extract, soak, scale, review",
                List.of("replay", "--set", "courrier.inbox"), "should be in KEY=VALUE format but was courrier.inbox",
                List.of("run", "surplus.pdf"), "Unmatched argument at index 1: 'surplus.pdf'");
        cases.forEach((args, message) -> {
            err.getBuffer().setLength(0);
            assertThat(run(args.toArray(String[]::new))).as(args.toString()).isEqualTo(2);
            assertThat(err.toString())
                    .as(args.toString())
                    .contains(message)
                    .containsAnyOf("Usage: courrier", "--help' for the options.");
        });
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingRequiredArgumentIsNamed() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err.toString())
                .contains("Missing required parameter: 'FILE'")
                .contains("Usage: courrier extract");
        err.getBuffer().setLength(0);
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'DIR'");
        err.getBuffer().setLength(0);
        assertThat(run("extract", "--inbox")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--inbox' (DIR)");
    }

    @Test
    void theLauncherCommandsSayHowToRunThem() {
        assertThat(run("doctor")).isEqualTo(2);
        assertThat(err.toString()).contains("'doctor' is run by the launcher: ./courrier doctor");
    }

    @Test
    void extractPrintsOneErrorLinePerFileWithDistinctCodesAndExitsOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        int status = run("extract", dir.resolve("missing.pdf").toString(), empty.toString());

        assertThat(status).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode missing = json.readTree(lines[0]);
        JsonNode blank = json.readTree(lines[1]);
        assertThat(missing.get("source").get("fileName").asText()).isEqualTo("missing.pdf");
        assertThat(missing.get("error").get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(blank.get("source").get("fileName").asText()).isEqualTo("empty.pdf");
        assertThat(blank.get("error").get("code").asText()).isEqualTo("EMPTY");
    }

    @Test
    void replayMovesNamedFailedFilesBackAndDropsTheirErrorFiles() throws Exception {
        Path failed = Files.createDirectories(dir.resolve("data/failed"));
        Files.writeString(failed.resolve("a.pdf"), "a");
        Files.writeString(failed.resolve("a.pdf.error.json"), "{}");
        Files.writeString(failed.resolve("b.pdf"), "b");
        Files.writeString(failed.resolve("b.pdf.error.json"), "{}");

        int status = run(
                "replay",
                "--inbox",
                dir.resolve("inbox").toString(),
                "--data",
                dir.resolve("data").toString(),
                "a.pdf");

        assertThat(status).isZero();
        assertThat(dir.resolve("inbox/a.pdf")).hasContent("a");
        assertThat(failed.resolve("a.pdf")).doesNotExist();
        assertThat(failed.resolve("a.pdf.error.json")).doesNotExist();
        assertThat(failed.resolve("b.pdf")).exists();
        assertThat(failed.resolve("b.pdf.error.json")).exists();

        assertThat(run(
                        "replay",
                        "--inbox",
                        dir.resolve("inbox").toString(),
                        "--data",
                        dir.resolve("data").toString()))
                .isZero();
        assertThat(dir.resolve("inbox/b.pdf")).hasContent("b");
        assertThat(failed).isEmptyDirectory();
    }

    @Test
    void extractOnAFrenchLetterImagePrintsOneValidRecordWithTheSubjectLabelAndCopyHeadingAsPrinted() throws Exception {
        // seed 2: a one-page French letter whose subject line and copy list both carry a printed heading
        List<GeneratedLetter> generated = LetterCorpus.generate(2, 1, EnumSet.of(Rendering.PNG), dir.resolve("png"));
        assertThat(generated).hasSize(1);
        Truth truth = generated.get(0).truth();
        assertThat(truth.language()).isEqualTo("fr");
        List<String> lines = truth.pages().get(0).lines().toList();
        String subjectLine = lines.stream()
                .filter(l -> l.contains(truth.subject().split(" ")[0]))
                .findFirst()
                .orElseThrow();
        String subjectLabel = subjectLine
                .substring(0, subjectLine.indexOf(truth.subject().split(" ")[0]))
                .replace(":", "")
                .strip();
        int firstCopy = lines.indexOf(lines.stream()
                .filter(l -> l.contains(truth.copies().get(0)))
                .findFirst()
                .orElseThrow());
        String copyHeading = lines.get(firstCopy - 1).replace(":", "").strip();
        assertThat(subjectLabel).isIn("Objet", "OBJET");
        assertThat(copyHeading).isNotBlank();

        int status = run("extract", generated.get(0).file().toString());

        assertThat(status).as(err.toString()).isZero();
        String[] printed = out.toString().split("\n");
        assertThat(printed).hasSize(1);
        JsonNode record = ValidRecords.parse(printed[0], "the record printed by extract");
        assertThat(record.get("source").get("fileName").asText())
                .isEqualTo(generated.get(0).file().getFileName().toString());
        assertThat(record.get("text").asText()).contains(subjectLabel).contains(copyHeading);
    }

    @Test
    void extractResolvesRelativePathsAgainstTheCallersDirectory() throws Exception {
        Path caller = Files.createDirectories(dir.resolve("caller"));
        Files.createFile(caller.resolve("empty.pdf"));
        int status = CourrierCommand.commandLine(
                        Map.of("COURRIER_CALLER_DIR", caller.toString()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute("extract", "empty.pdf", "../caller/empty.pdf");
        assertThat(status).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(new ObjectMapper()
                            .readTree(line)
                            .get("error")
                            .get("code")
                            .asText())
                    .as(line)
                    .isEqualTo("EMPTY");
        }
    }

    @Test
    void extractTakesFilesStartingWithADashAfterDoubleDash() throws Exception {
        Path caller = Files.createDirectories(dir.resolve("caller"));
        Files.createFile(caller.resolve("-scan.pdf"));
        int status = CourrierCommand.commandLine(
                        Map.of("COURRIER_CALLER_DIR", caller.toString()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute("extract", "--", "-scan.pdf");
        assertThat(status).as(err.toString()).isEqualTo(1);
        JsonNode line = new ObjectMapper().readTree(out.toString().strip());
        assertThat(line.get("source").get("fileName").asText()).isEqualTo("-scan.pdf");
        assertThat(line.get("error").get("code").asText()).isEqualTo("EMPTY");
    }

    @Test
    void extractReadsFilesAtOnceAndPrintsThemInArgumentOrder() throws Exception {
        // the first file can only be read while the second is being read: one after the other, it times out
        java.util.concurrent.CountDownLatch secondStarted = new java.util.concurrent.CountDownLatch(1);
        TextIntake text = new TextIntake();
        org.courrier.ingest.Intake meeting = file -> {
            if (file.getFileName().toString().equals("first.txt")) {
                try {
                    if (!secondStarted.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        throw new org.courrier.document.CourrierException(
                                org.courrier.document.Reason.IO_ERROR, "first.txt: second.txt was not read meanwhile");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                secondStarted.countDown();
            }
            return text.open(file);
        };
        Files.writeString(dir.resolve("first.txt"), "Subject: the first letter");
        Files.writeString(dir.resolve("second.txt"), "Subject: the second letter");
        int status = CourrierCommand.commandLine(
                        Map.of("COURRIER_CALLER_DIR", dir.toString()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        parts -> parts.withIntake(meeting))
                .execute("extract", "first.txt", "second.txt");
        assertThat(status).as(out.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper()
                        .readTree(lines[0])
                        .get("source")
                        .get("fileName")
                        .asText())
                .isEqualTo("first.txt");
        assertThat(new ObjectMapper()
                        .readTree(lines[1])
                        .get("source")
                        .get("fileName")
                        .asText())
                .isEqualTo("second.txt");
    }
}
