package org.spinelab.transfer;

import java.util.Arrays;
import java.util.SortedSet;
import org.spinelab.image.LabelVolume;

/**
 * The source label volume laid out for fast sampling: integer labels in a flat array (i fastest), the
 * distinct non-zero labels, and their bounding box in index space (so that target voxels far from any
 * label are rejected without sampling).
 */
final class SourceLabels {

    final int nx;
    final int ny;
    final int nz;
    final int[] values;
    final int[] labels;
    /** Bounding box of all labelled voxels: {i0, i1, j0, j1, k0, k1}, inclusive. */
    final int[] box;
    final long labelledVoxels;

    SourceLabels(LabelVolume lv) {
        nx = lv.volume().nx();
        ny = lv.volume().ny();
        nz = lv.volume().nz();
        double[] d = lv.volume().data();
        values = new int[d.length];
        SortedSet<Integer> set = lv.labels();
        labels = set.stream().mapToInt(Integer::intValue).toArray();
        box = new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        long count = 0;
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    int v = (int) d[n];
                    values[n] = v;
                    if (v != 0) {
                        count++;
                        grow(box, i, j, k);
                    }
                }
            }
        }
        labelledVoxels = count;
    }

    int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    boolean isEmpty() {
        return labels.length == 0;
    }

    /** Position of {@code label} in {@link #labels}. */
    int slot(int label) {
        return Arrays.binarySearch(labels, label);
    }

    private static void grow(int[] b, int i, int j, int k) {
        b[0] = Math.min(b[0], i);
        b[1] = Math.max(b[1], i);
        b[2] = Math.min(b[2], j);
        b[3] = Math.max(b[3], j);
        b[4] = Math.min(b[4], k);
        b[5] = Math.max(b[5], k);
    }
}
