package org.courrier.extract.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The truth file: what a letter really says, in {@code NAME.truth.json} beside the letter file {@code NAME.EXT}.
 * {@code ./courrier eval} (test-fixtures) scores extraction against these files and {@code ./courrier export-truth}
 * (routes) writes them from reviewed records; both take the format from here, so they cannot drift apart.
 *
 * <p>The file is one JSON object: {@code language} (one of {@link #LANGUAGES}), {@code pageCount}, {@code rendering}
 * (how the letter is on disk, one of the labels below), {@code fields} and {@code pages}. {@code fields} holds the
 * record's field names with values in the record's shapes ({@code sender} a string, or an array of acceptable forms;
 * {@code signatory} {@code {name, title}}; {@code recipient} {@code {name, title, organisation, block}}; {@code date}
 * {@code yyyy-mm-dd}; {@code copies} an array of strings; null when the letter has none). {@code pages} holds the
 * expected text of each page, or is empty when it is not known (then only the fields are scored; a {@code text} key
 * joins the pages with form feeds when they are known).
 *
 * <p>Stateless, thread-safe.
 */
public final class TruthFile {

    /** The end of a truth file's name. */
    public static final String SUFFIX = ".truth.json";

    /** The languages the evaluation scores. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    /** A PDF with a text layer on every page. */
    public static final String PDF = "pdf";
    /** A PDF read with OCR (pages without a usable text layer). */
    public static final String IMAGE_PDF = "image-pdf";
    /** A JPEG image (a scan). */
    public static final String SCAN = "scan";
    /** A lossless single image: PNG (also BMP and GIF). */
    public static final String PNG = "png";
    /** A TIFF image, one or more pages. */
    public static final String TIFF = "tiff";

    /** Every rendering label {@link #rendering} gives. */
    public static final List<String> RENDERINGS = List.of(PDF, IMAGE_PDF, SCAN, PNG, TIFF);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthFile() {}

    /** The truth file beside a letter file: {@code fr-0007.scan.jpg} → {@code fr-0007.scan.truth.json}. */
    public static Path fileFor(Path letterFile) {
        String name = letterFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return letterFile.resolveSibling(stem + SUFFIX);
    }

    /**
     * The rendering label of a source file: its media type and how its pages were read ({@code text-layer} or
     * {@code ocr}, as in a record's {@code ocr.pages[].method}).
     *
     * @throws IllegalArgumentException when the evaluation has no rendering for the media type
     */
    public static String rendering(String mediaType, Iterable<String> pageMethods) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/pdf" -> {
                for (String method : pageMethods) {
                    if (!"text-layer".equals(method)) {
                        yield IMAGE_PDF;
                    }
                }
                yield PDF;
            }
            case "image/jpeg" -> SCAN;
            case "image/png", "image/bmp", "image/x-ms-bmp", "image/gif" -> PNG;
            case "image/tiff" -> TIFF;
            default ->
                throw new IllegalArgumentException("the evaluation has no rendering for " + mediaType
                        + " files (it scores PDF, JPEG, PNG, BMP, GIF and TIFF letters)");
        };
    }

    /**
     * The truth a record says: its language, page count and rendering, and the value of each of its fields, with
     * the page text unknown. For a reviewed record these are the values the reviewer approved.
     *
     * @throws IllegalArgumentException when the record cannot be a truth, saying why (a language the evaluation
     *     does not score, a media type it has no rendering for, a missing or malformed part)
     */
    public static ObjectNode fromRecord(JsonNode record) {
        String language =
                record.path("language").isTextual() ? record.get("language").asText() : null;
        // Set.of refuses to look up null: a record whose language is unknown has null here
        if (language == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(
                    "language " + language + ": the evaluation scores " + LANGUAGES + " letters only");
        }
        JsonNode source = record.path("source");
        int pageCount = source.path("pageCount").asInt(0);
        if (pageCount < 1) {
            throw new IllegalArgumentException("source.pageCount is missing or not a positive number");
        }
        List<String> methods = new ArrayList<>();
        record.path("ocr")
                .path("pages")
                .forEach(p -> methods.add(p.path("method").asText()));
        ObjectNode root = MAPPER.createObjectNode();
        root.put("language", language);
        root.put("pageCount", pageCount);
        root.put("rendering", rendering(source.path("mediaType").asText(null), methods));
        JsonNode fields = record.path("fields");
        if (!fields.isObject()) {
            throw new IllegalArgumentException("the record has no fields");
        }
        ObjectNode f = root.putObject("fields");
        f.set(FieldName.SENDER.jsonName(), text(fields, FieldName.SENDER));
        f.set(FieldName.SIGNATORY.jsonName(), object(fields, FieldName.SIGNATORY, "name", "title"));
        f.set(FieldName.REFERENCE.jsonName(), text(fields, FieldName.REFERENCE));
        f.set(FieldName.THEIR_REFERENCE.jsonName(), text(fields, FieldName.THEIR_REFERENCE));
        JsonNode date = text(fields, FieldName.DATE);
        if (!date.isNull()) {
            try {
                LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("fields.date is not a date (yyyy-mm-dd): " + date.asText(), e);
            }
        }
        f.set(FieldName.DATE.jsonName(), date);
        f.set(FieldName.PLACE.jsonName(), text(fields, FieldName.PLACE));
        JsonNode recipient = object(fields, FieldName.RECIPIENT, "name", "title", "organisation", "block");
        if (recipient.isObject() && !recipient.get("block").isTextual()) {
            throw new IllegalArgumentException("fields.recipient has no block");
        }
        f.set(FieldName.RECIPIENT.jsonName(), recipient);
        f.set(FieldName.SUBJECT.jsonName(), text(fields, FieldName.SUBJECT));
        ArrayNode copies = f.putArray(FieldName.COPIES.jsonName());
        JsonNode copyValues = fields.path(FieldName.COPIES.jsonName()).path("value");
        if (!copyValues.isMissingNode() && !copyValues.isNull() && !copyValues.isArray()) {
            throw new IllegalArgumentException("fields.copies is not a list");
        }
        copyValues.forEach(c -> copies.add(c.asText()));
        root.putArray("pages");
        return root;
    }

    /** A truth as the text of its file: pretty-printed JSON, keys in a stable order, a final newline. */
    public static String toJson(JsonNode truth) {
        try {
            return MAPPER.writeValueAsString(truth) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("truth could not be written", e);
        }
    }

    /** A field's text value, or JSON null (no value, or an empty one). */
    private static JsonNode text(JsonNode fields, FieldName name) {
        JsonNode v = fields.path(name.jsonName()).path("value");
        if (v.isMissingNode() || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            return MAPPER.nullNode();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("fields." + name.jsonName() + " is not text: " + v);
        }
        return MAPPER.getNodeFactory().textNode(v.asText());
    }

    /** A field's object value with just {@code keys} (text or null); JSON null when it has no value at all. */
    private static JsonNode object(JsonNode fields, FieldName name, String... keys) {
        JsonNode v = fields.path(name.jsonName()).path("value");
        ObjectNode out = MAPPER.createObjectNode();
        if (v.isMissingNode() || v.isNull()) {
            return MAPPER.nullNode();
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("fields." + name.jsonName() + " is not an object: " + v);
        }
        for (String key : keys) {
            JsonNode k = v.path(key);
            if (k.isTextual() && !k.asText().isBlank()) {
                out.put(key, k.asText());
            } else {
                out.putNull(key);
            }
        }
        boolean empty = true;
        for (JsonNode k : out) {
            empty &= k.isNull();
        }
        return empty ? MAPPER.nullNode() : out;
    }
}
