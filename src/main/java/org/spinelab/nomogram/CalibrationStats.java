package org.spinelab.nomogram;

import java.util.List;

/**
 * Calibration intercept and slope of predicted probabilities against observed outcomes, as the
 * "Intercept" and "Slope" of R's {@code rms::val.prob(p, y)}: the logistic recalibration model
 * logit P(y = 1) = a + b · logit(p) fitted by maximum likelihood. Perfect calibration is a = 0, b = 1;
 * on the data a model was fitted to, its own (apparent) values are exactly 0 and 1.
 */
public final class CalibrationStats {

    public record Result(double intercept, double slope) {}

    private CalibrationStats() {}

    public static Result of(double[] p, int[] y) {
        double[] lp = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] > 0 && p[i] < 1)) {
                throw new IllegalArgumentException("probability " + p[i] + " at case " + (i + 1) + " is not in (0, 1)");
            }
            lp[i] = Logit.of(p[i]);
        }
        LogisticModel m = LogisticRegression.fit(List.of("logit(p)"), new double[][] {lp}, y);
        return new Result(m.estimates()[0], m.estimates()[1]);
    }
}
