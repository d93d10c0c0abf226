package org.spinelab.study.comparator;

import org.spinelab.util.InvalidInputException;

/**
 * The radiologist's ordinal rating r as a score in (0, 1): s = 1 / (1 + e^{−(r − c)}), with c the
 * cut-off rating. It is monotone in r, so the AUC is the rating's own; and s ≥ 0.5 exactly when
 * r ≥ c, so ACC and F1 at 0.5 (as for the models) are those of calling "metastasis" from rating c up.
 */
public final class RadiologistScore {

    private RadiologistScore() {}

    public static double[] of(double[] rating, double cutoff) {
        double[] s = new double[rating.length];
        for (int i = 0; i < rating.length; i++) {
            if (!Double.isFinite(rating[i])) {
                throw new InvalidInputException("radiologist rating of row " + (i + 1) + " is not a number");
            }
            s[i] = 1 / (1 + Math.exp(-(rating[i] - cutoff)));
        }
        return s;
    }
}
