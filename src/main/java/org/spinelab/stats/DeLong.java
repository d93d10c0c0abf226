package org.spinelab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * DeLong, DeLong &amp; Clarke-Pearson (1988) variance of the AUC and tests between AUCs, as in pROC.
 *
 * <p>Placements: for each case {@code V₁₀(Xᵢ) = (1/n) Σⱼ ψ(Xᵢ, Yⱼ)}, for each control
 * {@code V₀₁(Yⱼ) = (1/m) Σᵢ ψ(Xᵢ, Yⱼ)}, with {@code ψ = 1, ½, 0} for {@code X > Y, X = Y, X < Y}; the AUC
 * {@code θ} is the mean of either. With {@code S₁₀ = Σ(V₁₀ − θ)²/(m − 1)} and
 * {@code S₀₁ = Σ(V₀₁ − θ)²/(n − 1)}, {@code Var(θ) = S₁₀/m + S₀₁/n}.
 */
public final class DeLong {

    private DeLong() {}

    /** Placement values of a curve and its AUC. */
    public record Placements(double theta, double[] cases, double[] controls) {}

    /** An AUC with its confidence interval. */
    public record Interval(double estimate, double lower, double upper) {}

    /** A paired (z) or unpaired (t, Welch–Satterthwaite df) comparison of two AUCs. */
    public record Comparison(double difference, double statistic, double df, double p) {}

    /** Placement values, computed on the sorted scores in {@code O((m + n) log(m + n))}. */
    public static Placements placements(RocCurve roc) {
        double[] x = roc.casesView();
        double[] y = roc.controlsView();
        int m = x.length;
        int n = y.length;
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            int below = RocCurve.countBelow(y, x[i]);
            int equal = RocCurve.countAtMost(y, x[i]) - below;
            v10[i] = (below + 0.5 * equal) / n;
            sum += below + 0.5 * equal;
        }
        for (int j = 0; j < n; j++) {
            int above = m - RocCurve.countAtMost(x, y[j]);
            int equal = RocCurve.countAtMost(x, y[j]) - RocCurve.countBelow(x, y[j]);
            v01[j] = (above + 0.5 * equal) / m;
        }
        return new Placements(sum / ((double) m * n), v10, v01);
    }

    /** {@code Var(θ) = S₁₀/m + S₀₁/n}; {@code NaN} with fewer than two cases or two controls. */
    public static double variance(RocCurve roc) {
        Placements v = placements(roc);
        return variance(v);
    }

    static double variance(Placements v) {
        int m = v.cases().length;
        int n = v.controls().length;
        if (m < 2 || n < 2) {
            return Double.NaN;
        }
        return sumSq(v.cases(), v.theta()) / (m - 1) / m + sumSq(v.controls(), v.theta()) / (n - 1) / n;
    }

    /**
     * Normal-theory interval {@code θ ± z_{1−α/2} √Var(θ)}, clipped to [0, 1] (pROC's
     * {@code ci.auc(method = "delong")}).
     */
    public static Interval confidenceInterval(RocCurve roc, double level) {
        Placements v = placements(roc);
        double sd = Math.sqrt(variance(v));
        if (Double.isNaN(sd)) {
            return new Interval(v.theta(), Double.NaN, Double.NaN);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Interval(v.theta(), clip(v.theta() - z * sd), clip(v.theta() + z * sd));
    }

    /**
     * Paired test of two scores on the same subjects:
     * {@code z = (θ_A − θ_B)/√(L S Lᵀ)} with {@code L = (1, −1)} and {@code S = S₁₀/m + S₀₁/n} the 2×2
     * covariance matrices of the placements; two-sided {@code p = 2Φ(−|z|)}. When both the difference
     * and its variance are zero (e.g. two constant scores), {@code z = 0} and {@code p = 1}, as in pROC.
     * The placements of both scores are taken subject by subject, so both arrays must list the same
     * subjects in the same order.
     */
    public static Comparison pairedTest(double[] scoreA, double[] scoreB, int[] labels) {
        if (scoreA.length != labels.length || scoreB.length != labels.length) {
            throw new IllegalArgumentException("a paired DeLong test needs both scores on the same subjects");
        }
        Placements va = placementsInOrder(scoreA, labels);
        Placements vb = placementsInOrder(scoreB, labels);
        int m = va.cases().length;
        int n = va.controls().length;
        double sxAA = cross(va.cases(), va.theta(), va.cases(), va.theta()) / (m - 1);
        double sxBB = cross(vb.cases(), vb.theta(), vb.cases(), vb.theta()) / (m - 1);
        double sxAB = cross(va.cases(), va.theta(), vb.cases(), vb.theta()) / (m - 1);
        double syAA = cross(va.controls(), va.theta(), va.controls(), va.theta()) / (n - 1);
        double syBB = cross(vb.controls(), vb.theta(), vb.controls(), vb.theta()) / (n - 1);
        double syAB = cross(va.controls(), va.theta(), vb.controls(), vb.theta()) / (n - 1);
        double sAA = sxAA / m + syAA / n;
        double sBB = sxBB / m + syBB / n;
        double sAB = sxAB / m + syAB / n;
        double sig = Math.sqrt(sAA + sBB - 2 * sAB);
        double d = va.theta() - vb.theta();
        double z = d / sig;
        if (Double.isNaN(z) && d == 0 && sig == 0) {
            z = 0;
        }
        return new Comparison(d, z, Double.NaN, Tails.normalTwoSided(z));
    }

    /**
     * Unpaired test of two AUCs from different subjects, as pROC's {@code roc.test(paired = FALSE)}:
     * {@code D = (θ_A − θ_B)/√(V_A + V_B)} referred to Student's t with
     * {@code df = (V_A + V_B)²/(V_A²/(N_A − 1) + V_B²/(N_B − 1))} ({@code N} = cases + controls).
     */
    public static Comparison unpairedTest(RocCurve a, RocCurve b) {
        Placements va = placements(a);
        Placements vb = placements(b);
        double sa = variance(va);
        double sb = variance(vb);
        double nA = a.caseCount() + a.controlCount();
        double nB = b.caseCount() + b.controlCount();
        double d = va.theta() - vb.theta();
        double t = d / Math.sqrt(sa + sb);
        double df = (sa + sb) * (sa + sb) / (sa * sa / (nA - 1) + sb * sb / (nB - 1));
        return new Comparison(d, t, df, Tails.studentTwoSided(t, df));
    }

    /** Placements with cases and controls in the order they appear in {@code scores}. */
    static Placements placementsInOrder(double[] scores, int[] labels) {
        RocCurve roc = RocCurve.of(scores, labels);
        double[] x = roc.casesView();
        double[] y = roc.controlsView();
        int m = x.length;
        int n = y.length;
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        int ic = 0;
        int jc = 0;
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            double s = scores[k];
            if (labels[k] == 1) {
                int below = RocCurve.countBelow(y, s);
                double w = below + 0.5 * (RocCurve.countAtMost(y, s) - below);
                v10[ic++] = w / n;
                sum += w;
            } else {
                int atMost = RocCurve.countAtMost(x, s);
                v01[jc++] = (m - atMost + 0.5 * (atMost - RocCurve.countBelow(x, s))) / m;
            }
        }
        return new Placements(sum / ((double) m * n), v10, v01);
    }

    private static double sumSq(double[] v, double c) {
        return cross(v, c, v, c);
    }

    private static double cross(double[] u, double cu, double[] v, double cv) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += (u[i] - cu) * (v[i] - cv);
        }
        return s;
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
