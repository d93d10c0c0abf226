package org.spinelab.radiomics.ibsi;

/**
 * Moran's I and Geary's C (reference manual, sections 3.1.26–27) over the intensity ROI with inverse
 * distance weights {@code w_ij = 1/||x_i - x_j||} (mm), {@code i ≠ j}, {@code W = Σ w_ij}:
 *
 * <pre>
 * I = N/W · Σ w_ij (X_i - μ)(X_j - μ) / Σ (X_i - μ)²
 * C = (N - 1)/(2W) · Σ w_ij (X_i - X_j)² / Σ (X_i - μ)²
 * </pre>
 *
 * <p>Exact on any ROI, without the O(N²) pair loop: the weight depends only on the voxel offset
 * {@code o}, so every pair sum is {@code Σ_o w(o) C(o)} with a cross-correlation {@code C} of masked
 * images over the ROI bounding box, computed by zero-padded FFT. With {@code m} the mask,
 * {@code y = m (X - μ)} and {@code q = m y²}:
 * {@code W = Σ w C_mm}, {@code Σ w_ij y_i y_j = Σ w C_yy},
 * {@code Σ w_ij (y_i - y_j)² = 2 Σ w C_qm - 2 Σ w C_yy} (using {@code w(o) = w(-o)}).
 * {@link #bruteForce} is the direct definition, for small ROIs and tests.
 */
public final class SpatialAutocorrelation {

    private SpatialAutocorrelation() {}

    /** {Moran's I, Geary's C}. */
    public static double[] compute(RoiImage roi) {
        IbsiGrid g = roi.grid();
        boolean[] mask = roi.intensityMask();
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        double mean = 0;
        int n = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int q = g.index(i, j, k);
                    if (mask[q]) {
                        lo[0] = Math.min(lo[0], i);
                        hi[0] = Math.max(hi[0], i);
                        lo[1] = Math.min(lo[1], j);
                        hi[1] = Math.max(hi[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[2] = Math.max(hi[2], k);
                        mean += roi.intensity()[q];
                        n++;
                    }
                }
            }
        }
        mean /= n;
        int[] ext = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
        int p0 = Fft3D.pow2AtLeast(2 * ext[0] - 1);
        int p1 = Fft3D.pow2AtLeast(2 * ext[1] - 1);
        int p2 = Fft3D.pow2AtLeast(2 * ext[2] - 1);
        int size = p0 * p1 * p2;
        double[] mRe = new double[size];
        double[] yRe = new double[size];
        double[] qRe = new double[size];
        double ss = 0;
        for (int k = 0; k < ext[2]; k++) {
            for (int j = 0; j < ext[1]; j++) {
                for (int i = 0; i < ext[0]; i++) {
                    int q = g.index(i + lo[0], j + lo[1], k + lo[2]);
                    if (mask[q]) {
                        int t = i + p0 * (j + p1 * k);
                        double y = roi.intensity()[q] - mean;
                        mRe[t] = 1;
                        yRe[t] = y;
                        qRe[t] = y * y;
                        ss += y * y;
                    }
                }
            }
        }
        if (n < 2 || ss == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] mIm = new double[size];
        Fft3D.transform(mRe, mIm, p0, p1, p2, false);
        double sumW = weightedAutoCorrelation(mRe, mIm, null, null, g, p0, p1, p2, ext);
        double[] yIm = new double[size];
        Fft3D.transform(yRe, yIm, p0, p1, p2, false);
        double sumYY = weightedAutoCorrelation(yRe, yIm, null, null, g, p0, p1, p2, ext);
        yRe = null;
        yIm = null;
        double[] qIm = new double[size];
        Fft3D.transform(qRe, qIm, p0, p1, p2, false);
        double sumQM = weightedAutoCorrelation(qRe, qIm, mRe, mIm, g, p0, p1, p2, ext);
        double sumGeary = 2 * sumQM - 2 * sumYY;
        double moran = n / sumW * sumYY / ss;
        double geary = (n - 1) / (2 * sumW) * sumGeary / ss;
        return new double[] {moran, geary};
    }

    /**
     * {@code Σ_{o≠0} w(o) C(o)} where {@code C(o) = Σ_a u_a v_{a+o}} from the spectra of u and v
     * ({@code v = u} when {@code vRe} is null). The spectra are consumed.
     */
    private static double weightedAutoCorrelation(double[] uRe, double[] uIm, double[] vRe, double[] vIm, IbsiGrid g,
            int p0, int p1, int p2, int[] ext) {
        int size = uRe.length;
        double[] cRe = new double[size];
        double[] cIm = new double[size];
        for (int t = 0; t < size; t++) {
            if (vRe == null) {
                cRe[t] = uRe[t] * uRe[t] + uIm[t] * uIm[t];
            } else {
                // conj(U) V
                cRe[t] = uRe[t] * vRe[t] + uIm[t] * vIm[t];
                cIm[t] = uRe[t] * vIm[t] - uIm[t] * vRe[t];
            }
        }
        Fft3D.transform(cRe, cIm, p0, p1, p2, true);
        double sum = 0;
        for (int dk = -(ext[2] - 1); dk <= ext[2] - 1; dk++) {
            for (int dj = -(ext[1] - 1); dj <= ext[1] - 1; dj++) {
                for (int di = -(ext[0] - 1); di <= ext[0] - 1; di++) {
                    if (di == 0 && dj == 0 && dk == 0) {
                        continue;
                    }
                    double d = Math.sqrt(sq(di * g.sx()) + sq(dj * g.sy()) + sq(dk * g.sz()));
                    int t = Math.floorMod(di, p0) + p0 * (Math.floorMod(dj, p1) + p1 * Math.floorMod(dk, p2));
                    sum += cRe[t] / d;
                }
            }
        }
        return sum;
    }

    /** The definition, over all ordered pairs (O(N²)): {Moran's I, Geary's C}. */
    static double[] bruteForce(RoiImage roi) {
        IbsiGrid g = roi.grid();
        double[] x = roi.roiValues();
        int n = x.length;
        int[][] pos = new int[n][];
        int t = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (roi.intensityMask()[g.index(i, j, k)]) {
                        pos[t++] = new int[] {i, j, k};
                    }
                }
            }
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double w = 0;
        double num = 0;
        double geary = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                double d = Math.sqrt(sq((pos[a][0] - pos[b][0]) * g.sx()) + sq((pos[a][1] - pos[b][1]) * g.sy())
                        + sq((pos[a][2] - pos[b][2]) * g.sz()));
                w += 1 / d;
                num += (x[a] - mean) * (x[b] - mean) / d;
                geary += (x[a] - x[b]) * (x[a] - x[b]) / d;
            }
        }
        return new double[] {n / w * num / ss, (n - 1) / (2 * w) * geary / ss};
    }

    private static double sq(double v) {
        return v * v;
    }
}
