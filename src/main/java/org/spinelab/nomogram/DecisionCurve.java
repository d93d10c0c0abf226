package org.spinelab.nomogram;

/**
 * Decision-curve analysis (Vickers &amp; Elkin 2006). Treating every case whose predicted probability
 * is at least the threshold p_t, the net benefit is
 * <pre>  NB(p_t) = TP/n − FP/n · p_t / (1 − p_t)</pre>
 * (true positives credited, false positives charged at the odds of the threshold). References:
 * treat-all NB = π − (1 − π) p_t/(1 − p_t) with prevalence π, treat-none NB = 0.
 */
public final class DecisionCurve {

    /** Net benefit of one model and of the two reference strategies at each threshold. */
    public record Result(double[] thresholds, double[] model, double[] treatAll, double[] treatNone) {}

    private DecisionCurve() {}

    /** Thresholds from {@code from} to {@code to} in steps of {@code step} (inclusive). */
    public static double[] thresholds(double from, double to, double step) {
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = from + k * step;
        }
        return t;
    }

    public static Result of(double[] p, int[] y, double[] thresholds) {
        int n = y.length;
        if (p.length != n || n == 0) {
            throw new IllegalArgumentException("p and y must have the same non-zero length");
        }
        double prevalence = 0;
        for (int v : y) {
            prevalence += v;
        }
        prevalence /= n;
        double[] model = new double[thresholds.length];
        double[] all = new double[thresholds.length];
        double[] none = new double[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
            double pt = thresholds[k];
            if (!(pt > 0 && pt < 1)) {
                throw new IllegalArgumentException("threshold " + pt + " is not in (0, 1)");
            }
            double odds = pt / (1 - pt);
            model[k] = netBenefit(p, y, pt);
            all[k] = prevalence - (1 - prevalence) * odds;
        }
        return new Result(thresholds.clone(), model, all, none);
    }

    /** NB at one threshold: cases with p ≥ p_t are treated. */
    public static double netBenefit(double[] p, int[] y, double pt) {
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < y.length; i++) {
            if (p[i] >= pt) {
                if (y[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        double n = y.length;
        return tp / n - fp / n * pt / (1 - pt);
    }
}
