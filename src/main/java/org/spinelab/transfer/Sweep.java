package org.spinelab.transfer;

import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;

/**
 * Walks the target grid slice by slice and fills the output arrays; one instance is shared by the
 * threads, each working on its own target slices (disjoint parts of the arrays).
 *
 * <p>The target voxel (i, j, k) maps to the source index {@code s = M·(i, j, k)ᵀ + m}; along a row,
 * s advances by the first column of M, so only the row start is a full matrix product.
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
    /** Source-index offsets of the supersampling points from the voxel centre (x, y, z triples). */
    private final double[] subOffsets;
    /** The label's bounding box in source index space, grown so no voxel that could touch it is skipped. */
    private final double[] reach;

    Sweep(SourceLabels src, LabelSampler sampler, Affine targetToSource, Geometry target, int supersampling) {
        this.src = src;
        this.sampler = sampler;
        this.m = targetToSource.matrix();
        this.tx = (int) target.dim(0);
        this.ty = (int) target.dim(1);
        int n = Math.toIntExact(target.voxelCount());
        this.out = new double[n];
        this.probability = supersampling > 0 ? new double[n] : null;
        this.outsidePerSlice = new long[(int) target.dim(2)];
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
        long outside = 0;
        for (int j = 0; j < ty; j++) {
            double x = m[0][1] * j + m[0][2] * k + m[0][3];
            double y = m[1][1] * j + m[1][2] * k + m[1][3];
            double z = m[2][1] * j + m[2][2] * k + m[2][3];
            int n = tx * (j + ty * k);
            for (int i = 0; i < tx; i++, n++, x += m[0][0], y += m[1][0], z += m[2][0]) {
                if (!inField(x, y, z)) {
                    outside++;
                    continue;
                }
                if (x < reach[0] || x > reach[1] || y < reach[2] || y > reach[3] || z < reach[4] || z > reach[5]) {
                    continue;
                }
                out[n] = sampler.label(clamp(x, src.nx), clamp(y, src.ny), clamp(z, src.nz));
                if (probability != null) {
                    probability[n] = (float) partialVolume(sampler, x, y, z); // stored as float32 on disk
                }
            }
        }
        outsidePerSlice[k] = outside;
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
