package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sensitivity/specificity/accuracy comparison, counted by hand. */
class DiagnosticComparisonTest {

    @Test
    void splitsCasesControlsAndCorrectness() {
        int[] labels = {1, 1, 1, 1, 0, 0, 0, 0, 0};
        boolean[] a = {true, true, true, false, false, false, true, false, false};
        boolean[] b = {true, false, false, false, false, true, true, true, false};
        DiagnosticComparison.Result r = DiagnosticComparison.compare(labels, a, b, McNemarTest.Method.EXACT);
        // cases: A finds 3 of 4, B 1 of 4; discordant: A only 2, B only 0
        assertEquals(0.75, r.sensitivityA(), 0);
        assertEquals(0.25, r.sensitivityB(), 0);
        assertEquals(McNemarTest.test(2, 0, McNemarTest.Method.EXACT), r.sensitivity());
        // controls: A negative on 4 of 5, B on 2 of 5; discordant: A only 2 (indices 5, 7), B only 0
        assertEquals(0.8, r.specificityA(), 0);
        assertEquals(0.4, r.specificityB(), 0);
        assertEquals(McNemarTest.test(2, 0, McNemarTest.Method.EXACT), r.specificity());
        // correct: A 7 of 9, B 3 of 9; A only correct 4, B only 0
        assertEquals(7.0 / 9, r.accuracyA(), 1e-15);
        assertEquals(3.0 / 9, r.accuracyB(), 1e-15);
        assertEquals(McNemarTest.test(4, 0, McNemarTest.Method.EXACT), r.accuracy());
        // exact two-sided p of 4 vs 0 discordant pairs: 2 × 0.5⁴
        assertEquals(0.125, r.accuracy().p(), 1e-15);
    }

    @Test
    void callsUseTheCurveRuleScoreAtLeastThreshold() {
        assertArrayEquals(new boolean[] {false, true, true}, DiagnosticComparison.calls(new double[] {0.1, 0.5, 0.9}, 0.5));
    }
}
