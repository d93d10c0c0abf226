package org.spinelab.radiomics.features;

/** Small numeric helpers shared by the feature families (numpy semantics where it matters). */
final class Stats {

    /** numpy.spacing(1): the machine epsilon PyRadiomics adds inside logarithms. */
    static final double EPS = Math.ulp(1.0);

    private static final double LN2 = Math.log(2);

    private Stats() {}

    static double log2(double x) {
        return Math.log(x) / LN2;
    }

    /** −Σ p·log2(p + eps) over all entries (zeros contribute nothing). */
    static double entropy(double[] p) {
        double s = 0;
        for (double v : p) {
            if (v != 0) {
                s += v * log2(v + EPS);
            }
        }
        return -s;
    }

    /** numpy.nanmean: the mean of the non-NaN values, NaN when there are none. */
    static double nanMean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
