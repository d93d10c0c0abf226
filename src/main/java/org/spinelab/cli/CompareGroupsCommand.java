package org.spinelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.stats.GroupComparison;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spinelab compare-groups}: a "Table 1" of variables by group with the usual tests. */
@Command(name = "compare-groups", mixinStandardHelpOptions = true,
        description = {"Table 1: mean ± SD (t-test / ANOVA), median [IQR] (Mann–Whitney / Kruskal–Wallis) or"
                + " n (%%) (χ², Fisher's exact test when an expected count is < 5) per variable and group."})
final class CompareGroupsCommand implements Callable<Integer> {

    @Option(names = "--table", required = true, description = "CSV table")
    Path table;

    @Option(names = "--group", required = true, description = "group column (e.g. the 0/1 label)")
    String group;

    @Option(names = "--variables", split = ",", description = "continuous variables")
    List<String> variables = new ArrayList<>();

    @Option(names = "--categorical", split = ",", description = "categorical variables")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--nonparametric", split = ",",
            description = "continuous variables to report as median [IQR] with rank tests")
    List<String> nonParametric = new ArrayList<>();

    @Option(names = "--welch", description = "Welch's t-test instead of Student's for two groups")
    boolean welch;

    @Option(names = "--yates", description = "Yates' continuity correction for 2×2 χ² tests")
    boolean yates;

    @Option(names = "--digits", defaultValue = "2", description = "decimals of summaries (default: ${DEFAULT-VALUE})")
    int digits;

    @Option(names = "--out", required = true, description = "output CSV")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (variables.isEmpty() && categorical.isEmpty()) {
            throw new InvalidInputException("give --variables and/or --categorical");
        }
        if (digits < 0 || digits > 10) {
            throw new InvalidInputException("--digits must be between 0 and 10, got " + digits);
        }
        CsvTable t = CsvTable.read(table);
        GroupComparison.Table result = GroupComparison.compare(t, group, variables, categorical,
                new GroupComparison.Options(new HashSet<>(nonParametric), welch, yates, digits));
        List<String> header = new ArrayList<>(List.of("variable", "level"));
        for (int g = 0; g < result.groups().size(); g++) {
            header.add(group + "=" + result.groups().get(g) + " (n=" + result.groupSizes().get(g) + ")");
        }
        header.addAll(List.of("test", "statistic", "p"));
        List<List<Object>> rows = new ArrayList<>();
        for (GroupComparison.Row r : result.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.variable(), r.level()));
            if (r.summaries().isEmpty()) {
                result.groups().forEach(g -> row.add(""));
            } else {
                row.addAll(r.summaries());
            }
            row.add(r.test());
            row.add(Double.isNaN(r.statistic()) ? "" : r.statistic());
            row.add(Double.isNaN(r.p()) ? "" : r.p());
            rows.add(row);
        }
        CsvTable.write(out, header, rows);
        return 0;
    }
}
