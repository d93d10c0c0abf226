package org.spinelab.transfer;

/**
 * One lesion's signed distance maps (a connected component of a label, see {@link LabelComponents}),
 * slice by slice (2-D, in mm, negative inside), over its bounding box grown by one pixel in-plane, and
 * their interpolation across slices.
 *
 * <p>Between two slices k and k+1 that both contain the lesion, the map is interpolated bilinearly
 * in-plane and linearly along the normal: {@code d = (1−t)·d_k + t·d_{k+1}}. Where only one of the two
 * contains it (the lesion's first or last slice), the missing map is replaced by {@code d_k + R}, R the
 * depth of the outline the point lies in (see {@link #beyond}), which tapers each lesion to a point at
 * the empty slice. On random ellipsoids (4–10 mm semi-axes, 4 mm slices; {@link TransferAccuracy})
 * this end gave a mean Dice about 0.02 higher than keeping the last outline up to half-way across the
 * gap (which is what nearest and trilinear transfer do).
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
                beyond(inside, w * h * (k - k0));
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
     * The stand-in map of the empty slice beyond a lesion's last slice: {@code d + R} inside an
     * outline, R the deepest inside distance of that outline (its 8-connected component: the radius of
     * its largest inscribed disc), and {@code d} outside. Interpolated, a point at depth r leaves the
     * lesion at {@code t = r / R}: each outline shrinks to a point at the next slice (a cone), so the
     * lesion ends before the slice where it was no longer drawn, with a cap of about a third of the
     * slice-area × gap prism. Taking R per outline lets a small lesion next to a large one in the same
     * slice taper at its own rate.
     */
    private void beyond(boolean[] inside, int offset) {
        int[] component = new int[w * h];
        int[] stack = new int[w * h];
        int components = 0;
        for (int seed = 0; seed < w * h; seed++) {
            if (!inside[seed] || component[seed] != 0) {
                continue;
            }
            // flood-fill one outline, then add its depth to its pixels
            components++;
            int top = 0;
            int filled = 0;
            stack[top++] = seed;
            component[seed] = components;
            double deepest = 0;
            int[] members = stack;
            while (top > filled) {
                int p = members[filled++];
                deepest = Math.max(deepest, -map[offset + p]);
                int px = p % w;
                int py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int qx = px + dx;
                        int qy = py + dy;
                        if (qx >= 0 && qx < w && qy >= 0 && qy < h) {
                            int q = qx + w * qy;
                            if (inside[q] && component[q] == 0) {
                                component[q] = components;
                                members[top++] = q;
                            }
                        }
                    }
                }
            }
            for (int n = 0; n < filled; n++) {
                int p = members[n];
                beyond[offset + p] = (float) (map[offset + p] + deepest);
            }
        }
        for (int p = 0; p < w * h; p++) {
            if (!inside[p]) {
                beyond[offset + p] = map[offset + p];
            }
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
