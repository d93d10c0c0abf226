package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.InvalidInputException;

/**
 * LASSO-penalised binary logistic regression fitted as R's {@code glmnet(x, y, family = "binomial",
 * alpha = 1, standardize = TRUE)} does.
 *
 * <p>Objective, on standardised features x̃ᵢⱼ = (xᵢⱼ − x̄ⱼ)/sⱼ with the population standard deviation
 * sⱼ = √((1/n) Σᵢ (xᵢⱼ − x̄ⱼ)²):
 * <pre>  min_{β₀, β̃}  −(1/n) Σᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] + λ Σⱼ |β̃ⱼ|,   ηᵢ = β₀ + Σⱼ x̃ᵢⱼ β̃ⱼ</pre>
 * (intercept unpenalised). Coefficients are returned on the original scale: βⱼ = β̃ⱼ / sⱼ and
 * intercept β₀ − Σⱼ βⱼ x̄ⱼ. A constant feature (sⱼ = 0) is left out of the fit and keeps coefficient 0.
 *
 * <p>Solver: proximal Newton — at the current fit the log-likelihood is replaced by its quadratic
 * (IRLS) approximation with weights wᵢ = pᵢ(1 − pᵢ)/n and working response zᵢ = ηᵢ + (yᵢ − pᵢ)/(pᵢ(1 − pᵢ)),
 * minimised by cyclic coordinate descent with soft thresholding
 * β̃ⱼ ← S(Σᵢ wᵢ x̃ᵢⱼ rᵢ + vⱼ β̃ⱼ, λ) / vⱼ, vⱼ = Σᵢ wᵢ x̃ᵢⱼ², S(g, λ) = sign(g)(|g| − λ)₊; steps that
 * would raise the penalised objective are halved. Each λ starts from the previous solution (warm
 * start). Coordinate descent only has to find the active set and the signs: after each Newton step
 * the solution is finished exactly by Newton's method on the active set with the signs fixed, and
 * accepted when the optimality (KKT) conditions hold — no sign change, |(1/n) Σᵢ x̃ᵢⱼ(yᵢ − pᵢ)| ≤ λ for
 * every zero coefficient. Otherwise coordinate descent continues (with more sweeps), down to changes
 * of 1e-18 in objective units (glmnet's criterion, much tighter than its default 1e-7).
 *
 * <p>Default λ sequence (glmnet's): λ_max = maxⱼ |(1/n) Σᵢ x̃ᵢⱼ (yᵢ − ȳ)| (the smallest λ with all
 * β̃ = 0), then 100 values geometric down to λ_max · r with r = 1e-4 when n ≥ p and 0.01 when n &lt; p.
 * The path stops early, as glmnet's does, once at least 5 λ were fitted and either the fraction of
 * deviance explained exceeds 0.999 or it grew by less than 1e-5 from the previous λ.
 */
public final class GlmnetLogistic {

    /** glmnet.control(): fdev, devmax, mnlam. */
    private static final double FDEV = 1e-5;
    private static final double DEVMAX = 0.999;
    private static final int MNLAM = 5;

    private final List<String> names;
    private final int n;
    private final int p;
    private final double[][] xs; // standardised, [j][i]
    private final double[] means;
    private final double[] scales;
    private final boolean[] usable;
    private final int[] y;
    private final LassoLogisticSolver solver;

    private GlmnetLogistic(List<String> names, double[][] columns, int[] y) {
        this.names = List.copyOf(names);
        this.n = y.length;
        this.p = columns.length;
        this.y = y.clone();
        this.means = new double[p];
        this.scales = new double[p];
        this.usable = new boolean[p];
        this.xs = new double[p][n];
        for (int j = 0; j < p; j++) {
            double[] c = columns[j];
            double m = 0;
            for (double v : c) {
                m += v;
            }
            m /= n;
            double ss = 0;
            for (double v : c) {
                ss += (v - m) * (v - m);
            }
            double s = Math.sqrt(ss / n);
            means[j] = m;
            boolean constant = true;
            for (double v : c) {
                constant &= v == c[0];
            }
            usable[j] = !constant && s > 0;
            scales[j] = usable[j] ? s : 0;
            if (usable[j]) {
                for (int i = 0; i < n; i++) {
                    xs[j][i] = (c[i] - m) / s;
                }
            }
        }
        this.solver = new LassoLogisticSolver(xs, usable, this.y);
    }

    /** Features that are constant and therefore stay at 0 (glmnet excludes them likewise). */
    public static List<String> constantFeatures(List<String> names, double[][] columns) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            boolean constant = true;
            for (double v : columns[j]) {
                constant &= v == columns[j][0];
            }
            if (constant) {
                out.add(names.get(j));
            }
        }
        return out;
    }

    /** glmnet's default path (100 λ, ratio by n vs p, early stop). */
    public static LassoPath path(List<String> names, double[][] columns, int[] y) {
        return path(names, columns, y, 0);
    }

    /**
     * glmnet's default path, cut after the first λ below {@code floor}: the same points as the full
     * path down to there. Cross-validation only reads fold paths at λ ≥ the smallest full-data λ, and
     * interpolation needs just one point below it, so the costly near-saturated tail is skipped.
     */
    static LassoPath path(List<String> names, double[][] columns, int[] y, double floor) {
        GlmnetLogistic g = create(names, columns, y);
        double ratio = g.n < g.p ? 0.01 : 1e-4;
        return g.run(g.defaultLambdas(100, ratio), true, floor);
    }

    /** Solutions at the given λ values (sorted decreasing first; no early stop, as glmnet with user λ). */
    public static LassoPath at(List<String> names, double[][] columns, int[] y, double... lambdas) {
        GlmnetLogistic g = create(names, columns, y);
        double[] sorted = lambdas.clone();
        java.util.Arrays.sort(sorted);
        for (int a = 0, b = sorted.length - 1; a < b; a++, b--) {
            double t = sorted[a];
            sorted[a] = sorted[b];
            sorted[b] = t;
        }
        for (double l : sorted) {
            if (!(l >= 0) || !Double.isFinite(l)) {
                throw new InvalidInputException("lambda must be a finite number >= 0, got " + l);
            }
        }
        return g.run(sorted, false, 0);
    }

    private static GlmnetLogistic create(List<String> names, double[][] columns, int[] y) {
        int ones = 0;
        for (int v : y) {
            if (v != 0 && v != 1) {
                throw new InvalidInputException("outcome must be 0 or 1, found " + v);
            }
            ones += v;
        }
        if (ones == 0 || ones == y.length) {
            throw new InvalidInputException("the outcome has a single class in all " + y.length
                    + " cases; LASSO-logistic selection needs both classes");
        }
        if (columns.length == 0) {
            throw new InvalidInputException("no features to select from");
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != y.length) {
                throw new IllegalArgumentException("feature " + names.get(j) + " has the wrong length");
            }
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(columns[j][i])) {
                    throw new InvalidInputException("feature '" + names.get(j) + "' case " + (i + 1)
                            + ": missing or non-finite value");
                }
            }
        }
        return new GlmnetLogistic(names, columns, y);
    }

    /** λ_max = maxⱼ |(1/n) Σᵢ x̃ᵢⱼ (yᵢ − ȳ)|. */
    double lambdaMax() {
        double ybar = 0;
        for (int v : y) {
            ybar += v;
        }
        ybar /= n;
        double max = 0;
        for (int j = 0; j < p; j++) {
            if (!usable[j]) {
                continue;
            }
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += xs[j][i] * (y[i] - ybar);
            }
            max = Math.max(max, Math.abs(g / n));
        }
        return max;
    }

    private double[] defaultLambdas(int count, double ratio) {
        double lmax = lambdaMax();
        double step = Math.pow(ratio, 1.0 / (count - 1));
        double[] l = new double[count];
        l[0] = lmax;
        for (int k = 1; k < count; k++) {
            l[k] = l[k - 1] * step; // glmnet multiplies successively
        }
        return l;
    }

    private LassoPath run(double[] lambdas, boolean earlyStop, double floor) {
        double ybar = 0;
        for (int v : y) {
            ybar += v;
        }
        ybar /= n;
        double b0 = Logit.of(ybar);
        double[] beta = new double[p];
        double nullDev = 0;
        for (int v : y) {
            nullDev += Logit.deviance(v, ybar);
        }
        List<double[]> coefs = new ArrayList<>();
        List<Double> icepts = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> used = new ArrayList<>();
        for (int k = 0; k < lambdas.length; k++) {
            double lambda = lambdas[k];
            b0 = solver.solve(lambda, b0, beta);
            double dev = solver.deviance(b0, beta);
            double ratio = 1 - dev / nullDev;
            double[] orig = new double[p];
            double intercept = b0;
            for (int j = 0; j < p; j++) {
                if (usable[j] && beta[j] != 0) {
                    orig[j] = beta[j] / scales[j];
                    intercept -= orig[j] * means[j];
                }
            }
            coefs.add(orig);
            icepts.add(intercept);
            ratios.add(ratio);
            used.add(lambda);
            if (lambda < floor) {
                break;
            }
            if (earlyStop && k + 1 >= Math.min(MNLAM, lambdas.length)) {
                if (ratio > DEVMAX || (k > 0 && ratio - ratios.get(k - 1) < FDEV)) {
                    break;
                }
            }
        }
        int m = used.size();
        double[] l = new double[m];
        double[] a0 = new double[m];
        double[] dr = new double[m];
        double[][] b = new double[m][];
        for (int k = 0; k < m; k++) {
            l[k] = used.get(k);
            a0[k] = icepts.get(k);
            dr[k] = ratios.get(k);
            b[k] = coefs.get(k);
        }
        return new LassoPath(names, means.clone(), scales.clone(), l, a0, b, dr);
    }
}
