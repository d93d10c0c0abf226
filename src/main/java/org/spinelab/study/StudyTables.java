package org.spinelab.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spinelab.nomogram.CalibrationCurve;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.RadiomicsSignature;
import org.spinelab.stats.DiagnosticComparison;
import org.spinelab.stats.TestResult;
import org.spinelab.util.CsvTable;

/**
 * {@code DIR/tables/*.csv}: every number of the report as a machine-readable table (full precision;
 * the report rounds). File names are listed in {@link #FILES}.
 */
public final class StudyTables {

    public static final List<String> FILES = List.of("table1_clinical.csv", "clinical_model.csv", "feature_selection.csv",
            "feature_icc.csv", "signature_coefficients.csv", "nomogram_coefficients.csv", "table2_performance.csv",
            "delong.csv", "mcnemar.csv", "hosmer_lemeshow.csv", "predictions.csv", "calibration.csv",
            "decision_curves.csv");

    private StudyTables() {}

    public static void write(StudyResult r, Path dir) throws IOException {
        table1(r, dir.resolve("table1_clinical.csv"));
        clinical(r, dir.resolve("clinical_model.csv"));
        selection(r, dir.resolve("feature_selection.csv"));
        icc(r, dir.resolve("feature_icc.csv"));
        signature(r.signature(), dir.resolve("signature_coefficients.csv"));
        logistic(List.of(new Named("nomogram", r.nomogram().fit())), dir.resolve("nomogram_coefficients.csv"));
        performance(r, dir.resolve("table2_performance.csv"));
        delong(r, dir.resolve("delong.csv"));
        mcnemar(r, dir.resolve("mcnemar.csv"));
        hosmer(r, dir.resolve("hosmer_lemeshow.csv"));
        predictions(r, dir.resolve("predictions.csv"));
        calibration(r, dir.resolve("calibration.csv"));
        decision(r, dir.resolve("decision_curves.csv"));
    }

    private static void table1(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ClinicalTable.Row row : r.table1().rows()) {
            for (StudySet s : StudySet.values()) {
                ClinicalTable.Cell c = row.cells().get(s);
                rows.add(List.of(row.factor(), row.title(), s.key(), c.metastasis(), c.myeloma(), c.test(), c.p()));
            }
        }
        CsvTable.write(f, List.of("factor", "characteristic", "set", "metastasis", "myeloma", "test", "p"), rows);
    }

    record Named(String name, LogisticModel model) {}

    private static void clinical(StudyResult r, Path f) throws IOException {
        logistic(List.of(new Named("multivariable", r.clinical().multivariable()), new Named("clinical", r.clinical().model())), f);
    }

    private static void logistic(List<Named> models, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Named n : models) {
            LogisticModel m = n.model();
            for (int j = 0; j < m.size(); j++) {
                double[] ci = m.oddsRatioCi95(j);
                rows.add(List.of(n.name(), m.names().get(j), m.estimates()[j], m.standardErrors()[j], m.z(j), m.p(j),
                        m.oddsRatio(j), ci[0], ci[1]));
            }
        }
        CsvTable.write(f, List.of("model", "term", "estimate", "se", "z", "p", "or", "or_ci_lower", "or_ci_upper"), rows);
    }

    private static void selection(StudyResult r, Path f) throws IOException {
        SignatureBuilder.Counts c = r.selection().counts();
        CsvTable.write(f, List.of("step", "features"), List.of(
                List.of("extracted", c.extracted()),
                List.of("finite and not constant", c.usable()),
                List.of("ICC > 0.75", c.afterIcc()),
                List.of("ANOVA p < 0.05", c.afterAnova()),
                List.of("SelectKBest", c.afterKBest()),
                List.of("LASSO (non-zero)", c.selected())));
    }

    private static void icc(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < r.selection().usable().size(); j++) {
            double icc = r.selection().icc()[j];
            rows.add(List.of(r.selection().usable().get(j), icc, icc > SignatureBuilder.ICC_THRESHOLD ? 1 : 0));
        }
        CsvTable.write(f, List.of("feature", "icc", "passed"), rows);
    }

    private static void signature(RadiomicsSignature s, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("(Intercept)", s.intercept(), null, null));
        for (int j = 0; j < s.features().size(); j++) {
            rows.add(List.of(s.features().get(j), s.coefficients()[j], s.means()[j], s.scales()[j]));
        }
        CsvTable.write(f, List.of("feature", "coefficient", "training_mean", "training_sd"), rows);
    }

    private static void performance(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            for (ModelKind m : ModelKind.values()) {
                Evaluation.Metrics x = r.evaluation().metrics(s, m);
                rows.add(List.of(s.key(), m.key(), x.n(), x.auc(), x.lower(), x.upper(), x.threshold(), x.sensitivity(),
                        x.specificity(), x.accuracy()));
            }
        }
        CsvTable.write(f, List.of("set", "model", "n", "auc", "auc_ci_lower", "auc_ci_upper", "threshold", "sensitivity",
                "specificity", "accuracy"), rows);
    }

    private static void delong(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.AucComparison c : r.evaluation().delong()) {
            rows.add(List.of(c.set(), c.a(), c.b(), "paired", c.difference(), c.z(), c.p()));
        }
        for (Evaluation.AucComparison c : r.evaluation().betweenSets()) {
            rows.add(List.of(c.set(), c.a(), c.b(), "unpaired", c.difference(), c.z(), c.p()));
        }
        CsvTable.write(f, List.of("set", "a", "b", "test", "auc_difference", "z", "p"), rows);
    }

    private static void mcnemar(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.McNemarComparison c : r.evaluation().mcnemar()) {
            DiagnosticComparison.Result d = c.result();
            rows.add(row(c, "sensitivity", d.sensitivityA(), d.sensitivityB(), d.sensitivity()));
            rows.add(row(c, "specificity", d.specificityA(), d.specificityB(), d.specificity()));
            rows.add(row(c, "accuracy", d.accuracyA(), d.accuracyB(), d.accuracy()));
        }
        CsvTable.write(f, List.of("set", "a", "b", "measure", "value_a", "value_b", "test", "statistic", "p"), rows);
    }

    private static List<Object> row(Evaluation.McNemarComparison c, String measure, double a, double b, TestResult t) {
        return List.of(c.set(), c.a(), c.b(), measure, a, b, t.test(), t.statistic(), t.p());
    }

    private static void hosmer(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.Calibration c : r.evaluation().hosmerLemeshow()) {
            rows.add(List.of(c.set(), c.model(), c.chi2(), c.df(), c.p(), c.groups()));
        }
        CsvTable.write(f, List.of("set", "model", "chi2", "df", "p", "groups"), rows);
    }

    private static void predictions(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            int[] idx = r.cohort().indices(s);
            var sc = r.evaluation().scores().get(s);
            for (int k = 0; k < idx.length; k++) {
                Patient p = r.cohort().patients().get(idx[k]);
                rows.add(List.of(p.id(), p.center(), s.key(), p.label(), sc.get(ModelKind.CLINICAL)[k],
                        sc.get(ModelKind.SIGNATURE)[k], sc.get(ModelKind.NOMOGRAM)[k], sc.get(ModelKind.RADIOLOGIST)[k]));
            }
        }
        CsvTable.write(f, List.of("id", "center", "set", "label", "clinical_probability", "rad_score",
                "nomogram_probability", "radiologist_rating"), rows);
    }

    private static void calibration(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        if (r.trainingCalibration() != null) {
            var c = r.trainingCalibration();
            for (int k = 0; k < c.predicted().length; k++) {
                rows.add(Arrays.asList("training", c.predicted()[k], c.apparent()[k], c.corrected()[k]));
            }
        }
        for (var e : r.calibration().entrySet()) {
            CalibrationCurve.Result c = e.getValue();
            for (int k = 0; k < c.predicted().length; k++) {
                rows.add(Arrays.asList(e.getKey().key(), c.predicted()[k], c.observed()[k], null));
            }
        }
        CsvTable.write(f, List.of("set", "predicted", "observed", "bias_corrected"), rows);
    }

    private static void decision(StudyResult r, Path f) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            var d = r.decisionCurves().get(s);
            DecisionCurve.Result any = d.get(ModelKind.NOMOGRAM);
            for (int k = 0; k < any.thresholds().length; k++) {
                rows.add(List.of(s.key(), any.thresholds()[k], d.get(ModelKind.CLINICAL).model()[k],
                        d.get(ModelKind.SIGNATURE).model()[k], d.get(ModelKind.NOMOGRAM).model()[k], any.treatAll()[k],
                        any.treatNone()[k]));
            }
        }
        CsvTable.write(f, List.of("set", "threshold", "clinical", "signature", "nomogram", "treat_all", "treat_none"), rows);
    }
}
