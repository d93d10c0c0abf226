package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;

/**
 * Cubic B-spline interpolation as ITK's {@code BSplineInterpolateImageFunction} (order 3), the
 * interpolator behind SimpleITK's {@code sitkBSpline}.
 *
 * <p>f(x) = Σ c[m] β³(x − m) over the 4×4×4 coefficients around x ({@link BSplineCoefficients}).
 * Per axis the support starts at ⌊x⌋ − 1 (ITK takes the floor of x rounded to single precision) and,
 * with w = x − ⌊x⌋, the weights are β³(w+1), β³(w), β³(w−1), β³(w−2):
 * w₃ = w³/6, w₀ = 1/6 + w(w−1)/2 − w₃, w₂ = w + w₀ − 2w₃, w₁ = 1 − w₀ − w₂ − w₃.
 * Indices outside the grid mirror about the end samples (−m → m, N−1+m → N−1−m); an axis of length
 * 1 uses its single sample.
 */
final class CubicBSplineInterpolator implements ImageInterpolator {

    private final double[] coefficients;
    private final GridBounds grid;

    CubicBSplineInterpolator(Volume v) {
        this.grid = new GridBounds(v.nx(), v.ny(), v.nz());
        this.coefficients = BSplineCoefficients.of(v.data(), v.nx(), v.ny(), v.nz());
    }

    @Override
    public double valueAt(double i, double j, double k) {
        int[] ii = new int[4], jj = new int[4], kk = new int[4];
        double[] wi = new double[4], wj = new double[4], wk = new double[4];
        support(i, grid.nx(), ii, wi);
        support(j, grid.ny(), jj, wj);
        support(k, grid.nz(), kk, wk);
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            for (int b = 0; b < 4; b++) {
                for (int a = 0; a < 4; a++) {
                    double w = 1.0;
                    w *= wi[a];
                    w *= wj[b];
                    w *= wk[c];
                    sum += w * coefficients[grid.index(ii[a], jj[b], kk[c])];
                }
            }
        }
        return sum;
    }

    /** Support indices (mirrored into the grid) and weights along one axis. */
    static void support(double x, int n, int[] idx, double[] w) {
        long first = (long) Math.floor((float) x) - 1;
        double t = x - (first + 1);
        w[3] = (1.0 / 6.0) * t * t * t;
        w[0] = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w[3];
        w[2] = t + w[0] - 2.0 * w[3];
        w[1] = 1.0 - w[0] - w[2] - w[3];
        for (int m = 0; m < 4; m++) {
            long p = first + m;
            if (n == 1) {
                p = 0;
            } else {
                if (p < 0) {
                    p = -p;
                }
                if (p >= n - 1) {
                    p = (n - 1) - (p - (n - 1));
                }
                // ITK stops after one reflection; on a 2-voxel axis that can leave -1 (an out-of-buffer
                // read there), so reflect once more to stay inside.
                p = Math.max(0, Math.min(n - 1, Math.abs(p)));
            }
            idx[m] = (int) p;
        }
    }

    @Override
    public boolean isInside(double i, double j, double k) {
        return grid.isInside(i, j, k);
    }
}
