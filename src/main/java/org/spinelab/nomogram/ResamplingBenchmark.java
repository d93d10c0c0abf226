package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.spinelab.util.TaskRunner;

/**
 * Rates of the study's two resampling loops for a {@link TaskRunner}, on a seeded synthetic training
 * set shaped like the study's: calibration bootstrap refits of a three-predictor logistic model (the
 * nomogram: rad-score and clinical factors) and LASSO cross-validation over many features (the
 * SelectKBest survivors). Each feature is N(0, 1) plus 0.6 × the class for the first five. Used by
 * {@code spinelab bench spark}; not a test.
 */
public final class ResamplingBenchmark {

    /** The synthetic training set. */
    public record Problem(List<String> names, double[][] columns, int[] y) {}

    /** One timed run: its result, wall seconds and replicates (or folds) per second. */
    public record Rate<T>(T result, double seconds, double perSecond) {}

    private ResamplingBenchmark() {}

    /** {@code n} cases (alternating classes) and {@code p} features. */
    public static Problem synthetic(int n, int p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        List<String> names = new ArrayList<>();
        double[][] x = new double[p][n];
        for (int j = 0; j < p; j++) {
            names.add(String.format(Locale.ROOT, "f%03d", j + 1));
            for (int i = 0; i < n; i++) {
                x[j][i] = rng.nextGaussian() + (j < 5 ? 0.6 * y[i] : 0);
            }
        }
        return new Problem(List.copyOf(names), x, y);
    }

    /** B bootstrap refits of the logistic model on the first three features. */
    public static Rate<BootstrapCalibration.Result> bootstrap(Problem p, int b, long seed, TaskRunner runner) {
        List<String> names = p.names().subList(0, 3);
        double[][] cols = Arrays.copyOf(p.columns(), 3);
        long t0 = System.nanoTime();
        BootstrapCalibration.Result r = BootstrapCalibration.of(names, cols, p.y(), b, seed, LogisticRegression::fit, runner);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Rate<>(r, s, b / s);
    }

    /**
     * K-fold LASSO cross-validation over every feature; the rate counts folds over the whole run, which
     * also fits the full-data path (on the caller's side, not in parallel).
     */
    public static Rate<LassoCv.Result> crossValidation(Problem p, int k, long seed, TaskRunner runner) {
        int[] folds = LassoCv.randomFolds(p.y().length, k, seed);
        long t0 = System.nanoTime();
        LassoCv.Result r = LassoCv.run(p.names(), p.columns(), p.y(), folds, runner);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Rate<>(r, s, k / s);
    }

    /** Whether two runs gave the same bits. */
    public static boolean same(BootstrapCalibration.Result a, BootstrapCalibration.Result b) {
        return Arrays.equals(a.corrected(), b.corrected()) && Arrays.equals(a.optimism(), b.optimism())
                && a.replicates() == b.replicates() && a.skipped() == b.skipped();
    }

    /** Whether two runs gave the same bits. */
    public static boolean same(LassoCv.Result a, LassoCv.Result b) {
        return Arrays.equals(a.cvm(), b.cvm()) && Arrays.equals(a.cvsd(), b.cvsd()) && a.indexMin() == b.indexMin()
                && a.index1se() == b.index1se();
    }
}
