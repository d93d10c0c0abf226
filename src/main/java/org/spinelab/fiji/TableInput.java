package org.spinelab.fiji;

import ij.measure.ResultsTable;
import org.spinelab.util.InvalidInputException;

/**
 * A table given by its window title, and its columns as numbers. "Results" is ImageJ's system
 * table (the only one headless ImageJ keeps); any other title is a table window. Errors name the
 * table, the column and the row, like {@link org.spinelab.util.CsvTable}'s.
 */
final class TableInput {

    private final String title;
    private final ResultsTable table;

    private TableInput(String title, ResultsTable table) {
        this.title = title;
        this.table = table;
    }

    static TableInput byTitle(String title) {
        ResultsTable rt = "Results".equals(title) ? ResultsTable.getResultsTable() : ResultsTable.getResultsTable(title);
        if (rt == null) {
            throw new InvalidInputException("table=" + title + ": no open table has this title"
                    + " (headless ImageJ keeps only the \"Results\" table)");
        }
        if (rt.size() == 0) {
            throw new InvalidInputException("table=" + title + ": the table is empty");
        }
        return new TableInput(title, rt);
    }

    int rows() {
        return table.size();
    }

    /** Every value of {@code column}; a missing column, an empty cell or text is an error naming them. */
    double[] numbers(String column) {
        if (!table.columnExists(column)) {
            throw new InvalidInputException("table '" + title + "': no column '" + column + "' (columns: "
                    + table.getColumnHeadings().trim().replace('\t', ',') + ")");
        }
        double[] v = new double[table.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = table.getValue(column, r);
            if (!Double.isFinite(v[r])) {
                throw new InvalidInputException("table '" + title + "': column '" + column + "' row " + (r + 1)
                        + ": not a finite number ('" + table.getStringValue(column, r) + "')");
            }
        }
        return v;
    }

    /** A 0/1 label column. */
    int[] binary(String column) {
        double[] v = numbers(column);
        int[] out = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            if (v[r] != 0 && v[r] != 1) {
                throw new InvalidInputException("table '" + title + "': column '" + column + "' row " + (r + 1)
                        + ": label must be 0 or 1, found " + v[r]);
            }
            out[r] = (int) v[r];
        }
        return out;
    }
}
