package org.spinelab.stats;

/**
 * Kruskal–Wallis rank-sum test across k groups, as R's {@code kruskal.test}:
 * {@code H = [12/(N(N+1)) Σ Rᵢ²/nᵢ − 3(N+1)] / [1 − Σ(t³ − t)/(N³ − N)]} with mid-ranks, rank sums
 * {@code Rᵢ}, tie sizes {@code t}; {@code p = P(χ²_{k−1} > H)}.
 */
public final class KruskalWallisTest {

    private KruskalWallisTest() {}

    public static TestResult test(double[]... groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("Kruskal–Wallis needs at least 2 groups");
        }
        int total = 0;
        for (double[] g : groups) {
            if (g.length == 0) {
                throw new IllegalArgumentException("Kruskal–Wallis: empty group");
            }
            total += g.length;
        }
        double[] all = new double[total];
        int pos = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, pos, g.length);
            pos += g.length;
        }
        double[] ranks = Descriptive.midRanks(all);
        double s = 0;
        pos = 0;
        for (double[] g : groups) {
            double r = 0;
            for (int i = 0; i < g.length; i++) {
                r += ranks[pos++];
            }
            s += r * r / g.length;
        }
        double n = total;
        double h = (12 * s / (n * (n + 1)) - 3 * (n + 1)) / (1 - Descriptive.tieSum(all) / (n * n * n - n));
        double df = groups.length - 1;
        return TestResult.of("Kruskal–Wallis", h, df, Tails.chiSquareUpper(h, df));
    }
}
