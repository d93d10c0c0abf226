package org.spinelab.nomogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.util.CsvTable;

/** Reads the R reference files in src/test/resources/nomogram (made by src/test/r/nomogram_reference.R). */
final class Reference {

    private Reference() {}

    static Path path(String name) {
        URL url = Reference.class.getResource("/nomogram/" + name);
        if (url == null) {
            throw new AssertionError("missing reference file nomogram/" + name + " (run src/test/r/nomogram_reference.R)");
        }
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static CsvTable csv(String name) {
        return CsvTable.read(path(name));
    }

    static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(path(name).toFile());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static double[][] columns(CsvTable t, List<String> names) {
        double[][] c = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            c[j] = t.numbers(names.get(j));
        }
        return c;
    }

    /** Columns of the table after the first {@code skip} ones. */
    static List<String> featureColumns(CsvTable t, int skip) {
        return new ArrayList<>(t.header().subList(skip, t.header().size()));
    }

    static void assertClose(double expected, double actual, double tol, String what) {
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (|diff| = "
                    + Math.abs(expected - actual) + " > " + tol + ")");
        }
    }

    /** Relative difference |a − e| / max(|e|, floor). */
    static void assertRelative(double expected, double actual, double tol, String what) {
        double rel = Math.abs(expected - actual) / Math.max(Math.abs(expected), 1e-300);
        if (!(rel <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (relative diff " + rel + ")");
        }
    }
}
