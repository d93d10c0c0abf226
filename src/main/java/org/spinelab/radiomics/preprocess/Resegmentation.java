package org.spinelab.radiomics.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code resegmentMask}: keep the ROI voxels whose intensity lies in the closed range
 * given by one (lower bound only) or two thresholds. Mode {@code absolute} uses them as they are,
 * {@code relative} as fractions of the ROI maximum, {@code sigma} as μ + t·σ of the ROI (σ with n).
 */
final class Resegmentation {

    private Resegmentation() {}

    static boolean[] apply(double[] values, boolean[] roi, List<Double> range, String mode, String what) {
        List<Double> th = new ArrayList<>(range);
        th.sort(null);
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        int n = 0;
        for (int i = 0; i < roi.length; i++) {
            if (roi[i]) {
                max = Math.max(max, values[i]);
                sum += values[i];
                n++;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < roi.length; i++) {
            if (roi[i]) {
                ss += (values[i] - mean) * (values[i] - mean);
            }
        }
        double sd = Math.sqrt(ss / n);
        double[] t = new double[th.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = switch (mode) {
                case "relative" -> max * th.get(i);
                case "sigma" -> mean + sd * th.get(i);
                default -> th.get(i);
            };
        }
        boolean[] out = new boolean[roi.length];
        int kept = 0;
        for (int i = 0; i < roi.length; i++) {
            if (roi[i] && values[i] >= t[0] && (t.length < 2 || values[i] <= t[1])) {
                out[i] = true;
                kept++;
            }
        }
        if (kept <= 1) {
            throw new InvalidInputException(what + ": re-segmentation with resegmentRange " + range + " (" + mode
                    + ") left " + kept + " voxel(s); cannot extract features");
        }
        return out;
    }
}
