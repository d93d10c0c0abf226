package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared feature set of run-length, size-zone and distance-zone matrices: a count matrix
 * {@code m_ij} over grey level {@code i} and a second index {@code j} (run length, zone size or zone
 * distance). The formulas are identical for the three families; only the names differ
 * (reference manual, sections 3.7–3.9).
 */
final class ZoneFeatures {

    /** Names for: short/long emphasis, low/high grey, the four joint emphases, glnu, glnu_norm,
     *  j-nonuniformity, its norm, percentage, gl_var, j-variance, entropy. */
    static final String[] RUN_NAMES = {"sre", "lre", "lgre", "hgre", "srlge", "srhge", "lrlge", "lrhge", "glnu",
        "glnu_norm", "rlnu", "rlnu_norm", "r_perc", "gl_var", "rl_var", "rl_entr"};
    static final String[] SIZE_NAMES = {"sze", "lze", "lgze", "hgze", "szlge", "szhge", "lzlge", "lzhge", "glnu",
        "glnu_norm", "zsnu", "zsnu_norm", "z_perc", "gl_var", "zs_var", "zs_entr"};
    static final String[] DISTANCE_NAMES = {"sde", "lde", "lgze", "hgze", "sdlge", "sdhge", "ldlge", "ldhge", "glnu",
        "glnu_norm", "zdnu", "zdnu_norm", "z_perc", "gl_var", "zd_var", "zd_entr"};

    private ZoneFeatures() {}

    static Map<String, Double> features(double[][] m, double nv, String[] names) {
        return features(m, null, nv, names);
    }

    /**
     * @param jValues the value of the second index for each column of {@code m} (sparse columns), or
     *                null for columns 1, 2, 3, …
     */
    static Map<String, Double> features(double[][] m, int[] jValues, double nv, String[] names) {
        int ng = m.length;
        int nj = ng == 0 ? 0 : m[0].length;
        double ns = 0;
        double[] rowSum = new double[ng];
        double[] colSum = new double[nj];
        for (int a = 0; a < ng; a++) {
            for (int b = 0; b < nj; b++) {
                ns += m[a][b];
                rowSum[a] += m[a][b];
                colSum[b] += m[a][b];
            }
        }
        if (ns == 0) {
            return null;
        }
        double[] e = new double[8];
        double mui = 0;
        double muj = 0;
        double entr = 0;
        for (int a = 0; a < ng; a++) {
            double i2 = (double) (a + 1) * (a + 1);
            for (int b = 0; b < nj; b++) {
                double v = m[a][b];
                if (v == 0) {
                    continue;
                }
                double jv = jValues == null ? b + 1 : jValues[b];
                double j2 = jv * jv;
                e[0] += v / j2;
                e[1] += v * j2;
                e[2] += v / i2;
                e[3] += v * i2;
                e[4] += v / (i2 * j2);
                e[5] += v * i2 / j2;
                e[6] += v * j2 / i2;
                e[7] += v * i2 * j2;
                double p = v / ns;
                mui += (a + 1) * p;
                muj += jv * p;
                entr -= p * FeatureAverager.log2(p);
            }
        }
        double vari = 0;
        double varj = 0;
        for (int a = 0; a < ng; a++) {
            for (int b = 0; b < nj; b++) {
                double p = m[a][b] / ns;
                vari += (a + 1 - mui) * (a + 1 - mui) * p;
                double jv = jValues == null ? b + 1 : jValues[b];
                varj += (jv - muj) * (jv - muj) * p;
            }
        }
        double glnu = 0;
        for (double v : rowSum) {
            glnu += v * v;
        }
        double jnu = 0;
        for (double v : colSum) {
            jnu += v * v;
        }
        Map<String, Double> f = new LinkedHashMap<>();
        for (int t = 0; t < 8; t++) {
            f.put(names[t], e[t] / ns);
        }
        f.put(names[8], glnu / ns);
        f.put(names[9], glnu / (ns * ns));
        f.put(names[10], jnu / ns);
        f.put(names[11], jnu / (ns * ns));
        f.put(names[12], ns / nv);
        f.put(names[13], vari);
        f.put(names[14], varj);
        f.put(names[15], entr);
        return f;
    }
}
