package org.spinelab.stats;

/**
 * Fisher's exact test of independence for r×c tables (two-sided), as R's {@code fisher.test}.
 *
 * <p>Under independence with fixed margins, a table has probability
 * {@code P = Πᵢ rᵢ! Πⱼ cⱼ! / (N! Πᵢⱼ xᵢⱼ!)}; the p-value sums P over all tables with the same margins
 * that are no more likely than the observed one, {@code P ≤ P_obs (1 + 10⁻⁷)} (the factor absorbs
 * rounding between equally likely tables). For 2×2 tables this is the hypergeometric sum; larger
 * tables are enumerated column by column (the last column is fixed by the row margins). Enumeration
 * stops with an {@link IllegalArgumentException} beyond {@link #MAX_TABLES} tables; callers then use χ².
 */
public final class FisherExactTest {

    /** Largest number of tables enumerated before giving up. */
    public static final long MAX_TABLES = 20_000_000L;

    private static final double LOG_RELATIVE_ERROR = Math.log1p(1e-7);

    private FisherExactTest() {}

    public static TestResult test(ContingencyTable table) {
        return test(table, MAX_TABLES);
    }

    /** As {@link #test(ContingencyTable)} with another enumeration limit. */
    static TestResult test(ContingencyTable table, long maxTables) {
        // fewer columns = fewer nested levels of enumeration
        ContingencyTable t = table.columns() > table.rows() ? table.transpose() : table;
        int r = t.rows();
        int c = t.columns();
        double[] logFact = logFactorials((int) t.total());
        double constant = -logFact[(int) t.total()];
        for (int i = 0; i < r; i++) {
            constant += logFact[(int) t.rowSum(i)];
        }
        for (int j = 0; j < c; j++) {
            constant += logFact[(int) t.columnSum(j)];
        }
        double observed = constant;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                observed -= logFact[(int) t.count(i, j)];
            }
        }
        Enumeration e = new Enumeration(t, logFact, constant, observed + LOG_RELATIVE_ERROR, maxTables);
        long[] remaining = new long[r];
        for (int i = 0; i < r; i++) {
            remaining[i] = t.rowSum(i);
        }
        e.column(0, remaining, 0.0);
        return TestResult.of("Fisher's exact test", Double.NaN, Math.min(1.0, e.p));
    }

    /** Depth-first enumeration of the tables with the margins of {@code t}. */
    private static final class Enumeration {
        final ContingencyTable t;
        final double[] logFact;
        final double constant;
        final double limit;
        final long maxTables;
        double p;
        long tables;

        Enumeration(ContingencyTable t, double[] logFact, double constant, double limit, long maxTables) {
            this.maxTables = maxTables;
            this.t = t;
            this.logFact = logFact;
            this.constant = constant;
            this.limit = limit;
        }

        /** Fills column {@code j} given the row totals still to place; {@code acc} = −Σ log x! so far. */
        void column(int j, long[] remaining, double acc) {
            if (j == t.columns() - 1) {
                double logP = acc;
                for (long x : remaining) {
                    logP -= logFact[(int) x];
                }
                logP += constant;
                if (++tables > maxTables) {
                    throw new IllegalArgumentException("table too large for Fisher's exact test (more than "
                            + maxTables + " tables with its margins)");
                }
                if (logP <= limit) {
                    p += Math.exp(logP);
                }
                return;
            }
            // no dead ends: the rows still hold Σ_{k≥j} c_k, enough for column j and all after it
            cell(j, 0, t.columnSum(j), remaining, acc);
        }

        /** Chooses the count of row {@code i} in column {@code j}; {@code left} still to place in column j. */
        private void cell(int j, int i, long left, long[] remaining, double acc) {
            int r = remaining.length;
            if (i == r - 1) {
                if (left > remaining[i]) {
                    return;
                }
                long saved = remaining[i];
                remaining[i] -= left;
                column(j + 1, remaining, acc - logFact[(int) left]);
                remaining[i] = saved;
                return;
            }
            long restRows = 0;
            for (int k = i + 1; k < r; k++) {
                restRows += remaining[k];
            }
            long lo = Math.max(0, left - restRows);
            long hi = Math.min(left, remaining[i]);
            for (long x = lo; x <= hi; x++) {
                remaining[i] -= x;
                cell(j, i + 1, left - x, remaining, acc - logFact[(int) x]);
                remaining[i] += x;
            }
        }
    }

    private static double[] logFactorials(int n) {
        double[] f = new double[n + 1];
        for (int k = 2; k <= n; k++) {
            f[k] = f[k - 1] + Math.log(k);
        }
        return f;
    }
}
