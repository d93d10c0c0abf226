package org.spinelab.radiomics.filters;

/**
 * Complex spherical harmonics in SciPy's {@code special.sph_harm(m, n, azimuth, polar)} convention:
 * {@code Y_n^m = √((2n+1)/(4π) · (n−m)!/(n+m)!) · P_n^m(cos polar) · e^{i m azimuth}}, with the
 * Condon–Shortley phase in {@code P_n^m} and {@code Y_n^{−m} = (−1)^m conj(Y_n^m)}.
 */
final class SphericalHarmonics {

    private SphericalHarmonics() {}

    /** {re, im} of {@code Y_n^m(azimuth, polar)}, {@code |m| ≤ n}. */
    static double[] y(int m, int n, double azimuth, double polar) {
        int mp = Math.abs(m);
        double p = legendre(mp, n, Math.cos(polar));
        double ratio = 1; // (n − mp)! / (n + mp)!
        for (int k = n - mp + 1; k <= n + mp; k++) {
            ratio /= k;
        }
        double mag = Math.sqrt((2 * n + 1) / (4 * Math.PI) * ratio) * p;
        if (m < 0 && (mp & 1) == 1) {
            mag = -mag;
        }
        return new double[] {mag * Math.cos(m * azimuth), mag * Math.sin(m * azimuth)};
    }

    /** The associated Legendre function {@code P_n^m(x)}, {@code 0 ≤ m ≤ n}, with the Condon–Shortley phase. */
    static double legendre(int m, int n, double x) {
        double pmm = 1;
        double s = Math.sqrt((1 - x) * (1 + x));
        for (int k = 1; k <= m; k++) {
            pmm *= -(2 * k - 1) * s;
        }
        if (n == m) {
            return pmm;
        }
        double pm1 = x * (2 * m + 1) * pmm;
        for (int l = m + 2; l <= n; l++) {
            double pl = ((2 * l - 1) * x * pm1 - (l + m - 1) * pmm) / (l - m);
            pmm = pm1;
            pm1 = pl;
        }
        return pm1;
    }
}
