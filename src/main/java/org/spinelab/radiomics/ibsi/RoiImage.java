package org.spinelab.radiomics.ibsi;

/**
 * An image after the IBSI processing chain with its two ROI masks, kept separate as the reference
 * manual prescribes (section 2.2): the <em>morphological</em> mask (after interpolation, before
 * re-segmentation) for shape features, and the <em>intensity</em> mask (morphological mask ∩
 * re-segmentation) for everything computed from intensities.
 *
 * @param grid          voxel grid
 * @param intensity     intensities of the whole (interpolated, rounded) image, i fastest
 * @param morphMask     morphological ROI
 * @param intensityMask intensity ROI
 */
public record RoiImage(IbsiGrid grid, double[] intensity, boolean[] morphMask, boolean[] intensityMask) {

    /** The intensities inside the intensity ROI, in index order. */
    public double[] roiValues() {
        int n = 0;
        for (boolean b : intensityMask) {
            if (b) {
                n++;
            }
        }
        double[] v = new double[n];
        int t = 0;
        for (int q = 0; q < intensityMask.length; q++) {
            if (intensityMask[q]) {
                v[t++] = intensity[q];
            }
        }
        return v;
    }

    public static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
