package org.spinelab.radiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The Lanczos path of MCC against a general (non-symmetric) eigen-solver on PyRadiomics' Q itself, for
 * sparse, dense and block-structured (repeated eigenvalue 1) co-occurrence matrices.
 */
class MccEigenvalueTest {

    private static double[] symmetricGlcm(Random r, int n, double density, int blocks) {
        double[] p = new double[n * n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                boolean sameBlock = (i * blocks / n) == (j * blocks / n);
                if (sameBlock && (Math.abs(i - j) <= 1 || r.nextDouble() < density)) {
                    double v = 1 + r.nextInt(20);
                    p[i * n + j] += v;
                    p[j * n + i] += v;
                    total += i == j ? 2 * v : 2 * v;
                }
            }
        }
        for (int e = 0; e < p.length; e++) {
            p[e] /= total;
        }
        return p;
    }

    /** PyRadiomics' definition: eigenvalues of Q (with ε), second largest by real part. */
    private static double reference(double[] p, double[] px, double[] py, int n) {
        double eps = Math.ulp(1.0);
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += p[i * n + k] * p[j * n + k] / (px[i] * py[k] + eps);
                }
                q[i][j] = s;
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(q)).getRealEigenvalues();
        java.util.Arrays.sort(ev);
        return ev[n - 2];
    }

    @Test
    void lanczosAgreesWithTheDefinition() {
        Random r = new Random(11);
        int[][] cases = {{60, 10, 1}, {90, 3, 1}, {120, 50, 1}, {80, 10, 3}, {70, 20, 2}};
        for (int[] c : cases) {
            int n = c[0];
            double[] p = symmetricGlcm(r, n, c[1] / 100.0, c[2]);
            double[] px = new double[n], py = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    px[i] += p[i * n + j];
                    py[j] += p[i * n + j];
                }
            }
            double ref = reference(p, px, py, n);
            double dense = MccEigenvalue.dense(p, px, py, n);
            double lanczos = MccEigenvalue.lanczos(p, px, py, n);
            assertEquals(ref, dense, 1e-9 * Math.max(1, ref), "dense n=" + n);
            assertEquals(ref, lanczos, 1e-9 * Math.max(1, ref), "lanczos n=" + n + " blocks=" + c[2]);
            if (c[2] > 1) {
                assertEquals(1.0, lanczos, 1e-12, "disconnected blocks give eigenvalue 1 twice");
            }
        }
    }
}
