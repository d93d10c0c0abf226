package org.spinelab.nomogram;

/** Sample quantiles. */
final class Quantiles {

    private Quantiles() {}

    /**
     * R's default (type 7) quantile of sorted data, computed the way R's {@code quantile.default} does:
     * index = 1 + (n − 1)q, lo = ⌊index⌋, hi = ⌈index⌉, h = index − lo, Q = (1 − h)·x[lo] + h·x[hi]
     * (1-based), with Q = x[lo] when h = 0 or x[hi] = x[lo].
     */
    static double type7(double[] sorted, double q) {
        int n = sorted.length;
        double index = 1 + (n - 1) * q;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double qs = sorted[lo - 1];
        if (index > lo && sorted[hi - 1] != qs) {
            double h = index - lo;
            qs = (1 - h) * qs + h * sorted[hi - 1];
        }
        return qs;
    }
}
