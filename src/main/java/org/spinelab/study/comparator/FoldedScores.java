package org.spinelab.study.comparator;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.magn.BinaryMetrics;

/**
 * Out-of-fold scores of one method on a fixed fold assignment, and the paper's per-fold metrics
 * ({@link BinaryMetrics}: AUC, ACC and F1 at probability ≥ 0.5) computed on each test fold.
 *
 * @param outOfFold every case's probability from the model that did not see it
 * @param perFold   metrics of fold 0..k−1
 */
public record FoldedScores(double[] outOfFold, List<BinaryMetrics> perFold) {

    /** A model fitted on the training rows that scores the test rows (probabilities of class 1). */
    @FunctionalInterface
    public interface FoldModel {
        double[] fitAndScore(int fold, int[] trainRows, int[] testRows);
    }

    /** Runs {@code model} once per fold. */
    public static FoldedScores run(int[] fold, int k, int[] labels, FoldModel model) {
        double[] oof = new double[labels.length];
        List<BinaryMetrics> metrics = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = rows(fold, f, true);
            int[] train = rows(fold, f, false);
            double[] p = model.fitAndScore(f, train, test);
            int[] y = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                oof[test[i]] = p[i];
                y[i] = labels[test[i]];
            }
            metrics.add(BinaryMetrics.of(p, y));
        }
        return new FoldedScores(oof, List.copyOf(metrics));
    }

    /** Rows in fold {@code f} (test) or in every other fold (training). */
    public static int[] rows(int[] fold, int f, boolean inFold) {
        int n = 0;
        for (int g : fold) {
            if ((g == f) == inFold) {
                n++;
            }
        }
        int[] out = new int[n];
        int i = 0;
        for (int r = 0; r < fold.length; r++) {
            if ((fold[r] == f) == inFold) {
                out[i++] = r;
            }
        }
        return out;
    }
}
