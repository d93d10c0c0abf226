package org.spinelab.stats;

/**
 * Pearson's χ² test of independence, as R's {@code chisq.test(x, correct = …)}:
 * {@code χ² = Σ (|Oᵢⱼ − Eᵢⱼ| − Y)² / Eᵢⱼ} with {@code df = (r − 1)(c − 1)}. The Yates continuity
 * correction {@code Y = min(½, |Oᵢⱼ − Eᵢⱼ|)} applies to 2×2 tables only (on larger tables it is 0,
 * as in R).
 */
public final class ChiSquareTest {

    private ChiSquareTest() {}

    public static TestResult test(ContingencyTable t, boolean yates) {
        boolean correct = yates && t.rows() == 2 && t.columns() == 2;
        double chi2 = 0;
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                double e = t.expected(i, j);
                double d = Math.abs(t.count(i, j) - e);
                if (correct) {
                    d -= Math.min(0.5, d);
                }
                chi2 += d * d / e;
            }
        }
        double df = (t.rows() - 1) * (t.columns() - 1);
        return TestResult.of(correct ? "χ² test (Yates corrected)" : "χ² test", chi2, df, Tails.chiSquareUpper(chi2, df));
    }
}
