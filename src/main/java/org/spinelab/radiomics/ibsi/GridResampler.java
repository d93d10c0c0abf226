package org.spinelab.radiomics.ibsi;

/**
 * Resampling to a new voxel spacing with IBSI grid-centre alignment (reference manual, section 2.4):
 * the new grid has {@code n' = ceil(n s / s')} voxels along an axis and its centre coincides with the
 * centre of the original grid, so a new voxel {@code k'} sits at original index position
 * {@code x = (n - 1)/2 + (k' - (n' - 1)/2) s'/s}.
 *
 * <p>All three interpolators are tensor products of one-dimensional kernels, so the volume is
 * resampled axis by axis; for the cubic B-spline the one-dimensional prefilter and evaluation of the
 * different axes commute, so this equals the three-dimensional spline.
 */
public final class GridResampler {

    private GridResampler() {}

    /**
     * The target grid. {@code spacing[a] <= 0} (or {@code spacing} shorter than 3) keeps axis
     * {@code a} as it is — how 2-D (in-plane only) interpolation is requested.
     */
    public static IbsiGrid targetGrid(IbsiGrid g, double[] spacing) {
        int[] n = {g.nx(), g.ny(), g.nz()};
        double[] s = {g.sx(), g.sy(), g.sz()};
        for (int a = 0; a < 3; a++) {
            if (changes(spacing, a, s[a])) {
                // small epsilon: n s / s' that is an integer up to rounding must not gain a voxel
                n[a] = (int) Math.ceil(n[a] * s[a] / spacing[a] - 1e-9);
                s[a] = spacing[a];
            }
        }
        return new IbsiGrid(n[0], n[1], n[2], s[0], s[1], s[2]);
    }

    private static boolean changes(double[] spacing, int a, double current) {
        return spacing != null && a < spacing.length && spacing[a] > 0 && Math.abs(spacing[a] - current) > 1e-9 * current;
    }

    /** Resamples {@code data} (on {@code from}) onto {@code to} (from {@link #targetGrid}). */
    public static double[] resample(double[] data, IbsiGrid from, IbsiGrid to, Interpolator method) {
        double[] cur = data.clone();
        int[] n = {from.nx(), from.ny(), from.nz()};
        int[] target = {to.nx(), to.ny(), to.nz()};
        double[] sOld = {from.sx(), from.sy(), from.sz()};
        double[] sNew = {to.sx(), to.sy(), to.sz()};
        for (int a = 0; a < 3; a++) {
            if (n[a] == target[a] && Math.abs(sOld[a] - sNew[a]) <= 1e-9 * sOld[a]) {
                continue;
            }
            double[] pos = new double[target[a]];
            for (int k = 0; k < target[a]; k++) {
                pos[k] = (n[a] - 1) / 2.0 + (k - (target[a] - 1) / 2.0) * sNew[a] / sOld[a];
            }
            cur = resampleAxis(cur, n, a, pos, method);
            n[a] = target[a];
        }
        return cur;
    }

    private static double[] resampleAxis(double[] in, int[] n, int axis, double[] pos, Interpolator method) {
        int[] m = n.clone();
        m[axis] = pos.length;
        double[] out = new double[m[0] * m[1] * m[2]];
        int[] strideIn = {1, n[0], n[0] * n[1]};
        int[] strideOut = {1, m[0], m[0] * m[1]};
        int a1 = (axis + 1) % 3;
        int a2 = (axis + 2) % 3;
        double[] line = new double[n[axis]];
        double[] res = new double[pos.length];
        for (int u = 0; u < n[a1]; u++) {
            for (int v = 0; v < n[a2]; v++) {
                int baseIn = u * strideIn[a1] + v * strideIn[a2];
                int baseOut = u * strideOut[a1] + v * strideOut[a2];
                for (int t = 0; t < line.length; t++) {
                    line[t] = in[baseIn + t * strideIn[axis]];
                }
                interpolateLine(line, pos, method, res);
                for (int t = 0; t < res.length; t++) {
                    out[baseOut + t * strideOut[axis]] = res[t];
                }
            }
        }
        return out;
    }

    static void interpolateLine(double[] line, double[] pos, Interpolator method, double[] out) {
        int n = line.length;
        switch (method) {
            case NEAREST -> {
                for (int t = 0; t < pos.length; t++) {
                    int idx = (int) Math.floor(pos[t] + 0.5);
                    out[t] = line[Math.min(n - 1, Math.max(0, idx))];
                }
            }
            case LINEAR -> {
                for (int t = 0; t < pos.length; t++) {
                    double x = Math.min(n - 1, Math.max(0, pos[t]));
                    int i0 = Math.min((int) Math.floor(x), n - 1);
                    int i1 = Math.min(i0 + 1, n - 1);
                    double f = x - i0;
                    out[t] = (1 - f) * line[i0] + f * line[i1];
                }
            }
            case TRICUBIC -> {
                double[] c = CubicBSpline.coefficients(line);
                for (int t = 0; t < pos.length; t++) {
                    out[t] = CubicBSpline.evaluate(c, pos[t]);
                }
            }
        }
    }
}
