package org.spinelab.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Exact two-sided binomial test of {@code H₀: π = π₀}, with R's {@code binom.test} rule: the p-value
 * sums the probabilities of all outcomes no more likely than the observed one,
 * {@code p = Σ_{k: P(k) ≤ P(x)(1 + 10⁻⁷)} P(k)} (the factor absorbs rounding in equal probabilities).
 */
public final class BinomialTest {

    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private BinomialTest() {}

    public static double twoSidedP(int x, int n, double p0) {
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("binomial test needs 0 <= x <= n, got x=" + x + ", n=" + n);
        }
        if (n == 0) {
            return 1.0;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, p0);
        double observed = b.probability(x) * RELATIVE_ERROR;
        // summed outcome by outcome: each term is exact, and the tails keep their relative precision
        double p = 0;
        for (int k = 0; k <= n; k++) {
            double pk = b.probability(k);
            if (pk <= observed) {
                p += pk;
            }
        }
        return Math.min(1.0, p);
    }
}
