package org.spinelab.radiomics.voxel;

import org.spinelab.radiomics.Angles;
import org.spinelab.radiomics.Discretizer;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.Roi;
import org.spinelab.util.InvalidInputException;

/**
 * The region voxel-based extraction works on, as PyRadiomics prepares it: the ROI's bounding box grown by
 * the kernel radius r and clipped to the image ({@code cropToTumorMask} with {@code padDistance = r}), the
 * voxels a kernel may use ({@link #domain}: the ROI with a masked kernel, the whole box otherwise), and
 * the gray levels discretised ONCE on that domain ({@code _applyBinning} on PyRadiomics' voxel-based
 * mask array), not per kernel. Box coordinates: i fastest, then j, then k.
 */
public final class KernelGrid {

    final int nx, ny, nz;
    /** The box's first voxel in image indices (i, j, k). */
    final int[] origin;
    final double[] values;
    final boolean[] roi;
    final boolean[] domain;
    final GrayLevels levels;
    final double[] spacing;
    /** Kernel radius along i, j, k (0 along the slice axis of a 2-D extraction). */
    final int[] radius;
    final RadiomicsSettings settings;

    /**
     * @param image   image values on the grid {@code dims}, i fastest
     * @param roiMask the ROI on the same grid
     */
    public KernelGrid(double[] image, boolean[] roiMask, int[] dims, double[] spacing, RadiomicsSettings s, VoxelSettings v) {
        if (image.length != roiMask.length || image.length != (long) dims[0] * dims[1] * dims[2]) {
            throw new IllegalArgumentException("image and mask sizes differ");
        }
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        for (int k = 0, n = 0; k < dims[2]; k++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int i = 0; i < dims[0]; i++, n++) {
                    if (roiMask[n]) {
                        lo[0] = Math.min(lo[0], i); hi[0] = Math.max(hi[0], i);
                        lo[1] = Math.min(lo[1], j); hi[1] = Math.max(hi[1], j);
                        lo[2] = Math.min(lo[2], k); hi[2] = Math.max(hi[2], k);
                    }
                }
            }
        }
        if (hi[0] < 0) {
            throw new InvalidInputException("the ROI is empty: no voxel to compute feature maps for");
        }
        int slice = Angles.sliceAxis(s);
        radius = new int[3];
        int[] size = new int[3];
        origin = new int[3];
        for (int a = 0; a < 3; a++) {
            radius[a] = a == slice ? 0 : v.kernelRadius();
            origin[a] = Math.max(0, lo[a] - v.kernelRadius());
            size[a] = Math.min(dims[a] - 1, hi[a] + v.kernelRadius()) - origin[a] + 1;
        }
        nx = size[0];
        ny = size[1];
        nz = size[2];
        values = new double[nx * ny * nz];
        roi = new boolean[values.length];
        for (int k = 0, n = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int src = origin[0] + dims[0] * (origin[1] + j + dims[1] * (origin[2] + k));
                System.arraycopy(image, src, values, n, nx);
                System.arraycopy(roiMask, src, roi, n, nx);
                n += nx;
            }
        }
        if (v.maskedKernel()) {
            domain = roi;
        } else {
            domain = new boolean[values.length];
            java.util.Arrays.fill(domain, true);
        }
        this.spacing = spacing.clone();
        this.settings = s;
        levels = Discretizer.discretize(new Roi(values, domain, nx, ny, nz, this.spacing), s);
    }

    int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** Number of ROI voxels (= number of map values computed). */
    public long roiCount() {
        long c = 0;
        for (boolean b : roi) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    /** Box size along i, j, k. */
    public int[] size() {
        return new int[] {nx, ny, nz};
    }

    /** The box's first voxel in image indices. */
    public int[] origin() {
        return origin.clone();
    }
}
