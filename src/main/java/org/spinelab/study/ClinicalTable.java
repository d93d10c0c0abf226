package org.spinelab.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinelab.stats.Descriptive;
import org.spinelab.stats.GroupComparison;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * The paper's Table 1: each clinical factor per set and class (metastasis / myeloma) with the test
 * of {@link GroupComparison} — Student's t-test for age and diameter (mean ± SD), Pearson's χ² or
 * Fisher's exact test (an expected count below 5) for the binary factors (counts "yes/no"). A factor
 * with a single category in a set cannot be tested there: its p is NaN and its test says so.
 */
public final class ClinicalTable {

    /** One cell group: the two classes' summaries, the test's name and its p-value. */
    public record Cell(String metastasis, String myeloma, String test, double p) {}

    /** One factor across the three sets. */
    public record Row(String factor, String title, Map<StudySet, Cell> cells) {}

    /** The table, with (metastasis, myeloma) counts per set. */
    public record Table(Map<StudySet, int[]> classCounts, List<Row> rows) {

        /** The p-value of a factor in a set. */
        public double p(StudySet s, String factor) {
            for (Row r : rows) {
                if (r.factor().equals(factor)) {
                    return r.cells().get(s).p();
                }
            }
            throw new IllegalArgumentException(factor);
        }
    }

    private ClinicalTable() {}

    /** Display name of each factor, categorical ones with their "1/0" reading. */
    public static String title(String factor) {
        return switch (factor) {
            case "age" -> "Age (year)";
            case "male" -> "Gender (male/female)";
            case "diameter_cm" -> "Diameter (cm)";
            case "ill_defined_margin" -> "Margin (ill-defined/well-defined)";
            case "heterogeneous" -> "Heterogeneous appearance (present/absent)";
            case "irregular_shape" -> "Shape (irregular/regular)";
            case "multiple_lesions" -> "Number of lesions (multiple/single)";
            default -> factor;
        };
    }

    /** Short name of a factor for model tables and the nomogram. */
    public static String shortTitle(String factor) {
        return switch (factor) {
            case "age" -> "Age";
            case "male" -> "Male gender";
            case "diameter_cm" -> "Diameter";
            case "ill_defined_margin" -> "Ill-defined margin";
            case "heterogeneous" -> "Heterogeneous appearance";
            case "irregular_shape" -> "Irregular shape";
            case "multiple_lesions" -> "Multiple lesions";
            case "rad_score" -> "Rad-score";
            default -> factor;
        };
    }

    public static Table of(StudyCohort cohort) {
        Map<StudySet, int[]> counts = new EnumMap<>(StudySet.class);
        for (StudySet s : StudySet.values()) {
            int[] y = cohort.labels(s);
            int ones = java.util.Arrays.stream(y).sum();
            counts.put(s, new int[] {ones, y.length - ones});
        }
        List<Row> rows = new ArrayList<>();
        for (String f : StudyCohort.clinicalFactors()) {
            boolean continuous = StudyCohort.CONTINUOUS.contains(f);
            Map<StudySet, Cell> cells = new EnumMap<>(StudySet.class);
            for (StudySet s : StudySet.values()) {
                cells.put(s, cell(f, continuous, cohort.clinical(s, f), cohort.labels(s), s));
            }
            rows.add(new Row(f, title(f), cells));
        }
        return new Table(counts, rows);
    }

    static Cell cell(String factor, boolean continuous, double[] x, int[] y, StudySet s) {
        List<Double> met = new ArrayList<>();
        List<Double> mye = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (y[i] == 1 ? met : mye).add(x[i]);
            rows.add(List.of(Integer.toString(y[i]), continuous ? CsvTable.format(x[i]) : Long.toString(Math.round(x[i]))));
        }
        String a = continuous ? meanSd(met) : counts(met);
        String b = continuous ? meanSd(mye) : counts(mye);
        CsvTable t = new CsvTable(s.key() + " set", List.of("label", factor), rows);
        try {
            GroupComparison.Table g = GroupComparison.compare(t, "label", continuous ? List.of(factor) : List.of(),
                    continuous ? List.of() : List.of(factor), GroupComparison.Options.defaults());
            GroupComparison.Row r = g.rows().get(0);
            return new Cell(a, b, r.test(), r.p());
        } catch (InvalidInputException single) {
            return new Cell(a, b, "not testable (one category)", Double.NaN);
        }
    }

    private static String meanSd(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format(Locale.ROOT, "%.1f ± %.1f", Descriptive.mean(a), Descriptive.sd(a));
    }

    private static String counts(List<Double> v) {
        long ones = v.stream().filter(d -> d == 1).count();
        return ones + "/" + (v.size() - ones);
    }
}
