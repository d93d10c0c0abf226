package org.spinelab.radiomics.ibsi;

/**
 * Intensity discretisation (reference manual, section 2.7).
 *
 * <ul>
 *   <li>Fixed bin size {@code w} from lower bound {@code X_min}:
 *       {@code X_d = floor((X - X_min) / w) + 1}; {@code X_min} is the explicit lower bound, else the
 *       re-segmentation lower bound, else the ROI minimum. {@code N_g} is the highest level.</li>
 *   <li>Fixed bin number {@code N_g}: {@code X_d = floor(N_g (X - min) / (max - min)) + 1}, with
 *       {@code X = max} put in bin {@code N_g}; a constant ROI gets level 1.</li>
 * </ul>
 */
public final class Discretiser {

    private Discretiser() {}

    /** Discretises the intensity ROI of {@code roi} with the bin settings of {@code s}. */
    public static LevelImage discretise(RoiImage roi, IbsiSettings s) {
        double[] img = roi.intensity();
        boolean[] mask = roi.intensityMask();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < img.length; q++) {
            if (mask[q]) {
                min = Math.min(min, img[q]);
                max = Math.max(max, img[q]);
            }
        }
        int[] levels = new int[img.length];
        int ng;
        if (s.binCount() != null) {
            ng = s.binCount();
            double span = max - min;
            for (int q = 0; q < img.length; q++) {
                if (mask[q]) {
                    levels[q] = span == 0 ? 1 : Math.min(ng, (int) Math.floor(ng * (img[q] - min) / span) + 1);
                }
            }
        } else {
            double w = s.binWidth();
            double lower = lowerBound(s, min);
            ng = 1;
            for (int q = 0; q < img.length; q++) {
                if (mask[q]) {
                    levels[q] = Math.max(1, fixedBin(img[q], lower, w));
                    ng = Math.max(ng, levels[q]);
                }
            }
        }
        return new LevelImage(roi.grid(), levels, ng);
    }

    /** Lower bound of the first bin for fixed bin size. */
    static double lowerBound(IbsiSettings s, double roiMin) {
        if (s.binLowerBound() != null) {
            return s.binLowerBound();
        }
        if (s.resegmentLower() != null) {
            return s.resegmentLower();
        }
        return roiMin;
    }

    /** {@code floor((x - lower) / w) + 1}, robust to round-off at bin edges. */
    static int fixedBin(double x, double lower, double w) {
        return (int) Math.floor((x - lower) / w + 1e-9) + 1;
    }
}
