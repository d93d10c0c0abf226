package org.spinelab.radiomics.resample;

/**
 * Cubic B-spline coefficients of a volume: the prefilter of ITK's
 * {@code BSplineDecompositionImageFilter} (Unser, IEEE Signal Process. Mag. 1999, Box 2), with
 * mirror boundary conditions.
 *
 * <p>Along each axis in turn (i, then j, then k), every line c[0..N−1] of length N &gt; 1 is
 * <ol>
 *   <li>scaled by the gain λ = (1 − z)(1 − 1/z) = 6, with the pole z = √3 − 2;</li>
 *   <li>causal: c⁺[0] = Σ_{n&lt;H} zⁿ c[n] with horizon H = ⌈ln(10⁻¹⁰) / ln|z|⌉ when H &lt; N,
 *       otherwise the exact mirror sum (c[0] + z^{N−1} c[N−1] + Σ_{n=1}^{N−2} (zⁿ + z^{2N−2−n}) c[n])
 *       / (1 − z^{2N−2}); then c⁺[n] = c[n] + z c⁺[n−1];</li>
 *   <li>anti-causal: c⁻[N−1] = z/(z² − 1) · (z c⁺[N−2] + c⁺[N−1]); c⁻[n] = z (c⁻[n+1] − c⁺[n]).</li>
 * </ol>
 * A line of length 1 is left as it is (ITK skips it: mirror boundaries need two samples).
 */
final class BSplineCoefficients {

    static final double POLE = Math.sqrt(3.0) - 2.0;
    private static final double TOLERANCE = 1e-10;

    private BSplineCoefficients() {}

    /** The coefficients of {@code data} (i fastest), a new array. */
    static double[] of(double[] data, int nx, int ny, int nz) {
        double[] c = data.clone();
        int[] dims = {nx, ny, nz};
        int[] strides = {1, nx, nx * ny};
        double[] line = new double[Math.max(nx, Math.max(ny, nz))];
        for (int axis = 0; axis < 3; axis++) {
            int n = dims[axis];
            if (n == 1) {
                continue;
            }
            int stride = strides[axis];
            int a = (axis + 1) % 3, b = (axis + 2) % 3;
            for (int ub = 0; ub < dims[b]; ub++) {
                for (int ua = 0; ua < dims[a]; ua++) {
                    int start = ua * strides[a] + ub * strides[b];
                    for (int t = 0; t < n; t++) {
                        line[t] = c[start + t * stride];
                    }
                    filterLine(line, n);
                    for (int t = 0; t < n; t++) {
                        c[start + t * stride] = line[t];
                    }
                }
            }
        }
        return c;
    }

    /** The 1-D prefilter in place on {@code c[0..n-1]}, n ≥ 2. */
    static void filterLine(double[] c, int n) {
        double z = POLE;
        double gain = (1.0 - z) * (1.0 - 1.0 / z);
        for (int t = 0; t < n; t++) {
            c[t] *= gain;
        }
        c[0] = initialCausal(c, n, z);
        for (int t = 1; t < n; t++) {
            c[t] += z * c[t - 1];
        }
        c[n - 1] = (z / (z * z - 1.0)) * (z * c[n - 2] + c[n - 1]);
        for (int t = n - 2; t >= 0; t--) {
            c[t] = z * (c[t + 1] - c[t]);
        }
    }

    private static double initialCausal(double[] c, int n, double z) {
        long horizon = (long) Math.ceil(Math.log(TOLERANCE) / Math.log(Math.abs(z)));
        double zn = z;
        if (horizon < n) {
            double sum = c[0];
            for (int t = 1; t < horizon; t++) {
                sum += zn * c[t];
                zn *= z;
            }
            return sum;
        }
        double iz = 1.0 / z;
        double z2n = Math.pow(z, n - 1);
        double sum = c[0] + z2n * c[n - 1];
        z2n *= z2n * iz;
        for (int t = 1; t <= n - 2; t++) {
            sum += (zn + z2n) * c[t];
            zn *= z;
            z2n *= iz;
        }
        return sum / (1.0 - zn * zn);
    }
}
