package org.spinelab.radiomics.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tridiagonalisation + Sturm bisection on matrices built with known spectra: M = H diag(λ) Hᵀ with H a product of random
 * Householder reflections (orthogonal), including repeated, zero, negative and widely graded
 * eigenvalues, and already diagonal or tridiagonal matrices.
 */
class SymmetricEigenvaluesTest {

    /** H diag(lambda) Hᵀ, full row-major. */
    private static double[] withSpectrum(double[] lambda, Random r) {
        int n = lambda.length;
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + i] = lambda[i];
        }
        for (int rep = 0; rep < 3; rep++) {
            double[] v = new double[n];
            double vv = 0;
            for (int i = 0; i < n; i++) {
                v[i] = r.nextGaussian();
                vv += v[i] * v[i];
            }
            // M ← (I − 2vvᵀ/vᵀv) M (I − 2vvᵀ/vᵀv)
            double[] mv = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    mv[i] += m[i * n + j] * v[j];
                }
            }
            double vmv = 0;
            for (int i = 0; i < n; i++) {
                vmv += v[i] * mv[i];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i * n + j] += -2 * (v[i] * mv[j] + mv[i] * v[j]) / vv + 4 * vmv * v[i] * v[j] / (vv * vv);
                }
            }
        }
        return m;
    }

    /** All eigenvalues, ascending: tridiagonalisation, then every index by Sturm bisection. */
    private static double[] eigenvalues(double[] m, int n) {
        double[] a = m.clone();
        double[] d = new double[n];
        double[] e = new double[n];
        SymmetricEigenvalues.tridiagonalise(a, n, d, e, new double[n], new double[n]);
        int[] ks = new int[n];
        for (int k = 0; k < n; k++) {
            ks[k] = k;
        }
        double[] out = new double[n];
        SymmetricEigenvalues.tridiagonalEigenvalues(d, e, n, ks, n, out);
        return out;
    }

    private static void assertSpectrum(double[] lambda, long seed) {
        int n = lambda.length;
        double[] expected = lambda.clone();
        Arrays.sort(expected);
        double norm = Math.max(Math.abs(expected[0]), Math.abs(expected[n - 1]));
        double[] got = eigenvalues(withSpectrum(lambda, new Random(seed)), n);
        assertArrayEquals(expected, got, 1e-13 * Math.max(norm, 1e-300) * Math.max(1, n / 8.0),
                Arrays.toString(lambda));
    }

    @Test
    void knownSpectraAreRecovered() {
        Random r = new Random(5);
        for (int n : new int[] {1, 2, 3, 7, 16, 31, 48, 60}) {
            double[] random = new double[n];
            double[] repeated = new double[n];
            double[] graded = new double[n];
            for (int i = 0; i < n; i++) {
                random[i] = r.nextDouble() * 2 - 1;
                repeated[i] = i % 3 == 0 ? 1 : (i % 3 == 1 ? 0 : 0.25);
                graded[i] = Math.pow(10, -i % 12);
            }
            assertSpectrum(random, n);
            assertSpectrum(repeated, n + 1);
            assertSpectrum(graded, n + 2);
        }
    }

    @Test
    void diagonalZeroAndTridiagonalMatrices() {
        assertArrayEquals(new double[] {-2, 0, 3}, eigenvalues(new double[] {3, 0, 0, 0, -2, 0, 0, 0, 0}, 3), 2e-15);
        assertArrayEquals(new double[4], eigenvalues(new double[16], 4), 0.0);
        // tridiagonal 2 on the diagonal, −1 beside it: eigenvalues 2 − 2cos(kπ/(n+1))
        int n = 20;
        double[] t = new double[n * n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            t[i * n + i] = 2;
            if (i > 0) {
                t[i * n + i - 1] = -1;
                t[(i - 1) * n + i] = -1;
            }
            expected[i] = 2 - 2 * Math.cos((i + 1) * Math.PI / (n + 1));
        }
        Arrays.sort(expected);
        assertArrayEquals(expected, eigenvalues(t, n), 1e-14);
    }

    @Test
    void onlyTheLowerTriangleIsRead() {
        double[] m = {2, 99, 99, 1, 3, 99, 0, 1, 2};
        // symmetric completion [[2,1,0],[1,3,1],[0,1,2]]: eigenvalues 1, 2, 4
        assertArrayEquals(new double[] {1, 2, 4}, eigenvalues(m, 3), 1e-14);
    }

    @Test
    void selectedIndicesOnly() {
        double[] m = {2, 1, 0, 1, 3, 1, 0, 1, 2};
        // eigenvalues 1, 2, 4 (eigenvectors (1,−1,1), (1,0,−1), (1,2,1))
        double[] a = m.clone();
        double[] d = new double[3];
        double[] e = new double[3];
        SymmetricEigenvalues.tridiagonalise(a, 3, d, e, new double[3], new double[3]);
        double[] out = new double[2];
        SymmetricEigenvalues.tridiagonalEigenvalues(d, e, 3, new int[] {2, 0}, 2, out);
        assertArrayEquals(new double[] {4, 1}, out, 1e-14);
        assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigenvalues.tridiagonalEigenvalues(d, e, 3, new int[] {3}, 1, out));
    }

    @Test
    void nanInGivesNanOut() {
        double[] got = eigenvalues(new double[] {1, 0.5, 0, 0.5, 1, Double.NaN, 0, Double.NaN, 1}, 3);
        for (double g : got) {
            assertTrue(Double.isNaN(g), Arrays.toString(got));
        }
    }
}
