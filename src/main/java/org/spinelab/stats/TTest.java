package org.spinelab.stats;

/**
 * Two-sample t-tests of equal means (two-sided), as R's {@code t.test(x, y, var.equal = …)}.
 *
 * <ul>
 *   <li>Student: pooled {@code s² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)},
 *       {@code t = (x̄ − ȳ)/(s √(1/n₁ + 1/n₂))}, {@code df = n₁ + n₂ − 2}.
 *   <li>Welch: {@code t = (x̄ − ȳ)/√(s₁²/n₁ + s₂²/n₂)}, Welch–Satterthwaite
 *       {@code df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))}.
 * </ul>
 */
public final class TTest {

    private TTest() {}

    public static TestResult student(double[] x, double[] y) {
        requireTwo(x, y);
        int n1 = x.length;
        int n2 = y.length;
        double df = n1 + n2 - 2;
        double pooled = ((n1 - 1) * Descriptive.variance(x) + (n2 - 1) * Descriptive.variance(y)) / df;
        double t = (Descriptive.mean(x) - Descriptive.mean(y)) / Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        return TestResult.of("Student t-test", t, df, Tails.studentTwoSided(t, df));
    }

    public static TestResult welch(double[] x, double[] y) {
        requireTwo(x, y);
        double vx = Descriptive.variance(x) / x.length;
        double vy = Descriptive.variance(y) / y.length;
        double t = (Descriptive.mean(x) - Descriptive.mean(y)) / Math.sqrt(vx + vy);
        double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        return TestResult.of("Welch t-test", t, df, Tails.studentTwoSided(t, df));
    }

    private static void requireTwo(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("t-test needs at least 2 values per group");
        }
    }
}
