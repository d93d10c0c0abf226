package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grey level co-occurrence matrix features (reference manual, section 3.6), tags {@code cm_*}.
 * Matrices are symmetric counts of neighbour pairs at Chebyshev distance 1 along one direction, both
 * voxels in the ROI; {@code p_ij} is the normalised matrix, {@code p_{x-y}(k)} and
 * {@code p_{x+y}(k)} its diagonal and cross-diagonal marginals.
 *
 * <p>Aggregations: {@code 2D_avg} (feature per slice and direction, averaged), {@code 2D_comb}
 * (directions merged per slice, averaged over slices), {@code 3D_avg} (feature per direction,
 * averaged), {@code 3D_comb} (all 13 directions merged).
 */
public final class GlcmFeatures {

    private GlcmFeatures() {}

    /** All GLCM features of the requested dimensionality. */
    public static Map<String, Double> compute(LevelImage im, boolean planar) {
        Map<String, Double> out = new LinkedHashMap<>();
        int ng = im.ng();
        if (planar) {
            FeatureAverager avg = new FeatureAverager();
            FeatureAverager comb = new FeatureAverager();
            for (int k = 0; k < im.grid().nz(); k++) {
                LevelImage s = im.slice(k);
                double[][] merged = new double[ng][ng];
                for (int[] d : Directions.PLANAR) {
                    double[][] m = matrix(s, d);
                    avg.add(features(m, ng));
                    add(merged, m);
                }
                comb.add(features(merged, ng));
            }
            avg.putInto(out, "cm_", "_2D_avg");
            comb.putInto(out, "cm_", "_2D_comb");
        } else {
            FeatureAverager avg = new FeatureAverager();
            double[][] merged = new double[ng][ng];
            for (int[] d : Directions.SPATIAL) {
                double[][] m = matrix(im, d);
                avg.add(features(m, ng));
                add(merged, m);
            }
            avg.putInto(out, "cm_", "_3D_avg");
            FeatureAverager.put(out, features(merged, ng), "cm_", "_3D_comb");
        }
        return out;
    }

    static void add(double[][] acc, double[][] m) {
        for (int a = 0; a < acc.length; a++) {
            for (int b = 0; b < acc[a].length; b++) {
                acc[a][b] += m[a][b];
            }
        }
    }

    /** Symmetric co-occurrence counts along {@code d} (index = grey level - 1). */
    static double[][] matrix(LevelImage im, int[] d) {
        IbsiGrid g = im.grid();
        int[] lv = im.levels();
        double[][] m = new double[im.ng()][im.ng()];
        for (int k = 0; k < g.nz(); k++) {
            int k2 = k + d[2];
            if (k2 < 0 || k2 >= g.nz()) {
                continue;
            }
            for (int j = 0; j < g.ny(); j++) {
                int j2 = j + d[1];
                if (j2 < 0 || j2 >= g.ny()) {
                    continue;
                }
                for (int i = 0; i < g.nx(); i++) {
                    int i2 = i + d[0];
                    if (i2 < 0 || i2 >= g.nx()) {
                        continue;
                    }
                    int a = lv[g.index(i, j, k)];
                    int b = lv[g.index(i2, j2, k2)];
                    if (a > 0 && b > 0) {
                        m[a - 1][b - 1]++;
                        m[b - 1][a - 1]++;
                    }
                }
            }
        }
        return m;
    }

    /**
     * Features of one matrix, or null when it is empty.
     *
     * <pre>
     * joint_max = max p_ij;  joint_avg = μ = Σ i p_ij;  joint_var = Σ (i-μ)² p_ij;  joint_entr = -Σ p_ij log2 p_ij
     * diff_avg = Σ k p_{x-y}(k);  diff_var = Σ (k - diff_avg)² p_{x-y}(k);  diff_entr = -Σ p_{x-y} log2 p_{x-y}
     * sum_avg = Σ k p_{x+y}(k);  sum_var, sum_entr likewise
     * energy = Σ p_ij²;  contrast = Σ (i-j)² p_ij;  dissimilarity = Σ |i-j| p_ij
     * inv_diff = Σ p_ij/(1+|i-j|);  inv_diff_norm = Σ p_ij/(1+|i-j|/N_g)
     * inv_diff_mom = Σ p_ij/(1+(i-j)²);  inv_diff_mom_norm = Σ p_ij/(1+(i-j)²/N_g²)
     * inv_var = Σ_{k≥1} p_{x-y}(k)/k²;  corr = (Σ i j p_ij - μ_i μ_j)/(σ_i σ_j);  auto_corr = Σ i j p_ij
     * clust_tend/shade/prom = Σ (i+j-μ_i-μ_j)^{2,3,4} p_ij
     * info_corr1 = (HXY - HXY1)/HX;  info_corr2 = sqrt(1 - exp(-2 (HXY2 - HXY)))
     *   HXY1 = -Σ p_ij log2(p_i p_j),  HXY2 = -Σ p_i p_j log2(p_i p_j)
     * </pre>
     */
    static Map<String, Double> features(double[][] counts, int ng) {
        double total = 0;
        for (double[] row : counts) {
            for (double v : row) {
                total += v;
            }
        }
        if (total == 0) {
            return null;
        }
        double[][] p = new double[ng][ng];
        double[] pi = new double[ng];
        double[] pj = new double[ng];
        double[] pDiff = new double[ng];
        double[] pSum = new double[2 * ng + 1];
        double jointMax = 0;
        for (int a = 0; a < ng; a++) {
            for (int b = 0; b < ng; b++) {
                double v = counts[a][b] / total;
                p[a][b] = v;
                pi[a] += v;
                pj[b] += v;
                pDiff[Math.abs(a - b)] += v;
                pSum[a + b + 2] += v;
                jointMax = Math.max(jointMax, v);
            }
        }
        double mui = 0;
        double muj = 0;
        for (int a = 0; a < ng; a++) {
            mui += (a + 1) * pi[a];
            muj += (a + 1) * pj[a];
        }
        double vari = 0;
        double varj = 0;
        for (int a = 0; a < ng; a++) {
            vari += (a + 1 - mui) * (a + 1 - mui) * pi[a];
            varj += (a + 1 - muj) * (a + 1 - muj) * pj[a];
        }
        double jointVar = 0;
        double jointEntr = 0;
        double energy = 0;
        double contrast = 0;
        double dissim = 0;
        double invDiff = 0;
        double invDiffNorm = 0;
        double invDiffMom = 0;
        double invDiffMomNorm = 0;
        double autoCorr = 0;
        double tend = 0;
        double shade = 0;
        double prom = 0;
        double hxy1 = 0;
        double hxy2 = 0;
        for (int a = 0; a < ng; a++) {
            int i = a + 1;
            for (int b = 0; b < ng; b++) {
                int j = b + 1;
                double v = p[a][b];
                double pp = pi[a] * pj[b];
                if (pp > 0) {
                    hxy2 -= pp * FeatureAverager.log2(pp);
                }
                if (v == 0) {
                    continue;
                }
                int d = Math.abs(i - j);
                jointVar += (i - mui) * (i - mui) * v;
                jointEntr -= v * FeatureAverager.log2(v);
                energy += v * v;
                contrast += (double) d * d * v;
                dissim += d * v;
                invDiff += v / (1 + d);
                invDiffNorm += v / (1 + (double) d / ng);
                invDiffMom += v / (1 + (double) d * d);
                invDiffMomNorm += v / (1 + (double) d * d / ((double) ng * ng));
                autoCorr += (double) i * j * v;
                double c = i + j - mui - muj;
                tend += c * c * v;
                shade += c * c * c * v;
                prom += c * c * c * c * v;
                hxy1 -= v * FeatureAverager.log2(pp);
            }
        }
        double diffAvg = 0;
        double diffEntr = 0;
        double invVar = 0;
        for (int k = 0; k < ng; k++) {
            diffAvg += k * pDiff[k];
            if (pDiff[k] > 0) {
                diffEntr -= pDiff[k] * FeatureAverager.log2(pDiff[k]);
                if (k > 0) {
                    invVar += pDiff[k] / ((double) k * k);
                }
            }
        }
        double diffVar = 0;
        for (int k = 0; k < ng; k++) {
            diffVar += (k - diffAvg) * (k - diffAvg) * pDiff[k];
        }
        double sumAvg = 0;
        double sumEntr = 0;
        for (int k = 2; k <= 2 * ng; k++) {
            sumAvg += k * pSum[k];
            if (pSum[k] > 0) {
                sumEntr -= pSum[k] * FeatureAverager.log2(pSum[k]);
            }
        }
        double sumVar = 0;
        for (int k = 2; k <= 2 * ng; k++) {
            sumVar += (k - sumAvg) * (k - sumAvg) * pSum[k];
        }
        double hx = 0;
        for (double v : pi) {
            if (v > 0) {
                hx -= v * FeatureAverager.log2(v);
            }
        }
        double sd = Math.sqrt(vari * varj);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("joint_max", jointMax);
        f.put("joint_avg", mui);
        f.put("joint_var", jointVar);
        f.put("joint_entr", jointEntr);
        f.put("diff_avg", diffAvg);
        f.put("diff_var", diffVar);
        f.put("diff_entr", diffEntr);
        f.put("sum_avg", sumAvg);
        f.put("sum_var", sumVar);
        f.put("sum_entr", sumEntr);
        f.put("energy", energy);
        f.put("contrast", contrast);
        f.put("dissimilarity", dissim);
        f.put("inv_diff", invDiff);
        f.put("inv_diff_norm", invDiffNorm);
        f.put("inv_diff_mom", invDiffMom);
        f.put("inv_diff_mom_norm", invDiffMomNorm);
        f.put("inv_var", invVar);
        // a single occupied grey level has no variance: correlation is undefined, reported as 1 (perfectly correlated)
        f.put("corr", sd == 0 ? 1.0 : (autoCorr - mui * muj) / sd);
        f.put("auto_corr", autoCorr);
        f.put("clust_tend", tend);
        f.put("clust_shade", shade);
        f.put("clust_prom", prom);
        f.put("info_corr1", hx == 0 ? 0.0 : (jointEntr - hxy1) / hx);
        f.put("info_corr2", Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (hxy2 - jointEntr)))));
        return f;
    }
}
