package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the R reference files under {@code src/test/resources/stats/} (made by
 * {@code src/test/r/stats_reference.R}) and compares with the tolerances of the test plan: absolute
 * 1e-6 for closed-form values, relative 1e-6 for p-values. Records the largest deviation per statistic
 * and prints them, so the report can quote them.
 */
final class Reference {

    static final double ABS = 1e-6;
    static final double REL = 1e-6;

    private static final Map<String, Double> MAX_DEVIATION = new TreeMap<>();

    static {
        // surefire swallows output after the tests; the summary goes to a file beside the reports
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StringBuilder sb = new StringBuilder();
            synchronized (MAX_DEVIATION) {
                MAX_DEVIATION.forEach((k, v) -> sb.append(String.format("%-32s %.3g%n", k, v)));
            }
            try {
                java.nio.file.Files.writeString(Path.of("target", "stats-max-deviation-from-R.txt"), sb.toString());
            } catch (IOException e) {
                System.err.println("cannot write the deviation summary: " + e);
            }
        }));
    }

    private Reference() {}

    static JsonNode json(String name) {
        try (InputStream in = Reference.class.getResourceAsStream("/stats/" + name)) {
            if (in == null) {
                fail("missing reference file src/test/resources/stats/" + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Path resource(String name) {
        try {
            var url = Reference.class.getResource("/stats/" + name);
            if (url == null) {
                fail("missing reference file src/test/resources/stats/" + name);
            }
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** A number from JSON, with R's {@code "Inf"}/{@code "-Inf"} texts; fails on a missing value. */
    static double num(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            fail("reference value missing");
        }
        if (n.isTextual()) {
            return switch (n.asText()) {
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(n.asText());
            };
        }
        return n.asDouble();
    }

    static double[] nums(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(a.get(i));
        }
        return out;
    }

    /** Absolute agreement to {@link #ABS}; infinities must match exactly. */
    static void close(String stat, double expected, double actual, String where) {
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            assertEquals(expected, actual, 0, stat + " " + where);
            return;
        }
        double d = Math.abs(expected - actual);
        record(stat, d);
        assertTrue(d <= ABS, stat + " " + where + ": R " + expected + ", ours " + actual);
    }

    /** Relative agreement to {@link #REL} (p-values); an exact 0 or 1 in R must be matched to 1e-15. */
    static void relClose(String stat, double expected, double actual, String where) {
        double d = Math.abs(expected - actual);
        double rel = expected == 0 ? d : d / Math.abs(expected);
        record(stat + " (rel)", rel);
        assertTrue(rel <= REL || d <= 1e-15, stat + " " + where + ": R " + expected + ", ours " + actual);
    }

    private static void record(String stat, double d) {
        synchronized (MAX_DEVIATION) {
            MAX_DEVIATION.merge(stat, d, Math::max);
        }
    }
}
