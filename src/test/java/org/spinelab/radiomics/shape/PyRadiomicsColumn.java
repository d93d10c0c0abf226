package org.spinelab.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * One column (case + configuration) of a PyRadiomics baseline table in
 * {@code shared/conformance/pyradiomics/}: its rows by name and the settings parsed from its
 * {@code diagnostics_Configuration_Settings} row (a Python dict literal).
 */
public final class PyRadiomicsColumn {

    private final String name;
    private final Map<String, String> rows;

    private PyRadiomicsColumn(String name, Map<String, String> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** All columns of {@code baseline_<family>.csv}, in file order. */
    public static List<PyRadiomicsColumn> all(String family) {
        CsvTable t = CsvTable.read(SharedData.conformance("pyradiomics/baseline_" + family + ".csv"));
        List<PyRadiomicsColumn> out = new ArrayList<>();
        for (String col : t.header().subList(1, t.header().size())) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (int r = 0; r < t.rowCount(); r++) {
                rows.put(t.get(r, t.header().get(0)), t.get(r, col));
            }
            out.add(new PyRadiomicsColumn(col, rows));
        }
        assertFalse(out.isEmpty(), "no columns in baseline_" + family);
        return out;
    }

    public String name() {
        return name;
    }

    /** The case, e.g. {@code brain1} for column {@code brain1_resampling}. */
    public String testCase() {
        return name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
    }

    public Volume image() {
        return VolumeIO.read(SharedData.conformance("pyradiomics/" + testCase() + "_image.nrrd"));
    }

    public Volume label() {
        return VolumeIO.read(SharedData.conformance("pyradiomics/" + testCase() + "_label.nrrd"));
    }

    /** The value of row {@code key}; fails when the row is missing or empty. */
    public String get(String key) {
        String v = rows.get(key);
        if (v == null || v.isEmpty()) {
            fail(name + ": baseline row " + key + " missing or empty");
        }
        return v;
    }

    public double number(String key) {
        return Double.parseDouble(get(key));
    }

    /** A tuple row such as {@code (162, 84, 11, 47, 70, 7)}. */
    public double[] tuple(String key) {
        String v = get(key).replaceAll("[()\\s]", "");
        return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Rows whose name starts with {@code prefix}, name → value (non-empty values only). */
    public Map<String, String> rowsStartingWith(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach((k, v) -> {
            if (k.startsWith(prefix) && !v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A setting's Python literal ({@code None}, {@code 5}, {@code 'sitkBSpline'}, {@code [2, 2, 2]}), or null when absent. */
    public String setting(String key) {
        String s = get("diagnostics_Configuration_Settings");
        Matcher m = Pattern.compile("'" + Pattern.quote(key) + "':\\s*(\\[[^\\]]*\\]|'[^']*'|[^,}]+)").matcher(s);
        return m.find() ? m.group(1).trim() : null;
    }

    public int intSetting(String key, int defaultValue) {
        String v = setting(key);
        return v == null || v.equals("None") ? defaultValue : Integer.parseInt(v);
    }

    public boolean boolSetting(String key) {
        return "True".equals(setting(key));
    }

    /** {@code resampledPixelSpacing}, or null when None/absent. */
    public double[] resampledPixelSpacing() {
        String v = setting("resampledPixelSpacing");
        if (v == null || v.equals("None")) {
            return null;
        }
        return Arrays.stream(v.replaceAll("[\\[\\]\\s]", "").split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The interpolator's name without quotes, or null. */
    public String interpolator() {
        String v = setting("interpolator");
        return v == null || v.equals("None") ? null : v.replace("'", "");
    }

    @Override
    public String toString() {
        return name;
    }

    /** |a − b| ≤ rel·max(|a|, |b|), with an absolute floor for values at zero. */
    public static boolean close(double expected, double actual, double rel) {
        return Math.abs(expected - actual) <= rel * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-12;
    }

    static Path dir() {
        return SharedData.conformance("pyradiomics");
    }
}
