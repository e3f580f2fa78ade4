package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkewMeterTest {

    /** A page with a full body of text, as a letter has. */
    private static BufferedImage page() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.addAll(TestPages.LETTER);
        }
        return TestPages.letter(lines);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-4.5, -1.2, -0.4, 0.6, 1.2, 3.0})
    void measuresTheAngleAPageWasTurnedBy(double clockwise) {
        BufferedImage turned = ImageOperations.rotate(page(), clockwise);
        assertThat(SkewMeter.clockwiseDegrees(turned)).isCloseTo(clockwise, within(0.12));
    }

    @Test
    void aStraightPageMeasuresStraight() {
        assertThat(SkewMeter.clockwiseDegrees(page())).isCloseTo(0, within(0.05));
    }

    @Test
    void aPageOfNoiseOrWithoutInkMeasuresNothing() {
        BufferedImage noise = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(3);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        assertThat(SkewMeter.clockwiseDegrees(noise)).isZero();
        assertThat(SkewMeter.clockwiseDegrees(TestPages.letter(List.of()))).isZero();
    }
}
