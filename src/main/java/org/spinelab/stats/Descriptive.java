package org.spinelab.stats;

import java.util.Arrays;

/** Means, standard deviations and quantiles as R computes them. */
public final class Descriptive {

    private Descriptive() {}

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double m = s / x.length;
        // second pass: corrects the rounding error of the first (as R's mean does)
        double c = 0;
        for (double v : x) {
            c += v - m;
        }
        return m + c / x.length;
    }

    /** Sample variance with denominator {@code n − 1}. */
    public static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /**
     * Quantile of type 7 (R's default, Hyndman &amp; Fan): with sorted {@code x₁ ≤ … ≤ xₙ} and
     * {@code h = (n − 1)p}, {@code Q(p) = x_{⌊h⌋+1} + (h − ⌊h⌋)(x_{⌊h⌋+2} − x_{⌊h⌋+1})}.
     */
    public static double quantile(double[] x, double p) {
        double[] s = x.clone();
        Arrays.sort(s);
        return quantileSorted(s, p);
    }

    static double quantileSorted(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Mid-ranks (1-based) of {@code x}: tied values share the mean of the ranks they span. */
    public static double[] midRanks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] ranks = new double[x.length];
        int i = 0;
        while (i < x.length) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double r = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = r;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** {@code Σ (t³ − t)} over the sizes t of the groups of tied values (tie corrections). */
    public static double tieSum(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }
}
