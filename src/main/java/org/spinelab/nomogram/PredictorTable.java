package org.spinelab.nomogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * A label column and predictor columns taken from a {@link CsvTable}, checked once: every column
 * exists, is numeric and complete (the table's errors name file, column and line), the label is 0/1,
 * no predictor is named twice or is the label itself.
 */
public record PredictorTable(String source, List<String> names, double[][] columns, int[] y) {

    public static PredictorTable of(CsvTable table, String label, List<String> predictors) {
        if (predictors.isEmpty()) {
            throw new InvalidInputException(table.source() + ": no predictor columns given");
        }
        Set<String> seen = new HashSet<>();
        for (String p : predictors) {
            if (!seen.add(p)) {
                throw new InvalidInputException(table.source() + ": predictor column '" + p + "' is given twice");
            }
            if (p.equals(label)) {
                throw new InvalidInputException(table.source() + ": column '" + p + "' is the label; it cannot be a predictor too");
            }
            table.column(p);
        }
        int[] y = table.binary(label);
        if (y.length == 0) {
            throw new InvalidInputException(table.source() + ": the table has no rows");
        }
        double[][] cols = new double[predictors.size()][];
        for (int j = 0; j < predictors.size(); j++) {
            cols[j] = table.numbers(predictors.get(j));
        }
        return new PredictorTable(table.source(), List.copyOf(predictors), cols, y);
    }

    /** Every column except the label and {@code exclude}, in table order. */
    public static List<String> otherColumns(CsvTable table, String label, Set<String> exclude) {
        table.column(label);
        List<String> out = new ArrayList<>();
        for (String h : table.header()) {
            if (!h.equals(label) && !exclude.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Axis layout for a nomogram: a column holding at most 5 distinct integer values is drawn as
     * discrete levels (e.g. 0/1 clinical factors), any other as a continuous range from its minimum to
     * its maximum.
     */
    public List<Nomogram.Spec> nomogramSpecs() {
        List<Nomogram.Spec> specs = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            TreeSet<Double> distinct = new TreeSet<>();
            boolean integers = true;
            for (double v : columns[j]) {
                distinct.add(v);
                integers &= v == Math.rint(v);
            }
            if (integers && distinct.size() <= 5) {
                specs.add(Nomogram.Spec.discrete(names.get(j), distinct.stream().mapToDouble(Double::doubleValue).toArray()));
            } else {
                specs.add(Nomogram.Spec.continuous(names.get(j), distinct.first(), distinct.last()));
            }
        }
        return specs;
    }
}
