package org.spinelab.nomogram;

import org.spinelab.stats.Tails;

/**
 * One-way analysis of variance of one feature across outcome classes — scikit-learn's
 * {@code f_classif} and R's {@code summary(aov(x ~ factor(y)))}:
 * <pre>  F = [Σ_g n_g (x̄_g − x̄)² / (k − 1)] / [Σ_g Σ_{i∈g} (xᵢ − x̄_g)² / (n − k)],   p = P(F_{k−1, n−k} ≥ F)</pre>
 * With two classes F equals the square of the pooled-variance t statistic. A feature constant within
 * every class has no within-class variance: F is +∞ if the class means differ and NaN (scikit-learn
 * gives NaN as well) if the feature is constant altogether.
 */
public final class AnovaF {

    /** F statistic with its p-value. */
    public record Result(double f, double p) {}

    private AnovaF() {}

    public static Result of(double[] x, int[] classes) {
        int n = x.length;
        int k = 0;
        for (int c : classes) {
            if (c < 0) {
                throw new IllegalArgumentException("class labels must be >= 0");
            }
            k = Math.max(k, c + 1);
        }
        double[] sum = new double[k];
        int[] count = new int[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            sum[classes[i]] += x[i];
            count[classes[i]]++;
            total += x[i];
        }
        int groups = 0;
        for (int c : count) {
            if (c > 0) {
                groups++;
            }
        }
        if (groups < 2 || n <= groups) {
            throw new IllegalArgumentException("ANOVA needs at least two classes and more cases than classes");
        }
        double mean = total / n;
        double between = 0;
        double[] gm = new double[k];
        for (int g = 0; g < k; g++) {
            if (count[g] > 0) {
                gm[g] = sum[g] / count[g];
                between += count[g] * (gm[g] - mean) * (gm[g] - mean);
            }
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - gm[classes[i]];
            within += d * d;
        }
        double d1 = groups - 1;
        double d2 = n - groups;
        double f = (between / d1) / (within / d2);
        if (Double.isNaN(f)) {
            return new Result(Double.NaN, Double.NaN);
        }
        return new Result(f, Double.isInfinite(f) ? 0.0 : Tails.fUpper(f, d1, d2));
    }
}
