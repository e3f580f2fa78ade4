package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.courrier.fixtures.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void extractPrintsOneErrorLinePerFileWithDistinctCodesAndExitsOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        int status = run("extract", dir.resolve("missing.pdf").toString(), empty.toString());

        assertThat(status).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
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

        int status = run("replay", "--inbox", dir.resolve("inbox").toString(), "--data", dir.resolve("data").toString(),
                "a.pdf");

        assertThat(status).isZero();
        assertThat(dir.resolve("inbox/a.pdf")).hasContent("a");
        assertThat(failed.resolve("a.pdf")).doesNotExist();
        assertThat(failed.resolve("a.pdf.error.json")).doesNotExist();
        assertThat(failed.resolve("b.pdf")).exists();
        assertThat(failed.resolve("b.pdf.error.json")).exists();

        assertThat(run("replay", "--inbox", dir.resolve("inbox").toString(), "--data", dir.resolve("data").toString()))
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
        String subjectLine = lines.stream().filter(l -> l.contains(truth.subject().split(" ")[0])).findFirst().orElseThrow();
        String subjectLabel = subjectLine.substring(0, subjectLine.indexOf(truth.subject().split(" ")[0]))
                .replace(":", "").strip();
        int firstCopy = lines.indexOf(lines.stream().filter(l -> l.contains(truth.copies().get(0))).findFirst().orElseThrow());
        String copyHeading = lines.get(firstCopy - 1).replace(":", "").strip();
        assertThat(subjectLabel).isIn("Objet", "OBJET");
        assertThat(copyHeading).isNotBlank();

        int status = run("extract", generated.get(0).file().toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] printed = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(printed).hasSize(1);
        JsonNode record = ValidRecords.parse(printed[0], "the record printed by extract");
        assertThat(record.get("source").get("fileName").asText()).isEqualTo(generated.get(0).file().getFileName().toString());
        assertThat(record.get("text").asText()).contains(subjectLabel).contains(copyHeading);
    }
}
