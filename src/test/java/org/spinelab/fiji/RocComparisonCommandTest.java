package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.util.CsvTable;

/**
 * ROC Comparison through CommandService on the stats package's reference data (roc_ties.csv: tied
 * scores, three models) against R's pROC (roc_reference.json, made by src/test/r/stats_reference.R).
 */
class RocComparisonCommandTest {

    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    /** Loads a CSV of the test resources into ImageJ's "Results" table, as a macro or a user would. */
    static void loadResults(String resource) throws Exception {
        CsvTable csv = CsvTable.read(Path.of(RocComparisonCommandTest.class.getResource(resource).toURI()));
        ResultsTable rt = new ResultsTable();
        for (int r = 0; r < csv.rowCount(); r++) {
            rt.incrementCounter();
            for (String c : csv.header()) {
                rt.addValue(c, Double.parseDouble(csv.get(r, c)));
            }
        }
        Analyzer.setResultsTable(rt);
    }

    static JsonNode reference(String name) throws Exception {
        try (InputStream in = RocComparisonCommandTest.class.getResourceAsStream("/stats/roc_reference.json")) {
            return new ObjectMapper().readTree(in).get(name);
        }
    }

    static CommandModule run(String table, String label, String scores) throws Exception {
        return context.service(CommandService.class).run(RocComparisonCommand.class, true,
                Map.of("table", table, "label", label, "scores", scores)).get();
    }

    @Test
    void tableAndPlotMatchPRoc() throws Exception {
        loadResults("/stats/roc_ties.csv");
        CommandModule m = run("Results", "label", "A, B,C");
        assertFalse(m.isCanceled(), m.getCancelReason());
        JsonNode ref = reference("roc_ties");
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        List<String> models = List.of("A", "B", "C");
        assertEquals(3, rt.size());
        for (int r = 0; r < 3; r++) {
            String name = models.get(r);
            JsonNode mr = ref.get("models").get(name);
            JsonNode best = mr.get("best").get(0);
            assertEquals(name, rt.getStringValue("Model", r));
            assertEquals(mr.get("auc").asDouble(), rt.getValue("AUC", r), 1e-9, name);
            assertEquals(mr.get("ci95").get(0).asDouble(), rt.getValue("CI_low", r), 1e-9, name);
            assertEquals(mr.get("ci95").get(1).asDouble(), rt.getValue("CI_high", r), 1e-9, name);
            assertEquals(Double.parseDouble(best.get("threshold").asText()), rt.getValue("Threshold", r), 1e-12, name);
            assertEquals(best.get("sensitivity").asDouble(), rt.getValue("Sensitivity", r), 1e-9, name);
            assertEquals(best.get("specificity").asDouble(), rt.getValue("Specificity", r), 1e-9, name);
            assertEquals(best.get("accuracy").asDouble(), rt.getValue("Accuracy", r), 1e-9, name);
            assertTrue(Double.isNaN(rt.getValue("p_vs_" + name, r)), "no test of a model against itself");
        }
        for (JsonNode d : ref.get("delong")) {
            int a = models.indexOf(d.get("a").asText());
            int b = models.indexOf(d.get("b").asText());
            assertEquals(d.get("z").asDouble(), rt.getValue("z_vs_" + models.get(b), a), 1e-9);
            assertEquals(-d.get("z").asDouble(), rt.getValue("z_vs_" + models.get(a), b), 1e-9);
            assertEquals(d.get("p").asDouble(), rt.getValue("p_vs_" + models.get(b), a), 1e-9);
            assertEquals(d.get("p").asDouble(), rt.getValue("p_vs_" + models.get(a), b), 1e-9);
        }
        // the presenter made it ImageJ's Results table, which macros read with getResult(), and marked
        // both outputs shown, so that SciJava's display postprocessor leaves them alone
        assertEquals(rt, ResultsTable.getResultsTable());
        assertTrue(m.isOutputResolved("results") && m.isOutputResolved("plot"));

        Plot plot = (Plot) m.getOutput("plot");
        assertEquals(4, plot.getDataObjectDesignations().length, "three curves and the diagonal");
        for (int i = 0; i < 3; i++) {
            JsonNode curve = ref.get("models").get(models.get(i)).get("curve");
            float[][] xy = plot.getDataObjectArrays(i);
            assertArrayEquals(floats(curve.get("fpr")), xy[0], 1e-6f, models.get(i) + " 1 - specificity");
            assertArrayEquals(floats(curve.get("tpr")), xy[1], 1e-6f, models.get(i) + " sensitivity");
        }
        float[][] diagonal = plot.getDataObjectArrays(3);
        assertArrayEquals(new float[] {0, 1}, diagonal[0]);
        assertArrayEquals(new float[] {0, 1}, diagonal[1]);
        String legend = String.join("\n", plot.getDataObjectDesignations());
        assertTrue(legend.contains("A (AUC 0.679)") && legend.contains("C (AUC 0.729)") && legend.contains("chance"),
                legend);
    }

    static float[] floats(JsonNode a) {
        float[] f = new float[a.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) a.get(i).asDouble();
        }
        return f;
    }

    @Test
    void aMissingColumnCancelsNamingItAndTheColumnsThereAre() throws Exception {
        loadResults("/stats/roc_small.csv");
        CommandModule m = run("Results", "label", "a,radscore");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("'radscore'") && m.getCancelReason().contains("label,a,b"),
                m.getCancelReason());
    }

    @Test
    void aTableThatIsNotOpenIsNamed() throws Exception {
        CommandModule m = run("scores.csv", "label", "a");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().startsWith("table=scores.csv: no open table"), m.getCancelReason());
    }

    @Test
    void aLabelColumnThatIsNotZeroOneIsRefusedByRow() throws Exception {
        loadResults("/stats/roc_small.csv");
        CommandModule m = run("Results", "b", "a");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("'b'"), m.getCancelReason());
    }
}
