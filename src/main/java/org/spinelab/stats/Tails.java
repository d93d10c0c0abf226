package org.spinelab.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities computed directly in the tail, so that small p-values keep their relative
 * precision (computing {@code 1 - cdf} would lose every digit below ~1e-16).
 */
public final class Tails {

    /** qnorm(0.975): the Wald 95% multiplier, as R's {@code confint.default} uses it. */
    public static final double Z975 = 1.959963984540054;

    private Tails() {}

    /** Two-sided normal p-value {@code 2 Φ(−|z|) = erfc(|z|/√2)}. */
    public static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /** Lower normal tail {@code Φ(z) = erfc(−z/√2)/2}. */
    public static double normalLower(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    /** Two-sided Student-t p-value {@code 2 P(T_df > |t|) = I_{df/(df+t²)}(df/2, 1/2)}. */
    public static double studentTwoSided(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
    }

    /** Upper χ² tail {@code P(X > x) = Q(df/2, x/2)} (regularised upper incomplete gamma). */
    public static double chiSquareUpper(double x, double df) {
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** Upper F tail {@code P(F > f) = I_{d2/(d2+d1 f)}(d2/2, d1/2)}. */
    public static double fUpper(double f, double df1, double df2) {
        if (f <= 0) {
            return 1.0;
        }
        if (Double.isInfinite(f)) {
            return 0.0;
        }
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
    }
}
