package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.courrier.extract.record.RecordSchema;

/** Reads records the service wrote, each checked against the published schema first. */
final class ValidRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidRecords() {}

    /** The record in this file, failing when it breaks the schema. */
    static JsonNode read(Path record) {
        try {
            return parse(
                    Files.readString(record, StandardCharsets.UTF_8),
                    record.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record given as JSON text, failing when it breaks the schema. */
    static JsonNode parse(String json, String what) {
        assertThat(RecordSchema.violations(json))
                .as(what + " against the record schema")
                .isEmpty();
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record files in the folder (not its subfolders), sorted by name, each checked against the schema. */
    static List<Path> in(Path outbox) throws IOException {
        try (Stream<Path> s = Files.list(outbox)) {
            List<Path> records = s.filter(Files::isRegularFile).sorted().toList();
            records.forEach(ValidRecords::read);
            return records;
        }
    }
}
