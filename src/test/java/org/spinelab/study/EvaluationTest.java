package org.spinelab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cut-offs are chosen on the training set and applied unchanged elsewhere: hand-counted
 * sensitivity/specificity/accuracy on a case whose training Youden cut-off is obvious.
 */
class EvaluationTest {

    @Test
    void trainingCutOffIsAppliedUnchangedToTheOtherSets() {
        // training: cases 0.6..0.9, controls 0.1..0.4 → perfectly separated, Youden cut-off between 0.4 and 0.6
        double[] train = {0.6, 0.7, 0.8, 0.9, 0.1, 0.2, 0.3, 0.4};
        int[] yTrain = {1, 1, 1, 1, 0, 0, 0, 0};
        // validation: with the training cut-off (0.5): cases 0.55 ✓, 0.45 ✗, 0.65 ✓; controls 0.52 ✗, 0.2 ✓, 0.3 ✓
        double[] val = {0.55, 0.45, 0.65, 0.52, 0.2, 0.3};
        int[] yVal = {1, 1, 1, 0, 0, 0};
        Map<StudySet, Map<ModelKind, double[]>> scores = new EnumMap<>(StudySet.class);
        Map<StudySet, int[]> labels = new EnumMap<>(StudySet.class);
        for (StudySet s : StudySet.values()) {
            double[] x = s == StudySet.TRAINING ? train : val;
            Map<ModelKind, double[]> m = new EnumMap<>(ModelKind.class);
            for (ModelKind k : ModelKind.values()) {
                m.put(k, k == ModelKind.NOMOGRAM ? x : x.clone());
            }
            scores.put(s, m);
            labels.put(s, s == StudySet.TRAINING ? yTrain : yVal);
        }
        Evaluation.Result r = Evaluation.evaluate(scores, labels);
        Evaluation.Metrics t = r.metrics(StudySet.TRAINING, ModelKind.NOMOGRAM);
        assertEquals(1.0, t.auc(), 0);
        assertEquals(0.5, t.threshold(), 1e-12, "pROC's cut-off: midpoint between 0.4 and 0.6");
        Evaluation.Metrics v = r.metrics(StudySet.VALIDATION, ModelKind.NOMOGRAM);
        assertEquals(0.5, v.threshold(), 1e-12);
        assertEquals(2.0 / 3, v.sensitivity(), 1e-15);
        assertEquals(2.0 / 3, v.specificity(), 1e-15);
        assertEquals(4.0 / 6, v.accuracy(), 1e-15);
        // AUC of the validation scores by hand: pairs (case > control) = 0.55>{0.52,0.2,0.3}, 0.45>{0.2,0.3},
        // 0.65>all → 3 + 2 + 3 = 8 of 9
        assertEquals(8.0 / 9, v.auc(), 1e-15);
        assertEquals(9, r.delong().size());
    }
}
