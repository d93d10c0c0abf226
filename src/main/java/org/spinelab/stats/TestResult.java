package org.spinelab.stats;

/**
 * The result of a hypothesis test: its name (as a paper's table would print it), the statistic, its
 * degrees of freedom ({@code NaN} when the test has none, e.g. z or exact tests; for F tests
 * {@code df} is the numerator and {@code df2} the denominator) and the two-sided p-value.
 */
public record TestResult(String test, double statistic, double df, double df2, double p) {

    public static TestResult of(String test, double statistic, double p) {
        return new TestResult(test, statistic, Double.NaN, Double.NaN, p);
    }

    public static TestResult of(String test, double statistic, double df, double p) {
        return new TestResult(test, statistic, df, Double.NaN, p);
    }
}
