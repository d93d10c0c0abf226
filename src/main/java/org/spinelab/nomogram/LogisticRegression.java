package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.spinelab.util.InvalidInputException;

/**
 * Unpenalised binary logistic regression by iteratively reweighted least squares (Newton–Raphson on
 * the log-likelihood), as R's {@code glm(family = binomial)}.
 *
 * <p>Each step solves (XᵀWX) δ = Xᵀ(y − p) with W = diag(p(1 − p)) and sets β ← β + δ; if the
 * deviance −2 Σ [y log p + (1 − y) log(1 − p)] rises the step is halved. Iteration stops when the
 * relative change of the deviance |D − D_old| / (|D| + 0.1) falls below 1e-14 (glm's rule with a
 * tighter ε). Standard errors are √diag((XᵀWX)⁻¹) at the optimum.
 *
 * <p>Separation: with (quasi-)complete separation the MLE does not exist, the coefficients grow
 * without bound and the fitted probabilities reach 0 or 1. Like glm, a fit is flagged when any fitted
 * probability is within 10·ε of 0 or 1, or when the iteration limit is hit; the model then carries a
 * warning (printed by the CLI) instead of passing its meaningless z and p values off silently.
 */
public final class LogisticRegression {

    private static final double EPSILON = 1e-14;
    private static final int MAX_ITERATIONS = 100;
    private static final double NUMERICALLY_ZERO = 10 * Math.ulp(1.0);

    private LogisticRegression() {}

    /**
     * Fits y ~ intercept + predictors.
     *
     * @param names   predictor names (used in messages and as coefficient names)
     * @param columns predictor values, {@code columns[j][i]} = predictor j of case i
     * @param y       0/1 outcomes
     * @throws InvalidInputException for a single outcome class, a constant or collinear predictor,
     *                               non-finite values or too few cases; the message names the column
     */
    public static LogisticModel fit(List<String> names, double[][] columns, int[] y) {
        int n = y.length;
        int p = columns.length + 1;
        validate(names, columns, y);
        double[][] x = design(columns, n);

        double[] beta = new double[p];
        double[] eta = new double[n];
        double[] prob = new double[n];
        update(x, beta, eta, prob);
        double dev = deviance(y, prob);
        int iter = 0;
        boolean converged = false;
        while (iter < MAX_ITERATIONS) {
            iter++;
            double[] step;
            try {
                step = newtonStep(x, y, prob, names);
            } catch (InvalidInputException singular) {
                if (iter == 1) {
                    throw singular; // singular at the start: collinear predictors
                }
                break; // the information matrix underflowed while the coefficients diverged
            }
            double[] trial = new double[p];
            double devNew = Double.NaN;
            double scale = 1.0;
            for (int halving = 0; halving < 30; halving++) {
                for (int j = 0; j < p; j++) {
                    trial[j] = beta[j] + scale * step[j];
                }
                update(x, trial, eta, prob);
                devNew = deviance(y, prob);
                if (Double.isFinite(devNew) && devNew <= dev * (1 + 1e-12) + 1e-300) {
                    break;
                }
                scale /= 2;
            }
            beta = trial;
            boolean small = Math.abs(devNew - dev) / (Math.abs(devNew) + 0.1) < EPSILON;
            dev = devNew;
            if (small) {
                converged = true;
                break;
            }
        }
        update(x, beta, eta, prob);

        List<String> warnings = new ArrayList<>();
        if (!converged) {
            warnings.add("the logistic fit did not converge in " + MAX_ITERATIONS + " iterations");
        }
        int extreme = 0;
        for (double pi : prob) {
            if (pi < NUMERICALLY_ZERO || pi > 1 - NUMERICALLY_ZERO) {
                extreme++;
            }
        }
        if (extreme > 0) {
            warnings.add("fitted probabilities numerically 0 or 1 for " + extreme + " of " + n
                    + " cases: the outcome is (quasi-)completely separated by the predictors, the maximum-likelihood"
                    + " estimates do not exist and the coefficients, standard errors and p-values are not meaningful");
        }

        double[] se = standardErrors(x, prob, names);
        List<String> coefNames = new ArrayList<>();
        coefNames.add(LogisticModel.INTERCEPT);
        coefNames.addAll(names);
        double nullDev = nullDeviance(y);
        return new LogisticModel(List.copyOf(coefNames), beta, se, prob, dev, nullDev, iter, List.copyOf(warnings));
    }

    private static void validate(List<String> names, double[][] columns, int[] y) {
        if (names.size() != columns.length) {
            throw new IllegalArgumentException("names and columns differ in length");
        }
        int n = y.length;
        int ones = 0;
        for (int v : y) {
            if (v != 0 && v != 1) {
                throw new InvalidInputException("outcome must be 0 or 1, found " + v);
            }
            ones += v;
        }
        if (ones == 0 || ones == n) {
            throw new InvalidInputException("the outcome has a single class (" + (ones == 0 ? 0 : 1) + " in all "
                    + n + " cases); a logistic model needs both classes");
        }
        if (n < columns.length + 2) {
            throw new InvalidInputException("too few cases (" + n + ") for " + columns.length
                    + " predictors and an intercept");
        }
        for (int j = 0; j < columns.length; j++) {
            double[] c = columns[j];
            if (c.length != n) {
                throw new IllegalArgumentException("column " + names.get(j) + " has " + c.length + " values, expected " + n);
            }
            boolean constant = true;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(c[i])) {
                    throw new InvalidInputException("predictor '" + names.get(j) + "' case " + (i + 1) + ": missing or non-finite value");
                }
                constant &= c[i] == c[0];
            }
            if (constant) {
                throw new InvalidInputException("predictor '" + names.get(j) + "' is constant (" + c[0]
                        + "); its coefficient cannot be estimated alongside the intercept — drop it");
            }
        }
    }

    private static double[][] design(double[][] columns, int n) {
        double[][] x = new double[n][columns.length + 1];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1.0;
            for (int j = 0; j < columns.length; j++) {
                x[i][j + 1] = columns[j][i];
            }
        }
        return x;
    }

    private static void update(double[][] x, double[] beta, double[] eta, double[] prob) {
        for (int i = 0; i < x.length; i++) {
            double e = 0;
            for (int j = 0; j < beta.length; j++) {
                e += x[i][j] * beta[j];
            }
            eta[i] = e;
            prob[i] = Logit.inverse(e);
        }
    }

    static double deviance(int[] y, double[] prob) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            // Evaluated as in glm: a case fitted exactly contributes 0, not NaN.
            double pi = prob[i];
            if (y[i] == 1) {
                d += pi > 0 ? -2 * Math.log(pi) : Double.POSITIVE_INFINITY;
            } else {
                d += pi < 1 ? -2 * Math.log1p(-pi) : Double.POSITIVE_INFINITY;
            }
        }
        return d;
    }

    static double nullDeviance(int[] y) {
        double mean = 0;
        for (int v : y) {
            mean += v;
        }
        mean /= y.length;
        double[] p = new double[y.length];
        java.util.Arrays.fill(p, mean);
        return deviance(y, p);
    }

    private static RealMatrix information(double[][] x, double[] prob) {
        int p = x[0].length;
        double[][] info = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double w = prob[i] * (1 - prob[i]);
            for (int a = 0; a < p; a++) {
                double wa = w * x[i][a];
                for (int b = a; b < p; b++) {
                    info[a][b] += wa * x[i][b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                info[a][b] = info[b][a];
            }
        }
        return new Array2DRowRealMatrix(info, false);
    }

    private static DecompositionSolver solver(RealMatrix info, List<String> names) {
        try {
            return new CholeskyDecomposition(info, 1e-15, 1e-13).getSolver();
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            throw new InvalidInputException("the predictors " + names + " are collinear (or fitted probabilities are all"
                    + " 0 or 1): the information matrix is singular");
        }
    }

    private static double[] newtonStep(double[][] x, int[] y, double[] prob, List<String> names) {
        int p = x[0].length;
        double[] score = new double[p];
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - prob[i];
            for (int j = 0; j < p; j++) {
                score[j] += x[i][j] * r;
            }
        }
        return solver(information(x, prob), names)
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(score, false)).toArray();
    }

    private static double[] standardErrors(double[][] x, double[] prob, List<String> names) {
        int p = x[0].length;
        double[] se = new double[p];
        RealMatrix inv;
        try {
            inv = solver(information(x, prob), names).getInverse();
        } catch (InvalidInputException e) {
            // Under complete separation the information matrix underflows; report infinite SEs.
            java.util.Arrays.fill(se, Double.POSITIVE_INFINITY);
            return se;
        }
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(inv.getEntry(j, j));
        }
        return se;
    }
}
