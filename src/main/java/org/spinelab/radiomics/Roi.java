package org.spinelab.radiomics;

/**
 * The region a feature class works on: image values and the ROI mask on a small box (PyRadiomics
 * crops to the mask's bounding box before computing features), i fastest, then j, then k.
 *
 * @param values  intensities of the box
 * @param mask    true where the voxel belongs to the ROI
 * @param nx      box size along i
 * @param ny      box size along j
 * @param nz      box size along k
 * @param spacing voxel spacing along i, j, k in mm
 */
public record Roi(double[] values, boolean[] mask, int nx, int ny, int nz, double[] spacing) {

    public Roi {
        if (values.length != mask.length || values.length != (long) nx * ny * nz) {
            throw new IllegalArgumentException("ROI arrays do not match its size " + nx + "×" + ny + "×" + nz);
        }
    }

    /** Number of ROI voxels. */
    public int voxelCount() {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** The intensities of the ROI voxels, in index order. */
    public double[] roiValues() {
        double[] out = new double[voxelCount()];
        int c = 0;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n]) {
                out[c++] = values[n];
            }
        }
        return out;
    }

    /** Size of the box along axis a (0 = i, 1 = j, 2 = k). */
    public int size(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }
}
