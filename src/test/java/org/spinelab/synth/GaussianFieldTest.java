package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Analytic checks of the texture field: unit variance and Gaussian covariance exp(−r²/2ℓ²). */
class GaussianFieldTest {

    @Test
    void ensembleVarianceAndCorrelationFollowTheGaussianCovariance() {
        SplittableRandom r = new SplittableRandom(9);
        double ell = 2.5;
        int fields = 4000;
        double var = 0, cov1 = 0, cov2 = 0;
        for (int f = 0; f < fields; f++) {
            GaussianField g = new GaussianField(ell, 24, r);
            double a = g.value(1, 2, 3);
            double b = g.value(1 + ell, 2, 3);
            double c = g.value(1, 2 + 2 * ell, 3);
            var += a * a;
            cov1 += a * b;
            cov2 += a * c;
        }
        assertEquals(1, var / fields, 0.08);
        assertEquals(Math.exp(-0.5), cov1 / fields, 0.06);
        assertEquals(Math.exp(-2), cov2 / fields, 0.06);
    }

    @Test
    void fastCosineAgreesWithMathCos() {
        double worst = 0;
        for (int i = -200000; i <= 200000; i++) {
            double x = i * 1e-3 * 1.37;
            worst = Math.max(worst, Math.abs(FastCos.cos(x) - Math.cos(x)));
        }
        assertEquals(0, worst, 1e-8);
    }
}
