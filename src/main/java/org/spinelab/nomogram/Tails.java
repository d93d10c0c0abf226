package org.spinelab.nomogram;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper-tail probabilities computed directly from the regularised special functions, so that small
 * p-values keep their relative precision (1 − cdf would lose it below about 1e-16).
 */
final class Tails {

    /** qnorm(0.975): the Wald 95% multiplier, as R's {@code confint.default} uses it. */
    static final double Z975 = 1.959963984540054;

    private Tails() {}

    /** Two-sided normal p-value: P(|Z| ≥ |z|) = erfc(|z|/√2). */
    static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /** P(χ²_df ≥ x) = Q(df/2, x/2), the regularised upper incomplete gamma function. */
    static double chiSquaredUpper(double x, double df) {
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** P(F_{d1,d2} ≥ f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2), the regularised incomplete beta function. */
    static double fUpper(double f, double d1, double d2) {
        if (f <= 0) {
            return 1.0;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2.0, d1 / 2.0);
    }
}
