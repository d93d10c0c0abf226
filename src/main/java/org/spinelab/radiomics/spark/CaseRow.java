package org.spinelab.radiomics.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spinelab.radiomics.CohortExtractor;

/**
 * One case's outcome as it travels from an executor to the driver: plain strings and doubles (a
 * {@link CohortExtractor.Outcome} holds maps, which are not all serializable). Key
 * order is kept, so the driver's table has the columns in the order the local batch gives them.
 */
record CaseRow(String id, String image, String mask, String[] diagnosticKeys, String[] diagnosticValues,
        String[] featureKeys, double[] featureValues, String error) implements Serializable {

    static CaseRow of(CohortExtractor.Outcome o) {
        String[] dk = o.diagnostics().keySet().toArray(String[]::new);
        String[] dv = o.diagnostics().values().toArray(String[]::new);
        String[] fk = o.features().keySet().toArray(String[]::new);
        double[] fv = o.features().values().stream().mapToDouble(Double::doubleValue).toArray();
        return new CaseRow(o.c().id(), o.c().image(), o.c().mask(), dk, dv, fk, fv, o.error());
    }

    /** Back to an outcome for {@code c} (the driver's case, as the cohort gave it). */
    CohortExtractor.Outcome outcome(CohortExtractor.Case c) {
        Map<String, String> diagnostics = new LinkedHashMap<>();
        for (int i = 0; i < diagnosticKeys.length; i++) {
            diagnostics.put(diagnosticKeys[i], diagnosticValues[i]);
        }
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = 0; i < featureKeys.length; i++) {
            features.put(featureKeys[i], featureValues[i]);
        }
        return new CohortExtractor.Outcome(c, diagnostics, features, error);
    }
}
