package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinelab.spark.SparkSessions;
import org.spinelab.spark.SparkTaskRunner;
import org.spinelab.study.FirthLogisticRegression;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.TaskRunner;

/**
 * The calibration bootstrap and the LASSO cross-validation give the same bits whatever runs their
 * replicates: one thread (the reference: the sequential code the R comparisons in
 * {@link CalibrationTest} and {@link GlmnetLogisticTest} check), two threads, and Spark {@code local[2]}
 * (tasks serialized, shipped to executor threads and collected back). Data: the R reference sets.
 */
class ResamplingRunnersTest {

    private static SparkSession spark;
    private static List<TaskRunner> runners;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("ResamplingRunnersTest", "local[2]");
        runners = List.of(TaskRunner.local(1), TaskRunner.local(2), new SparkTaskRunner(spark));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkRunnerKeepsTaskOrderAcrossSlices() {
        List<Integer> tasks = IntStream.range(0, 101).boxed().toList();
        List<Integer> squares = tasks.stream().map(t -> t * t).toList();
        assertEquals(squares, new SparkTaskRunner(spark).map(tasks, t -> t * t));
        assertEquals(List.of(), new SparkTaskRunner(spark).map(List.<Integer>of(), t -> t));
    }

    @Test
    void bootstrapCalibrationIsTheSameForEveryRunner() {
        CsvTable t = Reference.csv("logit_train.csv");
        List<String> p = LogisticRegressionTest.PREDICTORS;
        double[][] x = Reference.columns(t, p);
        int[] y = t.binary("label");
        // Maximum likelihood and Firth (the study's fitter under separation): both refit on every runner.
        for (BootstrapCalibration.Fitter fitter : List.<BootstrapCalibration.Fitter>of(LogisticRegression::fit,
                FirthLogisticRegression::fit)) {
            assertSameEverywhere(p, x, y, 120, 2024, fitter);
        }
        // A small sample where some refits are skipped (one class, or separation): the same ones everywhere.
        int n = 14;
        double[][] small = {Arrays.copyOf(x[0], n)};
        int[] ySmall = Arrays.copyOf(y, n);
        BootstrapCalibration.Result r = assertSameEverywhere(List.of(p.get(0)), small, ySmall, 100, 7, LogisticRegression::fit);
        assertTrue(r.skipped() > 0 && r.replicates() > 0, "some replicates skipped, some used: " + r);
    }

    private static BootstrapCalibration.Result assertSameEverywhere(List<String> p, double[][] x, int[] y, int b, long seed,
            BootstrapCalibration.Fitter fitter) {
        BootstrapCalibration.Result ref = BootstrapCalibration.of(p, x, y, b, seed, fitter);
        for (TaskRunner runner : runners) {
            BootstrapCalibration.Result r = BootstrapCalibration.of(p, x, y, b, seed, fitter, runner);
            String on = runner.description();
            assertArrayEquals(ref.predicted(), r.predicted(), on);
            assertArrayEquals(ref.apparent(), r.apparent(), on);
            assertArrayEquals(ref.optimism(), r.optimism(), on);
            assertArrayEquals(ref.corrected(), r.corrected(), on);
            assertEquals(ref.replicates(), r.replicates(), on);
            assertEquals(ref.skipped(), r.skipped(), on);
        }
        return ref;
    }

    @Test
    void lassoCrossValidationIsTheSameForEveryRunner() {
        int[] rFolds = Arrays.stream(GlmnetLogisticTest.DATA.numbers("fold")).mapToInt(v -> (int) v).toArray();
        int n = GlmnetLogisticTest.Y.length;
        // cv.glmnet's folds (grouped SE), and many small folds (ungrouped SE, fewer than 3 cases each).
        for (int[] folds : List.of(rFolds, LassoCv.randomFolds(n, n / 2, 3))) {
            LassoCv.Result ref = LassoCv.run(GlmnetLogisticTest.FEATURES, GlmnetLogisticTest.X, GlmnetLogisticTest.Y, folds);
            for (TaskRunner runner : runners) {
                LassoCv.Result r = LassoCv.run(GlmnetLogisticTest.FEATURES, GlmnetLogisticTest.X, GlmnetLogisticTest.Y,
                        folds, runner);
                String on = runner.description();
                assertArrayEquals(ref.path().lambdas(), r.path().lambdas(), on);
                assertArrayEquals(ref.cvm(), r.cvm(), on);
                assertArrayEquals(ref.cvsd(), r.cvsd(), on);
                assertEquals(ref.indexMin(), r.indexMin(), on);
                assertEquals(ref.index1se(), r.index1se(), on);
            }
        }
    }

    @Test
    void aFoldThatCannotBeFittedIsTheSameInputErrorOnEveryRunner() {
        // Every case of class 1 in fold 1: the fit without fold 1 has a single class.
        int[] y = {1, 1, 1, 0, 0, 0, 0, 0, 0};
        int[] folds = {1, 1, 1, 2, 2, 2, 3, 3, 3};
        double[][] x = {{0.3, 1.2, 0.8, -0.4, 0.1, -1.0, 0.5, -0.2, 0.0}, {2, 1, 3, 0, 1, 0, 2, 1, 1}};
        for (TaskRunner runner : runners) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> LassoCv.run(List.of("a", "b"), x, y, folds, runner), runner.description());
            assertTrue(e.getMessage().startsWith("cross-validation fold 1: the outcome has a single class"), e.getMessage());
        }
    }
}
