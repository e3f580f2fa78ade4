package org.courrier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayerQualityTest {

    @Test
    void keepsLetterTextAsRealText() {
        assertThat(TextLayerQuality.isRealText("Objet : renouvellement de la convention\nMadame la Directrice,"))
                .isTrue();
    }

    @Test
    void sendsPageWithOnlyAPageNumberOrStampToOcr() {
        assertThat(TextLayerQuality.isRealText("Page 1 / 3")).isFalse();
    }

    @Test
    void sendsUnmappedGlyphsToOcr() {
        String privateUse = "\uE001\uE002\uE003 \uE004\uE005".repeat(20) + " Objet";
        String replacement = "\uFFFD\uFFFD\uFFFD\uFFFD ".repeat(20) + " Madame la Directrice, votre lettre";
        assertThat(TextLayerQuality.isRealText(privateUse)).isFalse();
        assertThat(TextLayerQuality.isRealText(replacement)).isFalse();
    }

    @Test
    void sendsControlCodeGarbageToOcr() {
        assertThat(TextLayerQuality.isRealText("\u0003\u0011\u0012\u0005 ".repeat(30) + "abcdefghijklmnopqrstuvwxyz"))
                .isFalse();
    }
}
