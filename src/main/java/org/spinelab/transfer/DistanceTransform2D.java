package org.spinelab.transfer;

/**
 * Exact 2-D Euclidean distance transforms of one slice, in millimetres, with different pixel spacings
 * along the two axes.
 *
 * <p>Separable lower-envelope algorithm (Felzenszwalb &amp; Huttenlocher, "Distance transforms of
 * sampled functions", 2012): the squared distance {@code D(p) = min_q |x_p − x_q|²} over feature pixels
 * q is computed as a 1-D transform along rows, then along columns of the result, each 1-D pass being the
 * lower envelope of the parabolas {@code f(q) + (x − x_q)²} with {@code x_q = q · spacing}. Linear in the
 * number of pixels.
 */
final class DistanceTransform2D {

    /** Squared distance of a pixel that has no feature pixel anywhere in its slice. */
    static final double NONE = Double.POSITIVE_INFINITY;

    private DistanceTransform2D() {}

    /**
     * Signed distance map of {@code inside} (nx × ny, x fastest): for a pixel outside, the distance to
     * the nearest inside pixel centre; for a pixel inside, minus the distance to the nearest outside
     * pixel centre. Between an inside and an adjacent outside pixel the map therefore passes linearly
     * from −s to +s and crosses 0 half-way, where a binary mask interpolated linearly crosses 0.5.
     * A pixel with no opposite pixel in the slice gets ±{@code cap}.
     */
    static void signed(boolean[] inside, int nx, int ny, double sx, double sy, double cap, float[] out, int outOffset) {
        int n = nx * ny;
        double[] toInside = new double[n];
        double[] toOutside = new double[n];
        for (int p = 0; p < n; p++) {
            toInside[p] = inside[p] ? 0 : NONE;
            toOutside[p] = inside[p] ? NONE : 0;
        }
        squared(toInside, nx, ny, sx, sy);
        squared(toOutside, nx, ny, sx, sy);
        for (int p = 0; p < n; p++) {
            double d = inside[p] ? -Math.sqrt(toOutside[p]) : Math.sqrt(toInside[p]);
            out[outOffset + p] = (float) (Double.isInfinite(d) ? Math.copySign(cap, d) : d);
        }
    }

    /**
     * In place: {@code f} holds 0 at feature pixels and {@link #NONE} elsewhere; on return, the squared
     * distance (mm²) to the nearest feature pixel centre, or {@code NONE} when the slice has none.
     */
    static void squared(double[] f, int nx, int ny, double sx, double sy) {
        int m = Math.max(nx, ny);
        double[] line = new double[m];
        double[] result = new double[m];
        int[] v = new int[m];
        double[] z = new double[m + 1];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                line[x] = f[x + nx * y];
            }
            transform1D(line, nx, sx, result, v, z);
            for (int x = 0; x < nx; x++) {
                f[x + nx * y] = result[x];
            }
        }
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                line[y] = f[x + nx * y];
            }
            transform1D(line, ny, sy, result, v, z);
            for (int y = 0; y < ny; y++) {
                f[x + nx * y] = result[y];
            }
        }
    }

    /**
     * 1-D squared distance transform {@code d(p) = min_q ((p − q)·s)² + f(q)} over the n samples of
     * {@code f}; samples equal to {@link #NONE} take no part. {@code v} and {@code z} are work arrays
     * (parabola vertices and the boundaries between them).
     */
    private static void transform1D(double[] f, int n, double s, double[] d, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == NONE) {
                continue;
            }
            double xq = q * s;
            while (k >= 0) {
                double xv = v[k] * s;
                double boundary = ((f[q] + xq * xq) - (f[v[k]] + xv * xv)) / (2 * (xq - xv));
                if (boundary <= z[k]) {
                    k--;
                } else {
                    k++;
                    v[k] = q;
                    z[k] = boundary;
                    z[k + 1] = Double.POSITIVE_INFINITY;
                    break;
                }
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
            }
        }
        if (k < 0) {
            for (int p = 0; p < n; p++) {
                d[p] = NONE;
            }
            return;
        }
        int j = 0;
        for (int p = 0; p < n; p++) {
            double xp = p * s;
            while (z[j + 1] < xp) {
                j++;
            }
            double dx = xp - v[j] * s;
            d[p] = dx * dx + f[v[j]];
        }
    }
}
