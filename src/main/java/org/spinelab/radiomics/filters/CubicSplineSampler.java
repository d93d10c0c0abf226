package org.spinelab.radiomics.filters;

import org.spinelab.image.Volume;

/**
 * Cubic B-spline interpolation at arbitrary points as SciPy's
 * {@code ndimage.map_coordinates(image, coords, order=3)} (mode {@code constant}, cval 0, prefilter on):
 * the image is first turned into B-spline coefficients along each axis (pole {@code z = √3 − 2}, gain
 * {@code (1−z)(1−1/z)}, mirror-symmetric boundary initialisation); a point outside {@code [0, n−1]} along
 * any axis gives 0; inside, the 4×4×4 coefficients around it (indices mirrored at the edges) are weighted by
 * the cubic B-spline {@code β³} of the distance. Coordinates are in numpy order (k, j, i).
 */
final class CubicSplineSampler {

    private static final double POLE = Math.sqrt(3.0) - 2.0;

    private final double[] coefficients;
    private final int[] n; // numpy order: k, j, i
    private final int[] stride;

    CubicSplineSampler(Volume image) {
        int[] dims = {image.nx(), image.ny(), image.nz()};
        double[] c = image.data().clone();
        // SciPy filters numpy axis 0 (k) first, then j, then i.
        for (int axis = 2; axis >= 0; axis--) {
            Lines.along(c, c, dims, axis, (in, out, len) -> {
                System.arraycopy(in, 0, out, 0, len);
                if (len > 1) {
                    prefilter(out, len);
                }
            });
        }
        coefficients = c;
        n = new int[] {dims[2], dims[1], dims[0]};
        stride = new int[] {dims[0] * dims[1], dims[0], 1};
    }

    /** In-place conversion of samples to cubic B-spline coefficients with mirror boundaries. */
    static void prefilter(double[] c, int len) {
        double z = POLE;
        double gain = (1.0 - z) * (1.0 - 1.0 / z);
        for (int i = 0; i < len; i++) {
            c[i] *= gain;
        }
        double zn1 = Math.pow(z, len - 1);
        double zi = z;
        c[0] = c[0] + zn1 * c[len - 1];
        for (int i = 1; i < len - 1; i++) {
            c[0] += zi * (c[i] + zn1 * c[len - 1 - i]);
            zi *= z;
        }
        c[0] /= 1 - zn1 * zn1;
        for (int i = 1; i < len; i++) {
            c[i] += z * c[i - 1];
        }
        c[len - 1] = (z * c[len - 2] + c[len - 1]) * z / (z * z - 1);
        for (int i = len - 2; i >= 0; i--) {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }

    /** Per-thread work arrays for {@link #sample}, so sampling allocates nothing. */
    static final class Scratch {
        final double[] pos = new double[3];
        final int[][] offsets = new int[3][4];
        final double[][] w = new double[3][4];
    }

    /** The interpolated value at numpy coordinates ({@code k, j, i}). */
    double sample(double ck, double cj, double ci, Scratch s) {
        double[] pos = s.pos;
        pos[0] = ck;
        pos[1] = cj;
        pos[2] = ci;
        int[][] offsets = s.offsets;
        double[][] w = s.w;
        for (int a = 0; a < 3; a++) {
            double cc = pos[a];
            if (cc < 0 || cc > n[a] - 1) {
                return 0;
            }
            int start = (int) Math.floor(cc) - 1;
            for (int t = 0; t < 4; t++) {
                offsets[a][t] = mirror(start + t, n[a]) * stride[a];
            }
            weights(cc, w[a]);
        }
        double sum = 0;
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                int base = offsets[0][a] + offsets[1][b];
                double wab0 = w[0][a], wab1 = w[1][b];
                for (int c = 0; c < 4; c++) {
                    sum += coefficients[base + offsets[2][c]] * wab0 * wab1 * w[2][c];
                }
            }
        }
        return sum;
    }

    /** Index {@code idx} mirrored into {@code [0, len)} (−1 → 1, len → len−2). */
    static int mirror(int idx, int len) {
        if (len <= 1) {
            return 0;
        }
        int period = 2 * len - 2;
        int m = Math.floorMod(idx, period);
        return m >= len ? period - m : m;
    }

    /** Cubic B-spline weights of the four taps from {@code floor(x) − 1}. */
    private static void weights(double x, double[] w) {
        x -= Math.floor(x);
        double y = x, z = 1.0 - x;
        w[1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
        w[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
        w[0] = z * z * z / 6.0;
        w[3] = 1.0 - w[0] - w[1] - w[2];
    }
}
