package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
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
import org.spinelab.nomogram.Logit;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.study.NomogramModel;
import org.spinelab.study.RadiomicsNomogramStudy;
import org.spinelab.study.StudyCohort;
import org.spinelab.study.StudyModel;
import org.spinelab.study.StudyNomogram;
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
 * study's own extraction and fitted models, another code path) to 1e-9. The points read off the
 * nomogram must add up to the total, and the total taken through the nomogram's points → linear
 * predictor scale must give the logistic model's probability again (points are an affine function of
 * each βⱼ·xⱼ, so this holds exactly up to rounding); the figure, drawn unmarked from model.json, must
 * be the study's own {@code figures/nomogram.png} pixel for pixel, and marked, carry the patient's
 * red marks. A clinical factor left out or unknown cancels the command with a message naming it; a
 * model.json without the nomogram axes (older files) still gives the scores, without points.
 */
class ApplyStudyModelCommandTest {

    @TempDir
    static Path tmp;
    static Context context;
    static Path cohortCsv;
    static Path modelJson;
    static Path studyDir;
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
        studyDir = out;
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

        // points per nomogram predictor, and their total
        List<String> predictors = model.nomogram().predictors();
        assertEquals(NomogramModel.RAD_SCORE, predictors.get(0));
        double sum = 0;
        for (String f : predictors) {
            assertTrue(rt.columnExists("points_" + f), "points_" + f + " in " + rt.getColumnHeadings());
            double pts = rt.getValue("points_" + f, 0);
            assertTrue(Double.isFinite(pts), f);
            sum += pts;
        }
        double total = rt.getValue("total_points", 0);
        assertEquals(sum, total, 1e-9, "points add up to total_points");
        // total points through the nomogram's own points -> linear predictor relation give the model's probability
        Nomogram nom = StudyNomogram.of(model);
        assertEquals(pn, Logit.inverse(nom.linearPredictor(total)), 1e-9, "probability read off the nomogram");
        // a binary factor's points are 0 or its axis's whole span, as its value is 0 or 1 (the sign of β decides which)
        for (Nomogram.Axis a : nom.predictors().subList(1, nom.predictors().size())) {
            if (!a.discrete()) {
                continue;
            }
            double v = Double.parseDouble(cohortValue(id, a.name()));
            double expected = (v == 1) == (a.coefficient() > 0) ? Math.abs(a.points()[1] - a.points()[0]) : 0;
            assertEquals(expected, rt.getValue("points_" + a.name(), 0), 1e-9, a.name());
        }

        // the figure: the study's nomogram (same scales as figures/nomogram.png) with the patient marked
        ImagePlus fig = (ImagePlus) m.getOutput("figure");
        assertNotNull(fig, "nomogram figure");
        assertTrue(fig.getTitle().contains(String.format(Locale.ROOT, "p = %.3f", pn)), fig.getTitle());
        BufferedImage marked = fig.getBufferedImage();
        BufferedImage studyFigure = ImageIO.read(studyDir.resolve("figures/nomogram.png").toFile());
        assertSamePixels(studyFigure, StudyNomogram.figure(nom, null));
        assertEquals(studyFigure.getWidth(), marked.getWidth());
        assertEquals(0, reddish(studyFigure));
        assertTrue(reddish(marked) > 100 * (predictors.size() + 2), "a red mark per axis: " + reddish(marked));
        Path look = Path.of("target", "figures", "apply-study-model-" + id + ".png");
        Files.createDirectories(look.getParent());
        ImageIO.write(marked, "png", look.toFile());
    }

    @Test
    void headlessTheReadoutIsLoggedAndTheFigureCanBeLeftOut() throws Exception {
        String id = predictions.get(firstRowOfSet("validation"), "id");
        List<String> factors = ApplyStudyModelCommand.clinicalFactors(StudyModel.read(modelJson));
        Map<String, Object> in = inputs(id, clinicalText(id, factors));
        StringBuilder log = new StringBuilder();
        CommandModule m = captureLog(in, log);
        assertFalse(m.isCanceled(), m.getCancelReason());
        assertTrue(log.toString().contains("Apply Study Model: nomogram of "), log.toString());
        assertTrue(log.toString().contains("total_points"), "Results printed: " + log);
        in.put("nomogram", false);
        CommandModule without = run(in);
        assertNull(without.getOutput("figure"));
        assertTrue(((ResultsTable) without.getOutput("prediction")).columnExists("total_points"));
    }

    @Test
    void anOlderModelWithoutNomogramAxesStillScoresWithoutPoints() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(modelJson.toFile());
        assertNotNull(json.remove("nomogramAxes"), "model.json stores the nomogram axes");
        Path old = tmp.resolve("old-model.json");
        new ObjectMapper().writeValue(old.toFile(), json);
        int p = firstRowOfSet("validation");
        String id = predictions.get(p, "id");
        Map<String, Object> in = inputs(id, clinicalText(id, ApplyStudyModelCommand.clinicalFactors(StudyModel.read(old))));
        in.put("model", old.toFile());
        StringBuilder log = new StringBuilder();
        CommandModule m = captureLog(in, log);
        assertFalse(m.isCanceled(), m.getCancelReason());
        ResultsTable rt = (ResultsTable) m.getOutput("prediction");
        assertEquals(predictions.numbers("nomogram_probability")[p], rt.getValue("nomogram_probability", 0), 1e-9);
        assertFalse(rt.columnExists("total_points"));
        assertNull(m.getOutput("figure"));
        assertTrue(log.toString().contains("has no nomogram axes"), log.toString());
    }

    @Test
    void anUnknownClinicalFactorCancelsNamingIt() throws Exception {
        String id = predictions.get(firstRowOfSet("validation"), "id");
        List<String> factors = ApplyStudyModelCommand.clinicalFactors(StudyModel.read(modelJson));
        CommandModule m = run(inputs(id, clinicalText(id, factors) + " bone_pain=1"));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().startsWith("clinical: 'bone_pain' is not a predictor"), m.getCancelReason());
        assertNull(m.getOutput("prediction"));
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

    /** Runs the command with what headless IJ.log prints (to System.out) collected in {@code log}. */
    private static CommandModule captureLog(Map<String, Object> in, StringBuilder log) throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run(in);
        } finally {
            System.setOut(previous);
            log.append(captured.toString(StandardCharsets.UTF_8));
            previous.print(log);
        }
    }

    private static String cohortValue(String id, String column) {
        CsvTable c = CsvTable.read(cohortCsv);
        return c.get(c.strings("id").indexOf(id), column);
    }

    private static int reddish(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                n += (rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90 ? 1 : 0;
            }
        }
        return n;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel (" + x + ", " + y + ")");
                }
            }
        }
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
