package org.spinelab.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.cli.Main;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.stats.RocCurve;
import org.spinelab.synth.CohortWriter;
import org.spinelab.synth.ImageSize;
import org.spinelab.synth.SynthOptions;
import org.spinelab.testing.LightStudyParams;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * The whole study on a small synthetic cohort generated in-process: every output file is there and
 * well-formed, and the numbers agree across summary.json, the CSV tables, report.html and model.json;
 * model.json applied to the patients reproduces the study's probabilities; the same seed gives the
 * same summary.json; bad input leaves no output folder behind.
 */
class StudyIntegrationTest {

    private static final String LIGHT_PARAMS = LightStudyParams.YAML;

    @TempDir
    static Path tmp;
    static Path cohort;
    static Path params;
    static Path out;
    static StudyResult result;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void runStudy() throws Exception {
        Path data = tmp.resolve("cohort");
        CohortWriter.write(new SynthOptions(30, 7, data, ImageSize.SMALL, 1.5, false, false, 2), Progress.NONE);
        cohort = data.resolve("cohort.csv");
        params = tmp.resolve("light.yaml");
        Files.writeString(params, LIGHT_PARAMS);
        out = tmp.resolve("results");
        result = new RadiomicsNomogramStudy(options(out, 11), Progress.NONE).run();
    }

    static StudyOptions options(Path dir, long seed) {
        return new StudyOptions(cohort, dir, seed, params, 2, false, 0, 40, SignatureSelection.LambdaRule.ONE_SE);
    }

    @Test
    void everyOutputFileIsThere() throws Exception {
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertTrue(Files.isRegularFile(out.resolve("model.json")));
        for (String t : StudyTables.FILES) {
            CsvTable table = CsvTable.read(out.resolve("tables").resolve(t));
            assertTrue(table.rowCount() > 0, t);
        }
        for (String f : List.of("nomogram.png", "roc_training.png", "roc_validation.png", "roc_external.png",
                "decision_curve_training.png", "decision_curve_validation.png", "decision_curve_external.png")) {
            byte[] png = Files.readAllBytes(out.resolve("figures").resolve(f));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', f);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "temporary folder left behind");
        }
    }

    @Test
    void summaryHasTheContractShape() throws Exception {
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        for (String set : List.of("training", "validation", "external")) {
            for (String m : List.of("clinical", "signature", "nomogram", "radiologist")) {
                JsonNode node = s.get("sets").get(set).get(m);
                double auc = node.get("auc").asDouble();
                assertTrue(auc >= 0 && auc <= 1, set + "/" + m);
                assertEquals(2, node.get("ci95").size());
                assertTrue(node.get("ci95").get(0).asDouble() <= auc && auc <= node.get("ci95").get(1).asDouble());
            }
        }
        assertTrue(s.get("selected_features").size() >= 1);
        assertEquals(9, s.get("delong").size(), "nomogram vs 3 models in 3 sets");
    }

    @Test
    void numbersAgreeAcrossSummaryTablesReportAndModel() throws Exception {
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        String html = Files.readString(out.resolve("report.html"));
        CsvTable t2 = CsvTable.read(out.resolve("tables/table2_performance.csv"));
        Map<String, Double> reportAuc = new HashMap<>();
        Matcher m = Pattern.compile("data-set=\"(\\w+)\" data-model=\"(\\w+)\" data-auc=\"([^\"]+)\"><td>[^<]*</td><td>[^<]*"
                + "</td><td class=\"num\">([^<]+)</td>").matcher(html);
        Map<String, String> reportCell = new HashMap<>();
        while (m.find()) {
            reportAuc.put(m.group(1) + "/" + m.group(2), Double.parseDouble(m.group(3)));
            reportCell.put(m.group(1) + "/" + m.group(2), m.group(4));
        }
        assertEquals(12, reportAuc.size(), "Table 2 rows in the report");
        for (int r = 0; r < t2.rowCount(); r++) {
            String key = t2.get(r, "set") + "/" + t2.get(r, "model");
            JsonNode node = s.get("sets").get(t2.get(r, "set")).get(t2.get(r, "model"));
            double auc = Double.parseDouble(t2.get(r, "auc"));
            assertEquals(node.get("auc").asDouble(), auc, 0, key);
            assertEquals(node.get("ci95").get(0).asDouble(), Double.parseDouble(t2.get(r, "auc_ci_lower")), 0, key);
            assertEquals(node.get("sensitivity").asDouble(), Double.parseDouble(t2.get(r, "sensitivity")), 0, key);
            assertEquals(auc, reportAuc.get(key), 0, key);
            assertTrue(reportCell.get(key).startsWith(Fmt.f3(auc) + " ("), key + ": " + reportCell.get(key));
        }
        // AUCs recomputed from the per-patient predictions table
        CsvTable pred = CsvTable.read(out.resolve("tables/predictions.csv"));
        for (String set : List.of("training", "validation", "external")) {
            List<Double> p = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int r = 0; r < pred.rowCount(); r++) {
                if (pred.get(r, "set").equals(set)) {
                    p.add(Double.parseDouble(pred.get(r, "nomogram_probability")));
                    y.add(Integer.parseInt(pred.get(r, "label")));
                }
            }
            double auc = RocCurve.of(p.stream().mapToDouble(Double::doubleValue).toArray(),
                    y.stream().mapToInt(Integer::intValue).toArray()).auc();
            assertEquals(s.get("sets").get(set).get("nomogram").get("auc").asDouble(), auc, 1e-15, set);
        }
        // selected features: summary = signature table = model.json
        List<String> selected = new ArrayList<>();
        s.get("selected_features").forEach(n -> selected.add(n.asText()));
        CsvTable sig = CsvTable.read(out.resolve("tables/signature_coefficients.csv"));
        assertEquals(selected, sig.strings("feature").subList(1, sig.rowCount()));
        StudyModel model = StudyModel.read(out.resolve("model.json"));
        assertEquals(selected, model.signature().features());
        assertEquals(s.get("sets").get("training").get("nomogram").get("threshold").asDouble(), model.nomogram().threshold(), 0);
        // feature counts: summary = selection table = report text
        CsvTable counts = CsvTable.read(out.resolve("tables/feature_selection.csv"));
        JsonNode fc = s.get("feature_counts");
        assertEquals(fc.get("extracted").asInt(), Integer.parseInt(counts.get(0, "features")));
        assertEquals(fc.get("icc").asInt(), Integer.parseInt(counts.get(2, "features")));
        assertEquals(fc.get("lasso").asInt(), Integer.parseInt(counts.get(5, "features")));
        assertEquals(selected.size(), fc.get("lasso").asInt());
        assertTrue(html.contains("In total, " + fc.get("extracted").asInt() + " radiomics features were extracted"));
        assertTrue(html.contains(fc.get("anova").asInt() + " features with significant differences"));
        assertTrue(!html.contains("src=\"figures/") && html.contains("src=\"data:image/png;base64,"), "figures inlined");
    }

    @Test
    void modelJsonAppliedToThePatientsGivesTheStudysProbabilities() throws Exception {
        StudyModel model = StudyModel.read(out.resolve("model.json"));
        List<ModelApplication.Prediction> applied = ModelApplication.apply(model, cohort, 2, Progress.NONE);
        CsvTable pred = CsvTable.read(out.resolve("tables/predictions.csv"));
        Map<String, Integer> row = new HashMap<>();
        for (int r = 0; r < pred.rowCount(); r++) {
            row.put(pred.get(r, "id"), r);
        }
        assertEquals(pred.rowCount(), applied.size());
        for (ModelApplication.Prediction p : applied) {
            int r = row.get(p.id());
            assertEquals(Double.parseDouble(pred.get(r, "nomogram_probability")), p.nomogramProbability(), 1e-12, p.id());
            assertEquals(Double.parseDouble(pred.get(r, "rad_score")), p.radScore(), 1e-12, p.id());
            assertEquals(Double.parseDouble(pred.get(r, "clinical_probability")), p.clinicalProbability(), 1e-12, p.id());
        }
        // a table of new patients with only the columns the model needs (no label, center, second reader)
        CsvTable full = CsvTable.read(cohort);
        List<String> cols = new ArrayList<>(List.of("id", "t1_sag", "t2fs_sag", "mask_sag_reader1"));
        for (String f : model.nomogram().predictors()) {
            if (!f.equals(NomogramModel.RAD_SCORE) && !cols.contains(f)) {
                cols.add(f);
            }
        }
        for (String f : model.clinical().predictors()) {
            if (!cols.contains(f)) {
                cols.add(f);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<String> cells = new ArrayList<>();
            for (String c : cols) {
                cells.add(full.get(r, c));
            }
            rows.add(cells);
        }
        Path fresh = cohort.resolveSibling("new_patients.csv");
        CsvTable.write(fresh, cols, rows);
        List<ModelApplication.Prediction> newOnes = ModelApplication.apply(model, fresh, 1, Progress.NONE);
        for (ModelApplication.Prediction p : newOnes) {
            assertEquals(Double.parseDouble(pred.get(row.get(p.id()), "nomogram_probability")), p.nomogramProbability(), 1e-12);
        }
        // and through the command line
        Path csv = tmp.resolve("applied.csv");
        int rc = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("study", "apply", "--model", out.resolve("model.json").toString(), "--cohort", cohort.toString(),
                        "--threads", "2", "--out", csv.toString());
        assertEquals(0, rc);
        CsvTable cli = CsvTable.read(csv);
        assertEquals(ModelApplication.HEADER, cli.header().subList(0, ModelApplication.HEADER.size()));
        List<String> points = new ArrayList<>();
        model.nomogram().predictors().forEach(f -> points.add("points_" + f));
        points.add("total_points");
        assertEquals(points, cli.header().subList(ModelApplication.HEADER.size(), cli.header().size()));
        assertEquals(applied.get(0).nomogramProbability(), Double.parseDouble(cli.get(0, "nomogram_probability")), 0);
        for (int r = 0; r < cli.rowCount(); r++) {
            double sum = 0;
            for (String f : model.nomogram().predictors()) {
                sum += Double.parseDouble(cli.get(r, "points_" + f));
            }
            assertEquals(Double.parseDouble(cli.get(r, "total_points")), sum, 1e-9, cli.get(r, "id"));
        }
    }

    /**
     * model.json rebuilds the study's own nomogram (the one of figures/nomogram.png) exactly, and every
     * patient's total points, taken through its points → linear predictor scale, give the nomogram
     * model's probability of predictions.csv (points are affine in each βⱼ·xⱼ).
     */
    @Test
    void modelJsonRebuildsTheStudysNomogram() throws Exception {
        StudyModel model = StudyModel.read(out.resolve("model.json"));
        org.spinelab.nomogram.Nomogram rebuilt = StudyNomogram.of(model);
        org.spinelab.nomogram.Nomogram study = result.nomogram().nomogram();
        assertEquals(study.scale(), rebuilt.scale(), 0);
        assertEquals(study.lpAtZero(), rebuilt.lpAtZero(), 0);
        assertEquals(study.predictors().size(), rebuilt.predictors().size());
        for (int j = 0; j < study.predictors().size(); j++) {
            var a = study.predictors().get(j);
            var b = rebuilt.predictors().get(j);
            assertEquals(a.name(), b.name());
            assertArrayEquals(a.ticks(), b.ticks(), 0, a.name());
            assertArrayEquals(a.points(), b.points(), 0, a.name());
        }
        CsvTable pred = CsvTable.read(out.resolve("tables/predictions.csv"));
        Map<String, Integer> row = new HashMap<>();
        for (int r = 0; r < pred.rowCount(); r++) {
            row.put(pred.get(r, "id"), r);
        }
        for (ModelApplication.Prediction p : ModelApplication.apply(model, cohort, 2, Progress.NONE)) {
            double total = p.nomogramScore().total();
            assertEquals(p.nomogramScore().points().values().stream().mapToDouble(Double::doubleValue).sum(), total, 1e-9);
            assertEquals(Double.parseDouble(pred.get(row.get(p.id()), "nomogram_probability")),
                    org.spinelab.nomogram.Logit.inverse(rebuilt.linearPredictor(total)), 1e-9, p.id());
        }
    }

    @Test
    void sameSeedSameSummary() throws Exception {
        Path again = tmp.resolve("again");
        new RadiomicsNomogramStudy(options(again, 11), Progress.NONE).run();
        assertArrayEquals(Files.readAllBytes(out.resolve("summary.json")), Files.readAllBytes(again.resolve("summary.json")));
        // --overwrite replaces a finished folder (here with another seed: another split, another summary)
        StudyOptions o = options(again, 12);
        new RadiomicsNomogramStudy(new StudyOptions(o.cohort(), o.out(), 12, o.params(), 2, true, 0, 40, o.lambdaRule()),
                Progress.NONE).run();
        JsonNode s = JSON.readTree(again.resolve("summary.json").toFile());
        assertEquals(12, s.get("seed").asLong());
    }

    @Test
    void refusesANonEmptyOutputFolderAndLeavesNothingOnBadInput() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RadiomicsNomogramStudy(options(out, 11), Progress.NONE).run());
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());

        Path bad = tmp.resolve("bad.csv");
        List<String> lines = Files.readAllLines(cohort);
        List<String> noRating = new ArrayList<>();
        for (String l : lines) {
            noRating.add(l.replace("radiologist_rating", "rating"));
        }
        Files.write(bad, noRating);
        Path dir = tmp.resolve("bad-out");
        StudyOptions o = new StudyOptions(bad, dir, 1, params, 1, false, 0, 10, SignatureSelection.LambdaRule.ONE_SE);
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> new RadiomicsNomogramStudy(o, Progress.NONE).run());
        assertTrue(missing.getMessage().contains("radiologist_rating"), missing.getMessage());
        assertFalse(Files.exists(dir));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".bad-out")));
        }
        StringWriter err = new StringWriter();
        int rc = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("study", "--cohort", bad.toString(), "--out", dir.toString(), "--params", params.toString());
        assertEquals(Main.EXIT_BAD_INPUT, rc);
        assertTrue(err.toString().startsWith("spinelab: error: "), err.toString());
    }
}
