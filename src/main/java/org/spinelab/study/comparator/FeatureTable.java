package org.spinelab.study.comparator;

import java.util.ArrayList;
import java.util.List;

/**
 * Radiomics features of a cohort: one row per case (the cohort's order), one named column per feature.
 */
public record FeatureTable(List<String> names, double[][] values) {

    public FeatureTable {
        names = List.copyOf(names);
    }

    /** Columns of several tables side by side (the multi-view model: "feature selection … based on the features from all three views"). */
    public static FeatureTable concat(List<FeatureTable> parts) {
        int n = parts.get(0).values().length;
        List<String> names = new ArrayList<>();
        for (FeatureTable t : parts) {
            names.addAll(t.names());
        }
        double[][] x = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            int j = 0;
            for (FeatureTable t : parts) {
                System.arraycopy(t.values()[i], 0, x[i], j, t.names().size());
                j += t.names().size();
            }
        }
        return new FeatureTable(names, x);
    }

    /** The rows given (training or test fold). */
    public double[][] rows(int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
