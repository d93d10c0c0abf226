package org.spinelab.stats;

/**
 * One-way analysis of variance across k groups (the paper's per-feature filter), as R's
 * {@code aov}/{@code oneway.test}.
 *
 * <ul>
 *   <li>Classic F: {@code F = [Σ nᵢ(ȳᵢ − ȳ)²/(k − 1)] / [Σᵢ Σⱼ (yᵢⱼ − ȳᵢ)²/(N − k)]}, df (k − 1, N − k).
 *   <li>Welch: with {@code wᵢ = nᵢ/sᵢ²}, {@code W = Σwᵢ}, {@code ỹ = Σwᵢȳᵢ/W},
 *       {@code λ = Σ(1 − wᵢ/W)²/(nᵢ − 1) / (k² − 1)}:
 *       {@code F = Σwᵢ(ȳᵢ − ỹ)² / ((k − 1)(1 + 2(k − 2)λ))}, df (k − 1, 1/(3λ)).
 * </ul>
 */
public final class OneWayAnova {

    private OneWayAnova() {}

    public static TestResult classic(double[]... groups) {
        requireGroups(groups, 1);
        int k = groups.length;
        int total = 0;
        double grand = 0;
        for (double[] g : groups) {
            total += g.length;
            for (double v : g) {
                grand += v;
            }
        }
        grand /= total;
        double between = 0;
        double within = 0;
        for (double[] g : groups) {
            double m = Descriptive.mean(g);
            between += g.length * (m - grand) * (m - grand);
            for (double v : g) {
                within += (v - m) * (v - m);
            }
        }
        double df1 = k - 1;
        double df2 = total - k;
        if (df2 < 1) {
            throw new IllegalArgumentException("ANOVA needs more values than groups");
        }
        double f = (between / df1) / (within / df2);
        return new TestResult("one-way ANOVA", f, df1, df2, Tails.fUpper(f, df1, df2));
    }

    public static TestResult welch(double[]... groups) {
        requireGroups(groups, 2);
        int k = groups.length;
        double[] w = new double[k];
        double[] m = new double[k];
        double sumW = 0;
        for (int i = 0; i < k; i++) {
            w[i] = groups[i].length / Descriptive.variance(groups[i]);
            m[i] = Descriptive.mean(groups[i]);
            sumW += w[i];
        }
        double weightedMean = 0;
        for (int i = 0; i < k; i++) {
            weightedMean += w[i] * m[i];
        }
        weightedMean /= sumW;
        double lambda = 0;
        double num = 0;
        for (int i = 0; i < k; i++) {
            double a = 1 - w[i] / sumW;
            lambda += a * a / (groups[i].length - 1);
            num += w[i] * (m[i] - weightedMean) * (m[i] - weightedMean);
        }
        lambda /= (double) k * k - 1;
        double f = num / ((k - 1) * (1 + 2 * (k - 2) * lambda));
        double df2 = 1 / (3 * lambda);
        return new TestResult("Welch ANOVA", f, k - 1, df2, Tails.fUpper(f, k - 1, df2));
    }

    private static void requireGroups(double[][] groups, int minPerGroup) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("ANOVA needs at least 2 groups");
        }
        for (double[] g : groups) {
            if (g.length < minPerGroup) {
                throw new IllegalArgumentException("ANOVA needs at least " + minPerGroup + " values per group");
            }
        }
    }
}
