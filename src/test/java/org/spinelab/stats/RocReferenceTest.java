package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.spinelab.stats.Reference.close;
import static org.spinelab.stats.Reference.num;
import static org.spinelab.stats.Reference.nums;
import static org.spinelab.stats.Reference.relClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;

/** ROC curve, AUC, DeLong variance/CI/tests and Youden cut-offs against pROC 1.18 (see stats_reference.R). */
class RocReferenceTest {

    private static final JsonNode REF = Reference.json("roc_reference.json");

    static Map<String, double[]> scores(CsvTable t) {
        Map<String, double[]> s = new LinkedHashMap<>();
        for (String c : t.header()) {
            if (!c.equals("label")) {
                s.put(c, t.numbers(c));
            }
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"roc_ties", "roc_small", "roc_perfect", "roc_constant", "roc_large"})
    void matchesPROC(String set) {
        CsvTable t = CsvTable.read(Reference.resource(set + ".csv"));
        int[] labels = t.binary("label");
        JsonNode ref = REF.get(set);
        assertEquals(ref.get("n").asInt(), labels.length);
        Map<String, double[]> scores = scores(t);
        assertEquals(ref.get("models").size(), scores.size());
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            String where = set + "/" + e.getKey();
            JsonNode m = ref.get("models").get(e.getKey());
            RocCurve roc = RocCurve.of(e.getValue(), labels);
            close("auc", num(m.get("auc")), roc.auc(), where);
            close("DeLong variance", num(m.get("var")), DeLong.variance(roc), where);
            DeLong.Interval ci = DeLong.confidenceInterval(roc, 0.95);
            close("DeLong CI lower", num(m.get("ci95").get(0)), ci.lower(), where);
            close("DeLong CI upper", num(m.get("ci95").get(1)), ci.upper(), where);

            double[] thr = nums(m.get("curve").get("threshold"));
            double[] fpr = nums(m.get("curve").get("fpr"));
            double[] tpr = nums(m.get("curve").get("tpr"));
            assertEquals(thr.length, roc.thresholds().length, where + " number of thresholds");
            for (int i = 0; i < thr.length; i++) {
                close("curve threshold", thr[i], roc.thresholds()[i], where + " #" + i);
                close("curve 1-specificity", fpr[i], 1 - roc.specificities()[i], where + " #" + i);
                close("curve sensitivity", tpr[i], roc.sensitivities()[i], where + " #" + i);
            }

            List<YoudenCutoff.OperatingPoint> best = YoudenCutoff.allBest(roc);
            JsonNode rb = m.get("best");
            assertEquals(rb.size(), best.size(), where + " number of tied Youden optima");
            for (int i = 0; i < best.size(); i++) {
                close("Youden threshold", num(rb.get(i).get("threshold")), best.get(i).threshold(), where);
                close("Youden sensitivity", num(rb.get(i).get("sensitivity")), best.get(i).sensitivity(), where);
                close("Youden specificity", num(rb.get(i).get("specificity")), best.get(i).specificity(), where);
                close("Youden accuracy", num(rb.get(i).get("accuracy")), best.get(i).accuracy(), where);
            }
            assertEquals(best.get(0), YoudenCutoff.best(roc), "best() is the first (lowest) optimum");
        }
        Iterator<JsonNode> pairs = ref.get("delong").elements();
        RocAnalysis.Result result = RocAnalysis.analyze(labels, scores, "label", RocAnalysis.Options.DELONG);
        assertEquals(ref.get("delong").size(), result.delong().size());
        for (RocAnalysis.Pair p : result.delong()) {
            JsonNode r = pairs.next();
            assertEquals(r.get("a").asText(), p.a());
            assertEquals(r.get("b").asText(), p.b());
            close("paired DeLong z", num(r.get("z")), p.test().statistic(), set);
            relClose("paired DeLong p", num(r.get("p")), p.test().p(), set);
        }
    }

    @Test
    void unpairedMatchesPROC() {
        check("ties_A_vs_large_A", curve("roc_ties", "A"), curve("roc_large", "A"));
        check("small_a_vs_perfect_Q", curve("roc_small", "a"), curve("roc_perfect", "Q"));
    }

    private static void check(String key, RocCurve a, RocCurve b) {
        JsonNode r = REF.get("unpaired").get(key);
        DeLong.Comparison c = DeLong.unpairedTest(a, b);
        close("unpaired DeLong D", num(r.get("statistic")), c.statistic(), key);
        close("unpaired DeLong df", num(r.get("df")), c.df(), key);
        relClose("unpaired DeLong p", num(r.get("p")), c.p(), key);
    }

    private static RocCurve curve(String set, String column) {
        CsvTable t = CsvTable.read(Reference.resource(set + ".csv"));
        return RocCurve.of(t.numbers(column), t.binary("label"));
    }
}
