package org.spinelab.nomogram;

import org.spinelab.stats.Tails;

import java.util.Arrays;

/**
 * The Hosmer–Lemeshow goodness-of-fit test with "deciles of risk", following the grouping rule of
 * R's {@code ResourceSelection::hoslem.test(y, p, g)}:
 * <ol>
 *   <li>break points = the distinct values of the type-7 sample quantiles of p at 0, 1/g, …, 1
 *       (R's {@code unique(quantile(p, seq(0, 1, 1/g)))});</li>
 *   <li>groups = right-closed intervals (b_{k−1}, b_k], the first one also closed on the left
 *       ({@code cut(…, include.lowest = TRUE)});</li>
 *   <li>χ² = Σ_groups [(O₁ − E₁)²/E₁ + (O₀ − E₀)²/E₀], with O₁ = Σ y, E₁ = Σ p, O₀ = Σ(1−y), E₀ = Σ(1−p);</li>
 *   <li>df = g − 2 (always, as hoslem.test does even when ties merge groups); p = P(χ²_df ≥ χ²).</li>
 * </ol>
 * An empty group (possible only with heavily tied p) contributes nothing.
 */
public final class HosmerLemeshow {

    /** Result: the statistic, its degrees of freedom, the p-value and the number of non-empty groups. */
    public record Result(double chi2, int df, double p, int groups) {}

    private HosmerLemeshow() {}

    /** The test with g = 10 groups. */
    public static Result test(int[] y, double[] p) {
        return test(y, p, 10);
    }

    public static Result test(int[] y, double[] p, int g) {
        if (y.length != p.length || y.length == 0) {
            throw new IllegalArgumentException("y and p must have the same non-zero length");
        }
        if (g < 3) {
            throw new IllegalArgumentException("g must be at least 3");
        }
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] breaks = Arrays.stream(probabilities(g)).map(q -> Quantiles.type7(sorted, q)).distinct().toArray();
        int groups = breaks.length - 1;
        double[] o1 = new double[groups];
        double[] e1 = new double[groups];
        double[] count = new double[groups];
        for (int i = 0; i < y.length; i++) {
            int k = group(breaks, p[i]);
            o1[k] += y[i];
            e1[k] += p[i];
            count[k] += 1;
        }
        double chi2 = 0;
        int nonEmpty = 0;
        for (int k = 0; k < groups; k++) {
            if (count[k] == 0) {
                continue;
            }
            nonEmpty++;
            double o0 = count[k] - o1[k];
            double e0 = count[k] - e1[k];
            chi2 += sq(o1[k] - e1[k]) / e1[k] + sq(o0 - e0) / e0;
        }
        int df = g - 2;
        return new Result(chi2, df, Tails.chiSquareUpper(chi2, df), nonEmpty);
    }

    private static double[] probabilities(int g) {
        double[] q = new double[g + 1];
        for (int k = 0; k <= g; k++) {
            // R's seq(0, 1, 1/g): k * (1/g), which is what quantile() receives.
            q[k] = k * (1.0 / g);
        }
        q[g] = Math.min(q[g], 1.0);
        return q;
    }

    /** Index of the interval (b_{k}, b_{k+1}] holding v; the lowest break belongs to the first one. */
    private static int group(double[] breaks, double v) {
        for (int k = 0; k < breaks.length - 1; k++) {
            if (v <= breaks[k + 1]) {
                return k;
            }
        }
        return breaks.length - 2;
    }

    private static double sq(double v) {
        return v * v;
    }
}
