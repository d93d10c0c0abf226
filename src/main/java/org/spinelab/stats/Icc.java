package org.spinelab.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Intraclass correlation coefficients of Shrout &amp; Fleiss (1979) for n subjects rated by k readers,
 * with the F tests and 95 % confidence intervals of McGraw &amp; Wong (1996) — the six values of
 * {@code psych::ICC(x, lmer = FALSE)}.
 *
 * <p>From the two-way ANOVA of the n×k ratings: subjects {@code MSB = SSR/(n−1)}, readers
 * {@code MSJ = SSC/(k−1)}, residual {@code MSE = SSE/((n−1)(k−1))}, and within subjects
 * {@code MSW = (SSC + SSE)/(n(k−1))}:
 * <ul>
 *   <li>ICC(1) one-way random, single: {@code (MSB − MSW)/(MSB + (k−1)MSW)}; average ICC(1,k): {@code (MSB − MSW)/MSB}.
 *   <li>ICC(2,1) two-way random, absolute agreement: {@code (MSB − MSE)/(MSB + (k−1)MSE + k(MSJ − MSE)/n)};
 *       ICC(2,k): {@code (MSB − MSE)/(MSB + (MSJ − MSE)/n)}.
 *   <li>ICC(3,1) two-way mixed, consistency: {@code (MSB − MSE)/(MSB + (k−1)MSE)}; ICC(3,k): {@code (MSB − MSE)/MSB}.
 * </ul>
 * Intervals: ICC(1) and ICC(3) from {@code F_L = F/F_{1−α/2}(df1, df2)}, {@code F_U = F·F_{1−α/2}(df2, df1)},
 * single {@code (F − 1)/(F + k − 1)}, average {@code 1 − 1/F}; ICC(2) from Satterthwaite's
 * {@code v = (k−1)(n−1)[kρFⱼ + n(1+(k−1)ρ) − kρ]² / ((n−1)k²ρ²Fⱼ² + [n(1+(k−1)ρ) − kρ]²)} with
 * {@code ρ} = ICC(2,1) and {@code Fⱼ = MSJ/MSE}, then
 * {@code L = n(MSB − F*MSE)/(F*(kMSJ + (kn−k−n)MSE) + nMSB)} with {@code F* = F_{1−α/2}(n−1, v)}, and
 * {@code U = n(F*MSB − MSE)/(kMSJ + (kn−k−n)MSE + nF*MSB)} with {@code F* = F_{1−α/2}(v, n−1)};
 * average-measure bounds by Spearman–Brown {@code kL/(1 + (k−1)L)}.
 *
 * <p>psych's default ({@code lmer = TRUE}) estimates the variance components by REML instead; with
 * complete data it agrees for ICC(2) and ICC(3) unless a component would be negative.
 */
public final class Icc {

    private static final double ALPHA = 0.05;

    private Icc() {}

    /** The six forms, named as in psych. */
    public enum Type {
        ICC1("ICC1", "one-way random, single rater"),
        ICC2("ICC2", "two-way random, absolute agreement, single rater"),
        ICC3("ICC3", "two-way mixed, consistency, single rater"),
        ICC1K("ICC1k", "one-way random, average of k raters"),
        ICC2K("ICC2k", "two-way random, absolute agreement, average of k raters"),
        ICC3K("ICC3k", "two-way mixed, consistency, average of k raters");

        private final String label;
        private final String description;

        Type(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }

        /** The type for a name like {@code ICC2}, {@code icc3k} or {@code ICC(2,1)}. */
        public static Type parse(String name) {
            String s = name.trim().toUpperCase(java.util.Locale.ROOT).replace("(", "").replace(")", "").replace(",", "");
            return switch (s) {
                case "ICC1", "ICC11" -> ICC1;
                case "ICC2", "ICC21" -> ICC2;
                case "ICC3", "ICC31" -> ICC3;
                case "ICC1K" -> ICC1K;
                case "ICC2K" -> ICC2K;
                case "ICC3K" -> ICC3K;
                default -> throw new IllegalArgumentException("unknown ICC type '" + name
                        + "' (ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k)");
            };
        }
    }

    /** One ICC with its F test and interval. */
    public record Result(Type type, double icc, double f, double df1, double df2, double p, double lower, double upper) {}

    /** All six ICCs of {@code ratings[subject][reader]} (at least 2 subjects and 2 readers). */
    public static List<Result> all(double[][] ratings) {
        int n = ratings.length;
        if (n < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 subjects");
        }
        int k = ratings[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 readers");
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i].length != k) {
                throw new IllegalArgumentException("ragged ratings");
            }
            for (int j = 0; j < k; j++) {
                rowMean[i] += ratings[i][j];
                colMean[j] += ratings[i][j];
                grand += ratings[i][j];
            }
        }
        grand /= (double) n * k;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            rowMean[i] /= k;
            ssr += k * (rowMean[i] - grand) * (rowMean[i] - grand);
        }
        double ssc = 0;
        for (int j = 0; j < k; j++) {
            colMean[j] /= n;
            ssc += n * (colMean[j] - grand) * (colMean[j] - grand);
        }
        double sse = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double e = ratings[i][j] - rowMean[i] - colMean[j] + grand;
                sse += e * e;
            }
        }
        double msb = ssr / (n - 1);
        double msj = ssc / (k - 1);
        double mse = sse / ((double) (n - 1) * (k - 1));
        double msw = (ssc + sse) / ((double) n * (k - 1));

        double icc1 = (msb - msw) / (msb + (k - 1) * msw);
        double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        double icc3 = (msb - mse) / (msb + (k - 1) * mse);
        double icc1k = (msb - msw) / msb;
        double icc2k = (msb - mse) / (msb + (msj - mse) / n);
        double icc3k = (msb - mse) / msb;

        double f1 = msb / msw;
        double df1n = n - 1;
        double df1d = (double) n * (k - 1);
        double p1 = Tails.fUpper(f1, df1n, df1d);
        double f2 = msb / mse;
        double df2d = (double) (n - 1) * (k - 1);
        double p2 = Tails.fUpper(f2, df1n, df2d);

        double f1l = f1 / fQuantile(1 - ALPHA / 2, df1n, df1d);
        double f1u = f1 * fQuantile(1 - ALPHA / 2, df1d, df1n);
        double f3l = f2 / fQuantile(1 - ALPHA / 2, df1n, df2d);
        double f3u = f2 * fQuantile(1 - ALPHA / 2, df2d, df1n);

        double fj = msj / mse;
        double a = n * (1 + (k - 1) * icc2) - k * icc2;
        double vn = (k - 1) * (n - 1) * Math.pow(k * icc2 * fj + a, 2);
        double vd = (n - 1) * (double) k * k * icc2 * icc2 * fj * fj + a * a;
        double v = vn / vd;
        double fStarU = fQuantile(1 - ALPHA / 2, n - 1, v);
        double fStarL = fQuantile(1 - ALPHA / 2, v, n - 1);
        double denomTerm = k * msj + ((double) k * n - k - n) * mse;
        double l2 = n * (msb - fStarU * mse) / (fStarU * denomTerm + n * msb);
        double u2 = n * (fStarL * msb - mse) / (denomTerm + n * fStarL * msb);

        List<Result> out = new ArrayList<>(6);
        out.add(new Result(Type.ICC1, icc1, f1, df1n, df1d, p1, (f1l - 1) / (f1l + k - 1), (f1u - 1) / (f1u + k - 1)));
        out.add(new Result(Type.ICC2, icc2, f2, df1n, df2d, p2, l2, u2));
        out.add(new Result(Type.ICC3, icc3, f2, df1n, df2d, p2, (f3l - 1) / (f3l + k - 1), (f3u - 1) / (f3u + k - 1)));
        out.add(new Result(Type.ICC1K, icc1k, f1, df1n, df1d, p1, 1 - 1 / f1l, 1 - 1 / f1u));
        out.add(new Result(Type.ICC2K, icc2k, f2, df1n, df2d, p2, l2 * k / (1 + l2 * (k - 1)), u2 * k / (1 + u2 * (k - 1))));
        out.add(new Result(Type.ICC3K, icc3k, f2, df1n, df2d, p2, 1 - 1 / f3l, 1 - 1 / f3u));
        return out;
    }

    /** One form of the ICC. */
    public static Result of(double[][] ratings, Type type) {
        return all(ratings).get(type.ordinal());
    }

    /** The {@code q} quantile of F(df1, df2), solved to 1e-14 (commons-math's default is 1e-9). */
    static double fQuantile(double q, double df1, double df2) {
        if (!(df1 > 0) || !(df2 > 0) || Double.isInfinite(df1) || Double.isInfinite(df2)) {
            return Double.NaN;
        }
        return new FDistribution(null, df1, df2, 1e-14).inverseCumulativeProbability(q);
    }
}
