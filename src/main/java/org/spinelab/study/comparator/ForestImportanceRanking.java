package org.spinelab.study.comparator;

import java.util.Arrays;
import java.util.Comparator;
import smile.classification.RandomForest;
import smile.data.formula.Formula;

/**
 * Ranks features by random-forest importance, the MAGN paper's selection step ("random forest …
 * to rank the priority of the radiomics features"). Importance of feature j is Smile's mean decrease
 * in Gini impurity: the sum, over every split on j in every tree, of the impurity decrease
 * n_node·G(node) − n_left·G(left) − n_right·G(right), G(t) = 1 − Σ_c p_c². Each tree gets its own
 * seed derived from {@code seed}, so the ranking is reproducible (Smile trains trees in parallel).
 */
public final class ForestImportanceRanking {

    /** Trees of the ranking forest. */
    public static final int TREES = 500;

    private ForestImportanceRanking() {}

    /** Feature indices, most important first (ties: lower index first). */
    public static int[] rank(double[][] x, int[] y, long seed) {
        double[] importance = importance(x, y, seed);
        Integer[] order = new Integer[importance.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -importance[j]).thenComparingInt(j -> j));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The importance of every feature. */
    public static double[] importance(double[][] x, int[] y, long seed) {
        int p = x[0].length;
        RandomForest.Options defaults = new RandomForest.Options(TREES);
        long[] seeds = new long[TREES];
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int t = 0; t < TREES; t++) {
            seeds[t] = r.nextLong();
        }
        // mtry = ⌊√p⌋ (Breiman's default for classification, also scikit-learn's "sqrt").
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
        RandomForest.Options o = new RandomForest.Options(TREES, mtry, defaults.rule(), defaults.maxDepth(),
                defaults.maxNodes(), defaults.nodeSize(), defaults.subsample(), null, seeds, null);
        return RandomForest.fit(Formula.lhs(SmileData.LABEL), SmileData.labelled(x, y), o).importance();
    }
}
