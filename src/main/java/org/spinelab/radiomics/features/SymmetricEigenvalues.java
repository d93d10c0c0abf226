package org.spinelab.radiomics.features;

/**
 * Selected eigenvalues (no eigenvectors) of a small real symmetric matrix, in place on caller-owned
 * arrays so that a hot loop allocates next to nothing.
 *
 * <p>Two textbook steps (Golub &amp; Van Loan §8.3 and §8.4.1; Parlett, <i>The Symmetric Eigenvalue
 * Problem</i>, ch. 7): Householder reduction to tridiagonal form T = HᵀSH, then bisection on Sturm
 * sequence counts of T for just the eigenvalues asked for. A full eigen-decomposition spends most of
 * its time accumulating eigenvectors; the QL iteration without vectors is still bound by the latency
 * of a square root and two divisions per rotation, whereas the Sturm recurrences of several trial
 * points are independent and pipeline.
 *
 * <p>Householder step k maps x = S(k+1:n, k) to αe₁ with H = I − vvᵀ/h, v = x − αe₁,
 * α = −sign(x₁)‖x‖, h = vᵀv/2, and updates the trailing block B ← HBH = B − vqᵀ − qvᵀ with
 * p = Bv/h, q = p − (vᵀp / 2h) v. Only the lower triangle of B is read and updated.
 *
 * <p>Sturm count: the number of eigenvalues of T below x equals the number of negative
 * q<sub>i</sub> = (d<sub>i</sub> − x) − e<sub>i−1</sub>²/q<sub>i−1</sub> (q<sub>−1</sub> = ∞); the
 * computed count is exact for a tridiagonal within a few ulps of T (Kahan), so eigenvalues come out
 * with an absolute error of a few ε‖T‖.
 */
final class SymmetricEigenvalues {

    private static final double EPS = Math.ulp(1.0);
    /** Trial points per target eigenvalue and pass: the interval shrinks by POINTS + 1 per pass. */
    private static final int POINTS = 3;
    private static final int MAX_PASSES = 200;

    private SymmetricEigenvalues() {}

    /**
     * Householder reduction of the symmetric n×n matrix whose lower triangle is in a (row-major; the
     * strict upper triangle is ignored; a is destroyed): d gets
     * the diagonal of T, e[i] the element coupling i and i+1 (e[n−1] = 0). v and w are scratch of
     * length ≥ n.
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
     * The eigenvalues of ascending index ks[0..targets) (0 = smallest) of the tridiagonal (d, e) from
     * {@link #tridiagonalise}, into out, to an absolute accuracy of about 2ε·max|Gershgorin bound|.
     * e is overwritten by its squares. NaN in, NaN out.
     */
    static void tridiagonalEigenvalues(double[] d, double[] e, int n, int[] ks, int targets, double[] out) {
        double glo = Double.POSITIVE_INFINITY;
        double ghi = Double.NEGATIVE_INFINITY;
        double maxE2 = 0;
        for (int i = 0; i < n; i++) {
            double radius = Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0);
            glo = Math.min(glo, d[i] - radius);
            ghi = Math.max(ghi, d[i] + radius);
        }
        for (int i = 0; i < n; i++) {
            e[i] *= e[i];
            maxE2 = Math.max(maxE2, e[i]);
        }
        double pivmin = Double.MIN_NORMAL * Math.max(1, maxE2);
        double tol = 2 * EPS * Math.max(Math.abs(glo), Math.abs(ghi));
        double[] lo = new double[targets];
        double[] hi = new double[targets];
        for (int t = 0; t < targets; t++) {
            if (ks[t] < 0 || ks[t] >= n) {
                throw new IllegalArgumentException("eigenvalue index " + ks[t] + " of a " + n + "×" + n + " matrix");
            }
            lo[t] = glo;
            hi[t] = ghi;
        }
        int points = targets * POINTS;
        double[] x = new double[points];
        double[] q = new double[points];
        int[] below = new int[points];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean open = false;
            for (int t = 0; t < targets; t++) {
                double width = hi[t] - lo[t];
                open |= width > tol;
                for (int j = 0; j < POINTS; j++) {
                    x[t * POINTS + j] = lo[t] + width * (j + 1) / (POINTS + 1);
                }
            }
            if (!open) {
                break;
            }
            sturmCounts(d, e, n, x, q, below, points, pivmin);
            for (int t = 0; t < targets; t++) {
                // points ascend: lo = the last with ≤ k eigenvalues below it, hi = the first with more
                for (int j = 0; j < POINTS; j++) {
                    int p = t * POINTS + j;
                    if (below[p] <= ks[t]) {
                        lo[t] = Math.max(lo[t], x[p]);
                    } else {
                        hi[t] = Math.min(hi[t], x[p]);
                    }
                }
            }
        }
        for (int t = 0; t < targets; t++) {
            out[t] = 0.5 * (lo[t] + hi[t]);
        }
    }

    /**
     * below[j] = number of eigenvalues of (d, e²) less than x[j], all points in one sweep. A pivot
     * smaller than pivmin becomes −pivmin and counts as negative, consistently for the count and for the
     * next division.
     */
    private static void sturmCounts(double[] d, double[] e2, int n, double[] x, double[] q, int[] below,
            int points, double pivmin) {
        for (int j = 0; j < points; j++) {
            double qj = d[0] - x[j];
            if (Math.abs(qj) < pivmin) {
                qj = -pivmin;
            }
            q[j] = qj;
            below[j] = qj < 0 ? 1 : 0;
        }
        for (int i = 1; i < n; i++) {
            double di = d[i];
            double ei = e2[i - 1];
            for (int j = 0; j < points; j++) {
                double qj = (di - x[j]) - ei / q[j];
                if (Math.abs(qj) < pivmin) {
                    qj = -pivmin;
                }
                q[j] = qj;
                if (qj < 0) {
                    below[j]++;
                }
            }
        }
    }
}
