package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Resampling with grid-centre alignment: tricubic (cubic B-spline) values against scipy's
 * map_coordinates (src/test/python/ibsi_resampling_reference.py), and analytic cases for trilinear
 * and nearest-neighbour interpolation.
 */
class GridResamplerTest {

    private static JsonNode reference() throws Exception {
        try (InputStream in = GridResamplerTest.class.getResourceAsStream("/ibsi/resampling_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] doubles(JsonNode n) {
        double[] d = new double[n.size()];
        for (int t = 0; t < d.length; t++) {
            d[t] = n.get(t).asDouble();
        }
        return d;
    }

    @Test
    void tricubicMatchesScipyMirrorSpline() throws Exception {
        JsonNode ref = reference();
        double[] sp = doubles(ref.get("spacing"));
        IbsiGrid from = new IbsiGrid(ref.get("dims").get(0).asInt(), ref.get("dims").get(1).asInt(),
                ref.get("dims").get(2).asInt(), sp[0], sp[1], sp[2]);
        IbsiGrid to = GridResampler.targetGrid(from, doubles(ref.get("target")));
        assertEquals(ref.get("new_dims").get(0).asInt(), to.nx());
        assertEquals(ref.get("new_dims").get(1).asInt(), to.ny());
        assertEquals(ref.get("new_dims").get(2).asInt(), to.nz());
        double[] out = GridResampler.resample(doubles(ref.get("image")), from, to, Interpolator.TRICUBIC);
        assertArrayEquals(doubles(ref.get("tricubic")), out, 1e-9);
    }

    @Test
    void oneDimensionalSplineMatchesScipyInsideAndOutsideTheGrid() throws Exception {
        JsonNode ref = reference();
        double[] c = CubicBSpline.coefficients(doubles(ref.get("line")));
        double[] xs = doubles(ref.get("line_x"));
        double[] expected = doubles(ref.get("line_cubic"));
        for (int t = 0; t < xs.length; t++) {
            assertEquals(expected[t], CubicBSpline.evaluate(c, xs[t]), 1e-9, "x = " + xs[t]);
        }
    }

    @Test
    void splineInterpolatesTheSamples() {
        double[] s = {3, -1, 4, 1, -5, 9, 2, 6};
        double[] c = CubicBSpline.coefficients(s);
        for (int k = 0; k < s.length; k++) {
            assertEquals(s[k], CubicBSpline.evaluate(c, k), 1e-12);
        }
    }

    @Test
    void trilinearReproducesALinearFunctionWithGridCentreAlignment() {
        // f(i, j, k) = 2i + 3j - k on a 10x8x6 grid of spacing (1, 1, 2.5); resample to 0.75 mm isotropic.
        IbsiGrid from = new IbsiGrid(10, 8, 6, 1, 1, 2.5);
        double[] img = new double[from.size()];
        for (int k = 0; k < 6; k++) {
            for (int j = 0; j < 8; j++) {
                for (int i = 0; i < 10; i++) {
                    img[from.index(i, j, k)] = 2 * i + 3 * j - k;
                }
            }
        }
        IbsiGrid to = GridResampler.targetGrid(from, new double[] {0.75, 0.75, 0.75});
        // n' = ceil(n s / s'): 10/0.75 = 13.3 -> 14, 8/0.75 = 10.7 -> 11, 15/0.75 = 20
        assertEquals(new IbsiGrid(14, 11, 20, 0.75, 0.75, 0.75), to);
        double[] out = GridResampler.resample(img, from, to, Interpolator.LINEAR);
        for (int k = 0; k < to.nz(); k++) {
            for (int j = 0; j < to.ny(); j++) {
                for (int i = 0; i < to.nx(); i++) {
                    double x = 4.5 + (i - 6.5) * 0.75;
                    double y = 3.5 + (j - 5.0) * 0.75;
                    double z = 2.5 + (k - 9.5) * 0.75 / 2.5;
                    if (x < 0 || x > 9 || y < 0 || y > 7 || z < 0 || z > 5) {
                        continue; // outside the original grid the value is clamped, not extrapolated
                    }
                    assertEquals(2 * x + 3 * y - z, out[to.index(i, j, k)], 1e-9);
                }
            }
        }
    }

    @Test
    void nearestNeighbourPicksTheClosestCentre() {
        IbsiGrid from = new IbsiGrid(4, 1, 1, 2, 1, 1);
        IbsiGrid to = GridResampler.targetGrid(from, new double[] {1, 0, 0});
        assertEquals(8, to.nx());
        // new positions x = 1.5 + (k - 3.5)/2: -0.25, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3.25
        double[] out = GridResampler.resample(new double[] {10, 20, 30, 40}, from, to, Interpolator.NEAREST);
        assertArrayEquals(new double[] {10, 10, 20, 20, 30, 30, 40, 40}, out, 0);
    }
}
