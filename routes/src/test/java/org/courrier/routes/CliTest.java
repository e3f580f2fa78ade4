package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
}
