package org.spinelab.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Transfers every case of a cohort table in one call. Paths in the table are relative to the table's
 * directory (absolute paths are kept). A failing case is reported and the others go on.
 *
 * @param sourceColumn column of the source images (e.g. the sagittal series)
 * @param labelsColumn column of the labels on the source grid
 * @param targetColumn column of the target images
 * @param outColumn column of the output label paths
 * @param probabilityColumn column of the probability map paths, or null for none
 */
public record CohortTransfer(String sourceColumn, String labelsColumn, String targetColumn, String outColumn,
        String probabilityColumn, TransferOptions options) {

    /** The outcome of one row: {@code error} is null when it succeeded. */
    public record CaseOutcome(String id, Path out, TransferStats stats, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public List<CaseOutcome> run(Path cohortFile, Progress progress) {
        CsvTable table = CsvTable.read(cohortFile);
        for (String c : new String[] {sourceColumn, labelsColumn, targetColumn, outColumn, probabilityColumn}) {
            if (c != null) {
                table.column(c);
            }
        }
        Path base = cohortFile.toAbsolutePath().getParent();
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = table.hasColumn("id") ? table.get(r, "id") : "row " + (r + 2);
            Path out = null;
            try {
                out = resolve(base, table, r, outColumn);
                Path prob = probabilityColumn == null ? null : resolve(base, table, r, probabilityColumn);
                TransferJob job = new TransferJob(resolve(base, table, r, sourceColumn),
                        resolve(base, table, r, labelsColumn), resolve(base, table, r, targetColumn), out, prob,
                        options);
                TransferResult res = job.run(progress);
                outcomes.add(new CaseOutcome(id, out, res.stats(), null));
                progress.message(id + ": " + res.stats().resultLabelVoxels() + " label voxels → " + out);
            } catch (InvalidInputException e) {
                outcomes.add(new CaseOutcome(id, out, null, e.getMessage()));
                progress.message(id + ": failed: " + e.getMessage());
            } catch (RuntimeException e) {
                outcomes.add(new CaseOutcome(id, out, null, e.toString()));
                progress.message(id + ": failed: " + e);
            }
            progress.update("transfer cohort", r + 1, table.rowCount());
        }
        return outcomes;
    }

    private static Path resolve(Path base, CsvTable table, int row, String column) {
        String v = table.get(row, column).trim();
        if (v.isEmpty()) {
            throw new InvalidInputException(table.source() + ": empty path in column '" + column + "', line " + (row + 2));
        }
        return base.resolve(v);
    }
}
