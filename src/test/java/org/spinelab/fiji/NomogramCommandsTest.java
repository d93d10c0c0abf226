package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.util.CsvTable;

/**
 * Fit Logistic Model and Apply Nomogram through CommandService, against the nomogram package's R
 * reference data (src/test/r/nomogram_reference.R): {@code glm(binomial)} + {@code confint.default} +
 * Hosmer–Lemeshow on logit_train.csv, and one patient read off {@code rms::nomogram}.
 */
class NomogramCommandsTest {

    static final String TRAIN = "/nomogram/logit_train.csv";
    static Context context;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static Path resource(String name) throws Exception {
        return Path.of(NomogramCommandsTest.class.getResource(name).toURI());
    }

    static JsonNode json(String name) throws Exception {
        return new ObjectMapper().readTree(resource("/nomogram/" + name).toFile());
    }

    static CommandModule run(Class<? extends Command> c, Map<String, Object> inputs) throws Exception {
        return context.service(CommandService.class).run(c, true, inputs).get();
    }

    static void close(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol, what + ": expected " + expected + ", got " + actual);
    }

    static void assertMatchesGlm(ResultsTable rt) throws Exception {
        CsvTable r = CsvTable.read(resource("/nomogram/logit_coefficients.csv"));
        assertEquals(r.rowCount(), rt.size());
        String[][] cols = {{"estimate", "Estimate"}, {"se", "SE"}, {"z", "z"}, {"or", "OR"}, {"or_lo", "OR_low"},
            {"or_hi", "OR_high"}};
        for (int j = 0; j < r.rowCount(); j++) {
            String term = r.get(j, "name");
            assertEquals(term, rt.getStringValue("Term", j));
            for (String[] c : cols) {
                close(Double.parseDouble(r.get(j, c[0])), rt.getValue(c[1], j), 1e-6, term + " " + c[1]);
            }
            double p = Double.parseDouble(r.get(j, "p"));
            close(p, rt.getValue("p", j), 1e-6 * p, term + " p");
        }
        JsonNode hl = json("logit_summary.json").get("hosmer_lemeshow");
        for (int j = 0; j < rt.size(); j++) {
            close(hl.get("chi2").asDouble(), rt.getValue("HL_chi2", j), 1e-6, "HL chi2");
            assertEquals(hl.get("df").asDouble(), rt.getValue("HL_df", j));
            close(hl.get("p").asDouble(), rt.getValue("HL_p", j), 1e-6 * hl.get("p").asDouble(), "HL p");
        }
    }

    @Test
    void fitOnTheResultsTableMatchesRsGlmAndHosmerLemeshow() throws Exception {
        RocComparisonCommandTest.loadResults(TRAIN);
        CommandModule m = run(FitLogisticModelCommand.class, Map.of("table", "Results", "label", "label",
                "predictors", "radscore, hetero,shape,age"));
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertMatchesGlm((ResultsTable) m.getOutput("coefficients"));
        assertNull(m.getOutput("figure"), "no nomogram unless asked");
    }

    @Test
    void fitOnACsvFileMatchesRToo() throws Exception {
        Analyzer.setResultsTable(new ResultsTable());
        CommandModule m = run(FitLogisticModelCommand.class, Map.of("csv", resource(TRAIN).toFile(),
                "predictors", "radscore,hetero,shape,age", "nomogram", true));
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertMatchesGlm((ResultsTable) m.getOutput("coefficients"));
        ImagePlus fig = (ImagePlus) m.getOutput("figure");
        assertNotNull(fig);
        assertTrue(fig.getWidth() > 500 && fig.getHeight() > 300, fig.toString());
    }

    /** Fits label ~ radscore + hetero + shape (the model of nomogram.json) and saves it. */
    File savedModel() throws Exception {
        File model = dir.resolve("nomogram.json").toFile();
        CommandModule m = run(FitLogisticModelCommand.class, Map.of("csv", resource(TRAIN).toFile(),
                "predictors", "radscore,hetero,shape", "model", model));
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertTrue(model.isFile());
        return model;
    }

    static void assertPatientMatchesRms(ResultsTable rt) throws Exception {
        JsonNode ref = json("nomogram.json");
        assertEquals(1, rt.size());
        for (String p : List.of("radscore", "hetero", "shape")) {
            close(ref.get("patient").get(p).asDouble(), rt.getValue(p, 0), 0, p);
            close(ref.get("patient_points").get(p).asDouble(), rt.getValue("Points_" + p, 0), 1e-6, p + " points");
        }
        close(ref.get("patient_total").asDouble(), rt.getValue("Total_points", 0), 1e-6, "total points");
        close(ref.get("patient_lp").asDouble(), rt.getValue("Linear_predictor", 0), 1e-6, "linear predictor");
        close(ref.get("patient_probability").asDouble(), rt.getValue("Probability", 0), 1e-6, "probability");
    }

    @Test
    void applyWithTypedValuesMatchesRmsNomogram() throws Exception {
        CommandModule m = run(ApplyNomogramCommand.class, Map.of("model", savedModel(),
                "values", "radscore=1.234 hetero=1, shape=0"));
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertPatientMatchesRms((ResultsTable) m.getOutput("score"));
        ImagePlus fig = (ImagePlus) m.getOutput("figure");
        assertNotNull(fig);
        assertTrue(fig.getTitle().contains("p = 0.812"), fig.getTitle());
    }

    @Test
    void applyWithATableRowMatchesRmsNomogram() throws Exception {
        File model = savedModel();
        ResultsTable rt = new ResultsTable();
        double[][] rows = {{-2, 0, 1}, {1.234, 1, 0}};
        for (double[] r : rows) {
            rt.incrementCounter();
            rt.addValue("id", rt.size());
            rt.addValue("radscore", r[0]);
            rt.addValue("hetero", r[1]);
            rt.addValue("shape", r[2]);
        }
        Analyzer.setResultsTable(rt);
        CommandModule m = run(ApplyNomogramCommand.class, Map.of("model", model, "row", 1, "nomogram", false));
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertPatientMatchesRms((ResultsTable) m.getOutput("score"));
        assertNull(m.getOutput("figure"));
    }

    @Test
    void inputErrorsNameTheKeyAndTheColumn() throws Exception {
        File model = savedModel();
        Map<String, String> cases = Map.of(
                "radscore=1 hetero=1", "values: no value for predictor 'shape'",
                "radscore=1 hetero=1 shape=0 age=50", "values: 'age' is not a predictor of the model",
                "radscore=x hetero=1 shape=0", "values: radscore=x is not a number",
                "radscore=1 radscore=2 hetero=1 shape=0", "values: 'radscore' is given twice");
        for (var c : cases.entrySet()) {
            CommandModule m = run(ApplyNomogramCommand.class, Map.of("model", model, "values", c.getKey()));
            assertTrue(m.isCanceled(), c.getKey());
            assertTrue(m.getCancelReason().startsWith(c.getValue()), c.getKey() + " -> " + m.getCancelReason());
        }
        Path notAModel = Files.writeString(dir.resolve("x.json"), "{\"kind\":\"radiomics-signature\",\"version\":1}");
        CommandModule m = run(ApplyNomogramCommand.class, Map.of("model", notAModel.toFile(), "values", "a=1"));
        assertTrue(m.getCancelReason().contains("expected a 'nomogram'"), m.getCancelReason());

        RocComparisonCommandTest.loadResults(TRAIN);
        m = run(FitLogisticModelCommand.class, new HashMap<>(Map.of("predictors", "radscore,volume")));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("no column 'volume'"), m.getCancelReason());
        m = run(FitLogisticModelCommand.class, Map.of("predictors", "radscore", "label", "age"));
        assertTrue(m.getCancelReason().contains("column 'age'") && m.getCancelReason().contains("0 or 1"),
                m.getCancelReason());
    }
}
