package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscretizerTest {

    @Test
    void binWidthMatchesPyRadiomicsFormula() {
        // X_b = floor(x/W) − floor(min/W) + 1 (PyRadiomics' documented formula)
        Random r = new Random(7);
        for (int t = 0; t < 50; t++) {
            double[] v = new double[30];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.floor(r.nextDouble() * 2000 - 500);
            }
            double w = 1 + r.nextInt(40);
            double[] e = Discretizer.binEdges(v, RadiomicsSettings.defaults().with("binWidth", w));
            double min = java.util.Arrays.stream(v).min().getAsDouble();
            for (double x : v) {
                assertEquals((int) (Math.floor(x / w) - Math.floor(min / w) + 1), Discretizer.digitize(x, e));
            }
        }
    }

    @Test
    void binWidthEdgesAreNumpyArange() {
        // min 54, max 166, W 25: arange(50, 216, 25)
        assertArrayEquals(new double[] {50, 75, 100, 125, 150, 175, 200},
                Discretizer.binWidthEdges(54, 166, 25), 0);
        // a maximum on an edge gets its own bin (numpy.digitize: half-open bins)
        double[] e = Discretizer.binWidthEdges(0, 50, 25);
        assertEquals(3, Discretizer.digitize(50, e));
        // negative values: Python's modulo floors (−30 mod 25 = 20 → lo = −50)
        assertEquals(-50, Discretizer.binWidthEdges(-30, 10, 25)[0], 0);
    }

    @Test
    void binCountPutsTheMaximumInTheLastBin() {
        double[] e = Discretizer.binCountEdges(0, 10, 4);
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 11}, e, 0);
        assertEquals(4, Discretizer.digitize(10, e));
        assertEquals(1, Discretizer.digitize(0, e));
        // flat region: one bin around the value
        double[] flat = Discretizer.binCountEdges(3, 3, 1);
        assertArrayEquals(new double[] {2.5, 4.5}, flat, 0);
    }

    @Test
    void anglesCountsMatchPyRadiomics() {
        assertEquals(13, Angles.generate(new int[] {5, 5, 5}, List.of(1), false, -1).length);
        assertEquals(26, Angles.generate(new int[] {5, 5, 5}, List.of(1), true, -1).length);
        assertEquals(4, Angles.generate(new int[] {5, 5, 5}, List.of(1), false, 2).length);
        assertEquals(8, Angles.generate(new int[] {5, 5, 5}, List.of(1), true, 2).length);
        // a one-slice box allows no offset along k
        assertEquals(4, Angles.generate(new int[] {5, 5, 1}, List.of(1), false, -1).length);
        // distance 2: 5³ − 3³ = 98 offsets, 49 mono-directional
        assertEquals(49, Angles.generate(new int[] {5, 5, 5}, List.of(2), false, -1).length);
    }
}
