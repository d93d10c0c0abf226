package org.spinelab.stats;

/**
 * McNemar's test for paired binary calls (e.g. two models' calls on the same patients, to compare
 * their sensitivities among the cases or their accuracies overall). Only the discordant pairs count:
 * {@code b} = positive by A only, {@code c} = positive by B only.
 *
 * <ul>
 *   <li>{@link Method#CHI_SQUARE}: {@code χ² = (b − c)²/(b + c)}, 1 df.
 *   <li>{@link Method#CORRECTED}: Edwards' continuity correction {@code χ² = (|b − c| − 1)²/(b + c)}
 *       (R's default; like R, not applied when {@code b = c}).
 *   <li>{@link Method#EXACT}: {@code b ~ Binomial(b + c, ½)}, two-sided exact binomial p.
 *   <li>{@link Method#AUTO}: exact when {@code b + c < 25} (where the χ² approximation is poor),
 *       otherwise corrected.
 * </ul>
 * With no discordant pair the χ² forms are undefined (NaN, as in R) and the exact p is 1.
 */
public final class McNemarTest {

    /** Discordant-pair count below which {@link Method#AUTO} uses the exact test. */
    public static final int EXACT_BELOW = 25;

    public enum Method { CHI_SQUARE, CORRECTED, EXACT, AUTO }

    private McNemarTest() {}

    /** The test from the two discordant counts. */
    public static TestResult test(int b, int c, Method method) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
        Method m = method == Method.AUTO ? (b + c < EXACT_BELOW ? Method.EXACT : Method.CORRECTED) : method;
        switch (m) {
            case EXACT:
                return TestResult.of("McNemar exact (binomial)", b, BinomialTest.twoSidedP(b, b + c, 0.5));
            case CORRECTED: {
                double diff = b == c ? 0 : Math.abs(b - c) - 1.0;
                double chi2 = diff * diff / (b + c);
                return TestResult.of("McNemar χ² (continuity corrected)", chi2, 1, Tails.chiSquareUpper(chi2, 1));
            }
            default: {
                double chi2 = (double) (b - c) * (b - c) / (b + c);
                return TestResult.of("McNemar χ²", chi2, 1, Tails.chiSquareUpper(chi2, 1));
            }
        }
    }

    /** The test of paired calls {@code a[i]} and {@code b[i]} of the same subjects. */
    public static TestResult test(boolean[] a, boolean[] b, Method method) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired calls differ in length");
        }
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && !b[i]) {
                onlyA++;
            } else if (!a[i] && b[i]) {
                onlyB++;
            }
        }
        return test(onlyA, onlyB, method);
    }
}
