package org.spinelab.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Clinical variables of a large generated cohort (no images: the cheap path) against Table 1 of the
 * radiomics-nomogram paper. The expected numbers are typed in here from the paper (not taken from
 * {@link TableOne}); the internal center pools the training and validation columns, the external
 * centers use the external test set's column with its shape cells swapped back (see TableOne).
 */
class ClinicalDistributionTest {

    /** n, age mean, age SD, male, diameter mean, diameter SD, well-defined, heterogeneous, regular, single. */
    private static final double[][] PAPER = {
        // training metastasis, validation metastasis, external metastasis
        {100, 60.0, 11.2, 60, 2.1, 1.0, 63, 76, 17, 8},
        {44, 60.3, 10.4, 27, 2.4, 1.6, 29, 36, 6, 4},
        {52, 62.1, 12.8, 32, 2.2, 0.9, 28, 39, 7, 5},
        // training myeloma, validation myeloma, external myeloma
        {46, 59.8, 10.1, 26, 1.7, 1.5, 22, 22, 22, 5},
        {21, 61.1, 11.4, 14, 1.6, 0.9, 11, 10, 12, 3},
        {49, 64.4, 8.4, 32, 1.5, 0.7, 33, 38, 15, 4},
    };

    private static final int DRAWS = 6000;

    /** Table 1 column(s) for (external?, label) as {n, ageMean, ageSd, male, dMean, dSd, well, het, regular, single}. */
    private static double[] paper(boolean external, int label) {
        int base = label == 1 ? 0 : 3;
        if (external) {
            return PAPER[base + 2];
        }
        double[] a = PAPER[base], b = PAPER[base + 1];
        double n = a[0] + b[0];
        double age = (a[0] * a[1] + b[0] * b[1]) / n;
        double diam = (a[0] * a[4] + b[0] * b[4]) / n;
        double ageSd = Math.sqrt(((a[0] - 1) * a[2] * a[2] + (b[0] - 1) * b[2] * b[2] + a[0] * sq(a[1] - age)
                + b[0] * sq(b[1] - age)) / (n - 1));
        double dSd = Math.sqrt(((a[0] - 1) * a[5] * a[5] + (b[0] - 1) * b[5] * b[5] + a[0] * sq(a[4] - diam)
                + b[0] * sq(b[4] - diam)) / (n - 1));
        return new double[] {n, age, ageSd, a[3] + b[3], diam, dSd, a[6] + b[6], a[7] + b[7], a[8] + b[8], a[9] + b[9]};
    }

    private static List<ClinicalVariables> draw(boolean external, int label) {
        List<ClinicalVariables> out = new ArrayList<>();
        Center[] centers = external ? new Center[] {Center.EXTERNAL1, Center.EXTERNAL2} : new Center[] {Center.INTERNAL};
        int i = 0;
        for (Center c : centers) {
            for (int k = 0; k < DRAWS / centers.length; k++) {
                out.add(CohortPlan.patient(i++, 5, c, label, 20260101L + (external ? 7 : 0) + label).clinical());
            }
        }
        return out;
    }

    @Test
    void everyClinicalVariableMatchesTableOneWithinSamplingError() {
        List<String> failures = new ArrayList<>();
        for (boolean external : new boolean[] {false, true}) {
            for (int label : new int[] {0, 1}) {
                String cell = (external ? "external" : "internal") + (label == 1 ? " metastasis" : " myeloma");
                double[] t = paper(external, label);
                List<ClinicalVariables> cs = draw(external, label);
                int n = cs.size();
                double[] age = cs.stream().mapToDouble(ClinicalVariables::age).toArray();
                double[] diam = cs.stream().mapToDouble(ClinicalVariables::diameterCm).toArray();
                // (a) one-sample z tests against Table 1's values at two-sided alpha = 0.001 (|z| < 3.29)
                check(failures, cell + " age mean", (mean(age) - t[1]) / (t[2] / Math.sqrt(n)));
                check(failures, cell + " diameter mean", (mean(diam) - t[4]) / (t[5] / Math.sqrt(n)));
                assertEquals(t[2], sd(age), 0.05 * t[2], cell + " age SD");
                assertEquals(t[5], sd(diam), 0.08 * t[5], cell + " diameter SD");
                long male = cs.stream().filter(ClinicalVariables::male).count();
                long well = cs.stream().filter(c -> !c.illDefinedMargin()).count();
                long het = cs.stream().filter(ClinicalVariables::heterogeneous).count();
                long regular = cs.stream().filter(c -> !c.irregularShape()).count();
                long single = cs.stream().filter(c -> !c.multipleLesions()).count();
                long[] counts = {male, well, het, regular, single};
                String[] names = {"male", "well-defined", "heterogeneous", "regular", "single"};
                for (int v = 0; v < 5; v++) {
                    double p = t[3 + (v == 0 ? 0 : v + 2)] / t[0];
                    double z = (counts[v] / (double) n - p) / Math.sqrt(p * (1 - p) / n);
                    check(failures, cell + " " + names[v] + " proportion", z);
                    // (b) generated vs Table 1 counts: chi-square test of the 2x2 table, p > 0.01
                    double pval = chiSquare2x2(counts[v], n - counts[v], t[3 + (v == 0 ? 0 : v + 2)],
                            t[0] - t[3 + (v == 0 ? 0 : v + 2)]);
                    if (pval < 0.01) {
                        failures.add(cell + " " + names[v] + ": chi-square vs Table 1 counts p = " + pval);
                    }
                }
                assertTrue(diam.length == n && mean(diam) > 0);
                for (double d : diam) {
                    assertTrue(d >= ClinicalSampler.MIN_DIAMETER_CM, "diameter below the floor: " + d);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void swappedShapeCellsGiveThePapersIrregularityRates() {
        // Discussion: irregular shape 84.7 % of metastases vs 56.9 % of myeloma (all 312 patients).
        // With the class sizes of the paper (144 + 52 metastases, 67 + 49 myeloma):
        double met = (144 * (1 - 23 / 144.0) + 52 * (1 - 7 / 52.0)) / 196;
        assertEquals(0.847, met, 0.001);
        List<ClinicalVariables> ext = draw(true, 1);
        double irregular = ext.stream().filter(ClinicalVariables::irregularShape).count() / (double) ext.size();
        assertEquals(45 / 52.0, irregular, 3.29 * Math.sqrt(0.865 * 0.135 / ext.size()));
    }

    private static void check(List<String> failures, String what, double z) {
        if (Math.abs(z) >= 3.29) {
            failures.add(what + ": z = " + z);
        }
    }

    /** Pearson chi-square (no continuity correction) p-value of the 2x2 table [[a, b], [c, d]]. */
    static double chiSquare2x2(double a, double b, double c, double d) {
        double n = a + b + c + d;
        double[][] o = {{a, b}, {c, d}};
        double[] row = {a + b, c + d};
        double[] col = {a + c, b + d};
        double chi = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double e = row[i] * col[j] / n;
                chi += sq(o[i][j] - e) / e;
            }
        }
        return 1 - new ChiSquaredDistribution(1).cumulativeProbability(chi);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) {
            s += sq(v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    private static double sq(double v) {
        return v * v;
    }
}
