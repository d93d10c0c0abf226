package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * The bounding box of one label, as SimpleITK's {@code LabelShapeStatisticsImageFilter} reports it:
 * lower index and size per axis (i, j, k).
 *
 * @param lower first index of the label along i, j, k
 * @param size extent along i, j, k (voxels)
 * @param count voxels with the label
 */
public record LabelBounds(int[] lower, int[] size, long count) {

    /**
     * @throws InvalidInputException when no voxel of {@code mask} has the value {@code label}
     */
    public static LabelBounds of(Volume mask, int label) {
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        long count = 0;
        double[] d = mask.data();
        int nx = mask.nx(), ny = mask.ny(), nz = mask.nz();
        int t = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, t++) {
                    if (d[t] == label) {
                        count++;
                        lo[0] = Math.min(lo[0], i);
                        lo[1] = Math.min(lo[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[0] = Math.max(hi[0], i);
                        hi[1] = Math.max(hi[1], j);
                        hi[2] = Math.max(hi[2], k);
                    }
                }
            }
        }
        if (count == 0) {
            String src = mask.metadata().source();
            throw new InvalidInputException((src == null ? "mask" : src) + ": label " + label + " is not present in the mask");
        }
        return new LabelBounds(lo, new int[] {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1}, count);
    }
}
