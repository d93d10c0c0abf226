package org.spinelab.radiomics.voxel;

import java.util.Arrays;
import org.spinelab.radiomics.GrayLevels;

/**
 * Co-occurrence counts of a kernel that slides along i, kept up to date instead of recounted: moving the
 * kernel's i-range from [a, b] to [a + 1, b + 1] removes the pairs that touch the leaving plane i = a and
 * adds those that touch the entering plane i = b + 1, O((2r+1)² · N<sub>a</sub>) per step instead of
 * O((2r+1)³ · N<sub>a</sub>).
 *
 * <p>A pair is (p, p + δ) for each angle δ with both voxels inside the kernel box and the domain (PyRadiomics
 * counts the pairs of its per-voxel bounding box). Counts are kept per angle on the grid's gray levels,
 * unsymmetrised, with the kernel's histogram alongside so the levels present are known without a scan.
 */
final class SlidingGlcm {

    private final KernelGrid g;
    private final int[][] angles;
    private final int[] li;
    private final int nl;
    /** counts[a][row · nl + col] over the grid's gray levels. */
    final long[][] counts;
    /** Kernel voxels per gray level index. */
    final int[] histogram;
    private int jlo, jhi, klo, khi;
    /** Current kernel i-range; empty when a &gt; b. */
    private int a = 0, b = -1;

    SlidingGlcm(KernelGrid g, int[][] angles) {
        this.g = g;
        this.angles = angles;
        GrayLevels lv = g.levels;
        li = lv.levelIndex();
        nl = lv.levels().length;
        counts = new long[angles.length][nl * nl];
        histogram = new int[nl];
    }

    /** Starts a new row: the kernel spans j ∈ [jlo, jhi], k ∈ [klo, khi] and is empty along i. */
    void startRow(int jlo, int jhi, int klo, int khi) {
        this.jlo = jlo;
        this.jhi = jhi;
        this.klo = klo;
        this.khi = khi;
        for (long[] c : counts) {
            Arrays.fill(c, 0);
        }
        Arrays.fill(histogram, 0);
        a = 0;
        b = -1;
    }

    /** Moves the kernel's i-range to [lo, hi] (both ends non-decreasing along a row). */
    void moveTo(int lo, int hi) {
        if (a > b || lo > b) { // nothing shared with the current range: start over
            startRow(jlo, jhi, klo, khi);
            a = lo;
            b = lo - 1;
        }
        while (a < lo) {
            plane(a, a, b, -1);
            a++;
        }
        while (b < hi) {
            b++;
            plane(b, a, b, +1);
        }
    }

    /** Adds (sign +1) or removes (−1) the pairs touching plane x of the kernel with i-range [from, to]. */
    private void plane(int x, int from, int to, int sign) {
        int[] gray = g.levels.gray();
        boolean[] dom = g.domain;
        for (int k = klo; k <= khi; k++) {
            for (int j = jlo; j <= jhi; j++) {
                int p = g.index(x, j, k);
                if (!dom[p]) {
                    continue;
                }
                int lp = li[gray[p]];
                histogram[lp] += sign;
                for (int n = 0; n < angles.length; n++) {
                    int[] d = angles[n];
                    // (p, p + δ)
                    int i2 = x + d[0], j2 = j + d[1], k2 = k + d[2];
                    if (i2 >= from && i2 <= to && j2 >= jlo && j2 <= jhi && k2 >= klo && k2 <= khi) {
                        int q = g.index(i2, j2, k2);
                        if (dom[q]) {
                            counts[n][lp * nl + li[gray[q]]] += sign;
                        }
                    }
                    // (p − δ, p), unless p − δ lies in this plane too (then counted above from its side)
                    i2 = x - d[0];
                    j2 = j - d[1];
                    k2 = k - d[2];
                    if (d[0] != 0 && i2 >= from && i2 <= to && j2 >= jlo && j2 <= jhi && k2 >= klo && k2 <= khi) {
                        int q = g.index(i2, j2, k2);
                        if (dom[q]) {
                            counts[n][li[gray[q]] * nl + lp] += sign;
                        }
                    }
                }
            }
        }
    }
}
