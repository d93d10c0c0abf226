package org.spinelab.radiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The dense MCC eigenvalue (own Householder + QL, eigenvalues only) against commons-math's full
 * eigen-decomposition of S = AAᵀ, on random symmetric and unsymmetrised GLCMs up to n = 48 with empty
 * rows/columns, block-split GLCMs (eigenvalue 1 twice) and analytic cases.
 */
class MccDenseTest {

    /** |S| ≤ 1, so this is also relative to the matrix norm. */
    private static final double TOL = 1e-12;

    /** The former implementation: S built densely, all eigenvalues from commons-math, second largest. */
    static double commonsMath(double[] p, double[] px, double[] py, int n) {
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = 0;
                if (px[i] > 0 && px[j] > 0) {
                    for (int k = 0; k < n; k++) {
                        if (py[k] > 0) {
                            v += p[i * n + k] * p[j * n + k] / py[k];
                        }
                    }
                    v /= Math.sqrt(px[i]) * Math.sqrt(px[j]);
                }
                s[i][j] = v;
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(s, false)).getRealEigenvalues();
        Arrays.sort(ev);
        return ev[n - 2];
    }

    /**
     * Random normalised GLCM: counts on the band |i−j| ≤ 1 and with probability density elsewhere,
     * only within one of blocks diagonal blocks; the levels in absent get no counts at all.
     */
    static double[] glcm(Random r, int n, double density, int blocks, boolean symmetric, int absent) {
        boolean[] empty = new boolean[n];
        for (int a = 0; a < absent; a++) {
            empty[r.nextInt(n)] = true;
        }
        double[] p = new double[n * n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = symmetric ? i : 0; j < n; j++) {
                boolean sameBlock = (i * blocks / n) == (j * blocks / n);
                if (empty[i] || empty[j] || !sameBlock) {
                    continue;
                }
                if (Math.abs(i - j) <= 1 || r.nextDouble() < density) {
                    double v = 1 + r.nextInt(20);
                    p[i * n + j] += v;
                    total += v;
                    if (symmetric && i != j) {
                        p[j * n + i] += v;
                        total += v;
                    }
                }
            }
        }
        for (int e = 0; e < p.length; e++) {
            p[e] /= total;
        }
        return p;
    }

    static double[][] marginals(double[] p, int n) {
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                px[i] += p[i * n + j];
                py[j] += p[i * n + j];
            }
        }
        return new double[][] {px, py};
    }

    private static void check(double[] p, int n, String what) {
        double[][] m = marginals(p, n);
        double ref = commonsMath(p, m[0], m[1], n);
        double got = MccEigenvalue.dense(p, m[0], m[1], n);
        assertEquals(ref, got, TOL, what);
    }

    @Test
    void randomGlcmsAgreeWithCommonsMath() {
        Random r = new Random(2024);
        int cases = 0;
        for (int n : new int[] {2, 3, 4, 5, 8, 13, 16, 24, 32, 40, 48}) {
            for (boolean symmetric : new boolean[] {true, false}) {
                for (double density : new double[] {0.05, 0.3, 1.0}) {
                    for (int absent : new int[] {0, 1, n / 3}) {
                        double[] p = glcm(r, n, density, 1, symmetric, absent);
                        check(p, n, "n=" + n + " sym=" + symmetric + " density=" + density + " absent=" + absent);
                        cases++;
                    }
                }
            }
        }
        assertEquals(11 * 2 * 3 * 3, cases);
    }

    @Test
    void blockSplitGlcmHasSecondEigenvalueOne() {
        Random r = new Random(7);
        for (int n : new int[] {4, 9, 16, 33, 48}) {
            for (boolean symmetric : new boolean[] {true, false}) {
                for (int blocks : new int[] {2, 3}) {
                    double[] p = glcm(r, n, 0.4, blocks, symmetric, 0);
                    double[][] m = marginals(p, n);
                    double got = MccEigenvalue.dense(p, m[0], m[1], n);
                    assertEquals(1.0, got, TOL, "n=" + n + " blocks=" + blocks + " sym=" + symmetric);
                    assertEquals(commonsMath(p, m[0], m[1], n), got, TOL);
                }
            }
        }
    }

    /**
     * Pairs only between the even and the odd levels: A has eigenvalue −1, so S has 1 twice (n = 12 goes
     * through S, n = 30 through A's smallest eigenvalue).
     */
    @Test
    void bipartiteSymmetricGlcmGivesOne() {
        Random r = new Random(3);
        for (int n : new int[] {12, 30}) {
            double[] p = new double[n * n];
            double total = 0;
            for (int i = 0; i < n; i += 2) {
                for (int j = 1; j < n; j += 2) {
                    double v = 1 + r.nextInt(9);
                    p[i * n + j] = v;
                    p[j * n + i] = v;
                    total += 2 * v;
                }
            }
            for (int e = 0; e < p.length; e++) {
                p[e] /= total;
            }
            double[][] m = marginals(p, n);
            assertEquals(1.0, MccEigenvalue.dense(p, m[0], m[1], n), TOL, "n=" + n);
            check(p, n, "bipartite n=" + n);
        }
    }

    /** n = 2: the eigenvalues of Q are 1 and λ₂, so λ₂ = trace(Q) − 1 = Σ p(i,k)²/(px(i)py(k)) − 1. */
    @Test
    void twoLevelsMatchTheTrace() {
        double[][] glcms = {{0.4, 0.1, 0.1, 0.4}, {0.3, 0.2, 0.1, 0.4}, {0.25, 0.25, 0.25, 0.25}, {0.5, 0, 0, 0.5}};
        for (double[] p : glcms) {
            double[][] m = marginals(p, 2);
            double trace = 0;
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < 2; k++) {
                    trace += p[i * 2 + k] * p[i * 2 + k] / (m[0][i] * m[1][k]);
                }
            }
            assertEquals(trace - 1, MccEigenvalue.dense(p, m[0], m[1], 2), 1e-15, Arrays.toString(p));
        }
    }

    /** One level present among n: S has a single non-zero eigenvalue (1), the others are 0. */
    @Test
    void singleGrayLevelPresentGivesZero() {
        for (int n : new int[] {2, 5, 48}) {
            double[] p = new double[n * n];
            p[(n / 2) * n + n / 2] = 1;
            double[][] m = marginals(p, n);
            assertEquals(0.0, MccEigenvalue.dense(p, m[0], m[1], n), 0.0);
        }
        // unsymmetrised: one row, two columns
        double[] p = {0, 0, 0, 0.3, 0.7, 0, 0, 0, 0};
        double[][] m = marginals(p, 3);
        assertEquals(0.0, MccEigenvalue.dense(p, m[0], m[1], 3), TOL);
    }

    @Test
    void fewerThanTwoLevelsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MccEigenvalue.dense(new double[] {1}, new double[] {1}, new double[] {1}, 1));
    }

    /** The per-thread workspace: parallel calls of mixed sizes give exactly the sequential results. */
    @Test
    void parallelCallsGiveTheSequentialResults() {
        int count = 400;
        double[][] ps = new double[count][];
        int[] ns = new int[count];
        Random r = new Random(99);
        for (int c = 0; c < count; c++) {
            ns[c] = 2 + r.nextInt(47);
            ps[c] = glcm(r, ns[c], 0.3, 1, c % 2 == 0, c % 3);
        }
        double[] sequential = new double[count];
        for (int c = 0; c < count; c++) {
            double[][] m = marginals(ps[c], ns[c]);
            sequential[c] = MccEigenvalue.dense(ps[c], m[0], m[1], ns[c]);
        }
        double[] parallel = IntStream.range(0, count).parallel().mapToDouble(c -> {
            double[][] m = marginals(ps[c], ns[c]);
            return MccEigenvalue.dense(ps[c], m[0], m[1], ns[c]);
        }).toArray();
        for (int c = 0; c < count; c++) {
            assertEquals(sequential[c], parallel[c], 0.0, "case " + c);
        }
    }
}
