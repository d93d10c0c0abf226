package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Averages feature maps with equal weight (the IBSI "averaged" aggregation over slices/directions). */
final class FeatureAverager {

    private final Map<String, double[]> sums = new LinkedHashMap<>();

    void add(Map<String, Double> features) {
        if (features == null) {
            return;
        }
        for (Map.Entry<String, Double> e : features.entrySet()) {
            double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
            s[0] += e.getValue();
            s[1]++;
        }
    }

    /** The averages with {@code suffix} appended to every key, into {@code out}. */
    void putInto(Map<String, Double> out, String prefix, String suffix) {
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            out.put(prefix + e.getKey() + suffix, e.getValue()[0] / e.getValue()[1]);
        }
    }

    static void put(Map<String, Double> out, Map<String, Double> features, String prefix, String suffix) {
        if (features == null) {
            return;
        }
        for (Map.Entry<String, Double> e : features.entrySet()) {
            out.put(prefix + e.getKey() + suffix, e.getValue());
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
