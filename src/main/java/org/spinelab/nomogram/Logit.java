package org.spinelab.nomogram;

/** The logistic link and its inverse, written to stay finite for large |η|. */
public final class Logit {

    private Logit() {}

    /** 1 / (1 + e^(−η)), evaluated without overflow on either side. */
    public static double inverse(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }

    /** log(p / (1 − p)). */
    public static double of(double p) {
        return Math.log(p / (1.0 - p));
    }

    /** Binomial deviance contribution −2[y log p + (1−y) log(1−p)] of one 0/1 case. */
    public static double deviance(int y, double p) {
        return -2.0 * (y == 1 ? Math.log(p) : Math.log1p(-p));
    }
}
