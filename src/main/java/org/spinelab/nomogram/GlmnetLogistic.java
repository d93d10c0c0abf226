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
    /**
     * Convergence, as glmnet measures it, in objective units: the largest vⱼ·Δβ̃ⱼ² (vⱼ = Σᵢ wᵢ x̃ᵢⱼ², the
     * curvature along coordinate j; for the intercept Σᵢ wᵢ·Δβ₀²) of a Newton step. Where the
     * likelihood is flat (near separation at small λ) coefficients are only as well determined as the
     * objective makes them — glmnet's own solution there is equally loose.
     */
    private static final double TOLERANCE = 1e-18;
    private static final int MAX_NEWTON = 200;
    private static final int MAX_SWEEPS = 100_000;
    /** glmnet's pmin: fitted probabilities are kept in [pmin, 1 − pmin] for the weights. */
    private static final double PMIN = 1e-9;

    private final List<String> names;
    private final int n;
    private final int p;
    private final double[][] xs; // standardised, [j][i]
    private final double[] means;
    private final double[] scales;
    private final boolean[] usable;
    private final int[] y;

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
            b0 = solve(lambda, b0, beta);
            double dev = deviance(b0, beta);
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

    private double[] eta(double b0, double[] beta) {
        double[] eta = new double[n];
        java.util.Arrays.fill(eta, b0);
        for (int j = 0; j < p; j++) {
            if (beta[j] != 0) {
                double bj = beta[j];
                double[] xj = xs[j];
                for (int i = 0; i < n; i++) {
                    eta[i] += bj * xj[i];
                }
            }
        }
        return eta;
    }

    private double deviance(double b0, double[] beta) {
        double[] eta = eta(b0, beta);
        double d = 0;
        for (int i = 0; i < n; i++) {
            // −2[y η − log(1 + e^η)], stable for large |η|
            double e = eta[i];
            double log1pExp = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
            d += -2 * (y[i] * e - log1pExp);
        }
        return d;
    }

    private double objective(double b0, double[] beta, double lambda) {
        double pen = 0;
        for (double v : beta) {
            pen += Math.abs(v);
        }
        return deviance(b0, beta) / (2.0 * n) + lambda * pen;
    }

    /** Minimises the penalised objective at λ from the warm start (b0, beta); returns b0, updates beta. */
    private double solve(double lambda, double b0, double[] beta) {
        double obj = objective(b0, beta, lambda);
        double[] w = new double[n];
        double[] r = new double[n];
        double[] v = new double[p];
        double innerTol = 1e-10;
        int sweepCap = 200;
        for (int newton = 0; newton < MAX_NEWTON; newton++) {
            double[] eta = eta(b0, beta);
            double wsum = 0;
            for (int i = 0; i < n; i++) {
                double pi = Logit.inverse(eta[i]);
                double pc = Math.min(Math.max(pi, PMIN), 1 - PMIN);
                w[i] = pc * (1 - pc) / n;
                // weighted working residual wᵢ(zᵢ − ηᵢ) = (yᵢ − pᵢ)/n
                r[i] = (y[i] - pi) / n;
                wsum += w[i];
            }
            for (int j = 0; j < p; j++) {
                if (usable[j]) {
                    double s = 0;
                    double[] xj = xs[j];
                    for (int i = 0; i < n; i++) {
                        s += w[i] * xj[i] * xj[i];
                    }
                    v[j] = s;
                }
            }
            double[] nbeta = beta.clone();
            double nb0 = coordinateDescent(lambda, w, wsum, r, v, nbeta, b0, innerTol, sweepCap);
            // Step control: accept the Newton step if it lowers the objective, otherwise halve it.
            double step = 1.0;
            double[] tb = new double[p];
            double tb0 = nb0;
            double tobj = Double.NaN;
            for (int h = 0; h < 40; h++) {
                for (int j = 0; j < p; j++) {
                    tb[j] = beta[j] + step * (nbeta[j] - beta[j]);
                }
                tb0 = b0 + step * (nb0 - b0);
                tobj = objective(tb0, tb, lambda);
                if (tobj <= obj + 1e-15 * Math.abs(obj)) {
                    break;
                }
                step /= 2;
            }
            double change = wsum * (tb0 - b0) * (tb0 - b0);
            for (int j = 0; j < p; j++) {
                if (usable[j]) {
                    change = Math.max(change, v[j] * (tb[j] - beta[j]) * (tb[j] - beta[j]));
                }
            }
            System.arraycopy(tb, 0, beta, 0, p);
            b0 = tb0;
            obj = tobj;
            if (change < TOLERANCE) {
                break;
            }
            {
                // Coordinate descent only has to find the active set and signs; the exact finish
                // does the rest. Until it succeeds, allow coordinate descent more sweeps.
                double polished = polish(lambda, b0, beta);
                if (!Double.isNaN(polished)) {
                    return polished;
                }
                sweepCap = (int) Math.min(MAX_SWEEPS, 4L * sweepCap);
            }
            // Inexact Newton: solve the next quadratic model only as accurately as the outer steps need.
            innerTol = Math.max(1e-21, Math.min(innerTol, 0.01 * change));
        }
        return b0;
    }

    /**
     * Finishes a nearly converged solution exactly: with the active set A and signs s fixed, the
     * objective is smooth, −(1/n)ℓ(β₀, β̃_A) + λ sᵀβ̃_A, and Newton's method converges quadratically.
     * The result is accepted only if no coefficient changed sign and every inactive feature satisfies
     * the optimality condition |(1/n) Σᵢ x̃ᵢⱼ (yᵢ − pᵢ)| ≤ λ; it is then the exact minimiser (up to
     * rounding). Near separation, where coordinate descent crawls, this is what makes the path fast.
     *
     * @return the intercept, with {@code beta} updated; NaN (beta untouched) when the check fails
     */
    private double polish(double lambda, double b0, double[] beta) {
        int[] act = java.util.stream.IntStream.range(0, p).filter(j -> beta[j] != 0).toArray();
        int m = act.length + 1;
        double[] coef = new double[m];
        coef[0] = b0;
        for (int a = 0; a < act.length; a++) {
            coef[a + 1] = beta[act[a]];
        }
        double[] sign = new double[m];
        for (int a = 0; a < act.length; a++) {
            sign[a + 1] = Math.signum(coef[a + 1]);
        }
        double[] trial = new double[p];
        for (int it = 0; it < 50; it++) {
            double[] eta = new double[n];
            java.util.Arrays.fill(eta, coef[0]);
            for (int a = 0; a < act.length; a++) {
                double[] xj = xs[act[a]];
                for (int i = 0; i < n; i++) {
                    eta[i] += coef[a + 1] * xj[i];
                }
            }
            double[] grad = new double[m];
            double[][] hess = new double[m][m];
            for (int i = 0; i < n; i++) {
                double pi = Logit.inverse(eta[i]);
                double res = (pi - y[i]) / n;
                double wi = pi * (1 - pi) / n;
                grad[0] += res;
                hess[0][0] += wi;
                for (int a = 0; a < act.length; a++) {
                    double xa = xs[act[a]][i];
                    grad[a + 1] += res * xa;
                    hess[0][a + 1] += wi * xa;
                    for (int b = a; b < act.length; b++) {
                        hess[a + 1][b + 1] += wi * xa * xs[act[b]][i];
                    }
                }
            }
            for (int a = 1; a < m; a++) {
                grad[a] += lambda * sign[a];
                hess[a][0] = hess[0][a];
                for (int b = 1; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            double[] delta;
            try {
                delta = new org.apache.commons.math3.linear.CholeskyDecomposition(
                        new org.apache.commons.math3.linear.Array2DRowRealMatrix(hess, false), 1e-15, 1e-300)
                        .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(grad, false)).toArray();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            double maxStep = 0;
            for (int a = 0; a < m; a++) {
                coef[a] -= delta[a];
                maxStep = Math.max(maxStep, Math.abs(delta[a]));
                if (a > 0 && Math.signum(coef[a]) != sign[a]) {
                    return Double.NaN; // the sign pattern was not yet the optimal one
                }
            }
            if (maxStep < 1e-13 * (1 + maxAbs(coef))) {
                java.util.Arrays.fill(trial, 0);
                for (int a = 0; a < act.length; a++) {
                    trial[act[a]] = coef[a + 1];
                }
                if (!inactiveOptimal(lambda, coef[0], trial)) {
                    return Double.NaN;
                }
                System.arraycopy(trial, 0, beta, 0, p);
                return coef[0];
            }
        }
        return Double.NaN;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** KKT for the zero coefficients: |(1/n) Σᵢ x̃ᵢⱼ (yᵢ − pᵢ)| ≤ λ. */
    private boolean inactiveOptimal(double lambda, double b0, double[] beta) {
        double[] eta = eta(b0, beta);
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            res[i] = (y[i] - Logit.inverse(eta[i])) / n;
        }
        for (int j = 0; j < p; j++) {
            if (!usable[j] || beta[j] != 0) {
                continue;
            }
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += xs[j][i] * res[i];
            }
            if (Math.abs(g) > lambda * (1 + 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cyclic coordinate descent on ½ Σ wᵢ (zᵢ − β₀ − x̃ᵢβ̃)² + λ Σ|β̃ⱼ|, with the weighted residual
     * r = w∘(z − η) kept up to date; updates beta and returns the intercept. Sweeps alternate between
     * all features and, until those converge, only the non-zero ones (glmnet's active-set strategy);
     * the result is accepted only after a full sweep moves the objective by less than {@code tol}.
     */
    private double coordinateDescent(double lambda, double[] w, double wsum, double[] r, double[] v, double[] beta,
            double b0, double tol, int maxSweeps) {
        boolean[] active = new boolean[p];
        int sweeps = 0;
        while (sweeps < maxSweeps) {
            for (int j = 0; j < p; j++) {
                active[j] = beta[j] != 0;
            }
            double[] holder = {b0};
            double full = sweep(lambda, w, wsum, r, v, beta, holder, null);
            b0 = holder[0];
            sweeps++;
            if (full < tol) {
                break;
            }
            for (int j = 0; j < p; j++) {
                active[j] |= beta[j] != 0;
            }
            while (sweeps < maxSweeps) {
                double change = sweep(lambda, w, wsum, r, v, beta, holder, active);
                b0 = holder[0];
                sweeps++;
                if (change < tol) {
                    break;
                }
            }
        }
        return b0;
    }

    /** One pass over the features (all, or those flagged in {@code only}) and the intercept; returns the largest move. */
    private double sweep(double lambda, double[] w, double wsum, double[] r, double[] v, double[] beta, double[] b0,
            boolean[] only) {
        double maxChange = 0;
        for (int j = 0; j < p; j++) {
            if (!usable[j] || (only != null && !only[j])) {
                continue;
            }
            double[] xj = xs[j];
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += xj[i] * r[i];
            }
            double old = beta[j];
            double u = g + v[j] * old;
            double nv = Math.signum(u) * Math.max(Math.abs(u) - lambda, 0) / v[j];
            double d = nv - old;
            if (d != 0) {
                beta[j] = nv;
                for (int i = 0; i < n; i++) {
                    r[i] -= w[i] * xj[i] * d;
                }
                maxChange = Math.max(maxChange, v[j] * d * d);
            }
        }
        double rs = 0;
        for (int i = 0; i < n; i++) {
            rs += r[i];
        }
        double d0 = rs / wsum;
        if (d0 != 0) {
            b0[0] += d0;
            for (int i = 0; i < n; i++) {
                r[i] -= w[i] * d0;
            }
            maxChange = Math.max(maxChange, wsum * d0 * d0);
        }
        return maxChange;
    }
}