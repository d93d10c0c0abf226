package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.synth.CohortWriter;
import org.spinelab.synth.ImageSize;
import org.spinelab.synth.SynthOptions;
import org.spinelab.util.Progress;

/**
 * Run Radiomics Study through CommandService on a small synthetic cohort made in the test (30 patients,
 * light feature set, 20 bootstrap replicates): the output folder is complete, the Results table holds
 * Table 2 — every set × model with the AUC, CI and accuracy that summary.json (written by other code)
 * reports — the ROC figures come back as a three-slice stack of the PNGs' size, and headless the
 * report's path is returned (and logged) instead of opening a browser.
 */
class RunRadiomicsStudyCommandTest {

    static final String LIGHT_PARAMS = """
            imageType:
              Original: {}
            featureClass:
              shape:
              firstorder:
              glcm:
            setting:
              normalize: true
              normalizeScale: 100
              binWidth: 25
              label: 1
            """;

    @TempDir
    static Path tmp;
    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    @Test
    void studyShowsTable2RocFiguresAndReport() throws Exception {
        Path data = tmp.resolve("cohort");
        CohortWriter.write(new SynthOptions(30, 7, data, ImageSize.SMALL, 1.5, false, false, 2), Progress.NONE);
        Path params = tmp.resolve("light.yaml");
        Files.writeString(params, LIGHT_PARAMS);
        Path out = tmp.resolve("study");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", data.resolve("cohort.csv").toFile());
        in.put("out", out.toFile());
        in.put("seed", 11L);
        in.put("params", params.toFile());
        in.put("threads", 2);
        in.put("bootstrap", 20);
        CommandModule m = context.service(CommandService.class).run(RunRadiomicsStudyCommand.class, true, in).get();
        assertFalse(m.isCanceled(), m.getCancelReason());

        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertEquals(out.resolve("report.html").toAbsolutePath().toString(), m.getOutput("report_file"));

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        ResultsTable rt = (ResultsTable) m.getOutput("performance");
        int checked = 0;
        for (int r = 0; r < rt.size(); r++) {
            JsonNode node = s.get("sets").get(rt.getStringValue("set", r)).get(rt.getStringValue("model", r));
            if (node == null) {
                continue;
            }
            assertEquals(node.get("auc").asDouble(), rt.getValue("auc", r), 1e-9, rt.getRowAsString(r));
            assertEquals(node.get("ci95").get(0).asDouble(), rt.getValue("auc_ci_lower", r), 1e-9);
            assertEquals(node.get("ci95").get(1).asDouble(), rt.getValue("auc_ci_upper", r), 1e-9);
            checked++;
        }
        assertEquals(12, checked, "3 sets × clinical, signature, nomogram, radiologist");

        ImagePlus roc = (ImagePlus) m.getOutput("roc");
        assertEquals(3, roc.getStackSize());
        ImagePlus validation = new ImagePlus(out.resolve("figures/roc_validation.png").toString());
        assertEquals(validation.getWidth(), roc.getWidth());
        assertEquals(validation.getHeight(), roc.getHeight());
        assertEquals("roc_validation", roc.getStack().getSliceLabel(2));
        assertTrue(roc.getStack().getProcessor(2).getStatistics().stdDev > 0, "figure not blank");
    }

    @Test
    void aMissingCohortIsRefusedAndLeavesNoFolder() throws Exception {
        Path out = tmp.resolve("nothing");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", tmp.resolve("no_such_cohort.csv").toFile());
        in.put("out", out.toFile());
        CommandModule m = context.service(CommandService.class).run(RunRadiomicsStudyCommand.class, true, in).get();
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("no_such_cohort.csv"), m.getCancelReason());
        assertFalse(Files.exists(out.resolve("report.html")));
    }
}
