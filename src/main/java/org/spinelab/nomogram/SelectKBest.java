package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * scikit-learn's {@code SelectKBest(f_classif, k)}: keep the k features with the largest ANOVA F.
 * As there, NaN scores rank lowest, ties are broken by a stable ascending sort taken from its end
 * (so of equal scores the later column wins), and the kept features stay in the table's column order.
 */
public final class SelectKBest {

    private SelectKBest() {}

    /** Indices (ascending) of the k best scores; all indices when k ≥ the number of scores. */
    public static int[] indices(double[] scores, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0");
        }
        int m = scores.length;
        if (k >= m) {
            int[] all = new int[m];
            for (int j = 0; j < m; j++) {
                all[j] = j;
            }
            return all;
        }
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble(j -> Double.isNaN(scores[j]) ? -Double.MAX_VALUE : scores[j]));
        int[] kept = new int[k];
        for (int t = 0; t < k; t++) {
            kept[t] = order[m - 1 - t];
        }
        Arrays.sort(kept);
        return kept;
    }

    /** The names of the k best features, in their original order. */
    public static List<String> select(List<String> names, double[] scores, int k) {
        List<String> out = new ArrayList<>();
        for (int j : indices(scores, k)) {
            out.add(names.get(j));
        }
        return out;
    }
}
