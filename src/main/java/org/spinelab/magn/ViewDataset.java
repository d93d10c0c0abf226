package org.spinelab.magn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * The cases of a cohort table: for every row, each requested view's image and mask are read and cut
 * by {@link ViewSlicer}. Relative paths are resolved against the table's directory.
 */
public final class ViewDataset {

    private ViewDataset() {}

    /**
     * @param needLabels whether the label column is required (training) or optional (prediction: −1)
     */
    public static List<MagnCase> load(Path csv, CohortColumns cols, List<View> views, int crop, boolean needLabels,
            Progress progress) {
        CsvTable t = CsvTable.read(csv);
        for (View v : views) {
            requireColumn(t, cols.images().get(v), v, "image", "--image-columns");
            requireColumn(t, cols.masks().get(v), v, "mask", "--mask-columns");
        }
        t.column(cols.id());
        int[] labels = needLabels || t.hasColumn(cols.label()) ? t.binary(cols.label()) : null;
        Path base = csv.toAbsolutePath().getParent();
        List<MagnCase> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Map<View, ViewCrop> crops = new EnumMap<>(View.class);
            for (View v : views) {
                Path img = resolve(base, t, r, cols.images().get(v));
                Path msk = resolve(base, t, r, cols.masks().get(v));
                Volume image = VolumeIO.read(img);
                Volume mask = VolumeIO.read(msk);
                crops.put(v, ViewSlicer.cut(image, mask, crop, msk + " (" + csv.getFileName() + " line " + (r + 2) + ")"));
            }
            out.add(new MagnCase(t.get(r, cols.id()), labels == null ? -1 : labels[r], crops));
            progress.update("magn load", r + 1, t.rowCount());
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(csv + ": the cohort table has no rows");
        }
        return out;
    }

    private static void requireColumn(CsvTable t, String column, View v, String what, String option) {
        if (column == null || !t.hasColumn(column)) {
            throw new InvalidInputException(t.source() + ": no " + v.id() + " " + what + " column '" + column
                    + "' (set " + option + ", or leave the view out with --views; columns: " + String.join(", ", t.header()) + ")");
        }
    }

    private static Path resolve(Path base, CsvTable t, int r, String column) {
        String cell = t.get(r, column).trim();
        if (cell.isEmpty()) {
            throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (r + 2) + ": empty path");
        }
        Path p = Path.of(cell);
        return p.isAbsolute() || base == null ? p : base.resolve(p);
    }
}
