package org.spinelab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.nomogram.LogisticModel;

/**
 * Firth's fit against closed forms: the intercept-only model gives p̂ = (Σy + ½)/(n + 1); a single
 * binary predictor (saturated 2×2 model) gives the Haldane-corrected log odds ratio
 * log((a+½)(d+½)/((b+½)(c+½))) and intercept logit((c+½)/(c+d+1)) — finite even under separation; and
 * the modified score Xᵀ(y − p + h(½ − p)) vanishes at the estimate of a continuous-predictor fit.
 */
class FirthLogisticRegressionTest {

    @Test
    void interceptOnlyIsHalfAddedProportion() {
        int[] y = {1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1};
        double[][] none = new double[0][];
        LogisticModel m = FirthLogisticRegression.fit(List.of(), none, y);
        double p = (9 + 0.5) / (11 + 1);
        assertEquals(Math.log(p / (1 - p)), m.estimates()[0], 1e-10);
    }

    @Test
    void binaryPredictorUnderSeparationIsHaldaneCorrectedOddsRatio() {
        // x = 1: 12 cases, 3 controls; x = 0: 0 cases, 5 controls (quasi-complete separation)
        int a = 12;
        int b = 3;
        int c = 0;
        int d = 5;
        int n = a + b + c + d;
        double[] x = new double[n];
        int[] y = new int[n];
        int i = 0;
        for (int k = 0; k < a; k++, i++) {
            x[i] = 1;
            y[i] = 1;
        }
        for (int k = 0; k < b; k++, i++) {
            x[i] = 1;
        }
        for (int k = 0; k < c; k++, i++) {
            y[i] = 1;
        }
        i += d;
        FirthLogisticRegression.Fit f = FirthLogisticRegression.mlOrFirth(List.of("x"), new double[][] {x}, y);
        assertTrue(f.firth(), "separation must switch to Firth");
        LogisticModel m = f.model();
        double logOr = Math.log((a + 0.5) * (d + 0.5) / ((b + 0.5) * (c + 0.5)));
        double intercept = Math.log((c + 0.5) / (d + 0.5));
        assertEquals(logOr, m.estimates()[1], 1e-9);
        assertEquals(intercept, m.estimates()[0], 1e-9);
        assertTrue(Double.isFinite(m.standardErrors()[1]));
        assertTrue(m.warnings().isEmpty());
    }

    @Test
    void modifiedScoreVanishesAtTheEstimate() {
        double[] x = {-1.2, 0.3, 2.2, -0.7, 1.5, 0.1, -2.0, 0.8, 1.1, -0.4, 0.6, -1.6};
        int[] y = {0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0};
        LogisticModel m = FirthLogisticRegression.fit(List.of("x"), new double[][] {x}, y);
        int n = x.length;
        double[] p = m.fitted();
        double i00 = 0;
        double i01 = 0;
        double i11 = 0;
        for (int k = 0; k < n; k++) {
            double w = p[k] * (1 - p[k]);
            i00 += w;
            i01 += w * x[k];
            i11 += w * x[k] * x[k];
        }
        double det = i00 * i11 - i01 * i01;
        double u0 = 0;
        double u1 = 0;
        for (int k = 0; k < n; k++) {
            double w = p[k] * (1 - p[k]);
            double h = w * (i11 - 2 * i01 * x[k] + i00 * x[k] * x[k]) / det;
            double r = y[k] - p[k] + h * (0.5 - p[k]);
            u0 += r;
            u1 += r * x[k];
        }
        assertEquals(0, u0, 1e-9);
        assertEquals(0, u1, 1e-9);
        assertEquals(Math.sqrt(i00 / det), m.standardErrors()[1], 1e-9); // (I⁻¹)₁₁ = I₀₀ / det I
    }

    @Test
    void wellBehavedDataKeepMaximumLikelihood() {
        double[] x = {-1.2, 0.3, 2.2, -0.7, 1.5, 0.1, -2.0, 0.8, 1.1, -0.4, 0.6, -1.6};
        int[] y = {0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0};
        assertFalse(FirthLogisticRegression.mlOrFirth(List.of("x"), new double[][] {x}, y).firth());
    }
}
