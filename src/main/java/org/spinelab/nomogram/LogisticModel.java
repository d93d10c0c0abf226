package org.spinelab.nomogram;

import org.spinelab.stats.Tails;

import java.util.List;

/**
 * A fitted binary logistic model P(y = 1 | x) = 1 / (1 + exp(−(β₀ + Σ βⱼ xⱼ))) with its Wald
 * statistics. Index 0 of every array is the intercept, named {@code (Intercept)} as in R.
 *
 * @param names        coefficient names, {@code (Intercept)} first
 * @param estimates    maximum-likelihood estimates β
 * @param standardErrors √diag((XᵀWX)⁻¹), W = diag(p(1−p)) at the optimum
 * @param fitted       fitted probabilities of the training cases
 * @param deviance     −2 log-likelihood of the fit
 * @param nullDeviance −2 log-likelihood of the intercept-only model
 * @param iterations   Newton (IRLS) iterations used
 * @param warnings     human-readable warnings (separation, non-convergence); empty when none
 */
public record LogisticModel(List<String> names, double[] estimates, double[] standardErrors, double[] fitted,
        double deviance, double nullDeviance, int iterations, List<String> warnings) {

    public static final String INTERCEPT = "(Intercept)";

    public int size() {
        return names.size();
    }

    /** Wald z = β / se. */
    public double z(int j) {
        return estimates[j] / standardErrors[j];
    }

    /** Two-sided Wald p-value 2·Φ(−|z|). */
    public double p(int j) {
        return Tails.normalTwoSided(z(j));
    }

    /** Odds ratio exp(β). */
    public double oddsRatio(int j) {
        return Math.exp(estimates[j]);
    }

    /**
     * Wald 95% confidence interval of the odds ratio, exp(β ± z₀.₉₇₅·se) with z₀.₉₇₅ = 1.959964 — the
     * interval of R's {@code exp(confint.default(fit))}, not the profile-likelihood {@code confint}.
     */
    public double[] oddsRatioCi95(int j) {
        double h = Tails.Z975 * standardErrors[j];
        return new double[] {Math.exp(estimates[j] - h), Math.exp(estimates[j] + h)};
    }

    /** Linear predictor β₀ + Σ βⱼ xⱼ for one case (predictors in the model's order, intercept excluded). */
    public double linearPredictor(double[] x) {
        if (x.length != estimates.length - 1) {
            throw new IllegalArgumentException("expected " + (estimates.length - 1) + " predictors, got " + x.length);
        }
        double eta = estimates[0];
        for (int j = 0; j < x.length; j++) {
            eta += estimates[j + 1] * x[j];
        }
        return eta;
    }

    /** Predicted probability for one case. */
    public double probability(double[] x) {
        return Logit.inverse(linearPredictor(x));
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
