package org.spinelab.nomogram;

import java.util.Arrays;

/**
 * The smoothed calibration curve of fixed predictions on a data set — what a validation or external
 * test set gets (the paper's Fig. 2c, d), where no refitting and hence no bootstrap correction
 * applies. Same grid and smoother as {@link BootstrapCalibration}: 50 points from the 5th smallest to
 * the 5th largest prediction, lowess (iter = 0) of y on p, read off by linear interpolation.
 */
public final class CalibrationCurve {

    /** Observed (smoothed) frequency at each predicted probability of the grid. */
    public record Result(double[] predicted, double[] observed) {}

    private CalibrationCurve() {}

    public static Result of(double[] p, int[] y) {
        int n = p.length;
        if (n != y.length) {
            throw new IllegalArgumentException("p and y differ in length");
        }
        if (n < 11) {
            throw new org.spinelab.util.InvalidInputException("calibration curve needs more than 10 cases, got " + n);
        }
        double[] grid = grid(p);
        return new Result(grid, BootstrapCalibration.curve(p, y, grid));
    }

    /** rms::calibrate's default predy: seq(sorted[5], sorted[n − 4], length = 50) (1-based). */
    static double[] grid(double[] p) {
        int n = p.length;
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] grid = new double[50];
        for (int k = 0; k < 50; k++) {
            grid[k] = sorted[4] + k * ((sorted[n - 5] - sorted[4]) / 49.0);
        }
        grid[49] = sorted[n - 5];
        return grid;
    }
}
