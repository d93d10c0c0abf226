package org.spinelab.radiomics.ibsi;

import java.util.Map;

/**
 * Intensity histogram features (reference manual, section 3.4, {@code ih_*}) of the discretised
 * intensities {@code 1..N_g}: the statistics of {@link IntensityStatistics} plus
 *
 * <pre>
 * mode = most frequent level (ties: the one nearest the mean, then the lowest)
 * entropy = -Σ p_i log2 p_i;  uniformity = Σ p_i²
 * H'(i) = (H(i+1) - H(i-1))/2 inside, H(2) - H(1) at i = 1, H(N_g) - H(N_g - 1) at i = N_g
 * max_grad = max H', max_grad_g = its level (the lowest on ties); min_grad, min_grad_g likewise
 * </pre>
 */
public final class IntensityHistogramFeatures {

    private IntensityHistogramFeatures() {}

    public static Map<String, Double> compute(LevelImage im) {
        int n = im.voxelCount();
        double[] values = new double[n];
        double[] h = new double[im.ng() + 1];
        int t = 0;
        for (int l : im.levels()) {
            if (l > 0) {
                values[t++] = l;
                h[l]++;
            }
        }
        Map<String, Double> f = IntensityStatistics.compute(values, "ih_", false);
        double mean = f.get("ih_mean");
        int ng = im.ng();
        int mode = 1;
        for (int i = 2; i <= ng; i++) {
            if (h[i] > h[mode] || (h[i] == h[mode] && Math.abs(i - mean) < Math.abs(mode - mean))) {
                mode = i;
            }
        }
        double entropy = 0;
        double uniformity = 0;
        for (int i = 1; i <= ng; i++) {
            double p = h[i] / n;
            if (p > 0) {
                entropy -= p * FeatureAverager.log2(p);
            }
            uniformity += p * p;
        }
        double maxG = Double.NEGATIVE_INFINITY;
        double minG = Double.POSITIVE_INFINITY;
        int maxGi = 1;
        int minGi = 1;
        for (int i = 1; i <= ng; i++) {
            double g;
            if (ng == 1) {
                g = 0;
            } else if (i == 1) {
                g = h[2] - h[1];
            } else if (i == ng) {
                g = h[ng] - h[ng - 1];
            } else {
                g = (h[i + 1] - h[i - 1]) / 2;
            }
            if (g > maxG) {
                maxG = g;
                maxGi = i;
            }
            if (g < minG) {
                minG = g;
                minGi = i;
            }
        }
        // keep the IBSI order of the reference table: mode after max
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Double> e : f.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (e.getKey().equals("ih_max")) {
                out.put("ih_mode", (double) mode);
            }
        }
        out.put("ih_entropy", entropy);
        out.put("ih_uniformity", uniformity);
        out.put("ih_max_grad", maxG);
        out.put("ih_max_grad_g", (double) maxGi);
        out.put("ih_min_grad", minG);
        out.put("ih_min_grad_g", (double) minGi);
        return out;
    }
}
