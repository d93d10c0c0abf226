package org.spinelab.fiji;

import ij.measure.ResultsTable;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.CsvTable;
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

    /** Whether the table has {@code column}. */
    boolean has(String column) {
        return table.columnExists(column);
    }

    /** One cell as a number; a missing column, a row out of range or a non-number is an error naming them. */
    double number(String column, int row) {
        if (row < 0 || row >= table.size()) {
            throw new InvalidInputException("row=" + row + ": table '" + title + "' has rows 0 to " + (table.size() - 1));
        }
        if (!has(column)) {
            throw new InvalidInputException("table '" + title + "': no column '" + column + "' (columns: "
                    + table.getColumnHeadings().trim().replace('\t', ',') + ")");
        }
        double v = table.getValue(column, row);
        if (!Double.isFinite(v)) {
            throw new InvalidInputException("table '" + title + "': column '" + column + "' row " + row
                    + ": not a finite number ('" + table.getStringValue(column, row) + "')");
        }
        return v;
    }

    /**
     * The table as a {@link CsvTable} (so the core's column checks apply), numbers written exactly
     * ({@link Double#toString}) rather than at the table's display precision.
     */
    CsvTable toCsvTable() {
        String[] headings = table.getHeadings();
        List<String> header = new ArrayList<>();
        for (String h : headings) {
            if (!h.isBlank()) {
                header.add(h);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = new ArrayList<>();
            for (String h : header) {
                if ("Label".equals(h) && !table.columnExists(h)) {
                    row.add(String.valueOf(table.getLabel(r)));
                    continue;
                }
                double v = table.getValue(h, r);
                row.add(Double.isNaN(v) ? table.getStringValue(h, r) : Double.toString(v));
            }
            rows.add(row);
        }
        return new CsvTable("table '" + title + "'", header, rows);
    }
}
