package org.spinelab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Applies a study's {@link StudyModel} to new patients: extracts the signature's features with the
 * stored parameter file from the stored image and mask columns, computes the rad-score, and the
 * clinical model's and the nomogram's probabilities and calls with the stored training cut-offs.
 * The cohort table needs {@code id}, the image and mask columns and the clinical factors the models
 * use; no label, center or second reader.
 */
public final class ModelApplication {

    /** One patient's scores. */
    public record Prediction(String id, double radScore, int signatureCall, double clinicalProbability, int clinicalCall,
            double nomogramProbability, int nomogramCall) {}

    public static final List<String> HEADER = List.of("id", "rad_score", "signature_call", "clinical_probability",
            "clinical_call", "nomogram_probability", "nomogram_call");

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
            double pn = model.nomogram().probability(values(model.nomogram().predictors(), clinical, i, rad));
            out.add(new Prediction(ids.get(i), rad, rad >= model.signature().threshold() ? 1 : 0, pc,
                    pc >= model.clinical().threshold() ? 1 : 0, pn, pn >= model.nomogram().threshold() ? 1 : 0));
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

    private static String nonBlank(CsvTable t, int r, String column) {
        String v = t.get(r, column);
        if (v.isBlank()) {
            throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (r + 2) + ": empty path");
        }
        return v;
    }

    /** Rows for {@link CsvTable#write}. */
    public static List<List<Object>> rows(List<Prediction> ps) {
        List<List<Object>> rows = new ArrayList<>();
        for (Prediction p : ps) {
            rows.add(List.of(p.id(), p.radScore(), p.signatureCall(), p.clinicalProbability(), p.clinicalCall(),
                    p.nomogramProbability(), p.nomogramCall()));
        }
        return rows;
    }
}
