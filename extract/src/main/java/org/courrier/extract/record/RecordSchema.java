package org.courrier.extract.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published JSON Schema of the letter record, version 1, and validation against it.
 * Thread-safe: the compiled schema is immutable.
 */
public final class RecordSchema {

    /** Classpath location of the schema; the same file is the published contract. */
    public static final String RESOURCE = "/schema/courrier.letter-1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private RecordSchema() {}

    /** The schema violations of a record given as JSON text; empty when it is valid. */
    public static List<String> violations(String json) {
        try {
            MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        // the validator reads JSON with Jackson 3; the text goes across, not a Jackson 2 tree
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(com.networknt.schema.Error::toString)
                .sorted()
                .toList();
    }

    private static Schema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            // LEGACY paths keep the messages as before 2.0: "$.copies: ..."
            SchemaRegistryConfig config =
                    SchemaRegistryConfig.builder().pathType(PathType.LEGACY).build();
            return SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(config))
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
