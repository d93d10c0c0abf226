package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.InvalidInputException;

/**
 * A logistic model drawn as points scales, by the rule of R's {@code rms::nomogram(fit, fun = plogis)}:
 * <ul>
 *   <li>each predictor j gets an axis over its tick values (the levels of a discrete predictor;
 *       {@link PrettyTicks} over [lo, hi] with n = 10 for a continuous one), and contributes
 *       βⱼ·x to the linear predictor;</li>
 *   <li>with mⱼ = min over its ticks of βⱼ·x and Rⱼ its range, the scale factor is sc = 100 / maxⱼ Rⱼ —
 *       the predictor with the widest βⱼ·x range spans 0–100 points, the others proportionally;</li>
 *   <li>points_j(x) = sc·(βⱼ·x − mⱼ); total points T = Σⱼ points_j;</li>
 *   <li>linear predictor = lp₀ + T / sc with lp₀ = β₀ + Σⱼ mⱼ (the lp at 0 total points), and the
 *       probability = 1 / (1 + e^(−lp)).</li>
 * </ul>
 *
 * @param outcome     label of the probability axis, e.g. "Probability of metastasis"
 * @param intercept   β₀ of the model
 * @param scale       sc, points per unit of linear predictor
 * @param lpAtZero    lp₀
 * @param predictors  the predictor axes, in model order
 */
public record Nomogram(String outcome, double intercept, double scale, double lpAtZero, List<Axis> predictors) {

    /**
     * One predictor's axis: its coefficient, the tick values and their points.
     *
     * @param minXb mⱼ = min over the ticks of βⱼ·x
     */
    public record Axis(String name, double coefficient, boolean discrete, double[] ticks, double[] points,
            double minXb) {}

    /** How to lay out one predictor: discrete levels, or a continuous range. */
    public record Spec(String name, boolean discrete, double[] levels, double lo, double hi) {

        public static Spec continuous(String name, double lo, double hi) {
            return new Spec(name, false, null, lo, hi);
        }

        public static Spec discrete(String name, double... levels) {
            return new Spec(name, true, levels.clone(), Double.NaN, Double.NaN);
        }
    }

    /** One case read off the nomogram. */
    public record Score(Map<String, Double> points, double total, double linearPredictor, double probability) {}

    /** Builds the nomogram of a fitted logistic model; {@code specs} must name every predictor of the model. */
    public static Nomogram of(LogisticModel model, List<Spec> specs, String outcome) {
        return of(model.names(), model.estimates(), specs, outcome);
    }

    /**
     * Builds the nomogram of logistic coefficients alone (a model stored without its fit statistics,
     * e.g. a study's model.json): {@code terms} and {@code estimates} with the intercept first.
     */
    public static Nomogram of(List<String> terms, double[] estimates, List<Spec> specs, String outcome) {
        if (terms.size() != estimates.length || terms.isEmpty()) {
            throw new InvalidInputException("nomogram: " + terms.size() + " terms for " + estimates.length + " coefficients");
        }
        List<String> names = terms.subList(1, terms.size());
        if (specs.size() != names.size()) {
            throw new InvalidInputException("nomogram: " + specs.size() + " axis specifications for " + names.size()
                    + " predictors " + names);
        }
        double[] minXb = new double[specs.size()];
        double[] range = new double[specs.size()];
        double[][] ticks = new double[specs.size()][];
        double maxRange = 0;
        for (int j = 0; j < specs.size(); j++) {
            Spec s = specs.get(j);
            if (!s.name().equals(names.get(j))) {
                throw new InvalidInputException("nomogram: axis " + (j + 1) + " is '" + s.name() + "', the model's predictor is '"
                        + names.get(j) + "'");
            }
            ticks[j] = s.discrete() ? s.levels().clone() : PrettyTicks.of(s.lo(), s.hi(), 10);
            double beta = estimates[j + 1];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double t : ticks[j]) {
                lo = Math.min(lo, beta * t);
                hi = Math.max(hi, beta * t);
            }
            minXb[j] = lo;
            range[j] = hi - lo;
            maxRange = Math.max(maxRange, range[j]);
        }
        if (!(maxRange > 0)) {
            throw new InvalidInputException("nomogram: every predictor has a zero coefficient or a single value");
        }
        double sc = 100.0 / maxRange;
        double lp0 = estimates[0];
        List<Axis> axes = new ArrayList<>();
        for (int j = 0; j < specs.size(); j++) {
            double beta = estimates[j + 1];
            double[] pts = new double[ticks[j].length];
            for (int t = 0; t < pts.length; t++) {
                pts[t] = sc * (beta * ticks[j][t] - minXb[j]);
            }
            lp0 += minXb[j];
            axes.add(new Axis(names.get(j), beta, specs.get(j).discrete(), ticks[j], pts, minXb[j]));
        }
        return new Nomogram(outcome, estimates[0], sc, lp0, List.copyOf(axes));
    }

    /** Points of predictor {@code axis} at value x: sc·(β·x − m). */
    public double pointsFor(Axis axis, double x) {
        return scale * (axis.coefficient() * x - axis.minXb());
    }

    /** Sum of the predictors' maximum points (the end of the Total Points axis). */
    public double maxTotalPoints() {
        double t = 0;
        for (Axis a : predictors) {
            double m = 0;
            for (double p : a.points()) {
                m = Math.max(m, p);
            }
            t += m;
        }
        return t;
    }

    /** Linear predictor at a total number of points. */
    public double linearPredictor(double totalPoints) {
        return lpAtZero + totalPoints / scale;
    }

    public double probability(double totalPoints) {
        return Logit.inverse(linearPredictor(totalPoints));
    }

    /** Total points at which the predicted probability equals {@code p}. */
    public double totalPointsFor(double p) {
        return (Logit.of(p) - lpAtZero) * scale;
    }

    /** Reads one case off the nomogram; every predictor must be given. */
    public Score evaluate(Map<String, Double> values) {
        Map<String, Double> pts = new LinkedHashMap<>();
        double total = 0;
        for (Axis a : predictors) {
            Double v = values.get(a.name());
            if (v == null || !Double.isFinite(v)) {
                throw new InvalidInputException("nomogram: predictor '" + a.name() + "' is missing or not a finite number");
            }
            double p = pointsFor(a, v);
            pts.put(a.name(), p);
            total += p;
        }
        double lp = linearPredictor(total);
        return new Score(pts, total, lp, Logit.inverse(lp));
    }
}
