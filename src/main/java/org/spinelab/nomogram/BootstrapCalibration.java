package org.spinelab.nomogram;

import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.util.InvalidInputException;

/**
 * Calibration curve with bootstrap bias correction, following R's {@code rms::calibrate(fit,
 * method = "boot", B)} for a logistic model:
 * <ul>
 *   <li>grid: 50 equally spaced predicted probabilities from the 5th smallest to the 5th largest
 *       apparent prediction (calibrate's default {@code predy});</li>
 *   <li>smoother: {@link Lowess} with iter = 0 of y on p, read off the grid by linear interpolation
 *       (calibrate's default {@code smoother = "lowess"});</li>
 *   <li>apparent curve: the smoother on the model's own training predictions;</li>
 *   <li>each of B bootstrap samples refits the model; optimism_b = cal(fit_b on its sample) −
 *       cal(fit_b on the original data); corrected = apparent − mean_b optimism_b (grid points where a
 *       replicate cannot be interpolated are averaged over the others);</li>
 *   <li>resampling uses a seeded {@link SplittableRandom}, so results are reproducible for a seed
 *       but do not reproduce R's random numbers. Replicates whose refit has a single class or does
 *       not converge cleanly are skipped and counted.</li>
 * </ul>
 */
public final class BootstrapCalibration {

    /** The curves over the grid {@code predicted}; {@code replicates} = bootstrap fits used. */
    public record Result(double[] predicted, double[] apparent, double[] corrected, double[] optimism,
            int replicates, int skipped) {}

    private BootstrapCalibration() {}

    /** How the model is (re)fitted: maximum likelihood by default, or e.g. a penalised fit. */
    @FunctionalInterface
    public interface Fitter {
        LogisticModel fit(List<String> names, double[][] columns, int[] y);
    }

    public static Result of(List<String> names, double[][] columns, int[] y, int b, long seed) {
        return of(names, columns, y, b, seed, LogisticRegression::fit);
    }

    /** The same with another fitting method, used for the original fit and every bootstrap refit. */
    public static Result of(List<String> names, double[][] columns, int[] y, int b, long seed, Fitter fitter) {
        if (b < 1) {
            throw new InvalidInputException("bootstrap replicates B must be at least 1, got " + b);
        }
        int n = y.length;
        if (n < 11) {
            throw new InvalidInputException("calibration curve needs more than 10 cases, got " + n);
        }
        LogisticModel fit = fitter.fit(names, columns, y);
        double[] p = fit.fitted();
        double[] grid = CalibrationCurve.grid(p);
        double[] apparent = curve(p, y, grid);

        double[] sum = new double[50];
        int[] count = new int[50];
        SplittableRandom rng = new SplittableRandom(seed);
        int used = 0;
        int skipped = 0;
        for (int rep = 0; rep < b; rep++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = rng.nextInt(n);
            }
            double[][] bc = new double[columns.length][n];
            int[] by = new int[n];
            for (int i = 0; i < n; i++) {
                by[i] = y[idx[i]];
                for (int j = 0; j < columns.length; j++) {
                    bc[j][i] = columns[j][idx[i]];
                }
            }
            LogisticModel bf;
            try {
                bf = fitter.fit(names, bc, by);
            } catch (InvalidInputException e) {
                skipped++;
                continue;
            }
            if (bf.hasWarnings()) {
                skipped++;
                continue;
            }
            double[] train = curve(bf.fitted(), by, grid);
            double[] pOrig = new double[n];
            double[] row = new double[columns.length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < columns.length; j++) {
                    row[j] = columns[j][i];
                }
                pOrig[i] = bf.probability(row);
            }
            double[] test = curve(pOrig, y, grid);
            for (int k = 0; k < 50; k++) {
                double o = train[k] - test[k];
                if (Double.isFinite(o)) {
                    sum[k] += o;
                    count[k]++;
                }
            }
            used++;
        }
        double[] optimism = new double[50];
        double[] corrected = new double[50];
        for (int k = 0; k < 50; k++) {
            optimism[k] = count[k] > 0 ? sum[k] / count[k] : Double.NaN;
            corrected[k] = apparent[k] - optimism[k];
        }
        return new Result(grid, apparent, corrected, optimism, used, skipped);
    }

    /** Smoothed observed frequency at each grid point (lowess, iter = 0). */
    static double[] curve(double[] p, int[] y, double[] grid) {
        double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yd[i] = y[i];
        }
        Lowess.Curve c = Lowess.smooth(p, yd, 0);
        double[] out = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            out[k] = c.interpolate(grid[k]);
        }
        return out;
    }
}
