package org.spinelab.transfer;

/**
 * One label's signed distance maps, slice by slice (2-D, in mm, negative inside), over the label's
 * bounding box grown by one pixel in-plane, and their interpolation across slices.
 *
 * <p>Between two slices k and k+1 that both contain the label, the map is interpolated bilinearly
 * in-plane and linearly along the normal: {@code d = (1−t)·d_k + t·d_{k+1}}. Where only one of the two
 * contains it (the lesion's first or last slice), the missing map is replaced by {@code d_k + R_k}
 * (see {@link #beyondLastSlice}), which tapers the lesion to a point at the empty slice. On random
 * ellipsoids (4–10 mm semi-axes, 4 mm slices) this end raised the mean Dice by about 0.02 over keeping
 * the last outline up to half-way (what nearest and trilinear transfer do), and it also did better on
 * the conformance study.
 */
final class SliceDistanceMap {

    private final int i0;
    private final int i1;
    private final int j0;
    private final int j1;
    private final int k0;
    private final int k1;
    private final int w;
    private final int h;
    private final int nz;
    private final float[] map;
    private final boolean[] hasLabel;
    /** Per slice: the largest inside distance (mm), the radius of the largest inscribed disc. */
    private final double[] depth;

    SliceDistanceMap(SourceLabels src, int label, double sx, double sy) {
        int[] b = src.boxes[src.slot(label)];
        i0 = Math.max(0, b[0] - 1);
        i1 = Math.min(src.nx - 1, b[1] + 1);
        j0 = Math.max(0, b[2] - 1);
        j1 = Math.min(src.ny - 1, b[3] + 1);
        k0 = b[4];
        k1 = b[5];
        nz = src.nz;
        w = i1 - i0 + 1;
        h = j1 - j0 + 1;
        int slices = k1 - k0 + 1;
        map = new float[w * h * slices];
        hasLabel = new boolean[slices];
        depth = new double[slices];
        // A slice wholly inside the label (it touches the image border on every side) has no outside
        // pixel to measure from; a distance larger than the slice then stands for "deep inside".
        double cap = src.nx * sx + src.ny * sy;
        boolean[] inside = new boolean[w * h];
        for (int k = k0; k <= k1; k++) {
            boolean any = false;
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    boolean in = src.values[src.index(i, j, k)] == label;
                    inside[(i - i0) + w * (j - j0)] = in;
                    any |= in;
                }
            }
            hasLabel[k - k0] = any;
            if (any) {
                DistanceTransform2D.signed(inside, w, h, sx, sy, cap, map, w * h * (k - k0));
                double deepest = 0;
                for (int p = w * h * (k - k0), end = p + w * h; p < end; p++) {
                    deepest = Math.max(deepest, -map[p]);
                }
                depth[k - k0] = deepest;
            }
        }
    }

    /** Signed distance (mm) at a source index clamped to the grid; +∞ far outside the label. */
    double at(double x, double y, double z) {
        if (x < i0 || x > i1 || y < j0 || y > j1) {
            return Double.POSITIVE_INFINITY;
        }
        int ka = (int) Math.floor(z);
        double t = z - ka;
        int kb = Math.min(ka + 1, nz - 1);
        double da = inSlice(ka, x, y);
        if (t == 0 || kb == ka) {
            return Double.isNaN(da) ? Double.POSITIVE_INFINITY : da;
        }
        double db = inSlice(kb, x, y);
        if (Double.isNaN(da) && Double.isNaN(db)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(da)) {
            da = beyondLastSlice(db, depth[kb - k0]);
        } else if (Double.isNaN(db)) {
            db = beyondLastSlice(da, depth[ka - k0]);
        }
        return (1 - t) * da + t * db;
    }

    /**
     * The stand-in map of the empty slice beyond a lesion's last slice: {@code d + R}, R the deepest
     * inside distance of the last slice. Interpolated, a point at depth r inside the last outline leaves
     * the lesion at {@code t = r / R}: the outline shrinks to a point at the next slice (a cone), so the
     * lesion ends before the slice where it was no longer drawn, with a cap of a third of the
     * slice-area × gap prism.
     */
    private static double beyondLastSlice(double d, double deepest) {
        return d + deepest;
    }

    /** Bilinear value in slice k, or NaN when slice k does not contain the label. */
    private double inSlice(int k, double x, double y) {
        if (k < k0 || k > k1 || !hasLabel[k - k0]) {
            return Double.NaN;
        }
        int ia = (int) Math.floor(x);
        int ja = (int) Math.floor(y);
        double u = x - ia;
        double v = y - ja;
        int ib = Math.min(ia + 1, i1);
        int jb = Math.min(ja + 1, j1);
        int base = w * h * (k - k0);
        int ra = base + w * (ja - j0);
        int rb = base + w * (jb - j0);
        double top = (1 - u) * map[ra + ia - i0] + u * map[ra + ib - i0];
        double bottom = (1 - u) * map[rb + ia - i0] + u * map[rb + ib - i0];
        return (1 - v) * top + v * bottom;
    }
}
