package org.spinelab.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The separable distance transform against the definition, evaluated by brute force. */
class DistanceTransform2DTest {

    @Test
    void signedDistancesEqualBruteForceWithAnisotropicSpacing() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int nx = 5 + rnd.nextInt(20);
            int ny = 5 + rnd.nextInt(20);
            double sx = 0.3 + rnd.nextDouble();
            double sy = 0.3 + rnd.nextDouble();
            boolean[] in = new boolean[nx * ny];
            double density = rnd.nextDouble();
            for (int p = 0; p < in.length; p++) {
                in[p] = rnd.nextDouble() < density;
            }
            float[] out = new float[nx * ny + 3];
            DistanceTransform2D.signed(in, nx, ny, sx, sy, 1e6, out, 3);
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    boolean here = in[x + nx * y];
                    double best = Double.POSITIVE_INFINITY;
                    for (int v = 0; v < ny; v++) {
                        for (int u = 0; u < nx; u++) {
                            if (in[u + nx * v] != here) {
                                best = Math.min(best, Math.hypot((u - x) * sx, (v - y) * sy));
                            }
                        }
                    }
                    double expected = Double.isInfinite(best) ? (here ? -1e6 : 1e6) : here ? -best : best;
                    assertEquals(expected, out[3 + x + nx * y], 1e-4 * Math.max(1, Math.abs(expected)),
                            "trial " + trial + " pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void emptySliceHasNoDistance() {
        double[] f = new double[12];
        java.util.Arrays.fill(f, DistanceTransform2D.NONE);
        DistanceTransform2D.squared(f, 4, 3, 1, 1);
        for (double v : f) {
            assertTrue(Double.isInfinite(v));
        }
    }
}
