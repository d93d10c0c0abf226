package org.spinelab.radiomics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * One of PyRadiomics' baseline tables ({@code baseline_<class>.csv}): rows are features and
 * diagnostics, columns are test cases (e.g. {@code brain1_2d}) whose settings are in the
 * {@code diagnostics_Configuration_Settings} row.
 */
final class BaselineTable {

    private final CsvTable table;

    private BaselineTable(CsvTable table) {
        this.table = table;
    }

    static BaselineTable of(String featureClass) {
        Path p = SharedData.conformance("pyradiomics/baseline_" + featureClass + ".csv");
        return new BaselineTable(CsvTable.read(p));
    }

    private int row(String name) {
        List<String> names = table.strings("featureName");
        int r = names.indexOf(name);
        if (r < 0) {
            throw new AssertionError(table.source() + ": no row " + name);
        }
        return r;
    }

    String value(String rowName, String column) {
        return table.get(row(rowName), column);
    }

    /** The column's settings dict, parsed. */
    @SuppressWarnings("unchecked")
    Map<String, Object> settings(String column) {
        return (Map<String, Object>) PythonLiteral.parse(value("diagnostics_Configuration_Settings", column));
    }

    /** Feature rows ({@code original_<class>_<Feature>}) with their baseline values in {@code column}. */
    Map<String, Double> features(String column) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> names = table.strings("featureName");
        for (int r = 0; r < names.size(); r++) {
            if (names.get(r).startsWith("original_")) {
                out.put(names.get(r), Double.parseDouble(table.get(r, column)));
            }
        }
        return out;
    }

    List<String> columns() {
        return new ArrayList<>(table.header().subList(1, table.header().size()));
    }
}
