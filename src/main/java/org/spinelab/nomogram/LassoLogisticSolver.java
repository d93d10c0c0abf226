package org.spinelab.nomogram;

/**
 * Minimises glmnet's binomial LASSO objective at one λ on standardised features,
 * <pre>  −(1/n) Σᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] + λ Σⱼ |β̃ⱼ|,   ηᵢ = β₀ + Σⱼ x̃ᵢⱼ β̃ⱼ,</pre>
 * from a warm start, as described in {@link GlmnetLogistic}: proximal Newton steps whose quadratic
 * models are solved by cyclic coordinate descent, finished exactly on the active set once the
 * optimality conditions can be verified.
 */
final class LassoLogisticSolver {

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

    private final int n;
    private final int p;
    private final double[][] xs; // standardised, [j][i]
    private final boolean[] usable;
    private final int[] y;

    LassoLogisticSolver(double[][] xs, boolean[] usable, int[] y) {
        this.xs = xs;
        this.usable = usable;
        this.y = y;
        this.n = y.length;
        this.p = xs.length;
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

    double deviance(double b0, double[] beta) {
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
    double solve(double lambda, double b0, double[] beta) {
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
