package org.spinelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.stats.Reference.close;
import static org.spinelab.stats.Reference.num;
import static org.spinelab.stats.Reference.nums;
import static org.spinelab.stats.Reference.relClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** McNemar, binomial, t, Mann–Whitney, χ², Fisher, ANOVA and Kruskal–Wallis against R 4.2 (stats_reference.R). */
class HypothesisTestsReferenceTest {

    @Test
    void mcnemarMatchesR() {
        int checked = 0;
        for (JsonNode r : Reference.json("mcnemar_reference.json")) {
            int[] t = r.get("table").isArray() ? new int[] {
                    r.get("table").get(0).asInt(), r.get("table").get(1).asInt(),
                    r.get("table").get(2).asInt(), r.get("table").get(3).asInt()} : null;
            int b = t[1];
            int c = t[2];
            String where = "table " + java.util.Arrays.toString(t);
            TestResult exact = McNemarTest.test(b, c, McNemarTest.Method.EXACT);
            relClose("McNemar exact p", num(r.get("p_exact")), exact.p(), where);
            if (b + c == 0) {
                // R: NaN statistic (0/0), written as null
                assertTrue(r.get("chi2").isNull() && r.get("chi2_correct").isNull(), where);
                assertTrue(Double.isNaN(McNemarTest.test(b, c, McNemarTest.Method.CHI_SQUARE).statistic()));
                assertEquals(1.0, McNemarTest.test(b, c, McNemarTest.Method.AUTO).p(), 0, "no discordant pair: p = 1");
                checked++;
                continue;
            }
            TestResult plain = McNemarTest.test(b, c, McNemarTest.Method.CHI_SQUARE);
            TestResult corrected = McNemarTest.test(b, c, McNemarTest.Method.CORRECTED);
            close("McNemar chi2", num(r.get("chi2")), plain.statistic(), where);
            relClose("McNemar p", num(r.get("p")), plain.p(), where);
            close("McNemar chi2 corrected", num(r.get("chi2_correct")), corrected.statistic(), where);
            relClose("McNemar p corrected", num(r.get("p_correct")), corrected.p(), where);
            TestResult auto = McNemarTest.test(b, c, McNemarTest.Method.AUTO);
            assertEquals(b + c < 25 ? exact.p() : corrected.p(), auto.p(), 0, where);
            checked++;
        }
        assertEquals(6, checked);
    }

    @Test
    void mcnemarFromPairedCallsCountsDiscordantPairs() {
        boolean[] a = {true, true, true, false, false, true, false};
        boolean[] b = {true, false, false, false, true, false, false};
        // only A: 3 (indices 1, 2, 5); only B: 1 (index 4)
        assertEquals(McNemarTest.test(3, 1, McNemarTest.Method.EXACT), McNemarTest.test(a, b, McNemarTest.Method.EXACT));
    }

    @Test
    void binomialMatchesR() {
        for (JsonNode r : Reference.json("binom_reference.json")) {
            relClose("binomial exact p", num(r.get("p")),
                    BinomialTest.twoSidedP(r.get("x").asInt(), r.get("n").asInt(), num(r.get("prob"))), r.toString());
        }
    }

    @Test
    void twoGroupTestsMatchR() {
        Iterator<Map.Entry<String, JsonNode>> sets = Reference.json("twogroup_reference.json").fields();
        int count = 0;
        while (sets.hasNext()) {
            Map.Entry<String, JsonNode> e = sets.next();
            JsonNode r = e.getValue();
            String where = e.getKey();
            double[] x = nums(r.get("x"));
            double[] y = nums(r.get("y"));
            TestResult st = TTest.student(x, y);
            close("Student t", num(r.get("student").get("t")), st.statistic(), where);
            close("Student df", num(r.get("student").get("df")), st.df(), where);
            relClose("Student p", num(r.get("student").get("p")), st.p(), where);
            TestResult we = TTest.welch(x, y);
            close("Welch t", num(r.get("welch").get("t")), we.statistic(), where);
            close("Welch df", num(r.get("welch").get("df")), we.df(), where);
            relClose("Welch p", num(r.get("welch").get("p")), we.p(), where);

            JsonNode w = r.get("wilcox");
            TestResult auto = MannWhitneyTest.test(x, y);
            close("Mann-Whitney W", num(w.get("W")), auto.statistic(), where);
            relClose("Mann-Whitney p (R's choice)", num(w.get("p_auto")), auto.p(), where);
            relClose("Mann-Whitney p normal+cc", num(w.get("p_normal_correct")), MannWhitneyTest.normal(x, y, true).p(), where);
            relClose("Mann-Whitney p normal", num(w.get("p_normal")), MannWhitneyTest.normal(x, y, false).p(), where);
            if (!w.get("p_exact").isNull()) {
                relClose("Mann-Whitney p exact", num(w.get("p_exact")), MannWhitneyTest.exact(x, y).p(), where);
            } else {
                assertTrue(Descriptive.tieSum(MannWhitneyTest.concat(x, y)) > 0, where + " has ties");
            }
            double[] q = nums(r.get("quantiles_x"));
            close("quantile type 7", q[0], Descriptive.quantile(x, 0.25), where);
            close("quantile type 7", q[1], Descriptive.quantile(x, 0.5), where);
            close("quantile type 7", q[2], Descriptive.quantile(x, 0.75), where);
            close("mean", num(r.get("mean_x")), Descriptive.mean(x), where);
            close("sd", num(r.get("sd_x")), Descriptive.sd(x), where);
            count++;
        }
        assertEquals(5, count);
    }

    @Test
    void contingencyTestsMatchR() {
        Iterator<Map.Entry<String, JsonNode>> sets = Reference.json("contingency_reference.json").fields();
        int count = 0;
        while (sets.hasNext()) {
            Map.Entry<String, JsonNode> e = sets.next();
            JsonNode r = e.getValue();
            String where = e.getKey();
            JsonNode rows = r.get("table");
            long[][] counts = new long[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                counts[i] = new long[rows.get(i).size()];
                for (int j = 0; j < counts[i].length; j++) {
                    counts[i][j] = rows.get(i).get(j).asLong();
                }
            }
            ContingencyTable t = new ContingencyTable(counts);
            TestResult plain = ChiSquareTest.test(t, false);
            TestResult yates = ChiSquareTest.test(t, true);
            close("chi2", num(r.get("chi2")), plain.statistic(), where);
            close("chi2 df", num(r.get("df")), plain.df(), where);
            relClose("chi2 p", num(r.get("p")), plain.p(), where);
            close("chi2 Yates", num(r.get("chi2_yates")), yates.statistic(), where);
            relClose("chi2 Yates p", num(r.get("p_yates")), yates.p(), where);
            close("min expected count", num(r.get("min_expected")), t.minExpected(), where);
            relClose("Fisher p", num(r.get("p_fisher")), FisherExactTest.test(t).p(), where);
            relClose("Fisher p", num(r.get("p_fisher")), FisherExactTest.test(t.transpose()).p(), where + " transposed");
            count++;
        }
        assertEquals(7, count);
    }

    @Test
    void anovaAndKruskalWallisMatchR() {
        Iterator<Map.Entry<String, JsonNode>> sets = Reference.json("anova_reference.json").fields();
        int count = 0;
        while (sets.hasNext()) {
            Map.Entry<String, JsonNode> e = sets.next();
            JsonNode r = e.getValue();
            String where = e.getKey();
            double[][] groups = new double[r.get("groups").size()][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = nums(r.get("groups").get(g));
            }
            TestResult f = OneWayAnova.classic(groups);
            close("ANOVA F", num(r.get("F")), f.statistic(), where);
            assertEquals(num(r.get("df1")), f.df(), 0);
            assertEquals(num(r.get("df2")), f.df2(), 0);
            relClose("ANOVA p", num(r.get("p")), f.p(), where);
            TestResult w = OneWayAnova.welch(groups);
            close("Welch ANOVA F", num(r.get("welch_F")), w.statistic(), where);
            close("Welch ANOVA df2", num(r.get("welch_df2")), w.df2(), where);
            relClose("Welch ANOVA p", num(r.get("welch_p")), w.p(), where);
            TestResult kw = KruskalWallisTest.test(groups);
            close("Kruskal-Wallis H", num(r.get("kw_H")), kw.statistic(), where);
            relClose("Kruskal-Wallis p", num(r.get("kw_p")), kw.p(), where);
            count++;
        }
        assertEquals(3, count);
    }

    @Test
    void twoGroupAnovaIsTheSquaredStudentT() {
        double[] x = {1.2, 3.4, 2.2, 5.0, 4.1};
        double[] y = {2.0, 6.1, 5.5, 7.3};
        TestResult t = TTest.student(x, y);
        TestResult f = OneWayAnova.classic(x, y);
        assertEquals(t.statistic() * t.statistic(), f.statistic(), 1e-12);
        assertEquals(t.p(), f.p(), 1e-12);
    }
}
