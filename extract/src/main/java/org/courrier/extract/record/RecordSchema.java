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
 * The published JSON Schemas of the letter record and validation against them: version 1, the record as Courrier
 * read it, and version 2, a revision a reviewer approved or rejected (version 1 plus the revision number and the
 * reviewer's decision). A record is validated against the version its {@code schema} property names.
 * Thread-safe: the compiled schemas are immutable.
 */
public final class RecordSchema {

    /** Classpath location of the schema; the same file is the published contract. */
    public static final String RESOURCE = "/schema/courrier.letter-1.schema.json";
    /** Classpath location of version 2, the schema of revisions. */
    public static final String RESOURCE_2 = "/schema/courrier.letter-2.schema.json";
    /** The {@code schema} value of a revision. */
    public static final String VERSION_2 = "courrier.letter/2";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load(RESOURCE);
    private static final Schema SCHEMA_2 = load(RESOURCE_2);

    private RecordSchema() {}

    /**
     * The schema violations of a record given as JSON text, against the version its {@code schema} property names
     * (version 1 unless it names version 2); empty when it is valid.
     */
    public static List<String> violations(String json) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        Schema schema = VERSION_2.equals(tree.path("schema").asText()) ? SCHEMA_2 : SCHEMA;
        // the validator reads JSON with Jackson 3; the text goes across, not a Jackson 2 tree
        return schema.validate(json, InputFormat.JSON).stream()
                .map(com.networknt.schema.Error::toString)
                .sorted()
                .toList();
    }

    private static Schema load(String resource) {
        try (InputStream in = RecordSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
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
