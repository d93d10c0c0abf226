package org.spinelab.stats;

/**
 * Wilcoxon rank-sum / Mann–Whitney U test (two-sided), as R's {@code wilcox.test(x, y)}.
 *
 * <p>{@code W = Σ rank(xᵢ) − n₁(n₁+1)/2} (mid-ranks in the pooled sample), the number of pairs with
 * {@code x > y} plus half the ties.
 * <ul>
 *   <li>Exact: the null distribution of W over all {@code C(n₁+n₂, n₁)} rank assignments (no ties);
 *       {@code p = min(1, 2 P(W ≤ w))} if {@code w ≤ n₁n₂/2}, else {@code min(1, 2 P(W ≥ w))}.
 *   <li>Normal: {@code z = (W − n₁n₂/2 − ½ sign(W − n₁n₂/2)) / σ} with the tie-corrected
 *       {@code σ² = n₁n₂/12 · ((n₁+n₂+1) − Σ(t³−t)/((n₁+n₂)(n₁+n₂−1)))}; the ½ is the continuity
 *       correction (dropped when {@code continuity} is false); {@code p = 2 Φ(−|z|)}.
 *   <li>{@link #test(double[], double[])} chooses like R: exact when both groups have fewer than 50
 *       values and there are no ties, otherwise normal with continuity correction.
 * </ul>
 */
public final class MannWhitneyTest {

    /** Group size from which R (and we) switch to the normal approximation. */
    public static final int EXACT_BELOW = 50;

    private MannWhitneyTest() {}

    public static TestResult test(double[] x, double[] y) {
        boolean ties = Descriptive.tieSum(concat(x, y)) > 0;
        if (x.length < EXACT_BELOW && y.length < EXACT_BELOW && !ties) {
            return exact(x, y);
        }
        return normal(x, y, true);
    }

    /** {@code W}, the Mann–Whitney statistic of x against y. */
    public static double statistic(double[] x, double[] y) {
        double[] r = Descriptive.midRanks(concat(x, y));
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += r[i];
        }
        return s - x.length * (x.length + 1) / 2.0;
    }

    /** Exact test; only valid without ties (an input with ties is refused). */
    public static TestResult exact(double[] x, double[] y) {
        requireNonEmpty(x, y);
        if (Descriptive.tieSum(concat(x, y)) > 0) {
            throw new IllegalArgumentException("the exact Mann–Whitney test needs data without ties");
        }
        int m = x.length;
        int n = y.length;
        double w = statistic(x, y);
        double[] freq = nullFrequencies(m, n);
        double total = 0;
        for (double f : freq) {
            total += f;
        }
        int wi = (int) Math.round(w);
        double tail = 0;
        if (w > m * (double) n / 2) {
            for (int k = wi; k < freq.length; k++) {
                tail += freq[k];
            }
        } else {
            for (int k = 0; k <= wi; k++) {
                tail += freq[k];
            }
        }
        return TestResult.of("Mann–Whitney U (exact)", w, Math.min(1.0, 2 * tail / total));
    }

    /** Normal approximation with tie correction, and with continuity correction if asked. */
    public static TestResult normal(double[] x, double[] y, boolean continuity) {
        requireNonEmpty(x, y);
        int m = x.length;
        int n = y.length;
        double w = statistic(x, y);
        double z = w - m * (double) n / 2;
        double nn = m + n;
        double sigma = Math.sqrt(m * (double) n / 12 * ((nn + 1) - Descriptive.tieSum(concat(x, y)) / (nn * (nn - 1))));
        double correction = continuity ? Math.signum(z) * 0.5 : 0;
        z = (z - correction) / sigma;
        String name = continuity ? "Mann–Whitney U (normal, continuity corrected)" : "Mann–Whitney U (normal)";
        return TestResult.of(name, w, Tails.normalTwoSided(z));
    }

    /**
     * Number of rank assignments giving each W = 0 … mn: the coefficients of the Gaussian binomial
     * {@code [m+n choose m]_q}, built by adding the pooled ranks one at a time.
     */
    static double[] nullFrequencies(int m, int n) {
        int maxU = m * n;
        // ways[j][s]: choices of j of the ranks seen so far whose "U contribution" (rank − position) sums to s
        double[][] ways = new double[m + 1][maxU + 1];
        ways[0][0] = 1;
        for (int r = 0; r < m + n; r++) {
            for (int j = Math.min(m, r + 1); j >= 1; j--) {
                // the j-th chosen rank is r (0-based): it beats r − (j − 1) of the y's
                int gain = r - (j - 1);
                if (gain > n) {
                    continue;
                }
                double[] from = ways[j - 1];
                double[] to = ways[j];
                for (int s = maxU - gain; s >= 0; s--) {
                    if (from[s] != 0) {
                        to[s + gain] += from[s];
                    }
                }
            }
        }
        return ways[m];
    }

    private static void requireNonEmpty(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("Mann–Whitney test needs values in both groups");
        }
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
