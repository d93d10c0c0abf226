package org.spinelab.study;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.LogisticRegression;
import org.spinelab.util.InvalidInputException;

/**
 * Firth's (1993) bias-reduced logistic regression, the standard remedy when a small sample is
 * (quasi-)completely separated and the maximum-likelihood estimate does not exist (as R's
 * {@code logistf}). It maximises the penalised log-likelihood
 * <pre>  l*(β) = Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] + ½ log det I(β),   I(β) = XᵀWX, W = diag(pᵢ(1 − pᵢ)),</pre>
 * whose score is the modified score {@code U*(β) = Xᵀ(y − p + h ∘ (½ − p))}, h the diagonal of the hat
 * matrix {@code W^½ X I⁻¹ Xᵀ W^½}. Newton steps {@code β ← β + I⁻¹U*} with step halving while l*
 * decreases, from β = 0, until the largest step is below 1e-10.
 * <p>Standard errors are √diag(I⁻¹) at the estimate (Wald, as {@code logistf(pl = FALSE)}); the
 * deviance reported is the unpenalised −2 l(β̂). Closed forms checked in the tests: the intercept-only
 * model gives p̂ = (Σy + ½)/(n + 1); one binary predictor gives the log odds ratio of the 2×2 table
 * with ½ added to every cell.
 */
public final class FirthLogisticRegression {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-10;

    private FirthLogisticRegression() {}

    public static LogisticModel fit(List<String> names, double[][] columns, int[] y) {
        int n = y.length;
        int k = columns.length + 1;
        if (n <= k) {
            throw new InvalidInputException("Firth logistic regression: " + n + " cases for " + k + " coefficients");
        }
        double[][] x = new double[n][k];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 1; j < k; j++) {
                x[i][j] = columns[j - 1][i];
                if (!Double.isFinite(x[i][j])) {
                    throw new InvalidInputException("Firth logistic regression: predictor '" + names.get(j - 1)
                            + "' is not finite for case " + (i + 1));
                }
            }
        }
        double[] beta = new double[k];
        double pl = penalised(x, y, beta);
        int iter = 0;
        boolean converged = false;
        while (iter < MAX_ITERATIONS && !converged) {
            iter++;
            double[] p = probabilities(x, beta);
            RealMatrix inv = inverseInformation(x, p, names);
            double[] u = new double[k];
            for (int i = 0; i < n; i++) {
                double h = hat(x[i], p[i], inv);
                double r = y[i] - p[i] + h * (0.5 - p[i]);
                for (int j = 0; j < k; j++) {
                    u[j] += x[i][j] * r;
                }
            }
            double[] delta = inv.operate(u);
            double factor = 1;
            double[] next = new double[k];
            double nextPl = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++) {
                for (int j = 0; j < k; j++) {
                    next[j] = beta[j] + factor * delta[j];
                }
                nextPl = penalised(x, y, next);
                if (nextPl >= pl - 1e-12 * Math.abs(pl)) {
                    break;
                }
                factor /= 2;
            }
            double largest = 0;
            for (int j = 0; j < k; j++) {
                largest = Math.max(largest, Math.abs(next[j] - beta[j]));
            }
            beta = next.clone();
            pl = nextPl;
            converged = largest < TOLERANCE;
        }
        double[] p = probabilities(x, beta);
        RealMatrix inv = inverseInformation(x, p, names);
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            se[j] = Math.sqrt(inv.getEntry(j, j));
        }
        List<String> coef = new ArrayList<>();
        coef.add(LogisticModel.INTERCEPT);
        coef.addAll(names);
        List<String> warnings = new ArrayList<>();
        if (!converged) {
            warnings.add("Firth's penalised fit did not converge in " + MAX_ITERATIONS + " iterations");
        }
        double ones = 0;
        for (int v : y) {
            ones += v;
        }
        double p0 = ones / n;
        double nullDev = 0;
        double dev = 0;
        for (int i = 0; i < n; i++) {
            nullDev -= 2 * (y[i] == 1 ? Math.log(p0) : Math.log1p(-p0));
            dev -= 2 * (y[i] == 1 ? Math.log(p[i]) : Math.log1p(-p[i]));
        }
        return new LogisticModel(List.copyOf(coef), beta, se, p, dev, nullDev, iter, List.copyOf(warnings));
    }

    /**
     * The study's rule: maximum likelihood ({@link LogisticRegression}), unless that fit shows
     * (quasi-)separation — a warning (fitted probabilities at 0/1, no convergence) or a standard error
     * that is not finite or above {@value #SEPARATED_SE} on the logit scale (the MLE drifting off
     * to infinity) — then Firth's fit. Returns the fit and whether Firth was used.
     */
    public static Fit mlOrFirth(List<String> names, double[][] columns, int[] y) {
        LogisticModel ml = LogisticRegression.fit(names, columns, y);
        List<String> why = new ArrayList<>(ml.warnings());
        for (int j = 0; j < ml.size(); j++) {
            double se = ml.standardErrors()[j];
            if (!(se <= SEPARATED_SE)) {
                why.add("standard error of " + ml.names().get(j) + " is " + se
                        + " (the maximum-likelihood estimate does not exist: quasi-complete separation)");
                break;
            }
        }
        if (why.isEmpty()) {
            return new Fit(ml, false, List.of());
        }
        return new Fit(fit(names, columns, y), true, List.copyOf(why));
    }

    /** A maximum-likelihood SE above this (logit scale) means the estimate is diverging. */
    public static final double SEPARATED_SE = 1000;

    /** A fit and whether it is Firth's (with the maximum-likelihood warnings that caused it). */
    public record Fit(LogisticModel model, boolean firth, List<String> mlWarnings) {}

    private static double[] probabilities(double[][] x, double[] beta) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += x[i][j] * beta[j];
            }
            p[i] = 1 / (1 + Math.exp(-eta));
        }
        return p;
    }

    private static RealMatrix information(double[][] x, double[] p) {
        int k = x[0].length;
        double[][] info = new double[k][k];
        for (int i = 0; i < x.length; i++) {
            double w = p[i] * (1 - p[i]);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    info[a][b] += w * x[i][a] * x[i][b];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                info[a][b] = info[b][a];
            }
        }
        return new Array2DRowRealMatrix(info, false);
    }

    private static RealMatrix inverseInformation(double[][] x, double[] p, List<String> names) {
        LUDecomposition lu = new LUDecomposition(information(x, p), 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            throw new InvalidInputException("Firth logistic regression: singular information matrix (collinear predictors "
                    + names + ")");
        }
        return lu.getSolver().getInverse();
    }

    private static double hat(double[] xi, double pi, RealMatrix inv) {
        double[] v = inv.operate(xi);
        double q = 0;
        for (int j = 0; j < xi.length; j++) {
            q += xi[j] * v[j];
        }
        return pi * (1 - pi) * q;
    }

    /** l*(β) = l(β) + ½ log det I(β). */
    private static double penalised(double[][] x, int[] y, double[] beta) {
        double[] p = probabilities(x, beta);
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            l += y[i] == 1 ? Math.log(p[i]) : Math.log1p(-p[i]);
        }
        double det = new LUDecomposition(information(x, p), 1e-300).getDeterminant();
        return det > 0 ? l + 0.5 * Math.log(det) : Double.NEGATIVE_INFINITY;
    }
}
