package org.spinelab.radiomics.features;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The second largest eigenvalue of PyRadiomics' MCC matrix Q(i,j) = Σ<sub>k</sub> p(i,k)p(j,k) /
 * (px(i)py(k)) for a normalised GLCM p.
 *
 * <p>Q = D<sub>x</sub>⁻¹ P D<sub>y</sub>⁻¹ Pᵀ is similar to S = A Aᵀ with A(i,k) = p(i,k)/√(px(i)py(k)),
 * symmetric positive semi-definite. S has the eigenvalue 1 with unit eigenvector u = √px, and no larger
 * one (the singular values of A are ≤ 1), so the second largest eigenvalue of Q is the largest of
 * S − uuᵀ (1 again when the GLCM splits into blocks). Small matrices are solved densely; larger ones by
 * Lanczos iteration with full re-orthogonalisation on the sparse A, stopped when the Ritz value's
 * residual is below 10⁻¹³ (a dense solve if that does not happen). PyRadiomics adds ε = 2.2·10⁻¹⁶ to
 * px·py; dropping it changes the eigenvalue by about ε/(px·py), far below the features' precision.
 */
final class MccEigenvalue {

    static final int DENSE_MAX = 48;
    /**
     * From this many levels on, a symmetric GLCM is solved through A (two eigenvalues, no S = A²):
     * forming S costs r³/2, bisecting for a second eigenvalue a fixed number of O(r) sweeps, so A
     * pays off only for larger r (measured crossover between 16 and 32 levels).
     */
    static final int SQUARE_ROOT_MIN_LEVELS = 24;

    private MccEigenvalue() {}

    /** For the n×n row-major matrix p with marginals px, py. */
    static double secondLargest(double[] p, double[] px, double[] py, int n) {
        return n <= DENSE_MAX ? dense(p, px, py, n) : lanczos(p, px, py, n);
    }

    /**
     * Dense: Householder tridiagonalisation and Sturm bisection for just the eigenvalue needed (see
     * {@link SymmetricEigenvalues}); no eigenvectors.
     *
     * <p>Gray levels with px(i) = 0 give S a zero row and column, i.e. an eigenvalue 0 and nothing else,
     * so they are dropped before the O(n³) work (voxel-based kernels see only a few of the levels) and 0
     * is counted back in as a candidate. For a symmetric GLCM (PyRadiomics' default) with at least
     * {@link #SQUARE_ROOT_MIN_LEVELS} levels present, A itself is symmetric with eigenvalues
     * μ₀ ≤ … ≤ μ_{r−1} = 1 and S = A², so S need not be formed: its second largest eigenvalue is
     * max(μ_{r−2}², μ₀²) (μ₀ = −1 for a GLCM that pairs two disjoint level sets).
     *
     * @throws IllegalArgumentException if n &lt; 2 (there is no second eigenvalue)
     */
    static double dense(double[] p, double[] px, double[] py, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("MCC needs at least 2 gray levels, got " + n);
        }
        Workspace w = WORKSPACE.get().ensure(n);
        int rows = 0;
        for (int i = 0; i < n; i++) {
            if (px[i] > 0) {
                w.rowIndex[rows] = i;
                w.rowScale[rows] = 1 / Math.sqrt(px[i]);
                rows++;
            }
        }
        if (rows <= 1) {
            // at most one non-zero eigenvalue (the top one, 1); the rest are 0
            return 0;
        }
        if (rows >= SQUARE_ROOT_MIN_LEVELS && isSymmetric(p, px, py, n)) {
            fillSymmetricA(p, n, rows, w);
            SymmetricEigenvalues.tridiagonalise(w.matrix, rows, w.d, w.e, w.v, w.q);
            w.ks[0] = 0;
            w.ks[1] = rows - 2;
            SymmetricEigenvalues.tridiagonalEigenvalues(w.d, w.e, rows, w.ks, rows == 2 ? 1 : 2, w.out);
            double smallest = w.out[0];
            double second = rows == 2 ? smallest : w.out[1];
            return Math.max(second * second, smallest * smallest);
        }
        fillS(p, py, n, rows, w);
        if (rows == 2) {
            // 2×2 closed form, frequent in small voxel kernels: (s₀₀ + s₁₁)/2 − √((s₀₀ − s₁₁)²/4 + s₁₀²)
            double half = 0.5 * (w.matrix[0] - w.matrix[3]);
            double smaller = 0.5 * (w.matrix[0] + w.matrix[3]) - Math.sqrt(half * half + w.matrix[2] * w.matrix[2]);
            return rows < n ? Math.max(smaller, 0) : smaller;
        }
        SymmetricEigenvalues.tridiagonalise(w.matrix, rows, w.d, w.e, w.v, w.q);
        w.ks[0] = rows - 2;
        SymmetricEigenvalues.tridiagonalEigenvalues(w.d, w.e, rows, w.ks, 1, w.out);
        return rows < n ? Math.max(w.out[0], 0) : w.out[0];
    }

    /** p = pᵀ and px = py exactly (then A = Aᵀ). */
    private static boolean isSymmetric(double[] p, double[] px, double[] py, int n) {
        for (int i = 0; i < n; i++) {
            if (px[i] != py[i]) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (p[i * n + j] != p[j * n + i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Lower triangle of A(r,c) = p(i,j)/√(px(i)px(j)) over the kept levels, row stride rows. */
    private static void fillSymmetricA(double[] p, int n, int rows, Workspace w) {
        for (int r = 0; r < rows; r++) {
            int base = w.rowIndex[r] * n;
            double sr = w.rowScale[r];
            for (int c = 0; c <= r; c++) {
                w.matrix[r * rows + c] = p[base + w.rowIndex[c]] * sr * w.rowScale[c];
            }
        }
    }

    /** Lower triangle of S = AAᵀ over the kept rows and the columns with py &gt; 0, row stride rows. */
    private static void fillS(double[] p, double[] py, int n, int rows, Workspace w) {
        int cols = 0;
        for (int k = 0; k < n; k++) {
            if (py[k] > 0) {
                w.colIndex[cols] = k;
                w.colScale[cols] = 1 / Math.sqrt(py[k]);
                cols++;
            }
        }
        double[] a = w.a;
        for (int r = 0; r < rows; r++) {
            int base = w.rowIndex[r] * n;
            double sr = w.rowScale[r];
            for (int c = 0; c < cols; c++) {
                a[r * cols + c] = p[base + w.colIndex[c]] * sr * w.colScale[c];
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int k = 0; k < cols; k++) {
                    v += a[i * cols + k] * a[j * cols + k];
                }
                w.matrix[i * rows + j] = v;
            }
        }
    }

    /** Per-thread scratch arrays of {@link #dense}, grown on demand (extraction runs in parallel). */
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private static final class Workspace {
        private int capacity = -1;
        private int[] rowIndex;
        private int[] colIndex;
        private double[] rowScale;
        private double[] colScale;
        private double[] a;
        private double[] matrix;
        private double[] d;
        private double[] e;
        private double[] v;
        private double[] q;
        private final int[] ks = new int[2];
        private final double[] out = new double[2];

        Workspace ensure(int n) {
            if (n > capacity) {
                int c = Math.max(n, DENSE_MAX);
                rowIndex = new int[c];
                colIndex = new int[c];
                rowScale = new double[c];
                colScale = new double[c];
                a = new double[c * c];
                matrix = new double[c * c];
                d = new double[c];
                e = new double[c];
                v = new double[c];
                q = new double[c];
                capacity = c;
            }
            return this;
        }
    }

    /** Largest eigenvalue of S − uuᵀ by Lanczos on the sparse A. */
    static double lanczos(double[] p, double[] px, double[] py, int n) {
        SparseA a = new SparseA(p, px, py, n);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = Math.sqrt(px[i]);
        }
        int maxIter = Math.min(n, 400);
        double[][] basis = new double[maxIter + 1][];
        double[] alpha = new double[maxIter];
        double[] beta = new double[maxIter];
        double[] q = new double[n];
        Random r = new Random(12345);
        for (int i = 0; i < n; i++) {
            q[i] = px[i] > 0 ? r.nextDouble() - 0.5 : 0;
        }
        if (!normalise(q)) {
            return 0;
        }
        basis[0] = q;
        double[] w = new double[n];
        double[] tmp = new double[n];
        for (int j = 0; j < maxIter; j++) {
            a.multiplyDeflated(basis[j], u, w, tmp);
            alpha[j] = dot(basis[j], w);
            // full re-orthogonalisation (twice) keeps the basis orthogonal in floating point
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b <= j; b++) {
                    double c = dot(basis[b], w);
                    axpy(-c, basis[b], w);
                }
            }
            beta[j] = Math.sqrt(dot(w, w));
            boolean exhausted = beta[j] <= 1e-14;
            if (exhausted || j % 4 == 3 || j == maxIter - 1) {
                double[] ritz = largestRitz(alpha, beta, j + 1);
                double residual = beta[j] * Math.abs(ritz[1]);
                if (exhausted || residual <= 1e-13) {
                    return Math.max(ritz[0], 0);
                }
            }
            double[] next = w.clone();
            for (int i = 0; i < n; i++) {
                next[i] /= beta[j];
            }
            basis[j + 1] = next;
        }
        return dense(p, px, py, n);
    }

    /** {largest eigenvalue, last component of its unit eigenvector} of the m×m tridiagonal matrix. */
    private static double[] largestRitz(double[] alpha, double[] beta, int m) {
        if (m == 1) {
            return new double[] {alpha[0], 1};
        }
        double[] main = Arrays.copyOf(alpha, m);
        double[] off = Arrays.copyOf(beta, m - 1);
        EigenDecomposition ed = new EigenDecomposition(main, off);
        double[] ev = ed.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < m; i++) {
            if (ev[i] > ev[best]) {
                best = i;
            }
        }
        return new double[] {ev[best], ed.getEigenvector(best).getEntry(m - 1)};
    }

    private static boolean normalise(double[] v) {
        double nrm = Math.sqrt(dot(v, v));
        if (nrm == 0) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= nrm;
        }
        return true;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += c * x[i];
        }
    }

    /** A(i,k) = p(i,k)/√(px(i)py(k)) in compressed rows. */
    private static final class SparseA {
        private final int n;
        private final int[] rowStart;
        private final int[] col;
        private final double[] val;

        SparseA(double[] p, double[] px, double[] py, int n) {
            this.n = n;
            int nnz = 0;
            for (double v : p) {
                if (v != 0) {
                    nnz++;
                }
            }
            rowStart = new int[n + 1];
            col = new int[nnz];
            val = new double[nnz];
            int c = 0;
            for (int i = 0; i < n; i++) {
                rowStart[i] = c;
                for (int k = 0; k < n; k++) {
                    double v = p[i * n + k];
                    if (v != 0) {
                        col[c] = k;
                        val[c] = v / Math.sqrt(px[i] * py[k]);
                        c++;
                    }
                }
            }
            rowStart[n] = c;
        }

        /** w = (A Aᵀ − u uᵀ) x; tmp is scratch. */
        void multiplyDeflated(double[] x, double[] u, double[] w, double[] tmp) {
            Arrays.fill(tmp, 0);
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                if (xi != 0) {
                    for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                        tmp[col[e]] += val[e] * xi;
                    }
                }
            }
            double ux = dot(u, x);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    s += val[e] * tmp[col[e]];
                }
                w[i] = s - u[i] * ux;
            }
        }
    }
}
