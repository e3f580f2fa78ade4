package org.courrier.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CourrierSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("courrier.ocr.tessdata");
        System.clearProperty("courrier.not-a-setting");
    }

    @Test
    void aSystemPropertyOverridesTheBuiltInDefaultOfTheSameName() {
        assertThat(CourrierSettings.from(Map.of()).ocr().tessdata())
                .isEqualTo(Path.of("/usr/share/tesseract-ocr/5/tessdata"));

        System.setProperty("courrier.ocr.tessdata", "/opt/models");

        assertThat(CourrierSettings.defaults().getProperty("courrier.ocr.tessdata"))
                .isEqualTo("/opt/models");
        assertThat(CourrierSettings.from(Map.of()).ocr().tessdata()).isEqualTo(Path.of("/opt/models"));
    }

    @Test
    void givenValuesStillWinOverASystemPropertyAndUnknownPropertiesAreNotTakenIn() {
        System.setProperty("courrier.ocr.tessdata", "/opt/models");
        System.setProperty("courrier.not-a-setting", "x");

        assertThat(CourrierSettings.from(Map.of("courrier.ocr.tessdata", "/srv/td"))
                        .ocr()
                        .tessdata())
                .isEqualTo(Path.of("/srv/td"));
        assertThat(CourrierSettings.defaults()).doesNotContainKey("courrier.not-a-setting");
    }
}
