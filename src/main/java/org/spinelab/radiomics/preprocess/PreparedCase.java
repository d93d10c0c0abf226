package org.spinelab.radiomics.preprocess;

import org.spinelab.image.Volume;

/**
 * An image and ROI ready for feature extraction, after PyRadiomics' loading steps (label check,
 * normalisation, resampling, mask checks, re-segmentation).
 *
 * @param image     the (normalised) image; the whole grid or a box around the ROI, see {@link #bbox}
 * @param roiMask   the ROI for intensity features, on {@code image}'s grid (re-segmented when asked)
 * @param shapeMask the ROI for shape features (PyRadiomics: the mask before re-segmentation unless
 *                  {@code resegmentShape}), on {@code image}'s grid
 * @param bbox      the ROI's bounding box on {@code image}'s grid: {lo i, lo j, lo k, size i, size j, size k}
 */
public record PreparedCase(Volume image, boolean[] roiMask, boolean[] shapeMask, int[] bbox) {

    /** Copies the box of {@code values} (on {@code image}'s grid) out, i fastest. */
    public double[] cropValues(double[] values) {
        double[] out = new double[bbox[3] * bbox[4] * bbox[5]];
        int nx = image.nx(), ny = image.ny();
        int c = 0;
        for (int k = 0; k < bbox[5]; k++) {
            for (int j = 0; j < bbox[4]; j++) {
                int base = bbox[0] + nx * (bbox[1] + j + ny * (bbox[2] + k));
                System.arraycopy(values, base, out, c, bbox[3]);
                c += bbox[3];
            }
        }
        return out;
    }

    /** Copies the box of {@code mask} out, i fastest. */
    public boolean[] cropMask(boolean[] mask) {
        boolean[] out = new boolean[bbox[3] * bbox[4] * bbox[5]];
        int nx = image.nx(), ny = image.ny();
        int c = 0;
        for (int k = 0; k < bbox[5]; k++) {
            for (int j = 0; j < bbox[4]; j++) {
                int base = bbox[0] + nx * (bbox[1] + j + ny * (bbox[2] + k));
                System.arraycopy(mask, base, out, c, bbox[3]);
                c += bbox[3];
            }
        }
        return out;
    }
}
