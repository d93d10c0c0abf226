package org.spinelab.radiomics.ibsi;

/**
 * One-dimensional cubic B-spline interpolation with whole-sample mirror boundaries
 * ({@code s[-k] = s[k]}, {@code s[n-1+k] = s[n-1-k]}).
 *
 * <p>Prefilter (Unser, Aldroubi &amp; Eden 1993): the interpolating coefficients {@code c} satisfy
 * {@code s[k] = (c[k-1] + 4 c[k] + c[k+1]) / 6}; with the pole {@code z = sqrt(3) - 2} they follow from
 * a causal recursion {@code c+[k] = s[k] + z c+[k-1]} and an anti-causal one
 * {@code c[k] = z (c[k+1] - c+[k])}, scaled by {@code (1 - z)(1 - 1/z) = 6}. Evaluation:
 * {@code f(x) = sum_k c[k] beta3(x - k)} with the cubic B-spline {@code beta3}.
 */
public final class CubicBSpline {

    private static final double POLE = Math.sqrt(3) - 2;

    private CubicBSpline() {}

    /** Interpolation coefficients of the samples {@code s}. */
    public static double[] coefficients(double[] s) {
        int n = s.length;
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 6 * s[k];
        }
        if (n == 1) {
            c[0] = s[0];
            return c;
        }
        double z = POLE;
        // causal initialisation for the mirror-symmetric extension of period 2n-2 (exact sum)
        double zn = Math.pow(z, n - 1);
        double z2n = zn * zn;
        double sum = c[0] + zn * c[n - 1];
        double zk = z;
        double zr = z2n / z;
        for (int k = 1; k < n - 1; k++) {
            sum += (zk + zr) * c[k];
            zk *= z;
            zr /= z;
        }
        c[0] = sum / (1 - z2n);
        for (int k = 1; k < n; k++) {
            c[k] += z * c[k - 1];
        }
        // anti-causal initialisation for the mirror-symmetric extension
        c[n - 1] = (z / (z * z - 1)) * (c[n - 1] + z * c[n - 2]);
        for (int k = n - 2; k >= 0; k--) {
            c[k] = z * (c[k + 1] - c[k]);
        }
        return c;
    }

    /** The spline with coefficients {@code c} at position {@code x} (index units). */
    public static double evaluate(double[] c, double x) {
        int n = c.length;
        if (n == 1) {
            return c[0];
        }
        int i0 = (int) Math.floor(x) - 1;
        double value = 0;
        for (int k = i0; k <= i0 + 3; k++) {
            value += c[mirror(k, n)] * beta3(x - k);
        }
        return value;
    }

    /** The cubic B-spline kernel. */
    static double beta3(double t) {
        double a = Math.abs(t);
        if (a < 1) {
            return 2.0 / 3.0 - a * a + a * a * a / 2;
        }
        if (a < 2) {
            double b = 2 - a;
            return b * b * b / 6;
        }
        return 0;
    }

    private static int mirror(int k, int n) {
        int period = 2 * n - 2;
        int m = Math.floorMod(k, period);
        return m < n ? m : period - m;
    }
}
