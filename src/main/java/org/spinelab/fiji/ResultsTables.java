package org.spinelab.fiji;

import ij.measure.ResultsTable;
import java.nio.file.Path;
import java.util.List;
import org.spinelab.util.CsvTable;

/**
 * Tables of the core (header + rows, or a CSV the core wrote) as ImageJ {@link ResultsTable}s: numbers
 * stay numeric (so a macro reads them with {@code getResult}), everything else is a string column
 * ({@code getResultString}); an empty or missing cell is NaN in a numeric column.
 */
final class ResultsTables {

    private ResultsTables() {}

    static ResultsTable of(List<String> header, List<? extends List<?>> rows) {
        ResultsTable rt = new ResultsTable();
        for (List<?> row : rows) {
            rt.incrementCounter();
            for (int c = 0; c < header.size(); c++) {
                Object v = c < row.size() ? row.get(c) : null;
                put(rt, header.get(c), v);
            }
        }
        return rt;
    }

    static ResultsTable read(Path csv) {
        CsvTable t = CsvTable.read(csv);
        ResultsTable rt = new ResultsTable();
        for (int r = 0; r < t.rowCount(); r++) {
            rt.incrementCounter();
            for (String col : t.header()) {
                put(rt, col, t.get(r, col));
            }
        }
        return rt;
    }

    private static void put(ResultsTable rt, String column, Object v) {
        if (v instanceof Number n) {
            rt.addValue(column, n.doubleValue());
        } else if (v == null) {
            rt.addValue(column, Double.NaN);
        } else {
            String s = v.toString();
            Double d = parse(s);
            if (d != null) {
                rt.addValue(column, d);
            } else {
                rt.addValue(column, s);
            }
        }
    }

    private static Double parse(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("nan")) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
