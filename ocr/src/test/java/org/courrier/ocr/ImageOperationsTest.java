package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageOperationsTest {

    @Test
    void measuresRandomNoiseAsSpeckledAndLetterAsNot() {
        Random random = new Random(3);
        BufferedImage noise = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }

        assertThat(ImageOperations.speckle(noise)).isGreaterThan(PagePreparation.SPECKLED);
        assertThat(ImageOperations.speckle(TestPages.letter(TestPages.LETTER))).isLessThan(0.1);
    }

    @Test
    void quarterTurnSwapsWidthAndHeightAndMovesTheCorner() {
        BufferedImage image = new BufferedImage(30, 10, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 255);

        BufferedImage turned = ImageOperations.quarterTurn(image, 90);

        assertThat(turned.getWidth()).isEqualTo(10);
        assertThat(turned.getHeight()).isEqualTo(30);
        assertThat(turned.getRaster().getSample(9, 0, 0)).isEqualTo(255);
    }
}
