package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinelab.testing.SharedData;
import org.spinelab.util.CsvTable;

/**
 * Outside reference values of brain1_image.nrrd: its geometry as the NRRD header states it (read
 * here from the header text, not through our reader) and PyRadiomics' diagnostics of the image
 * (mean, minimum, maximum over all voxels) from its baseline file.
 */
final class Brain1Reference {

    final Path image = SharedData.conformance("pyradiomics/brain1_image.nrrd");
    final long[] sizes = new long[3];
    final double[][] directions = new double[3][3]; // rows: axis i, j, k; LPS components
    final double[] origin = new double[3];
    final double mean;
    final double min;
    final double max;

    Brain1Reference() throws IOException {
        String header = header(image);
        String[] s = field(header, "sizes").trim().split("\\s+");
        for (int a = 0; a < 3; a++) {
            sizes[a] = Long.parseLong(s[a]);
        }
        List<double[]> dirs = vectors(field(header, "space directions"));
        for (int a = 0; a < 3; a++) {
            directions[a] = dirs.get(a);
        }
        System.arraycopy(vectors(field(header, "space origin")).get(0), 0, origin, 0, 3);
        CsvTable baseline = CsvTable.read(SharedData.conformance("pyradiomics/baseline_firstorder.csv"));
        mean = diagnostic(baseline, "diagnostics_Image-original_Mean");
        min = diagnostic(baseline, "diagnostics_Image-original_Minimum");
        max = diagnostic(baseline, "diagnostics_Image-original_Maximum");
    }

    private static double diagnostic(CsvTable t, String name) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.get(r, "featureName").equals(name)) {
                for (String col : t.header()) {
                    if (col.startsWith("brain1") && !t.get(r, col).isBlank()) {
                        return Double.parseDouble(t.get(r, col));
                    }
                }
            }
        }
        return fail("no " + name + " for brain1 in the PyRadiomics baseline");
    }

    private static String header(Path nrrd) throws IOException {
        byte[] b = Files.readAllBytes(nrrd);
        String text = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\n\n");
        return end < 0 ? fail("no NRRD header end") : text.substring(0, end);
    }

    private static String field(String header, String name) {
        for (String line : header.split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1);
            }
        }
        return fail("no NRRD field " + name);
    }

    private static List<double[]> vectors(String s) {
        Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(s);
        List<double[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            String[] c = m.group(1).split(",");
            out.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
        }
        return out;
    }
}
