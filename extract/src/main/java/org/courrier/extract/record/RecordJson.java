package org.courrier.extract.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.courrier.document.Box;
import org.courrier.document.SourceFile;

/**
 * Writes records and error lines as JSON in the shape of the published schema. Thread-safe.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {}

    /** The record as one line of JSON. */
    public static String toJson(LetterRecord record) {
        return write(toTree(record));
    }

    /**
     * The record as one line of JSON, with {@code source.archivedAs}: where the service keeps the source file once
     * the record is out ({@code null}: not said).
     */
    public static String toJson(LetterRecord record, String archivedAs) {
        ObjectNode root = toTree(record);
        if (archivedAs != null) {
            ((ObjectNode) root.get("source")).put("archivedAs", archivedAs);
        }
        return write(root);
    }

    public static ObjectNode toTree(LetterRecord r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", LetterRecord.SCHEMA);
        root.put("id", r.id());
        root.set("source", source(r.source()));
        root.put("language", r.language());
        ObjectNode fields = root.putObject("fields");
        LetterFields f = r.fields();
        fields.set(
                FieldName.SENDER.jsonName(),
                field(f.sender(), MAPPER.valueToTree(f.sender().value())));
        fields.set(
                FieldName.SIGNATORY.jsonName(),
                field(
                        f.signatory(),
                        f.signatory().found() ? signatory(f.signatory().value()) : null));
        fields.set(
                FieldName.REFERENCE.jsonName(),
                field(f.reference(), MAPPER.valueToTree(f.reference().value())));
        fields.set(
                FieldName.THEIR_REFERENCE.jsonName(),
                field(f.theirReference(), MAPPER.valueToTree(f.theirReference().value())));
        ObjectNode date = field(
                f.date(), f.date().found() ? MAPPER.valueToTree(f.date().value().toString()) : null);
        fields.set(FieldName.DATE.jsonName(), date);
        fields.set(
                FieldName.PLACE.jsonName(),
                field(f.place(), MAPPER.valueToTree(f.place().value())));
        fields.set(
                FieldName.RECIPIENT.jsonName(),
                field(
                        f.recipient(),
                        f.recipient().found() ? recipient(f.recipient().value()) : null));
        fields.set(
                FieldName.SUBJECT.jsonName(),
                field(f.subject(), MAPPER.valueToTree(f.subject().value())));
        ArrayNode copies = MAPPER.createArrayNode();
        f.copies().value().forEach(copies::add);
        fields.set(FieldName.COPIES.jsonName(), field(f.copies(), copies));
        root.put("text", r.text());
        ObjectNode ocr = root.putObject("ocr");
        ocr.put("engine", r.ocr().engine());
        ocr.put("languages", r.ocr().languages());
        ArrayNode pages = ocr.putArray("pages");
        for (LetterRecord.PageInfo p : r.ocr().pages()) {
            ObjectNode page = pages.addObject();
            page.put("page", p.page());
            page.put("method", p.method());
            page.put("meanConfidence", round(p.meanConfidence()));
            page.put("rotation", p.rotation());
            page.put("skewDegrees", round(p.skewDegrees()));
            if (p.width() > 0 && p.height() > 0) {
                page.put("width", p.width());
                page.put("height", p.height());
            }
            if (p.flattening() != null) {
                flattening(page.putObject("flattening"), p.flattening());
            }
        }
        ObjectNode review = root.putObject("review");
        review.put("status", r.review().status().name());
        ArrayNode reasons = review.putArray("reasons");
        r.review().reasons().forEach(reasons::add);
        root.put("processedAt", r.processedAt().toString());
        root.put("durationMs", r.durationMs());
        return root;
    }

    /**
     * How a photographed page was flattened: the photo's and the flat page's sizes, the sheet's corners in the photo
     * and the transform taking a point of the flat page onto the photo (nine coefficients, row-major).
     */
    private static void flattening(ObjectNode node, org.courrier.document.Flattening f) {
        ObjectNode photo = node.putObject("photo");
        photo.put("width", f.photoWidth());
        photo.put("height", f.photoHeight());
        ObjectNode flat = node.putObject("flat");
        flat.put("width", f.flatWidth());
        flat.put("height", f.flatHeight());
        ArrayNode corners = node.putArray("corners");
        for (int i = 0; i < 4; i++) {
            ArrayNode corner = corners.addArray();
            corner.add(f.corners().get(2 * i));
            corner.add(f.corners().get(2 * i + 1));
        }
        ArrayNode toPhoto = node.putArray("toPhoto");
        for (double c : f.toPhoto().coefficients()) {
            toPhoto.add(Math.round(c * 1e9) / 1e9);
        }
        node.put("unevenLight", f.unevenLight());
    }

    /** The line printed or delivered for a file that produced no record. */
    public static String errorLine(String fileName, SourceFile source, String code, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        if (source != null) {
            root.set("source", source(source));
        } else {
            root.putObject("source").put("fileName", fileName);
        }
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return write(root);
    }

    private static ObjectNode source(SourceFile s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("fileName", s.fileName());
        n.put("mediaType", s.mediaType());
        n.put("sizeBytes", s.sizeBytes());
        n.put("pageCount", s.pageCount());
        return n;
    }

    private static ObjectNode field(Field<?> field, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("value", value == null ? MAPPER.nullNode() : value);
        if (field.raw() != null) {
            n.put("raw", field.raw());
        }
        if (field.found()) {
            n.put("confidence", round(field.confidence()));
        } else {
            // The record's contract: a field not found has confidence 0. How sure the extractor is that the
            // letter has none (no reference, no subject line) travels beside it.
            n.put("confidence", 0.0);
            if (field.confidence() > 0) {
                n.put("absentConfidence", round(field.confidence()));
            }
        }
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence e : field.evidence()) {
            ObjectNode en = evidence.addObject();
            en.put("page", e.page());
            Box b = e.box();
            ObjectNode box = en.putObject("box");
            box.put("x", b.x());
            box.put("y", b.y());
            box.put("w", b.w());
            box.put("h", b.h());
            en.put("text", e.text());
        }
        return n;
    }

    private static ObjectNode signatory(Signatory s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", s.name());
        n.put("title", s.title());
        return n;
    }

    private static ObjectNode recipient(Recipient r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", r.name());
        n.put("title", r.title());
        n.put("organisation", r.organisation());
        n.put("block", r.block());
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record could not be written as JSON", e);
        }
    }
}
