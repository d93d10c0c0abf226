package org.spinelab.radiomics;

/**
 * A discretised ROI: the gray level of every box voxel (1…Ng inside the ROI, 0 outside), the largest
 * gray level Ng (PyRadiomics' {@code coefficients['Ng']}), the gray levels present in the ROI, ascending
 * ({@code coefficients['grayLevels']}), and the bin edges used.
 */
public record GrayLevels(int[] gray, int ng, int[] levels, double[] edges) {

    /** Index of each gray level 1…Ng in {@link #levels()}, −1 where absent. */
    public int[] levelIndex() {
        int[] idx = new int[ng + 1];
        java.util.Arrays.fill(idx, -1);
        for (int i = 0; i < levels.length; i++) {
            idx[levels[i]] = i;
        }
        return idx;
    }

    /** The gray levels present, as doubles (the i of the texture formulas). */
    public double[] levelValues() {
        double[] v = new double[levels.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = levels[i];
        }
        return v;
    }
}
