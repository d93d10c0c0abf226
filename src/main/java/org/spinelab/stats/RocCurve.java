package org.spinelab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The empirical ROC curve of a score against binary labels (1 = case = metastasis, 0 = control =
 * myeloma), with higher scores pointing to class 1 (pROC's {@code direction = "<"}: controls &lt; cases).
 *
 * <p>Thresholds are those of pROC: the distinct scores {@code s₁ < … < s_k} give the cut points
 * {@code −∞, (s₁+s₂)/2, …, (s_{k−1}+s_k)/2, +∞}; a case is called positive when its score is
 * {@code ≥ t}. So {@code sensitivity(t) = #{cases ≥ t}/m} and {@code specificity(t) = #{controls < t}/n}.
 * Tied scores share a threshold, so a tie between a case and a control gives a diagonal segment of
 * the curve (and counts ½ in the AUC). When a midpoint rounds onto one of the two scores it lies
 * between, it is moved onto the upper score, as pROC does, so that it still separates them.
 */
public final class RocCurve {

    private final double[] cases;
    private final double[] controls;
    private final double[] thresholds;
    private final double[] sensitivities;
    private final double[] specificities;

    private RocCurve(double[] cases, double[] controls) {
        this.cases = cases;
        this.controls = controls;
        Arrays.sort(this.cases);
        Arrays.sort(this.controls);
        this.thresholds = thresholds(cases, controls);
        this.sensitivities = new double[thresholds.length];
        this.specificities = new double[thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            sensitivities[t] = (double) countAtLeast(this.cases, thresholds[t]) / cases.length;
            specificities[t] = (double) countBelow(this.controls, thresholds[t]) / controls.length;
        }
    }

    /**
     * The curve of {@code scores} against {@code labels} (0/1, same length). At least one case and
     * one control are required; callers that know the column names check this first (see
     * {@link LabelCheck}) so that users get an error naming the column.
     */
    public static RocCurve of(double[] scores, int[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length");
        }
        List<Double> cs = new ArrayList<>();
        List<Double> ct = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("NaN score at index " + i);
            }
            (labels[i] == 1 ? cs : ct).add(scores[i]);
        }
        return fromGroups(cs.stream().mapToDouble(Double::doubleValue).toArray(),
                ct.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The curve from the scores of the cases (class 1) and of the controls (class 0). */
    public static RocCurve fromGroups(double[] caseScores, double[] controlScores) {
        if (caseScores.length == 0 || controlScores.length == 0) {
            throw new IllegalArgumentException("a ROC curve needs at least one case and one control");
        }
        return new RocCurve(caseScores.clone(), controlScores.clone());
    }

    private static double[] thresholds(double[] cases, double[] controls) {
        double[] all = new double[cases.length + controls.length];
        System.arraycopy(cases, 0, all, 0, cases.length);
        System.arraycopy(controls, 0, all, cases.length, controls.length);
        double[] u = Arrays.stream(all).sorted().distinct().toArray();
        double[] t = new double[u.length + 1];
        t[0] = Double.NEGATIVE_INFINITY;
        t[u.length] = Double.POSITIVE_INFINITY;
        for (int i = 1; i < u.length; i++) {
            double mid = (u[i - 1] + u[i]) / 2;
            if (Math.abs(mid) > 1e100 || Double.isInfinite(mid)) {
                mid = u[i - 1] / 2 + u[i] / 2; // avoids overflow of the sum
            }
            if (mid == u[i - 1]) {
                mid = u[i]; // adjacent doubles: the midpoint rounded onto the lower score
            }
            t[i] = mid;
        }
        return t;
    }

    /** Number of values {@code ≥ t} in sorted {@code v}. */
    static int countAtLeast(double[] v, double t) {
        return v.length - countBelow(v, t);
    }

    /** Number of values {@code < t} in sorted {@code v} (binary search). */
    static int countBelow(double[] v, double t) {
        int lo = 0;
        int hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of values {@code ≤ t} in sorted {@code v}. */
    static int countAtMost(double[] v, double t) {
        int lo = 0;
        int hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Area under the curve, as the Mann–Whitney statistic
     * {@code θ = (1/mn) Σᵢ Σⱼ ψ(Xᵢ, Yⱼ)}, {@code ψ = 1} if case {@code Xᵢ >} control {@code Yⱼ},
     * ½ if equal, 0 otherwise — equal to the trapezoidal area under the empirical curve.
     */
    public double auc() {
        return DeLong.placements(this).theta();
    }

    /** Sorted scores of the cases (class 1). */
    public double[] cases() {
        return cases.clone();
    }

    /** Sorted scores of the controls (class 0). */
    public double[] controls() {
        return controls.clone();
    }

    double[] casesView() {
        return cases;
    }

    double[] controlsView() {
        return controls;
    }

    public int caseCount() {
        return cases.length;
    }

    public int controlCount() {
        return controls.length;
    }

    /** Thresholds in increasing order, from −∞ (all positive) to +∞ (all negative). */
    public double[] thresholds() {
        return thresholds.clone();
    }

    public double[] sensitivities() {
        return sensitivities.clone();
    }

    public double[] specificities() {
        return specificities.clone();
    }

    /** Number of cases with score {@code ≥} threshold {@code t} (true positives). */
    int truePositives(int t) {
        return countAtLeast(cases, thresholds[t]);
    }

    /** Number of controls with score {@code <} threshold {@code t} (true negatives). */
    int trueNegatives(int t) {
        return countBelow(controls, thresholds[t]);
    }
}
