package org.spinelab.nomogram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.TaskRunner;

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
 *   <li>the refits are independent tasks of a {@link TaskRunner} (threads, or a Spark cluster); the
 *       resamples are drawn and the optimism averaged on the caller's side in replicate order, so the
 *       runner never changes a bit of the result.</li>
 * </ul>
 */
public final class BootstrapCalibration {

    /** The curves over the grid {@code predicted}; {@code replicates} = bootstrap fits used. */
    public record Result(double[] predicted, double[] apparent, double[] corrected, double[] optimism,
            int replicates, int skipped) {}

    private BootstrapCalibration() {}

    /**
     * How the model is (re)fitted: maximum likelihood by default, or e.g. a penalised fit. Serializable,
     * because the bootstrap refits may run in other JVMs (a method reference such as
     * {@code LogisticRegression::fit} is).
     */
    @FunctionalInterface
    public interface Fitter extends Serializable {
        LogisticModel fit(List<String> names, double[][] columns, int[] y);
    }

    public static Result of(List<String> names, double[][] columns, int[] y, int b, long seed) {
        return of(names, columns, y, b, seed, LogisticRegression::fit);
    }

    /** The same with another fitting method, used for the original fit and every bootstrap refit. */
    public static Result of(List<String> names, double[][] columns, int[] y, int b, long seed, Fitter fitter) {
        return of(names, columns, y, b, seed, fitter, TaskRunner.local(1));
    }

    /**
     * The same with the refits run by {@code runner}. The resamples are drawn here, in replicate order from
     * one seeded generator, and the optimism is summed here in replicate order, so the result is the same
     * bit for bit whatever the runner and its parallelism.
     */
    public static Result of(List<String> names, double[][] columns, int[] y, int b, long seed, Fitter fitter,
            TaskRunner runner) {
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

        SplittableRandom rng = new SplittableRandom(seed);
        List<int[]> samples = new ArrayList<>(b);
        for (int rep = 0; rep < b; rep++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = rng.nextInt(n);
            }
            samples.add(idx);
        }
        List<Replicate> replicates = runner.map(samples, new Refit(names, columns, y, grid, fitter));

        double[] sum = new double[grid.length];
        int[] count = new int[grid.length];
        int used = 0;
        int skipped = 0;
        for (Replicate r : replicates) {
            if (r.skipped()) {
                skipped++;
                continue;
            }
            for (int k = 0; k < grid.length; k++) {
                double o = r.optimism()[k];
                if (Double.isFinite(o)) {
                    sum[k] += o;
                    count[k]++;
                }
            }
            used++;
        }
        double[] optimism = new double[grid.length];
        double[] corrected = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            optimism[k] = count[k] > 0 ? sum[k] / count[k] : Double.NaN;
            corrected[k] = apparent[k] - optimism[k];
        }
        return new Result(grid, apparent, corrected, optimism, used, skipped);
    }

    /** One replicate's optimism train − test at each grid point, or null when the refit was skipped. */
    record Replicate(double[] optimism) implements Serializable {
        boolean skipped() {
            return optimism == null;
        }
    }

    /**
     * One bootstrap replicate as a task: the refit on the resample {@code idx} (case indices drawn with
     * replacement), its calibration on the resample and on the original data.
     */
    private record Refit(List<String> names, double[][] columns, int[] y, double[] grid, Fitter fitter)
            implements TaskRunner.TaskFunction<int[], Replicate> {

        Refit {
            names = List.copyOf(names); // serializable, whatever list the caller had
        }

        @Override
        public Replicate apply(int[] idx) {
            int n = y.length;
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
                return new Replicate(null);
            }
            if (bf.hasWarnings()) {
                return new Replicate(null);
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
            double[] optimism = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                optimism[k] = train[k] - test[k];
            }
            return new Replicate(optimism);
        }
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
