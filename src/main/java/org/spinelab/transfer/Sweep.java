package org.spinelab.transfer;

import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;

/**
 * Walks the target grid slice by slice and fills the output arrays; one instance is shared by the
 * threads, each working on its own target slices (disjoint parts of the arrays).
 *
 * <p>The target voxel (i, j, k) maps to the source index {@code s = M·(i, j, k)ᵀ + m}; along a row, s
 * advances by the first column of M, so a row is a straight line in source index space. Only the run
 * of voxels where that line crosses the label's neighbourhood (and the source's field of view) is
 * sampled; the voxels outside the field of view are counted from the run's length.
 */
final class Sweep {

    final double[] out;
    final double[] probability;

    private final SourceLabels src;
    private final LabelSampler sampler;
    private final double[][] m;
    private final int tx;
    private final int ty;
    /** Per target slice: voxels whose centre is outside the source's field of view. */
    private final long[] outsidePerSlice;
    /** Per target slice: voxels given a non-zero label. */
    private final long[] labelledPerSlice;
    /** Source-index offsets of the supersampling points from the voxel centre (x, y, z triples). */
    private final double[] subOffsets;
    /** The label's bounding box in source index space, grown so no voxel that could touch it is skipped. */
    private final double[] reach;

    /** {@code out} (zeros, one value per target voxel) receives the labels. */
    Sweep(SourceLabels src, LabelSampler sampler, Affine targetToSource, Geometry target, double[] out,
            int supersampling) {
        this.src = src;
        this.sampler = sampler;
        this.m = targetToSource.matrix();
        this.tx = (int) target.dim(0);
        this.ty = (int) target.dim(1);
        this.out = out;
        this.probability = supersampling > 0 ? new double[out.length] : null;
        this.outsidePerSlice = new long[(int) target.dim(2)];
        this.labelledPerSlice = new long[(int) target.dim(2)];
        this.subOffsets = subOffsets(Math.max(1, supersampling));
        // Sampling weights vanish one source voxel beyond the label; supersampling points reach further.
        double[] spread = new double[3];
        for (int s = 0; s < subOffsets.length; s += 3) {
            for (int a = 0; a < 3; a++) {
                spread[a] = Math.max(spread[a], Math.abs(subOffsets[s + a]));
            }
        }
        reach = new double[6];
        for (int a = 0; a < 3; a++) {
            reach[2 * a] = src.box[2 * a] - 1 - spread[a];
            reach[2 * a + 1] = src.box[2 * a + 1] + 1 + spread[a];
        }
    }

    /** Offsets, in source index units, of n³ points at the centres of an n×n×n split of a target voxel. */
    private double[] subOffsets(int n) {
        double[] o = new double[3 * n * n * n];
        int p = 0;
        for (int c = 0; c < n; c++) {
            for (int b = 0; b < n; b++) {
                for (int a = 0; a < n; a++) {
                    double da = (a + 0.5) / n - 0.5;
                    double db = (b + 0.5) / n - 0.5;
                    double dc = (c + 0.5) / n - 0.5;
                    for (int r = 0; r < 3; r++) {
                        o[p + r] = m[r][0] * da + m[r][1] * db + m[r][2] * dc;
                    }
                    p += 3;
                }
            }
        }
        return o;
    }

    void slice(int k) {
        LabelSampler sampler = this.sampler.copy();
        double[] fieldLo = {-0.5, -0.5, -0.5};
        double[] fieldHi = {src.nx - 0.5, src.ny - 0.5, src.nz - 0.5};
        double[] reachLo = {reach[0], reach[2], reach[4]};
        double[] reachHi = {reach[1], reach[3], reach[5]};
        double[] base = new double[3];
        double[] step = {m[0][0], m[1][0], m[2][0]};
        long outside = 0;
        long labelled = 0;
        for (int j = 0; j < ty; j++) {
            for (int r = 0; r < 3; r++) {
                base[r] = m[r][1] * j + m[r][2] * k + m[r][3];
            }
            // The row is a line in source index space: the voxels inside a box form one run of i.
            int[] field = run(base, step, fieldLo, fieldHi);
            outside += tx - Math.max(0, field[1] - field[0] + 1);
            int[] near = run(base, step, reachLo, reachHi);
            int from = Math.max(field[0], near[0]);
            int to = Math.min(field[1], near[1]);
            int n = tx * (j + ty * k) + from;
            for (int i = from; i <= to; i++, n++) {
                double x = base[0] + i * step[0];
                double y = base[1] + i * step[1];
                double z = base[2] + i * step[2];
                // exact checks: the runs are computed with a little slack at their ends
                if (!inField(x, y, z)) {
                    outside++;
                    continue;
                }
                int label = sampler.label(clamp(x, src.nx), clamp(y, src.ny), clamp(z, src.nz));
                out[n] = label;
                labelled += label != 0 ? 1 : 0;
                if (probability != null) {
                    probability[n] = (float) partialVolume(sampler, x, y, z); // stored as float32 on disk
                }
            }
        }
        outsidePerSlice[k] = outside;
        labelledPerSlice[k] = labelled;
    }

    /**
     * The run {from, to} of i in [0, tx−1] with {@code lo ≤ base + i·step ≤ hi} on every axis (empty when
     * from > to), widened by a rounding slack of 1e-9 voxel at both ends.
     */
    private int[] run(double[] base, double[] step, double[] lo, double[] hi) {
        double a = 0;
        double b = tx - 1;
        for (int r = 0; r < 3; r++) {
            if (step[r] == 0) {
                if (base[r] < lo[r] || base[r] > hi[r]) {
                    return new int[] {0, -1};
                }
                continue;
            }
            double t1 = (lo[r] - base[r]) / step[r];
            double t2 = (hi[r] - base[r]) / step[r];
            a = Math.max(a, Math.min(t1, t2));
            b = Math.min(b, Math.max(t1, t2));
        }
        return new int[] {(int) Math.max(0, Math.ceil(a - 1e-9)), (int) Math.min(tx - 1, Math.floor(b + 1e-9))};
    }

    /** Mean foreground value over the supersampling points of the voxel centred at source index (x, y, z). */
    private double partialVolume(LabelSampler sampler, double x, double y, double z) {
        double sum = 0;
        for (int s = 0; s < subOffsets.length; s += 3) {
            double px = x + subOffsets[s];
            double py = y + subOffsets[s + 1];
            double pz = z + subOffsets[s + 2];
            if (inField(px, py, pz)) {
                sum += sampler.foreground(clamp(px, src.nx), clamp(py, src.ny), clamp(pz, src.nz));
            }
        }
        return sum / (subOffsets.length / 3);
    }

    long labelled() {
        long s = 0;
        for (long v : labelledPerSlice) {
            s += v;
        }
        return s;
    }

    long outsideSource() {
        long s = 0;
        for (long v : outsidePerSlice) {
            s += v;
        }
        return s;
    }

    /** Inside the source's field of view: within half a voxel of the outermost voxel centres. */
    private boolean inField(double x, double y, double z) {
        return x >= -0.5 && x <= src.nx - 0.5 && y >= -0.5 && y <= src.ny - 0.5 && z >= -0.5 && z <= src.nz - 0.5;
    }

    private static double clamp(double v, int n) {
        return v < 0 ? 0 : v > n - 1 ? n - 1 : v;
    }
}
