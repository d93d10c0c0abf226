package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinelab.util.InvalidInputException;

/** Analytic and edge cases of the ROC analysis (the pROC comparisons are in RocReferenceTest). */
class RocEdgeCaseTest {

    @Test
    void singleClassIsAnErrorNamingTheLabelColumn() {
        Map<String, double[]> s = Map.of("score", new double[] {0.1, 0.2, 0.3});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RocAnalysis.analyze(new int[] {1, 1, 1}, s, "label", RocAnalysis.Options.DELONG));
        assertTrue(e.getMessage().contains("'label'") && e.getMessage().contains("one class"), e.getMessage());
    }

    @Test
    void fewerThanTwoPerClassIsAnError() {
        Map<String, double[]> s = Map.of("score", new double[] {0.1, 0.2, 0.3, 0.4});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RocAnalysis.analyze(new int[] {0, 1, 1, 1}, s, "diagnosis", RocAnalysis.Options.DELONG));
        assertTrue(e.getMessage().contains("'diagnosis'"), e.getMessage());
    }

    @Test
    void nanScoreIsAnErrorNamingTheScoreColumn() {
        Map<String, double[]> s = Map.of("radscore", new double[] {0.1, Double.NaN, 0.3, 0.4});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RocAnalysis.analyze(new int[] {0, 0, 1, 1}, s, "label", RocAnalysis.Options.DELONG));
        assertTrue(e.getMessage().contains("'radscore'"), e.getMessage());
    }

    @Test
    void constantScoreHasAucOneHalfAndZeroWidthInterval() {
        int[] labels = {0, 1, 0, 1, 1, 0};
        RocCurve roc = RocCurve.of(new double[] {3, 3, 3, 3, 3, 3}, labels);
        assertEquals(0.5, roc.auc(), 0);
        assertEquals(0.0, DeLong.variance(roc), 0);
        DeLong.Interval ci = DeLong.confidenceInterval(roc, 0.95);
        assertEquals(0.5, ci.lower(), 0);
        assertEquals(0.5, ci.upper(), 0);
        // two constant scores: zero difference with zero variance is z = 0, p = 1 (pROC's rule)
        DeLong.Comparison c = DeLong.pairedTest(new double[] {3, 3, 3, 3, 3, 3}, new double[] {1, 1, 1, 1, 1, 1}, labels);
        assertEquals(0.0, c.statistic(), 0);
        assertEquals(1.0, c.p(), 0);
        // Youden: no threshold beats chance; the first optimum is −∞ (all positive)
        YoudenCutoff.OperatingPoint best = YoudenCutoff.best(roc);
        assertEquals(Double.NEGATIVE_INFINITY, best.threshold(), 0);
        assertEquals(1.0, best.sensitivity(), 0);
        assertEquals(0.0, best.specificity(), 0);
    }

    @Test
    void aucIsTheProbabilityACaseOutscoresAControlWithTiesCountingHalf() {
        // cases {2, 3, 3}, controls {1, 3}, by hand: case 2 beats 1, loses to 3 → 1;
        // each case 3 beats 1 and ties 3 → 1.5; total 4 of 6 pairs
        RocCurve roc = RocCurve.fromGroups(new double[] {2, 3, 3}, new double[] {1, 3});
        assertEquals(4.0 / 6.0, roc.auc(), 1e-15);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, 1.5, 2.5, Double.POSITIVE_INFINITY}, roc.thresholds(), 0);
        assertArrayEquals(new double[] {1, 1, 2.0 / 3, 0}, roc.sensitivities(), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1}, roc.specificities(), 1e-15);
    }

    @Test
    void adjacentDoublesKeepASeparatingThreshold() {
        double a = 1.0;
        double b = Math.nextUp(1.0); // (a + b)/2 rounds onto a
        RocCurve roc = RocCurve.fromGroups(new double[] {b}, new double[] {a});
        assertEquals(b, roc.thresholds()[1], 0);
        assertEquals(1.0, roc.sensitivities()[1], 0);
        assertEquals(1.0, roc.specificities()[1], 0);
    }

    @Test
    void reversedScoreMirrorsTheAuc() {
        Random r = new Random(4);
        int n = 50;
        double[] s = new double[n];
        double[] neg = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3 == 0 ? 1 : 0;
            s[i] = Math.round(r.nextGaussian() * 4) + labels[i];
            neg[i] = -s[i];
        }
        assertEquals(1.0, RocCurve.of(s, labels).auc() + RocCurve.of(neg, labels).auc(), 1e-12);
    }

    @Test
    void bootstrapIsSeededStratifiedAndCloseToDeLongOnLargeSamples() {
        Random r = new Random(9);
        int n = 400;
        double[] s = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 160 ? 1 : 0;
            s[i] = r.nextGaussian() + 1.0 * labels[i];
        }
        RocCurve roc = RocCurve.of(s, labels);
        DeLong.Interval boot = BootstrapAuc.confidenceInterval(roc, 2000, 42, 0.95);
        assertEquals(boot, BootstrapAuc.confidenceInterval(roc, 2000, 42, 0.95), "same seed, same interval");
        assertNotEquals(boot, BootstrapAuc.confidenceInterval(roc, 2000, 43, 0.95));
        DeLong.Interval dl = DeLong.confidenceInterval(roc, 0.95);
        // both estimate the same sampling distribution; with n = 400 they agree to ~0.01
        assertEquals(dl.lower(), boot.lower(), 0.015);
        assertEquals(dl.upper(), boot.upper(), 0.015);
        // a perfectly separated sample stays perfect in every stratified replicate
        RocCurve perfect = RocCurve.fromGroups(new double[] {5, 6, 7}, new double[] {1, 2});
        DeLong.Interval p = BootstrapAuc.confidenceInterval(perfect, 200, 1, 0.95);
        assertEquals(1.0, p.lower(), 0);
        assertEquals(1.0, p.upper(), 0);
    }

    @Test
    void bootstrapAucByMergingEqualsTheCurveAuc() {
        Random r = new Random(2);
        for (int k = 0; k < 50; k++) {
            double[] x = new double[1 + r.nextInt(30)];
            double[] y = new double[1 + r.nextInt(30)];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextInt(8);
            }
            for (int j = 0; j < y.length; j++) {
                y[j] = r.nextInt(8) - 1;
            }
            double expected = RocCurve.fromGroups(x, y).auc();
            assertEquals(expected, BootstrapAuc.mannWhitneyAuc(x.clone(), y.clone()), 1e-15);
        }
    }

    @Test
    void analysisReportsEveryPairInColumnOrder() {
        Map<String, double[]> s = new LinkedHashMap<>();
        int[] labels = {0, 0, 0, 1, 1, 1};
        s.put("x", new double[] {1, 2, 3, 4, 5, 6});
        s.put("y", new double[] {1, 5, 3, 4, 2, 6});
        s.put("z", new double[] {6, 5, 4, 3, 2, 1});
        RocAnalysis.Result r = RocAnalysis.analyze(labels, s, "label", RocAnalysis.Options.DELONG);
        assertEquals(3, r.delong().size());
        assertEquals("x", r.delong().get(0).a());
        assertEquals("y", r.delong().get(0).b());
        assertEquals("x", r.delong().get(1).a());
        assertEquals("z", r.delong().get(1).b());
        assertEquals("y", r.delong().get(2).a());
        assertEquals(0.0, r.models().get(2).auc().estimate(), 0);
    }
}
