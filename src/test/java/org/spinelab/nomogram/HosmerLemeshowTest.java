package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.spinelab.nomogram.Reference.assertClose;
import static org.spinelab.nomogram.Reference.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;

/** Against the hoslem.test rule written out in src/test/r/nomogram_reference.R. */
class HosmerLemeshowTest {

    @Test
    void trainingFitMatchesR() {
        LogisticModel m = LogisticRegressionTest.fitTrain();
        HosmerLemeshow.Result hl = HosmerLemeshow.test(Reference.csv("logit_train.csv").binary("label"), m.fitted());
        JsonNode r = Reference.json("logit_summary.json").get("hosmer_lemeshow");
        assertClose(r.get("chi2").asDouble(), hl.chi2(), 1e-6, "chi2");
        assertEquals(r.get("df").asInt(), hl.df());
        assertRelative(r.get("p").asDouble(), hl.p(), 1e-6, "p");
        assertEquals(r.get("groups").asInt(), hl.groups());
    }

    @Test
    void validationPredictionsMatchR() {
        LogisticModel m = LogisticRegressionTest.fitTrain();
        CsvTable v = Reference.csv("logit_valid.csv");
        double[][] cols = Reference.columns(v, LogisticRegressionTest.PREDICTORS);
        double[] p = new double[v.rowCount()];
        for (int i = 0; i < p.length; i++) {
            double[] row = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                row[j] = cols[j][i];
            }
            p[i] = m.probability(row);
        }
        HosmerLemeshow.Result hl = HosmerLemeshow.test(v.binary("label"), p);
        JsonNode r = Reference.json("logit_summary.json").get("hosmer_lemeshow_valid");
        assertClose(r.get("chi2").asDouble(), hl.chi2(), 1e-6, "chi2");
        assertRelative(r.get("p").asDouble(), hl.p(), 1e-6, "p");
        CalibrationStats.Result cs = CalibrationStats.of(p, v.binary("label"));
        JsonNode vp = Reference.json("logit_summary.json").get("val_prob_valid");
        assertClose(vp.get("intercept").asDouble(), cs.intercept(), 1e-6, "val.prob intercept");
        assertClose(vp.get("slope").asDouble(), cs.slope(), 1e-6, "val.prob slope");
    }

    @Test
    void tiedPredictionsMergeGroupsButKeepDfAtGMinus2() {
        // 20 cases with only two distinct predictions: the quantile breaks collapse to 2 groups.
        double[] p = new double[20];
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            p[i] = i < 10 ? 0.2 : 0.7;
            y[i] = (i < 10 ? i < 2 : i < 17) ? 1 : 0;
        }
        HosmerLemeshow.Result hl = HosmerLemeshow.test(y, p);
        // by hand: group 1 O1=2,E1=2 → 0; group 2 O1=7,E1=7 → 0
        assertClose(0.0, hl.chi2(), 1e-12, "chi2");
        assertEquals(8, hl.df());
        assertEquals(2, hl.groups());
        List.of(hl); // keep the record exercised
    }
}
