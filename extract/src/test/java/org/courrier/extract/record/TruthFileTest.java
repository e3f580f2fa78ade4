package org.courrier.extract.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The truth of a record: the values as they stand, and a refusal naming why a record cannot be one. */
class TruthFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode record() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"language": "fr",
                 "source": {"fileName": "a.jpg", "mediaType": "image/jpeg", "pageCount": 1},
                 "ocr": {"pages": [{"page": 1, "method": "ocr"}]},
                 "fields": {
                   "sender": {"value": "Ministère de la Culture"},
                   "signatory": {"value": {"name": null, "title": null}},
                   "reference": {"value": "  "},
                   "date": {"value": "2026-03-03"},
                   "recipient": {"value": null},
                   "subject": {"value": "Budget corrigé"},
                   "copies": {"value": ["Cabinet", "Archives"]}}}
                """);
    }

    @Test
    void theTruthOfARecordHoldsItsValuesAndEmptyOnesAsNull() throws Exception {
        JsonNode truth = TruthFile.fromRecord(record());
        assertThat(truth.get("language").asText()).isEqualTo("fr");
        assertThat(truth.get("rendering").asText()).isEqualTo(TruthFile.SCAN);
        JsonNode f = truth.get("fields");
        assertThat(f.get("sender").asText()).isEqualTo("Ministère de la Culture");
        assertThat(f.get("subject").asText()).isEqualTo("Budget corrigé");
        assertThat(f.get("date").asText()).isEqualTo("2026-03-03");
        assertThat(f.get("signatory").isNull())
                .as("a signatory with neither name nor title")
                .isTrue();
        assertThat(f.get("reference").isNull()).as("a blank reference").isTrue();
        assertThat(f.get("theirReference").isNull())
                .as("a field the record lacks")
                .isTrue();
        assertThat(f.get("place").isNull()).isTrue();
        assertThat(f.get("recipient").isNull()).isTrue();
        assertThat(f.get("copies")).hasSize(2);
        assertThat(truth.get("pages")).isEmpty();
        assertThat(TruthFile.toJson(truth)).endsWith("}\n");
        assertThat(TruthFile.fileFor(Path.of("/x/scan.3f9a1c2b.jpg")))
                .isEqualTo(Path.of("/x/scan.3f9a1c2b.truth.json"));
    }

    @Test
    void aRecordThatCannotBeScoredIsRefusedSayingWhy() throws Exception {
        ObjectNode german = record().put("language", "de");
        assertThatThrownBy(() -> TruthFile.fromRecord(german)).hasMessageContaining("language de");
        ObjectNode unknown = record();
        unknown.putNull("language");
        assertThatThrownBy(() -> TruthFile.fromRecord(unknown)).hasMessageContaining("language null");
        ObjectNode docx = record();
        ((ObjectNode) docx.get("source")).put("mediaType", "application/vnd.oasis.opendocument.text");
        assertThatThrownBy(() -> TruthFile.fromRecord(docx)).hasMessageContaining("no rendering for");
        ObjectNode badDate = record();
        ((ObjectNode) badDate.at("/fields/date")).put("value", "3 mars");
        assertThatThrownBy(() -> TruthFile.fromRecord(badDate)).hasMessageContaining("not a date");
        ObjectNode noPages = record();
        ((ObjectNode) noPages.get("source")).remove("pageCount");
        assertThatThrownBy(() -> TruthFile.fromRecord(noPages)).hasMessageContaining("pageCount");
        assertThat(TruthFile.rendering("application/pdf", List.of("text-layer", "ocr")))
                .isEqualTo(TruthFile.IMAGE_PDF);
    }
}
