package org.courrier.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HomographyTest {

    @Test
    void fourPointsMapOntoTheirImagesAndTheInverseTakesThemBack() {
        Random r = new Random(3);
        for (int n = 0; n < 50; n++) {
            double[] corners = {
                100 + r.nextInt(200), 80 + r.nextInt(200),
                2500 + r.nextInt(200), 60 + r.nextInt(200),
                2600 + r.nextInt(200), 3600 + r.nextInt(200),
                50 + r.nextInt(200), 3500 + r.nextInt(200)
            };
            Homography h = Homography.fromRectangle(2480, 3508, corners);
            double[] page = {0, 0, 2480, 0, 2480, 3508, 0, 3508};
            for (int i = 0; i < 4; i++) {
                double[] p = h.map(page[2 * i], page[2 * i + 1]);
                assertThat(p[0]).isCloseTo(corners[2 * i], within(1e-6));
                assertThat(p[1]).isCloseTo(corners[2 * i + 1], within(1e-6));
            }
            double x = r.nextDouble() * 2480;
            double y = r.nextDouble() * 3508;
            double[] there = h.map(x, y);
            double[] back = h.inverse().map(there[0], there[1]);
            assertThat(back[0]).isCloseTo(x, within(1e-6));
            assertThat(back[1]).isCloseTo(y, within(1e-6));
        }
    }

    @Test
    void aRectangleOntoAScaledShiftedRectangleIsAffine() {
        Homography h = Homography.fromRectangle(100, 200, new double[] {10, 20, 210, 20, 210, 420, 10, 420});
        double[] m = h.coefficients();
        assertThat(m[0]).isCloseTo(2, within(1e-9));
        assertThat(m[4]).isCloseTo(2, within(1e-9));
        assertThat(m[2]).isCloseTo(10, within(1e-9));
        assertThat(m[5]).isCloseTo(20, within(1e-9));
        assertThat(m[6]).isCloseTo(0, within(1e-12));
        assertThat(h.mapBox(new Box(5, 5, 10, 10))).isEqualTo(new Box(20, 30, 20, 20));
    }

    @Test
    void collinearPointsHaveNoHomography() {
        assertThatThrownBy(() -> Homography.fromRectangle(100, 100, new double[] {0, 0, 50, 50, 100, 100, 0, 100}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collinear");
    }

    @Test
    void aFlatteningTakesTheFlatPageBackOntoThePhoto() {
        Flattening f = new Flattening(
                3000, 4000, 2480, 3508, List.of(200.0, 150.0, 2750.0, 260.0, 2800.0, 3800.0, 150.0, 3700.0), true);
        double[] corner = f.toPhoto().map(2480, 3508);
        assertThat(corner[0]).isCloseTo(2800, within(1e-6));
        assertThat(corner[1]).isCloseTo(3800, within(1e-6));
        assertThatThrownBy(() -> new Flattening(3000, 4000, 2480, 3508, List.of(1.0, 2.0), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
