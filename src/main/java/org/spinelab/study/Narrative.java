package org.spinelab.study;

import java.util.ArrayList;
import java.util.List;
import org.spinelab.nomogram.LogisticModel;

/**
 * The results text of the report, written from the numbers in the paper's phrasing (each sentence
 * states a number that also appears in a table, so the text cannot drift from the results).
 */
final class Narrative {

    private Narrative() {}

    static List<String> paragraphs(StudyResult r) {
        List<String> out = new ArrayList<>();
        out.add(patients(r));
        out.add(clinical(r));
        out.add(features(r));
        out.add(performance(r));
        out.add(radiologist(r));
        return out;
    }

    private static String patients(StudyResult r) {
        var n = r.table1().classCounts();
        int total = r.cohort().patients().size();
        int met = 0;
        for (int[] c : n.values()) {
            met += c[0];
        }
        return String.format("A total of %d patients (%d metastasis, %d myeloma) were included: training set n = %d"
                        + " (%d metastasis/%d myeloma) and validation set n = %d (%d/%d) from the internal center split 7:3"
                        + " (stratified, seed %d), and external test set n = %d (%d/%d) from the other centers.",
                total, met, total - met,
                sum(n.get(StudySet.TRAINING)), n.get(StudySet.TRAINING)[0], n.get(StudySet.TRAINING)[1],
                sum(n.get(StudySet.VALIDATION)), n.get(StudySet.VALIDATION)[0], n.get(StudySet.VALIDATION)[1],
                r.options().seed(),
                sum(n.get(StudySet.EXTERNAL)), n.get(StudySet.EXTERNAL)[0], n.get(StudySet.EXTERNAL)[1]);
    }

    private static int sum(int[] c) {
        return c[0] + c[1];
    }

    private static String clinical(StudyResult r) {
        ClinicalModel c = r.clinical();
        List<String> sig = new ArrayList<>();
        c.univariateP().forEach((f, p) -> {
            if (p < ClinicalModel.ALPHA) {
                sig.add(ClinicalTable.shortTitle(f).toLowerCase() + " (" + Fmt.pEq(p) + ")");
            }
        });
        StringBuilder sb = new StringBuilder();
        sb.append(sig.isEmpty() ? "No clinical factor differed significantly between spinal metastasis and multiple myeloma"
                + " in the training set (all p ≥ 0.05). "
                : capital(String.join(", ", sig)) + " showed significant differences between spinal metastasis and"
                        + " multiple myeloma in the training set. ");
        LogisticModel m = c.multivariable();
        List<String> ind = new ArrayList<>();
        for (int j = 1; j < m.size(); j++) {
            if (c.independent().contains(m.names().get(j))) {
                ind.add(ClinicalTable.shortTitle(m.names().get(j)).toLowerCase() + " (" + Fmt.pEq(m.p(j)) + ")");
            }
        }
        sb.append("The multiple logistic regression analysis kept ").append(String.join(" and ", ind))
                .append(" as ").append(ind.size() == 1 ? "the predictor" : "predictors").append(" of the clinical factor model.");
        return sb.toString();
    }

    private static String features(StudyResult r) {
        SignatureBuilder.Counts k = r.selection().counts();
        return String.format("In total, %d radiomics features were extracted from T1WI and FS-T2WI (%d finite and not"
                        + " constant in the training set); %d features with ICCs above 0.75 were tested by ANOVA, revealing %d"
                        + " features with significant differences between spinal metastasis and multiple myeloma (p < 0.05)."
                        + " SelectKBest kept %d features, which were included in the LASSO; %d features with non-zero"
                        + " coefficients built the radiomics signature (λ = %s, %d-fold cross-validation).",
                k.extracted(), k.usable(), k.afterIcc(), k.afterAnova(), k.afterKBest(), k.selected(),
                Fmt.g4(r.signature().lambda()), r.selection().folds());
    }

    private static String performance(StudyResult r) {
        Evaluation.Result e = r.evaluation();
        StringBuilder sb = new StringBuilder();
        sb.append("The AUC of the radiomics nomogram was ");
        List<String> parts = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            parts.add(Fmt.f3(e.metrics(s, ModelKind.NOMOGRAM).auc()) + " in the " + s.title().toLowerCase().replace(" set", ""));
        }
        sb.append(String.join(", ", parts)).append(" set. ");
        for (StudySet s : StudySet.values()) {
            List<String> cmp = new ArrayList<>();
            for (Evaluation.AucComparison d : e.delong()) {
                if (d.set().equals(s.key())) {
                    ModelKind other = kind(d.b());
                    cmp.add(other.title().toLowerCase() + " " + Fmt.f3(e.metrics(s, other).auc()) + " ("
                            + Fmt.pEq(d.p()) + (d.p() < 0.05 ? ", significant" : "") + ")");
                }
            }
            sb.append("In the ").append(s.title().toLowerCase()).append(", the nomogram (AUC ")
                    .append(Fmt.f3(e.metrics(s, ModelKind.NOMOGRAM).auc())).append(") was compared with the ")
                    .append(String.join(", the ", cmp)).append(" by DeLong's test. ");
        }
        for (Evaluation.AucComparison d : e.betweenSets()) {
            if (d.a().equals(ModelKind.NOMOGRAM.key()) || d.a().equals(ModelKind.SIGNATURE.key())) {
                sb.append(d.p() < 0.05 ? "A significant" : "No significant").append(" difference (").append(Fmt.pEq(d.p()))
                        .append(") in the AUC of the ").append(kind(d.a()).title().toLowerCase())
                        .append(" was found between the validation set and the external test set. ");
            }
        }
        return sb.toString().trim();
    }

    private static String radiologist(StudyResult r) {
        Evaluation.Result e = r.evaluation();
        List<String> a = new ArrayList<>();
        List<String> ssa = new ArrayList<>();
        for (StudySet s : StudySet.values()) {
            Evaluation.Metrics m = e.metrics(s, ModelKind.RADIOLOGIST);
            a.add(Fmt.auc(m.auc(), m.lower(), m.upper()));
            ssa.add(Fmt.pct(m.sensitivity()) + "%, " + Fmt.pct(m.specificity()) + "% and " + Fmt.pct(m.accuracy()) + "% in the "
                    + s.title().toLowerCase());
        }
        return "The AUC values of the radiologist were " + String.join(", ", a) + " in the training, validation and external"
                + " test sets; sensitivity, specificity and accuracy were " + String.join("; ", ssa) + ".";
    }

    static ModelKind kind(String key) {
        for (ModelKind m : ModelKind.values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
