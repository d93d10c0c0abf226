package org.spinelab.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Radiomics features of a list of patients: {@code values[patient][feature]}, NaN where a feature is
 * missing for a patient (or the patient was not extracted).
 */
public record FeatureMatrix(List<String> names, double[][] values) {

    /** The column of one feature over the given patients. */
    public double[] column(int feature, int[] patients) {
        double[] c = new double[patients.length];
        for (int i = 0; i < patients.length; i++) {
            c[i] = values[patients[i]][feature];
        }
        return c;
    }

    /** Feature index by name. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            m.put(names.get(j), j);
        }
        return m;
    }

    /** Columns {@code [feature][patient]} of the named features over the given patients. */
    public double[][] columns(List<String> features, int[] patients) {
        Map<String, Integer> idx = index();
        double[][] c = new double[features.size()][];
        for (int j = 0; j < features.size(); j++) {
            Integer k = idx.get(features.get(j));
            if (k == null) {
                throw new IllegalArgumentException("no feature " + features.get(j));
            }
            c[j] = column(k, patients);
        }
        return c;
    }
}
