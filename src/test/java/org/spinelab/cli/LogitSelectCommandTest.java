package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.CsvTable;

/** {@code logit} and {@code select} end to end against the R reference files. */
class LogitSelectCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path resource(String name) throws Exception {
        return Path.of(LogitSelectCommandTest.class.getResource("/nomogram/" + name).toURI());
    }

    static void close(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol, what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void logitWritesTheContractJsonMatchingR() throws Exception {
        Path out = dir.resolve("r.json");
        Path cal = dir.resolve("cal.png");
        Path dca = dir.resolve("dca.png");
        Path nomPng = dir.resolve("nom.png");
        Path model = dir.resolve("nom.json");
        Run r = run("logit", "--table", resource("logit_train.csv").toString(), "--label", "label",
                "--predictors", "radscore,hetero,shape,age", "--out", out.toString(), "--calibration-figure", cal.toString(),
                "--bootstrap", "20", "--dca-figure", dca.toString(), "--nomogram-figure", nomPng.toString(),
                "--model", model.toString(), "--mark", "radscore=1.2", "--mark", "hetero=1", "--mark", "shape=0",
                "--mark", "age=61");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("probability"), r.out());
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertEquals(List.of("n", "coefficients", "hosmer_lemeshow"), fieldNames(j));
        assertEquals(150, j.get("n").asInt());
        CsvTable ref = CsvTable.read(resource("logit_coefficients.csv"));
        assertEquals(ref.rowCount(), j.get("coefficients").size());
        for (int k = 0; k < ref.rowCount(); k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(List.of("name", "estimate", "se", "z", "p", "or", "or_ci95"), fieldNames(c));
            assertEquals(ref.get(k, "name"), c.get("name").asText());
            close(Double.parseDouble(ref.get(k, "estimate")), c.get("estimate").asDouble(), 1e-6, "estimate");
            close(Double.parseDouble(ref.get(k, "se")), c.get("se").asDouble(), 1e-6, "se");
            close(Double.parseDouble(ref.get(k, "or_lo")), c.get("or_ci95").get(0).asDouble(), 1e-6, "ci lo");
            close(Double.parseDouble(ref.get(k, "or_hi")), c.get("or_ci95").get(1).asDouble(), 1e-6, "ci hi");
        }
        assertEquals("(Intercept)", j.get("coefficients").get(0).get("name").asText());
        JsonNode hl = j.get("hosmer_lemeshow");
        assertEquals(List.of("chi2", "df", "p"), fieldNames(hl));
        JsonNode refHl = new ObjectMapper().readTree(resource("logit_summary.json").toFile()).get("hosmer_lemeshow");
        close(refHl.get("chi2").asDouble(), hl.get("chi2").asDouble(), 1e-6, "HL chi2");
        assertEquals(8, hl.get("df").asInt());
        for (Path png : List.of(cal, dca, nomPng)) {
            assertTrue(Files.size(png) > 5000, png + " written");
        }
        assertTrue(Files.readString(model).contains("\"nomogram\""));
    }

    @Test
    void logitBadInputNamesTheColumnAndLeavesNoOutput() throws Exception {
        Path out = dir.resolve("r.json");
        Run missing = run("logit", "--table", resource("logit_train.csv").toString(), "--label", "label",
                "--predictors", "radscore,nosuch", "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("'nosuch'"), missing.err());
        assertFalse(Files.exists(out));

        Path t = dir.resolve("t.csv");
        Files.writeString(t, "x,y\n1,1\n2,1\n3,1\n4,1\n");
        Run single = run("logit", "--table", t.toString(), "--label", "y", "--predictors", "x", "--out", out.toString());
        assertEquals(2, single.code());
        assertTrue(single.err().contains("single class"), single.err());

        Files.writeString(t, "x,y\n1,1\n2,0\n,1\n4,0\n5,1\n");
        Run na = run("logit", "--table", t.toString(), "--label", "y", "--predictors", "x", "--out", out.toString());
        assertEquals(2, na.code());
        assertTrue(na.err().contains("'x'") && na.err().contains("missing"), na.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void logitWarnsOnSeparation() throws Exception {
        Path t = dir.resolve("sep.csv");
        Files.writeString(t, "x,y\n-3,0\n-2,0\n-1,0\n-0.5,0\n0.5,1\n1,1\n2,1\n3,1\n");
        Path out = dir.resolve("sep.json");
        Run r = run("logit", "--table", t.toString(), "--label", "y", "--predictors", "x", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning") && r.err().contains("separated"), r.err());
    }

    @Test
    void selectWithRsFoldIdsReproducesCvGlmnetLambdaMin() throws Exception {
        Path out = dir.resolve("s.csv");
        Path sig = dir.resolve("sig.json");
        Run r = run("select", "--table", resource("lasso_data.csv").toString(), "--label", "label",
                "--fold-column", "fold", "--out", out.toString(), "--signature", sig.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("const"), "constant feature reported: " + r.err());
        CsvTable got = CsvTable.read(out);
        assertEquals(List.of("feature", "coefficient"), got.header());
        assertEquals("(Intercept)", got.get(0, "feature"));
        CsvTable ref = CsvTable.read(resource("cv_glmnet_coefficients.csv"));
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < ref.rowCount(); k++) {
            double v = Double.parseDouble(ref.get(k, "coef_min"));
            if (v != 0) {
                expected.add(ref.get(k, "feature").equals("(Intercept)") ? "(Intercept)" : ref.get(k, "feature"));
                int row = expected.size() - 1;
                close(v, Double.parseDouble(got.get(row, "coefficient")), 1e-4 * Math.max(1, Math.abs(v)), ref.get(k, "feature"));
            }
        }
        assertEquals(expected, got.strings("feature"));
        assertTrue(Files.readString(sig).contains("radiomics-signature"));
    }

    @Test
    void selectAtAFixedLambdaAndBadInput() throws Exception {
        Path out = dir.resolve("s.csv");
        Run r = run("select", "--table", resource("lasso_data.csv").toString(), "--label", "label",
                "--exclude", "fold", "--lambda", "0.03", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        CsvTable got = CsvTable.read(out);
        CsvTable ref = CsvTable.read(resource("glmnet_given_lambda.csv"));
        int rows = 0;
        for (int k = 0; k < ref.rowCount(); k++) {
            if (ref.get(k, "step").equals("2") && Double.parseDouble(ref.get(k, "coefficient")) != 0) {
                double v = Double.parseDouble(ref.get(k, "coefficient"));
                assertEquals(ref.get(k, "feature"), got.get(rows, "feature"));
                close(v, Double.parseDouble(got.get(rows, "coefficient")), 1e-4 * Math.max(1, Math.abs(v)), ref.get(k, "feature"));
                rows++;
            }
        }
        assertEquals(rows, got.rowCount());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "label,a,b\n0,1,2\n1,2,NA\n0,3,1\n1,4,2\n");
        Path out2 = dir.resolve("s2.csv");
        Run e = run("select", "--table", bad.toString(), "--label", "label", "--lambda", "0.1", "--out", out2.toString());
        assertEquals(2, e.code());
        assertTrue(e.err().contains("'b'"), e.err());
        assertFalse(Files.exists(out2));
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }
}
