package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.nomogram.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;

/** Lowess and the apparent calibration curve against R's lowess/approx as rms::calibrate uses them; DCA by hand. */
class CalibrationTest {

    @Test
    void lowessMatchesR() {
        LogisticModel m = LogisticRegressionTest.fitTrain();
        int[] y = Reference.csv("logit_train.csv").binary("label");
        double[] yd = java.util.Arrays.stream(y).asDoubleStream().toArray();
        Lowess.Curve c = Lowess.smooth(m.fitted(), yd, 0);
        CsvTable ref = Reference.csv("lowess_train.csv");
        double[] rx = ref.numbers("x");
        double[] ry = ref.numbers("y");
        double max = 0;
        for (int i = 0; i < rx.length; i++) {
            assertClose(rx[i], c.x()[i], 1e-9, "x " + i);
            assertClose(ry[i], c.y()[i], 1e-9, "lowess " + i);
            max = Math.max(max, Math.abs(ry[i] - c.y()[i]));
        }
        System.out.println("lowess vs R: max |diff| " + max);
    }

    @Test
    void lowessWithRobustnessIterationsMatchesR() {
        CsvTable t = Reference.csv("logit_train.csv");
        Lowess.Curve c = Lowess.smooth(t.numbers("age"), t.numbers("radscore"), 3);
        CsvTable ref = Reference.csv("lowess_iter3.csv");
        double[] ry = ref.numbers("y");
        double max = 0;
        for (int i = 0; i < ry.length; i++) {
            assertClose(ref.numbers("x")[i], c.x()[i], 0, "x " + i);
            max = Math.max(max, Math.abs(ry[i] - c.y()[i]));
        }
        System.out.println("lowess(iter = 3) vs R: max |diff| " + max);
        assertClose(0, max, 1e-9, "lowess iter = 3");
    }

    @Test
    void lowessWithRobustnessIterationsIsExactOnALine() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i] + 1;
        }
        assertArrayEquals(y, Lowess.smooth(x, y, 3).y(), 1e-12);
    }

    @Test
    void apparentCurveMatchesRmsCalibrateGridAndSmoother() {
        CsvTable t = Reference.csv("logit_train.csv");
        List<String> p = LogisticRegressionTest.PREDICTORS;
        BootstrapCalibration.Result r = BootstrapCalibration.of(p, Reference.columns(t, p), t.binary("label"), 20, 42);
        CsvTable ref = Reference.csv("calibration_apparent.csv");
        double[] predy = ref.numbers("predy");
        double[] cal = ref.numbers("calibrated");
        for (int k = 0; k < 50; k++) {
            assertClose(predy[k], r.predicted()[k], 1e-9, "grid " + k);
            assertClose(cal[k], r.apparent()[k], 1e-9, "apparent " + k);
        }
        assertEquals(20, r.replicates() + r.skipped());
        assertTrue(r.replicates() >= 15, "most replicates usable");
        // The bias-corrected curve differs from the apparent one by the mean optimism, which is finite.
        for (int k = 0; k < 50; k++) {
            assertClose(r.apparent()[k] - r.optimism()[k], r.corrected()[k], 1e-15, "corrected " + k);
            assertTrue(Double.isFinite(r.corrected()[k]));
        }
        // Same seed, same curve.
        BootstrapCalibration.Result again = BootstrapCalibration.of(p, Reference.columns(t, p), t.binary("label"), 20, 42);
        assertArrayEquals(r.corrected(), again.corrected(), 0);
    }

    @Test
    void biasCorrectedCurveAgreesWithRmsCalibrateWithinMonteCarloError() {
        CsvTable t = Reference.csv("logit_train.csv");
        List<String> p = LogisticRegressionTest.PREDICTORS;
        BootstrapCalibration.Result r = BootstrapCalibration.of(p, Reference.columns(t, p), t.binary("label"), 400, 2024);
        CsvTable ref = Reference.csv("calibrate_boot.csv");
        double[] apparent = ref.numbers("apparent");
        double[] corrected = ref.numbers("corrected");
        double maxApparent = 0;
        double maxCorrected = 0;
        double meanCorrected = 0;
        for (int k = 0; k < 50; k++) {
            maxApparent = Math.max(maxApparent, Math.abs(apparent[k] - r.apparent()[k]));
            double d = Math.abs(corrected[k] - r.corrected()[k]);
            maxCorrected = Math.max(maxCorrected, d);
            meanCorrected += d / 50;
        }
        System.out.println("calibrate(B = 400) vs R: apparent max |diff| " + maxApparent + ", corrected max |diff| "
                + maxCorrected + ", mean " + meanCorrected);
        assertClose(0, maxApparent, 1e-9, "apparent curve (deterministic)");
        // Different random resamples: the optimism agrees only within Monte-Carlo error.
        assertClose(0, maxCorrected, 0.012, "bias-corrected curve, max");
        assertClose(0, meanCorrected, 0.005, "bias-corrected curve, mean");
    }

    @Test
    void validationCurveOfFixedPredictionsIsTheApparentCurveOfThosePredictions() {
        // On the training data, the curve of the model's own predictions is rms::calibrate's apparent curve.
        LogisticModel m = LogisticRegressionTest.fitTrain();
        CalibrationCurve.Result c = CalibrationCurve.of(m.fitted(), Reference.csv("logit_train.csv").binary("label"));
        CsvTable ref = Reference.csv("calibration_apparent.csv");
        double[] cal = ref.numbers("calibrated");
        for (int k = 0; k < 50; k++) {
            assertClose(cal[k], c.observed()[k], 1e-9, "observed " + k);
        }
    }

    @Test
    void decisionCurveByHand() {
        double[] p = {0.9, 0.8, 0.6, 0.4, 0.3, 0.1};
        int[] y = {1, 1, 0, 1, 0, 0};
        DecisionCurve.Result r = DecisionCurve.of(p, y, new double[] {0.2, 0.5, 0.7});
        // pt = 0.2: treated p ≥ 0.2 → 5 cases: TP 3, FP 2 → 3/6 − 2/6 · 0.25
        assertClose(3.0 / 6 - 2.0 / 6 * 0.25, r.model()[0], 1e-15, "nb 0.2");
        // pt = 0.5: treated 0.9, 0.8, 0.6 → TP 2, FP 1 → 2/6 − 1/6 · 1
        assertClose(2.0 / 6 - 1.0 / 6, r.model()[1], 1e-15, "nb 0.5");
        // pt = 0.7: TP 2, FP 0
        assertClose(2.0 / 6, r.model()[2], 1e-15, "nb 0.7");
        // treat all: prevalence 0.5 → 0.5 − 0.5 · pt/(1 − pt)
        assertClose(0.5 - 0.5 * 0.25, r.treatAll()[0], 1e-15, "all 0.2");
        assertClose(0.5 - 0.5 * 0.7 / 0.3, r.treatAll()[2], 1e-15, "all 0.7");
        assertEquals(0.0, r.treatNone()[1]);
        assertEquals(99, DecisionCurve.thresholds(0.01, 0.99, 0.01).length);
    }
}
