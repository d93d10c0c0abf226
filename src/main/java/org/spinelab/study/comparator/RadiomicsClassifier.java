package org.spinelab.study.comparator;

import java.util.Arrays;

/**
 * The MAGN paper's radiomics model, fitted on one training fold only: rank every feature by
 * random-forest importance ({@link ForestImportanceRanking}), keep the top {@value #TOP} ("30
 * informative features"), keep the first half of those ("we selected the first half for the final
 * classification"), and fit {@link GradientBoosting} on them. Features are used as extracted: trees
 * are invariant to monotone rescaling, so no normalisation is needed.
 */
public final class RadiomicsClassifier {

    public static final int TOP = 30;

    private final int[] selected;
    private final GradientBoosting model;

    private RadiomicsClassifier(int[] selected, GradientBoosting model) {
        this.selected = selected;
        this.model = model;
    }

    public static RadiomicsClassifier fit(double[][] x, int[] y, long seed) {
        int[] ranked = ForestImportanceRanking.rank(x, y, seed);
        int top = Math.min(TOP, ranked.length);
        int[] selected = Arrays.copyOf(ranked, Math.max(1, top / 2));
        return new RadiomicsClassifier(selected, GradientBoosting.fit(columns(x, selected), y, seed + 1));
    }

    /** Indices (into the training columns) of the features the classifier uses, by rank. */
    public int[] selected() {
        return selected.clone();
    }

    public double[] probability(double[][] x) {
        return model.probability(columns(x, selected));
    }

    static double[][] columns(double[][] x, int[] cols) {
        double[][] out = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                out[i][j] = x[i][cols[j]];
            }
        }
        return out;
    }
}
