package org.spinelab.radiomics.ibsi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.CsvTable;

/**
 * One IBSI reference table ({@code reference_*.csv}: data_set, family, image_biomarker, ibsi_tag,
 * consensus, reference_value, tolerance).
 */
public record IbsiReference(String source, List<Row> rows) {

    /** One reference value. */
    public record Row(String family, String name, String tag, String consensus, double value, double tolerance) {

        public boolean isDiagnostic() {
            return family.startsWith("Diagnostics");
        }

        /**
         * Whether {@code x} matches: {@code |x - value| <= tolerance + half a unit in the third significant
         * digit of value}. The published reference values are rounded to three significant digits
         * (many with tolerance 0), so a value that rounds to the reference matches.
         */
        public boolean matches(double x) {
            return Double.isFinite(x) && Math.abs(x - value) <= allowed();
        }

        public double allowed() {
            double slack = value == 0 ? 0 : 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
            return tolerance + slack + 1e-12;
        }
    }

    public static IbsiReference read(Path csv) {
        CsvTable t = CsvTable.read(csv);
        double[] values = t.numbers("reference_value");
        double[] tol = t.numbers("tolerance");
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(new Row(t.get(r, "family"), t.get(r, "image_biomarker"), t.get(r, "ibsi_tag"),
                    t.get(r, "consensus"), values[r], tol[r]));
        }
        return new IbsiReference(csv.toString(), rows);
    }
}
