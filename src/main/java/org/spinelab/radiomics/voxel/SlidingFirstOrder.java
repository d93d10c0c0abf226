package org.spinelab.radiomics.voxel;

import java.util.Arrays;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.Roi;

/**
 * The first-order view of a kernel sliding along i, kept up to date instead of rebuilt: the kernel's
 * intensities as a sorted array (percentiles, median and robust deviations need the order statistics) and
 * its gray-level histogram (Entropy, Uniformity). Moving the kernel's i-range by one removes the leaving
 * plane's (2r+1)² values by binary search and inserts the entering plane's, instead of collecting and
 * sorting (2r+1)³ values. The features themselves are PyRadiomics' first-order formulas
 * ({@link org.spinelab.radiomics.features.FirstOrderFeatures}) evaluated on this state.
 */
final class SlidingFirstOrder {

    private final KernelGrid g;
    private final int[] li;
    private final int[] levels;
    private double[] sorted;
    private int count;
    /** Kernel voxels per gray-level index (of the grid's levels). */
    private final int[] histogram;
    private int jlo, jhi, klo, khi;
    private int a = 0, b = -1;

    SlidingFirstOrder(KernelGrid g) {
        this.g = g;
        li = g.levels.levelIndex();
        levels = g.levels.levels();
        histogram = new int[levels.length];
        sorted = new double[(2 * g.radius[0] + 1) * (2 * g.radius[1] + 1) * (2 * g.radius[2] + 1)];
    }

    void startRow(int jlo, int jhi, int klo, int khi) {
        this.jlo = jlo;
        this.jhi = jhi;
        this.klo = klo;
        this.khi = khi;
        count = 0;
        Arrays.fill(histogram, 0);
        a = 0;
        b = -1;
    }

    /** Moves the kernel's i-range to [lo, hi] (both ends non-decreasing along a row). */
    void moveTo(int lo, int hi) {
        if (a > b || lo > b) {
            startRow(jlo, jhi, klo, khi);
            a = lo;
            b = lo - 1;
        }
        while (a < lo) {
            plane(a, false);
            a++;
        }
        while (b < hi) {
            b++;
            plane(b, true);
        }
    }

    private void plane(int x, boolean add) {
        int[] gray = g.levels.gray();
        for (int k = klo; k <= khi; k++) {
            for (int j = jlo; j <= jhi; j++) {
                int p = g.index(x, j, k);
                if (!g.domain[p]) {
                    continue;
                }
                double v = g.values[p];
                int pos = Arrays.binarySearch(sorted, 0, count, v);
                if (add) {
                    int at = pos >= 0 ? pos : -pos - 1;
                    System.arraycopy(sorted, at, sorted, at + 1, count - at);
                    sorted[at] = v;
                    count++;
                    histogram[li[gray[p]]]++;
                } else {
                    System.arraycopy(sorted, pos + 1, sorted, pos, count - pos - 1);
                    count--;
                    histogram[li[gray[p]]]--;
                }
            }
        }
    }

    /**
     * The current kernel as a feature input: its values in ascending order on a 1-D box (first-order
     * features do not depend on where the voxels are) and gray levels that reproduce the histogram.
     */
    FeatureInput input(org.spinelab.radiomics.RadiomicsSettings s) {
        double[] v = Arrays.copyOf(sorted, count);
        boolean[] m = new boolean[count];
        Arrays.fill(m, true);
        int[] gray = new int[count];
        int present = 0;
        for (int l = 0, c = 0; l < histogram.length; l++) {
            if (histogram[l] > 0) {
                present++;
                Arrays.fill(gray, c, c + histogram[l], levels[l]);
                c += histogram[l];
            }
        }
        int[] lv = new int[present];
        for (int l = 0, q = 0; l < histogram.length; l++) {
            if (histogram[l] > 0) {
                lv[q++] = levels[l];
            }
        }
        Roi roi = new Roi(v, m, count, 1, 1, g.spacing);
        return new FeatureInput(roi, s, new GrayLevels(gray, g.levels.ng(), lv, g.levels.edges()));
    }
}
