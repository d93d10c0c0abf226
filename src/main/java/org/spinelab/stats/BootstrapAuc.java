package org.spinelab.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval of the AUC, stratified like pROC's
 * {@code ci.auc(method = "bootstrap", boot.stratified = TRUE)}: each replicate draws the cases and the
 * controls separately with replacement (so every replicate keeps the original numbers of each class),
 * and the interval is the type-7 quantiles {@code α/2} and {@code 1 − α/2} of the replicate AUCs.
 * Replicates come from a seeded generator, so a seed gives the same interval on every run (not the
 * same as R's, whose generator differs).
 */
public final class BootstrapAuc {

    private BootstrapAuc() {}

    /**
     * The AUC {@code θ = (1/mn) Σ ψ(Xᵢ, Yⱼ)} of two samples, by sorting both and merging (the
     * replicates need only the area, not the curve). Sorts its arguments in place.
     */
    static double mannWhitneyAuc(double[] x, double[] y) {
        Arrays.sort(x);
        Arrays.sort(y);
        double wins = 0;
        int below = 0; // controls < current case score
        int atMost = 0; // controls <= current case score
        for (double xi : x) {
            while (below < y.length && y[below] < xi) {
                below++;
            }
            atMost = Math.max(atMost, below);
            while (atMost < y.length && y[atMost] <= xi) {
                atMost++;
            }
            wins += below + 0.5 * (atMost - below);
        }
        return wins / ((double) x.length * y.length);
    }

    public static DeLong.Interval confidenceInterval(RocCurve roc, int replicates, long seed, double level) {
        if (replicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be >= 1, got " + replicates);
        }
        double[] x = roc.casesView();
        double[] y = roc.controlsView();
        double[] bx = new double[x.length];
        double[] by = new double[y.length];
        double[] aucs = new double[replicates];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < bx.length; i++) {
                bx[i] = x[rng.nextInt(x.length)];
            }
            for (int j = 0; j < by.length; j++) {
                by[j] = y[rng.nextInt(y.length)];
            }
            aucs[r] = mannWhitneyAuc(bx, by);
        }
        Arrays.sort(aucs);
        double a = (1 - level) / 2;
        return new DeLong.Interval(roc.auc(), Descriptive.quantileSorted(aucs, a),
                Descriptive.quantileSorted(aucs, 1 - a));
    }
}
