package org.spinelab.radiomics.voxel;

import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.Roi;

/**
 * One voxel's kernel cut out of a {@link KernelGrid} as a small ROI of its own: the kernel box (clipped at
 * the grid edge) with mask = kernel ∩ domain and the grid's gray levels (discretised on the whole ROI). The
 * gray-level list holds only the levels present in the kernel (rows of absent levels would be all zero and
 * change no feature but MCC, see {@link FeatureMapExtractor}) so that matrix features cost what the kernel
 * holds, not what the ROI holds. Buffers for full-size kernels are reused; one window per thread.
 */
final class KernelWindow {

    private final KernelGrid g;
    private final int fullSize;
    private double[] fullValues;
    private boolean[] fullMask;
    private int[] fullGray;
    private final boolean[] present;
    /** Kernel box of the last {@link #cut}: lo and size along i, j, k. */
    final int[] lo = new int[3];
    final int[] size = new int[3];
    int voxelCount;
    int levelCount;

    KernelWindow(KernelGrid g) {
        this.g = g;
        fullSize = (2 * g.radius[0] + 1) * (2 * g.radius[1] + 1) * (2 * g.radius[2] + 1);
        present = new boolean[g.levels.ng() + 1];
    }

    /** The kernel of box voxel (i, j, k) as an ROI and its gray levels. */
    Kernel cut(int i, int j, int k) {
        int[] c = {i, j, k};
        int[] dim = {g.nx, g.ny, g.nz};
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, c[a] - g.radius[a]);
            size[a] = Math.min(dim[a] - 1, c[a] + g.radius[a]) - lo[a] + 1;
        }
        int n = size[0] * size[1] * size[2];
        double[] v;
        boolean[] m;
        int[] gray;
        if (n == fullSize) {
            if (fullValues == null) {
                fullValues = new double[n];
                fullMask = new boolean[n];
                fullGray = new int[n];
            }
            v = fullValues;
            m = fullMask;
            gray = fullGray;
        } else {
            v = new double[n];
            m = new boolean[n];
            gray = new int[n];
        }
        int[] all = g.levels.gray();
        voxelCount = 0;
        int out = 0;
        for (int kk = 0; kk < size[2]; kk++) {
            for (int jj = 0; jj < size[1]; jj++) {
                int src = g.index(lo[0], lo[1] + jj, lo[2] + kk);
                for (int ii = 0; ii < size[0]; ii++, out++, src++) {
                    v[out] = g.values[src];
                    boolean in = g.domain[src];
                    m[out] = in;
                    gray[out] = in ? all[src] : 0;
                    if (in) {
                        present[all[src]] = true;
                        voxelCount++;
                    }
                }
            }
        }
        levelCount = 0;
        for (int l = 1; l < present.length; l++) {
            if (present[l]) {
                levelCount++;
            }
        }
        int[] lv = new int[levelCount];
        for (int l = 1, q = 0; l < present.length; l++) {
            if (present[l]) {
                lv[q++] = l;
                present[l] = false;
            }
        }
        Roi roi = new Roi(v, m, size[0], size[1], size[2], g.spacing);
        return new Kernel(roi, new GrayLevels(gray, g.levels.ng(), lv, g.levels.edges()));
    }

    record Kernel(Roi roi, GrayLevels levels) {}
}
