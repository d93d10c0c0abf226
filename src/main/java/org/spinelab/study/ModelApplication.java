package org.spinelab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Applies a study's {@link StudyModel} to new patients: extracts the signature's features with the
 * stored parameter file from the stored image and mask columns, computes the rad-score, and the
 * clinical model's and the nomogram's probabilities and calls with the stored training cut-offs, and
 * reads each patient off the study's nomogram ({@link StudyNomogram}: points per predictor, total).
 * The cohort table needs {@code id}, the image and mask columns and the clinical factors the models
 * use; no label, center or second reader.
 */
public final class ModelApplication {

    /**
     * One patient's scores.
     *
     * @param nomogramScore the patient read off the study's nomogram; null when the model.json has no
     *                      nomogram axes ({@link StudyNomogram#available})
     */
    public record Prediction(String id, double radScore, int signatureCall, double clinicalProbability, int clinicalCall,
            double nomogramProbability, int nomogramCall, Nomogram.Score nomogramScore) {}

    /** The columns every application has; {@link #header} adds the nomogram points. */
    public static final List<String> HEADER = List.of("id", "rad_score", "signature_call", "clinical_probability",
            "clinical_call", "nomogram_probability", "nomogram_call");

    /** Column prefix of a predictor's nomogram points, {@code points_rad_score}. */
    public static final String POINTS = "points_";

    public static final String TOTAL_POINTS = "total_points";

    private ModelApplication() {}

    public static List<Prediction> apply(StudyModel model, Path cohortCsv, int threads, Progress progress) {
        CsvTable t = CsvTable.read(cohortCsv);
        Path dir = cohortCsv.toAbsolutePath().getParent();
        List<String> ids = t.strings("id");
        Map<String, double[]> clinical = new HashMap<>();
        for (String f : model.clinical().predictors()) {
            clinical.put(f, t.numbers(f));
        }
        for (String f : model.nomogram().predictors()) {
            if (!f.equals(NomogramModel.RAD_SCORE)) {
                clinical.put(f, t.numbers(f));
            }
        }
        List<Patient> patients = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Map<String, Path> images = new LinkedHashMap<>();
            for (var e : model.extraction().imageColumns().entrySet()) {
                images.put(e.getKey(), dir.resolve(nonBlank(t, r, e.getValue())));
            }
            patients.add(new Patient(ids.get(r), "", -1, Map.of(), Double.NaN, images,
                    dir.resolve(nonBlank(t, r, model.extraction().maskColumn())), null));
        }
        var params = RadiomicsNomogramStudy.parse(model.extraction().paramsYaml(), "model.json extraction parameters");
        boolean[] r1 = new boolean[patients.size()];
        java.util.Arrays.fill(r1, true);
        FeatureExtraction.Result fx = new FeatureExtraction(params, threads, progress)
                .run(new FeatureExtraction.Request(patients, r1, new boolean[patients.size()]));
        Map<String, Integer> idx = fx.reader1().index();
        Nomogram nomogram = StudyNomogram.available(model) ? StudyNomogram.of(model) : null;
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            Map<String, Double> values = new HashMap<>();
            for (String f : model.signature().features()) {
                Integer j = idx.get(f);
                values.put(f, j == null ? null : fx.reader1().values()[i][j]);
            }
            double rad;
            try {
                rad = model.signature().score(values);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(cohortCsv + ": patient " + ids.get(i) + ": " + e.getMessage(), e);
            }
            double pc = model.clinical().probability(values(model.clinical().predictors(), clinical, i, rad));
            double[] x = values(model.nomogram().predictors(), clinical, i, rad);
            double pn = model.nomogram().probability(x);
            out.add(new Prediction(ids.get(i), rad, rad >= model.signature().threshold() ? 1 : 0, pc,
                    pc >= model.clinical().threshold() ? 1 : 0, pn, pn >= model.nomogram().threshold() ? 1 : 0,
                    nomogram == null ? null : nomogram.evaluate(byName(model.nomogram().predictors(), x))));
        }
        return out;
    }

    private static double[] values(List<String> predictors, Map<String, double[]> clinical, int i, double rad) {
        double[] x = new double[predictors.size()];
        for (int j = 0; j < x.length; j++) {
            String p = predictors.get(j);
            x[j] = p.equals(NomogramModel.RAD_SCORE) ? rad : clinical.get(p)[i];
        }
        return x;
    }

    private static Map<String, Double> byName(List<String> predictors, double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < x.length; j++) {
            m.put(predictors.get(j), x[j]);
        }
        return m;
    }

    private static String nonBlank(CsvTable t, int r, String column) {
        String v = t.get(r, column);
        if (v.isBlank()) {
            throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (r + 2) + ": empty path");
        }
        return v;
    }

    /**
     * The columns of {@link #rows}: {@link #HEADER}, then, when the model has its nomogram axes,
     * {@code points_<predictor>} per nomogram predictor and {@code total_points}.
     */
    public static List<String> header(StudyModel model) {
        List<String> h = new ArrayList<>(HEADER);
        if (StudyNomogram.available(model)) {
            for (String p : model.nomogram().predictors()) {
                h.add(POINTS + p);
            }
            h.add(TOTAL_POINTS);
        }
        return h;
    }

    /** Rows for {@link CsvTable#write} under {@link #header} of the same model. */
    public static List<List<Object>> rows(List<Prediction> ps) {
        List<List<Object>> rows = new ArrayList<>();
        for (Prediction p : ps) {
            List<Object> row = new ArrayList<>(List.of(p.id(), p.radScore(), p.signatureCall(), p.clinicalProbability(),
                    p.clinicalCall(), p.nomogramProbability(), p.nomogramCall()));
            if (p.nomogramScore() != null) {
                row.addAll(p.nomogramScore().points().values());
                row.add(p.nomogramScore().total());
            }
            rows.add(row);
        }
        return rows;
    }
}
