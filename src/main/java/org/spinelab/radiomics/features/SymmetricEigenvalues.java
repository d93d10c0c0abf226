package org.spinelab.radiomics.features;

/**
 * Eigenvalues (no eigenvectors) of a small real symmetric matrix, in place on caller-owned arrays so a
 * hot loop allocates nothing.
 *
 * <p>Two textbook steps (Golub &amp; Van Loan, §8.3): Householder reduction to tridiagonal form T = HᵀSH,
 * about 4n³/3 flops, then the implicit QL iteration with Wilkinson shifts on T, O(n²) when no vectors
 * are accumulated. Skipping the eigenvectors removes the O(n³) accumulation of the transforms, which is
 * most of the work of a general eigen-decomposition.
 *
 * <p>Each Householder step k maps the column x = S(k+1:n, k) to αe₁ with H = I − vvᵀ/h, v = x − αe₁,
 * α = −sign(x₁)‖x‖, h = vᵀv/2, and updates the trailing block B ← HBH = B − vqᵀ − qvᵀ with p = Bv/h,
 * q = p − (vᵀp / 2h) v. Only the lower triangle is read and written.
 */
final class SymmetricEigenvalues {

    /** Relative size below which an off-diagonal element of T counts as zero. */
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_SWEEPS_PER_EIGENVALUE = 60;

    private SymmetricEigenvalues() {}

    /**
     * Overwrites d[0..n) with the eigenvalues (unordered) of the symmetric n×n matrix whose lower
     * triangle is in a (row-major, row stride n; the strict upper triangle is ignored, a is destroyed).
     * e, v and w are scratch of length ≥ n.
     *
     * @throws ArithmeticException if the QL iteration does not converge (NaN in the input; not expected
     *     for finite input)
     */
    static void compute(double[] a, int n, double[] d, double[] e, double[] v, double[] w) {
        tridiagonalise(a, n, d, e, v, w);
        tridiagonalQl(d, e, n);
    }

    /**
     * Householder reduction: d gets the diagonal of T, e[i] the element coupling i and i+1 (e[n−1] = 0).
     */
    static void tridiagonalise(double[] a, int n, double[] d, double[] e, double[] v, double[] w) {
        for (int k = 0; k < n - 2; k++) {
            d[k] = a[k * n + k];
            int m = n - k - 1;
            int off = k + 1;
            double scale = 0;
            for (int i = 0; i < m; i++) {
                scale = Math.max(scale, Math.abs(a[(off + i) * n + k]));
            }
            if (scale == 0) {
                e[k] = 0;
                continue;
            }
            // work with x/scale: H depends only on the direction of v, and the squares cannot under/overflow
            double sigma = 0;
            for (int i = 0; i < m; i++) {
                double x = a[(off + i) * n + k] / scale;
                v[i] = x;
                sigma += x * x;
            }
            double alpha = v[0] >= 0 ? -Math.sqrt(sigma) : Math.sqrt(sigma);
            e[k] = alpha * scale;
            double h = sigma - alpha * v[0];
            v[0] -= alpha;
            // w = B v / h from the lower triangle of B = a[off.., off..]
            for (int i = 0; i < m; i++) {
                w[i] = 0;
            }
            for (int i = 0; i < m; i++) {
                int row = (off + i) * n + off;
                double vi = v[i];
                double wi = a[row + i] * vi;
                for (int j = 0; j < i; j++) {
                    double b = a[row + j];
                    wi += b * v[j];
                    w[j] += b * vi;
                }
                w[i] += wi;
            }
            double vw = 0;
            for (int i = 0; i < m; i++) {
                w[i] /= h;
                vw += v[i] * w[i];
            }
            double kappa = vw / (2 * h);
            for (int i = 0; i < m; i++) {
                w[i] -= kappa * v[i];
            }
            for (int i = 0; i < m; i++) {
                int row = (off + i) * n + off;
                double vi = v[i];
                double qi = w[i];
                for (int j = 0; j <= i; j++) {
                    a[row + j] -= vi * w[j] + qi * v[j];
                }
            }
        }
        if (n >= 2) {
            d[n - 2] = a[(n - 2) * n + n - 2];
            e[n - 2] = a[(n - 1) * n + n - 2];
        }
        if (n >= 1) {
            d[n - 1] = a[n * n - 1];
            e[n - 1] = 0;
        }
    }

    /**
     * Implicit QL with Wilkinson shifts on the tridiagonal (d, e) (e[i] couples i and i+1): d is
     * overwritten with the eigenvalues, e destroyed. An off-diagonal e[m] is dropped once
     * |e[m]| ≤ ε(|d[m]| + |d[m+1]|), which splits the problem; each sweep chases the bulge from the
     * bottom of the unreduced block l..m up to l with Givens rotations.
     */
    static void tridiagonalQl(double[] d, double[] e, int n) {
        for (int l = 0; l < n; l++) {
            int sweeps = 0;
            while (true) {
                int m = l;
                // written as !(≤) so that a NaN never counts as negligible: it ends in the exception below
                while (m < n - 1 && !(Math.abs(e[m]) <= EPS * (Math.abs(d[m]) + Math.abs(d[m + 1])))) {
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (++sweeps > MAX_SWEEPS_PER_EIGENVALUE) {
                    throw new ArithmeticException("tridiagonal QL iteration did not converge");
                }
                // shift: the eigenvalue of the leading 2×2 block of l..m nearer to d[l]
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double p = 0;
                boolean deflated = false;
                for (int i = m - 1; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0) {
                        // the rotation vanished: the block has split at i+1, restart with the new split
                        d[i + 1] -= p;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (!deflated) {
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            }
        }
    }

    /** √(a² + b²); the plain formula where it neither underflows nor overflows (Math.hypot is slow). */
    private static double hypot(double a, double b) {
        double s = a * a + b * b;
        return s > 1e-290 && s < 1e290 ? Math.sqrt(s) : Math.hypot(a, b);
    }
}
