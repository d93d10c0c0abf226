package org.spinelab.transfer;

/**
 * One lesion's signed distance maps (a connected component of a label, see {@link LabelComponents}),
 * slice by slice (2-D, in mm, negative inside), over its bounding box grown by one pixel in-plane, and
 * their interpolation across slices.
 *
 * <p>Between two slices k and k+1 that both contain the lesion, the map is interpolated bilinearly
 * in-plane and linearly along the normal: {@code d = (1−t)·d_k + t·d_{k+1}}. Where only one of the two
 * contains it (the lesion's first or last slice), the missing map is replaced by {@code |d_k|} (see
 * {@link #beyond}), which ends the lesion half-way across the gap with a rounded rim.
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
    /** The stand-in map for the empty slice next to each slice (see {@link #beyond}). */
    private final float[] beyond;
    private final boolean[] hasLabel;

    SliceDistanceMap(SourceLabels src, LabelComponents components, LabelComponents.Component c, double sx, double sy) {
        int[] b = c.box();
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
        beyond = new float[w * h * slices];
        hasLabel = new boolean[slices];
        // A slice wholly inside the label (it touches the image border on every side) has no outside
        // pixel to measure from; a distance larger than the slice then stands for "deep inside".
        double cap = src.nx * sx + src.ny * sy;
        boolean[] inside = new boolean[w * h];
        for (int k = k0; k <= k1; k++) {
            boolean any = false;
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    boolean in = components.ids[src.index(i, j, k)] == c.id();
                    inside[(i - i0) + w * (j - j0)] = in;
                    any |= in;
                }
            }
            hasLabel[k - k0] = any;
            if (any) {
                DistanceTransform2D.signed(inside, w, h, sx, sy, cap, map, w * h * (k - k0));
                beyond(w * h * (k - k0));
            }
        }
    }

    /** Signed distance (mm) at a source index clamped to the grid; +∞ far outside the lesion. */
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
            da = bilinear(beyond, kb, x, y);
        } else if (Double.isNaN(db)) {
            db = bilinear(beyond, ka, x, y);
        }
        return (1 - t) * da + t * db;
    }

    /**
     * The stand-in map of the empty slice beyond a lesion's last slice: {@code |d|}. Interpolated, a
     * point at depth r inside the last outline stays inside up to half-way across the gap, like with
     * nearest and trilinear transfer (a lesion drawn on a slice is seen in that slice's slab, so it
     * likely reaches beyond the slice centre); points within about a pixel of the outline leave
     * earlier, which rounds the rim of the end.
     *
     * <p>Tapering each outline to a point at the empty slice instead ({@code d + R}, R its depth) did
     * better on the analytic ellipsoids of {@link TransferAccuracy} (sampled at slice centres, without
     * slab thickness) but worse on the conformance study and on {@code sample-data/}, so it was not
     * kept.
     */
    private void beyond(int offset) {
        for (int p = offset, end = offset + w * h; p < end; p++) {
            beyond[p] = Math.abs(map[p]);
        }
    }

    /** Bilinear value in slice k, or NaN when slice k does not contain the label. */
    private double inSlice(int k, double x, double y) {
        if (k < k0 || k > k1 || !hasLabel[k - k0]) {
            return Double.NaN;
        }
        return bilinear(map, k, x, y);
    }

    /** Bilinear interpolation of slice k of {@code values} (a map over the crop). */
    private double bilinear(float[] values, int k, double x, double y) {
        int ia = (int) Math.floor(x);
        int ja = (int) Math.floor(y);
        double u = x - ia;
        double v = y - ja;
        int ib = Math.min(ia + 1, i1);
        int jb = Math.min(ja + 1, j1);
        int base = w * h * (k - k0);
        int ra = base + w * (ja - j0);
        int rb = base + w * (jb - j0);
        double top = (1 - u) * values[ra + ia - i0] + u * values[ra + ib - i0];
        double bottom = (1 - u) * values[rb + ia - i0] + u * values[rb + ib - i0];
        return (1 - v) * top + v * bottom;
    }
}
