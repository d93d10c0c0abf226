package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The FFT evaluation of Moran's I and Geary's C against the pairwise definition. */
class SpatialAutocorrelationTest {

    @Test
    void fftEqualsThePairwiseDefinitionOnAnIrregularAnisotropicRoi() {
        IbsiGrid g = new IbsiGrid(9, 7, 5, 0.8, 1.1, 2.5);
        Random rnd = new Random(3);
        double[] img = new double[g.size()];
        boolean[] mask = new boolean[g.size()];
        for (int q = 0; q < img.length; q++) {
            img[q] = rnd.nextGaussian() * 50 + q % 7 * 10;
            mask[q] = rnd.nextDouble() < 0.6;
        }
        RoiImage roi = new RoiImage(g, img, mask, mask);
        double[] fft = SpatialAutocorrelation.compute(roi);
        double[] exact = SpatialAutocorrelation.bruteForce(roi);
        assertEquals(exact[0], fft[0], 1e-10);
        assertEquals(exact[1], fft[1], 1e-10);
    }

    @Test
    void checkerboardIsPerfectlyDispersedAtShortRange() {
        // two voxels: I = N/W · w y1 y2 · 2 / Σ y² = 2/(2w) · 2 w (-1)(1) / 2 = -1 ; C = 1/(2·2w) · 2 w · 4 / 2 = 1
        IbsiGrid g = new IbsiGrid(2, 1, 1, 1, 1, 1);
        RoiImage roi = new RoiImage(g, new double[] {0, 2}, new boolean[] {true, true}, new boolean[] {true, true});
        double[] r = SpatialAutocorrelation.compute(roi);
        assertEquals(-1, r[0], 1e-12);
        assertEquals(1, r[1], 1e-12);
    }
}
