package org.spinelab.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * A "Table 1": each variable summarised per group with the test papers use for it.
 *
 * <ul>
 *   <li>Continuous (default): mean ± SD; Student's t-test for two groups (the paper's "independent
 *       samples t-test"; Welch's when {@link Options#welch}), one-way ANOVA for more.
 *   <li>Continuous listed as non-parametric: median [Q1, Q3] (type-7 quantiles); Mann–Whitney U for
 *       two groups (exact or normal as R chooses), Kruskal–Wallis for more.
 *   <li>Categorical: n (% of the group) per level; Pearson's χ² (no continuity correction, as SPSS's
 *       "Pearson Chi-Square", or Yates on 2×2 when {@link Options#yates}) unless an expected count is
 *       below 5, then Fisher's exact test ("χ² or Fisher's exact test, as appropriate").
 * </ul>
 * Groups are the distinct values of the group column; a 0/1 label lists 1 (metastasis) first.
 */
public final class GroupComparison {

    /** Expected count below which Fisher's exact test replaces χ². */
    public static final double MIN_EXPECTED = 5;

    private GroupComparison() {}

    /**
     * @param fisherLimit most tables Fisher's test may enumerate before χ² is used instead
     */
    public record Options(Set<String> nonParametric, boolean welch, boolean yates, int digits, long fisherLimit) {
        public Options(Set<String> nonParametric, boolean welch, boolean yates, int digits) {
            this(nonParametric, welch, yates, digits, FisherExactTest.MAX_TABLES);
        }

        public static Options defaults() {
            return new Options(Set.of(), false, false, 2);
        }
    }

    /** One row of the table: a variable (level empty) or one level of a categorical variable. */
    public record Row(String variable, String level, List<String> summaries, String test, double statistic, double p) {}

    public record Table(List<String> groups, List<Integer> groupSizes, List<Row> rows) {}

    public static Table compare(CsvTable table, String groupColumn, List<String> continuous,
                                List<String> categorical, Options options) {
        List<String> groupValues = table.strings(groupColumn);
        for (int r = 0; r < groupValues.size(); r++) {
            if (groupValues.get(r).isBlank() || groupValues.get(r).equalsIgnoreCase("NA")) {
                throw new InvalidInputException(table.source() + ": column '" + groupColumn + "' line " + (r + 2)
                        + ": missing group");
            }
        }
        List<String> groups = groupOrder(groupValues);
        if (groups.size() < 2) {
            throw new InvalidInputException(table.source() + ": column '" + groupColumn
                    + "': only one group present (" + groups.get(0) + "); a comparison needs two or more");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String g : groups) {
            int n = (int) groupValues.stream().filter(g::equals).count();
            if (n < 2) {
                throw new InvalidInputException(table.source() + ": column '" + groupColumn + "': group '" + g
                        + "' has " + n + " subject; at least 2 per group are needed");
            }
            sizes.add(n);
        }
        for (String v : options.nonParametric()) {
            if (!continuous.contains(v)) {
                throw new InvalidInputException("non-parametric variable '" + v + "' is not among the continuous variables");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String v : continuous) {
            rows.add(continuousRow(table, v, groupValues, groups, options));
        }
        for (String v : categorical) {
            rows.addAll(categoricalRows(table, v, groupValues, groups, sizes, options));
        }
        return new Table(groups, sizes, rows);
    }

    private static Row continuousRow(CsvTable table, String v, List<String> groupValues, List<String> groups, Options o) {
        double[] all = table.numbers(v);
        double[][] byGroup = split(all, groupValues, groups);
        List<String> summaries = new ArrayList<>();
        boolean np = o.nonParametric().contains(v);
        for (double[] g : byGroup) {
            summaries.add(np
                    ? fmt(Descriptive.quantile(g, 0.5), o) + " [" + fmt(Descriptive.quantile(g, 0.25), o) + ", "
                            + fmt(Descriptive.quantile(g, 0.75), o) + "]"
                    : fmt(Descriptive.mean(g), o) + " ± " + fmt(Descriptive.sd(g), o));
        }
        TestResult t;
        if (byGroup.length == 2) {
            t = np ? MannWhitneyTest.test(byGroup[0], byGroup[1])
                    : o.welch() ? TTest.welch(byGroup[0], byGroup[1]) : TTest.student(byGroup[0], byGroup[1]);
        } else {
            t = np ? KruskalWallisTest.test(byGroup) : OneWayAnova.classic(byGroup);
        }
        return new Row(v, "", summaries, t.test(), t.statistic(), t.p());
    }

    private static List<Row> categoricalRows(CsvTable table, String v, List<String> groupValues, List<String> groups,
                                             List<Integer> sizes, Options o) {
        List<String> values = table.strings(v);
        for (int r = 0; r < values.size(); r++) {
            if (values.get(r).isBlank() || values.get(r).equalsIgnoreCase("NA")) {
                throw new InvalidInputException(table.source() + ": column '" + v + "' line " + (r + 2) + ": missing value");
            }
        }
        List<String> levels = new ArrayList<>(new TreeSet<>(values));
        List<Row> rows = new ArrayList<>();
        if (levels.size() < 2) {
            throw new InvalidInputException(table.source() + ": column '" + v + "': only one category ('"
                    + levels.get(0) + "'); nothing to compare");
        }
        long[][] counts = new long[levels.size()][groups.size()];
        for (int r = 0; r < values.size(); r++) {
            counts[levels.indexOf(values.get(r))][groups.indexOf(groupValues.get(r))]++;
        }
        ContingencyTable ct = new ContingencyTable(counts);
        TestResult t;
        if (ct.minExpected() < MIN_EXPECTED) {
            try {
                t = FisherExactTest.test(ct, o.fisherLimit());
            } catch (IllegalArgumentException tooLarge) {
                TestResult chi = ChiSquareTest.test(ct, o.yates());
                t = new TestResult(chi.test() + " (Fisher infeasible)", chi.statistic(), chi.df(), chi.df2(), chi.p());
            }
        } else {
            t = ChiSquareTest.test(ct, o.yates());
        }
        rows.add(new Row(v, "", List.of(), t.test(), t.statistic(), t.p()));
        for (int l = 0; l < levels.size(); l++) {
            List<String> s = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                double pct = 100.0 * counts[l][g] / sizes.get(g);
                s.add(counts[l][g] + " (" + String.format(Locale.ROOT, "%.1f", pct) + "%)");
            }
            rows.add(new Row(v, levels.get(l), s, "", Double.NaN, Double.NaN));
        }
        return rows;
    }

    /** Distinct group values: {1, 0} for a binary label (cases first), otherwise numeric or text order. */
    static List<String> groupOrder(List<String> values) {
        Set<String> distinct = new TreeSet<>(values);
        if (distinct.equals(Set.of("0", "1"))) {
            return List.of("1", "0");
        }
        List<String> out = new ArrayList<>(distinct);
        if (out.stream().allMatch(GroupComparison::isNumber)) {
            out.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static double[][] split(double[] all, List<String> groupValues, List<String> groups) {
        Map<String, List<Double>> m = new LinkedHashMap<>();
        for (String g : groups) {
            m.put(g, new ArrayList<>());
        }
        for (int i = 0; i < all.length; i++) {
            m.get(groupValues.get(i)).add(all[i]);
        }
        double[][] out = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            out[g] = m.get(groups.get(g)).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return out;
    }

    private static String fmt(double v, Options o) {
        return String.format(Locale.ROOT, "%." + o.digits() + "f", v);
    }
}
