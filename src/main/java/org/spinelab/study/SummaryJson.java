package org.spinelab.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DIR/summary.json}:
 * <pre>
 * {"sets": {"training": {"clinical": {"auc":…, "ci95":[lo,hi], "sensitivity":…, "specificity":…,
 *                                     "accuracy":…, "threshold":…, "n":…},
 *                        "signature": …, "nomogram": …, "radiologist": …},
 *           "validation": …, "external": …},
 *  "selected_features": [...],
 *  "delong": [{"set":…, "a":"nomogram", "b":…, "auc_difference":…, "z":…, "p":…}, …],
 *  …extra keys: seed, patients, feature_counts, clinical_predictors, hosmer_lemeshow,
 *  delong_validation_vs_external}
 * </pre>
 * Only deterministic content (no time stamps or run times), so one seed gives identical bytes.
 */
public final class SummaryJson {

    private SummaryJson() {}

    public static Map<String, Object> of(StudyResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> sets = new LinkedHashMap<>();
        for (StudySet s : StudySet.values()) {
            Map<String, Object> models = new LinkedHashMap<>();
            for (ModelKind m : ModelKind.values()) {
                Evaluation.Metrics x = r.evaluation().metrics(s, m);
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("auc", Json.num(x.auc()));
                o.put("ci95", java.util.Arrays.asList(Json.num(x.lower()), Json.num(x.upper())));
                o.put("sensitivity", Json.num(x.sensitivity()));
                o.put("specificity", Json.num(x.specificity()));
                o.put("accuracy", Json.num(x.accuracy()));
                o.put("threshold", Json.num(x.threshold()));
                o.put("n", x.n());
                models.put(m.key(), o);
            }
            sets.put(s.key(), models);
        }
        root.put("sets", sets);
        root.put("selected_features", r.signature().features());
        root.put("delong", comparisons(r.evaluation().delong()));
        root.put("delong_validation_vs_external", comparisons(r.evaluation().betweenSets()));
        root.put("seed", r.options().seed());
        Map<String, Object> n = new LinkedHashMap<>();
        for (StudySet s : StudySet.values()) {
            int[] c = r.table1().classCounts().get(s);
            // Map.of iterates in an order that changes from one JVM run to the next; the file must not.
            Map<String, Integer> classes = new LinkedHashMap<>();
            classes.put("metastasis", c[0]);
            classes.put("myeloma", c[1]);
            n.put(s.key(), classes);
        }
        root.put("patients", n);
        SignatureBuilder.Counts c = r.selection().counts();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("extracted", c.extracted());
        counts.put("usable", c.usable());
        counts.put("icc", c.afterIcc());
        counts.put("anova", c.afterAnova());
        counts.put("kbest", c.afterKBest());
        counts.put("lasso", c.selected());
        root.put("feature_counts", counts);
        root.put("clinical_predictors", r.clinical().independent());
        root.put("nomogram_predictors", r.nomogram().predictors());
        List<Object> hl = new ArrayList<>();
        for (Evaluation.Calibration h : r.evaluation().hosmerLemeshow()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("set", h.set());
            o.put("model", h.model());
            o.put("chi2", Json.num(h.chi2()));
            o.put("df", h.df());
            o.put("p", Json.num(h.p()));
            hl.add(o);
        }
        root.put("hosmer_lemeshow", hl);
        return root;
    }

    private static List<Object> comparisons(List<Evaluation.AucComparison> cs) {
        List<Object> out = new ArrayList<>();
        for (Evaluation.AucComparison d : cs) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("set", d.set());
            o.put("a", d.a());
            o.put("b", d.b());
            o.put("auc_difference", Json.num(d.difference()));
            o.put("z", Json.num(d.z()));
            o.put("p", Json.num(d.p()));
            out.add(o);
        }
        return out;
    }
}
