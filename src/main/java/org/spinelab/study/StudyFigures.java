package org.spinelab.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.plot.CalibrationFigure;
import org.spinelab.plot.DecisionCurveFigure;
import org.spinelab.plot.NomogramFigure;
import org.spinelab.plot.RocFigure;

/**
 * {@code DIR/figures/*.png}: the paper's figures — the nomogram (Fig. 2a), calibration curves per set
 * (Fig. 2b–d: bias-corrected on the training set, observed on the others), ROC curves per set
 * (Fig. 3, with the radiologist as a fourth curve) and decision curves per set (Fig. 4).
 */
public final class StudyFigures {

    private StudyFigures() {}

    /** Writes the figures; returns file name → caption, in report order. */
    public static Map<String, String> write(StudyResult r, Path dir) throws IOException {
        Map<String, String> captions = new LinkedHashMap<>();
        NomogramFigure.write(r.nomogram().nomogram(), StudyNomogram.labels(r.nomogram().predictors()), null,
                dir.resolve("nomogram.png"));
        captions.put("nomogram.png", "The radiomics nomogram developed in the training set ("
                + String.join(", ", r.nomogram().predictors().stream().map(ClinicalTable::shortTitle).toList()) + ").");
        String outcome = "metastasis";
        if (r.trainingCalibration() != null) {
            CalibrationFigure.write(r.trainingCalibration(), "Training set", outcome, dir.resolve("calibration_training.png"));
            captions.put("calibration_training.png", "Calibration of the nomogram in the training set: apparent and"
                    + " bootstrap bias-corrected (B = " + r.trainingCalibration().replicates() + ").");
        }
        for (StudySet s : List.of(StudySet.VALIDATION, StudySet.EXTERNAL)) {
            if (r.calibration().containsKey(s)) {
                String f = "calibration_" + s.key() + ".png";
                CalibrationFigure.write(r.calibration().get(s), s.title(), outcome, dir.resolve(f));
                captions.put(f, "Calibration of the nomogram in the " + s.title().toLowerCase() + " (observed, lowess).");
            }
        }
        char panel = 'a';
        for (StudySet s : StudySet.values()) {
            String f = "roc_" + s.key() + ".png";
            RocFigure.writePng(r.evaluation().roc().get(s), "(" + panel++ + ") " + s.title(), dir.resolve(f));
            captions.put(f, "ROC curves of the four models in the " + s.title().toLowerCase() + " (AUC with DeLong 95% CI).");
        }
        for (StudySet s : StudySet.values()) {
            String f = "decision_curve_" + s.key() + ".png";
            Map<String, DecisionCurve.Result> m = new LinkedHashMap<>();
            for (var e : r.decisionCurves().get(s).entrySet()) {
                m.put(e.getKey().title(), e.getValue());
            }
            DecisionCurveFigure.write(m, "Decision curves — " + s.title(), "All metastasis", dir.resolve(f));
            captions.put(f, "Decision curves in the " + s.title().toLowerCase()
                    + ": net benefit of the three models against treating all or none as metastasis.");
        }
        return captions;
    }
}
