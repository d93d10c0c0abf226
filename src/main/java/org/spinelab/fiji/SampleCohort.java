package org.spinelab.fiji;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * A cohort table ({@code cohort.csv}: an {@code id} column and image paths relative to the table's
 * directory), as {@code spinelab synth} writes it, looked up by case and column.
 */
final class SampleCohort {

    private final Path csv;
    private final CsvTable table;

    private SampleCohort(Path csv, CsvTable table) {
        this.csv = csv;
        this.table = table;
    }

    /** Reads {@code csv}; a missing sample-data directory or table says how to make one. */
    static SampleCohort read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            Path dir = csv.toAbsolutePath().getParent();
            throw new InvalidInputException(csv + ": no cohort table"
                    + (dir != null && Files.isDirectory(dir) ? "" : " (directory " + dir + " does not exist)")
                    + "; make the sample cohort with: ./spinelab synth --patients 40 --seed 1 --out sample-data");
        }
        CsvTable t = CsvTable.read(csv);
        t.column("id");
        if (t.rowCount() == 0) {
            throw new InvalidInputException(csv + ": the cohort table has no cases");
        }
        return new SampleCohort(csv, t);
    }

    /** The row of case {@code id}; the first case when {@code id} is blank. */
    int row(String id) {
        if (id == null || id.isBlank()) {
            return 0;
        }
        List<String> ids = table.strings("id");
        int r = ids.indexOf(id.trim());
        if (r < 0) {
            throw new InvalidInputException(csv + ": no case with id '" + id + "' (ids: "
                    + String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", …" : "") + ")");
        }
        return r;
    }

    String id(int row) {
        return table.get(row, "id");
    }

    /** The column to open: {@code column}, or the first whose cell in {@code row} names an image file. */
    String imageColumn(int row, String column) {
        if (column != null && !column.isBlank()) {
            table.column(column.trim());
            return column.trim();
        }
        for (String c : table.header()) {
            if (isImagePath(table.get(row, c))) {
                return c;
            }
        }
        throw new InvalidInputException(csv + ": no column holds an image path (.nii, .nii.gz, .nrrd, .tif)");
    }

    /** {@code name}, checked to be a column of the table. */
    String column(String name) {
        table.column(name);
        return name;
    }

    /** The image path of {@code row} in {@code column}, resolved against the table's directory. */
    Path path(int row, String column) {
        String cell = table.get(row, column).trim();
        if (cell.isEmpty()) {
            throw new InvalidInputException(csv + ": case '" + id(row) + "' has no path in column '" + column + "'");
        }
        Path p = Path.of(cell);
        Path dir = csv.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private static boolean isImagePath(String cell) {
        String s = cell.trim().toLowerCase(Locale.ROOT);
        return s.endsWith(".nii") || s.endsWith(".nii.gz") || s.endsWith(".nrrd") || s.endsWith(".tif") || s.endsWith(".tiff");
    }
}
