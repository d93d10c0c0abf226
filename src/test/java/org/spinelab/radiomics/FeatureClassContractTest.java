package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every registered family computes exactly the features it lists, in PyRadiomics' (alphabetical)
 * order, computes a requested subset only, and names match PyRadiomics' documented counts.
 */
class FeatureClassContractTest {

    private static FeatureInput randomRoi() {
        Random r = new Random(3);
        int nx = 7, ny = 6, nz = 5;
        double[] v = new double[nx * ny * nz];
        boolean[] m = new boolean[v.length];
        for (int n = 0; n < v.length; n++) {
            v[n] = r.nextInt(200);
            m[n] = r.nextDouble() < 0.8;
        }
        return new FeatureInput(new Roi(v, m, nx, ny, nz, new double[] {0.8, 0.8, 2}), RadiomicsSettings.defaults());
    }

    @Test
    void familiesAndCountsAreThoseOfPyRadiomics() {
        Map<String, FeatureClass> all = Plugins.featureClasses();
        assertEquals(List.of("shape", "shape2D", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm"), List.copyOf(all.keySet()));
        int[] counts = {14, 9, 18, 24, 14, 16, 16, 5};
        int c = 0;
        for (FeatureClass f : all.values()) {
            assertEquals(counts[c++], f.featureNames().size(), f.name());
            List<String> sorted = new ArrayList<>(f.featureNames());
            sorted.sort(null);
            assertEquals(sorted, f.featureNames(), f.name() + " in PyRadiomics' order");
        }
    }

    @Test
    void everyListedFeatureIsComputedAndFinite() {
        FeatureInput in = randomRoi();
        for (FeatureClass f : Plugins.featureClasses().values()) {
            if (f.name().equals("shape2D")) {
                continue; // needs a one-slice ROI; covered by the baseline test
            }
            Map<String, Double> out = f.compute(in, new HashSet<>(f.featureNames()));
            assertEquals(f.featureNames(), List.copyOf(out.keySet()), f.name());
            out.forEach((k, v) -> assertTrue(Double.isFinite(v), f.name() + " " + k + " = " + v));
            Set<String> one = Set.of(f.featureNames().get(0));
            assertEquals(one, f.compute(in, one).keySet(), f.name() + " subset");
        }
    }
}
