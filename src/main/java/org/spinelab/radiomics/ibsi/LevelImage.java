package org.spinelab.radiomics.ibsi;

/**
 * A discretised ROI: grey levels {@code 1..ng} inside the intensity ROI, 0 outside.
 *
 * @param grid   voxel grid
 * @param levels grey level per voxel (0 = outside the ROI), i fastest
 * @param ng     number of grey levels (size of the texture matrices)
 */
public record LevelImage(IbsiGrid grid, int[] levels, int ng) {

    /** Slice {@code k} as a one-slice image (for the 2-D feature variants). */
    public LevelImage slice(int k) {
        int n = grid.nx() * grid.ny();
        int[] s = new int[n];
        System.arraycopy(levels, k * n, s, 0, n);
        return new LevelImage(grid.slice(), s, ng);
    }

    /** Number of ROI voxels. */
    public int voxelCount() {
        int n = 0;
        for (int l : levels) {
            if (l > 0) {
                n++;
            }
        }
        return n;
    }

    /** The grey level at (i, j, k), or 0 outside the grid or the ROI. */
    public int at(int i, int j, int k) {
        return grid.contains(i, j, k) ? levels[grid.index(i, j, k)] : 0;
    }
}
