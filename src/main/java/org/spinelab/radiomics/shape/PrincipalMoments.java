package org.spinelab.radiomics.shape;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigenvalues of the covariance of the physical coordinates of the ROI's voxel (pixel) centres, the
 * basis of PyRadiomics' axis lengths:
 * {@code C = Σ (p − p̄)(p − p̄)ᵀ / N}, eigenvalues sorted ascending. Eigenvalues in (−1e-10, 0) — the
 * rounding noise of a flat ROI — become 0, as PyRadiomics does; a clearly negative one stays, and
 * the axis features derived from it are NaN.
 */
final class PrincipalMoments {

    private PrincipalMoments() {}

    /**
     * @param coordinates one row per voxel, physical coordinates (any axis order)
     * @return the eigenvalues, ascending
     */
    static double[] eigenvalues(double[][] coordinates) {
        int n = coordinates.length;
        int dim = n == 0 ? 0 : coordinates[0].length;
        double[] mean = new double[dim];
        for (double[] p : coordinates) {
            for (int d = 0; d < dim; d++) {
                mean[d] += p[d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= n;
        }
        double[][] cov = new double[dim][dim];
        double norm = Math.sqrt(n);
        double[] q = new double[dim];
        for (double[] p : coordinates) {
            for (int d = 0; d < dim; d++) {
                q[d] = (p[d] - mean[d]) / norm;
            }
            for (int r = 0; r < dim; r++) {
                for (int c = 0; c < dim; c++) {
                    cov[r][c] += q[r] * q[c];
                }
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(cov, false)).getRealEigenvalues();
        for (int i = 0; i < ev.length; i++) {
            if (ev[i] < 0 && ev[i] > -1e-10) {
                ev[i] = 0;
            }
        }
        Arrays.sort(ev);
        return ev;
    }

    /** {@code 4 √λ}, NaN for a negative eigenvalue. */
    static double axisLength(double lambda) {
        return lambda < 0 ? Double.NaN : 4 * Math.sqrt(lambda);
    }

    /** {@code √(λsmall / λlarge)}, NaN when either is negative. */
    static double ratio(double small, double large) {
        return small < 0 || large < 0 ? Double.NaN : Math.sqrt(small / large);
    }
}
