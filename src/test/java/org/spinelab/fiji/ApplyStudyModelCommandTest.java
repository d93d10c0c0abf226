package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.spinelab.image.io.VolumeIO;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.study.RadiomicsNomogramStudy;
import org.spinelab.study.StudyCohort;
import org.spinelab.study.StudyModel;
import org.spinelab.study.StudyOptions;
import org.spinelab.synth.CohortWriter;
import org.spinelab.synth.ImageSize;
import org.spinelab.synth.SynthOptions;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/**
 * Apply Study Model against the study itself: a study is run in-process on 30 synthetic patients
 * (light features), then one validation patient's T1, FS-T2 and mask are opened as ImagePlus and
 * scored with the study's model.json through CommandService. Its rad-score, clinical and nomogram
 * probabilities must equal that patient's row of the study's {@code tables/predictions.csv} (the
 * study's own extraction and fitted models, another code path) to 1e-9. A clinical factor left out
 * cancels the command with a message naming it.
 */
class ApplyStudyModelCommandTest {

    @TempDir
    static Path tmp;
    static Context context;
    static Path cohortCsv;
    static Path modelJson;
    static CsvTable predictions;

    @BeforeAll
    static void runStudy() throws Exception {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
        Path data = tmp.resolve("cohort");
        CohortWriter.write(new SynthOptions(30, 7, data, ImageSize.SMALL, 1.5, false, false, 2), Progress.NONE);
        cohortCsv = data.resolve("cohort.csv");
        Path params = tmp.resolve("light.yaml");
        Files.writeString(params, RunRadiomicsStudyCommandTest.LIGHT_PARAMS);
        Path out = tmp.resolve("study");
        new RadiomicsNomogramStudy(new StudyOptions(cohortCsv, out, 11, params, 2, false, 0, 10,
                SignatureSelection.LambdaRule.ONE_SE), Progress.NONE).run();
        modelJson = out.resolve("model.json");
        predictions = CsvTable.read(out.resolve("tables/predictions.csv"));
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    @Test
    void scoresOnePatientAsTheStudyDid() throws Exception {
        int p = firstRowOfSet("validation");
        String id = predictions.get(p, "id");
        StudyModel model = StudyModel.read(modelJson);
        List<String> factors = ApplyStudyModelCommand.clinicalFactors(model);
        assertFalse(factors.isEmpty(), "the nomogram of this study has clinical factors");

        CommandModule m = run(inputs(id, clinicalText(id, factors)));
        assertFalse(m.isCanceled(), m.getCancelReason());
        ResultsTable rt = (ResultsTable) m.getOutput("prediction");
        assertNotNull(rt);
        assertEquals(1, rt.size());
        assertEquals(predictions.numbers("nomogram_probability")[p], rt.getValue("nomogram_probability", 0), 1e-9, id);
        assertEquals(predictions.numbers("rad_score")[p], rt.getValue("rad_score", 0), 1e-9, id);
        assertEquals(predictions.numbers("clinical_probability")[p], rt.getValue("clinical_probability", 0), 1e-9, id);
        double pn = rt.getValue("nomogram_probability", 0);
        assertEquals(pn >= model.nomogram().threshold() ? 1 : 0, (int) rt.getValue("nomogram_call", 0));
        assertEquals(rt.getValue("rad_score", 0) >= model.signature().threshold() ? 1 : 0,
                (int) rt.getValue("signature_call", 0));
    }

    @Test
    void aMissingClinicalFactorCancelsNamingIt() throws Exception {
        String id = predictions.get(firstRowOfSet("validation"), "id");
        List<String> factors = ApplyStudyModelCommand.clinicalFactors(StudyModel.read(modelJson));
        String missing = factors.get(factors.size() - 1);
        CommandModule m = run(inputs(id, clinicalText(id, factors.subList(0, factors.size() - 1))));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("'" + missing + "'"), m.getCancelReason());
        assertTrue(m.getCancelReason().startsWith("clinical:"), m.getCancelReason());
    }

    private static CommandModule run(Map<String, Object> in) throws Exception {
        return context.service(CommandService.class).run(ApplyStudyModelCommand.class, true, in).get();
    }

    private static Map<String, Object> inputs(String id, String clinical) {
        CsvTable c = CsvTable.read(cohortCsv);
        int r = c.strings("id").indexOf(id);
        Map<String, Object> in = new HashMap<>();
        in.put("model", modelJson.toFile());
        in.put("t1", open(c, r, StudyCohort.SEQUENCES.get("t1")));
        in.put("t2fs", open(c, r, StudyCohort.SEQUENCES.get("t2fs")));
        in.put("lesion", open(c, r, StudyCohort.MASK_READER1));
        in.put("clinical", clinical);
        return in;
    }

    private static ImagePlus open(CsvTable c, int r, String column) {
        return ImagePlusBridge.toImagePlus(VolumeIO.read(cohortCsv.getParent().resolve(c.get(r, column))));
    }

    /** {@code name=value} pairs of the patient's row of the cohort table, as a user would type them. */
    private static String clinicalText(String id, List<String> factors) {
        CsvTable c = CsvTable.read(cohortCsv);
        int r = c.strings("id").indexOf(id);
        List<String> pairs = new ArrayList<>();
        for (String f : factors) {
            pairs.add(f + "=" + c.get(r, f));
        }
        return String.join(" ", pairs);
    }

    private static int firstRowOfSet(String set) {
        List<String> sets = predictions.strings("set");
        int i = sets.indexOf(set);
        assertTrue(i >= 0, "no " + set + " patient in predictions.csv: " + sets);
        return i;
    }
}
