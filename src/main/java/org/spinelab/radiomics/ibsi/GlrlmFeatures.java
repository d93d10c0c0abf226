package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grey level run length matrix features (reference manual, section 3.7), tags {@code rlm_*}. A run
 * is a maximal line of ROI voxels with one grey level along a direction; {@code r_ij} counts runs of
 * level {@code i} and length {@code j}, {@code N_s} runs in all, {@code N_v} ROI voxels (times the
 * number of merged directions for merged matrices). Aggregations as for the GLCM.
 */
public final class GlrlmFeatures {

    private GlrlmFeatures() {}

    /** All GLRLM features of the requested dimensionality. */
    public static Map<String, Double> compute(LevelImage im, boolean planar) {
        Map<String, Double> out = new LinkedHashMap<>();
        int ng = im.ng();
        int maxRun = Math.max(im.grid().nx(), Math.max(im.grid().ny(), im.grid().nz()));
        if (planar) {
            FeatureAverager avg = new FeatureAverager();
            FeatureAverager comb = new FeatureAverager();
            for (int k = 0; k < im.grid().nz(); k++) {
                LevelImage s = im.slice(k);
                int nv = s.voxelCount();
                if (nv == 0) {
                    continue;
                }
                double[][] merged = new double[ng][maxRun];
                for (int[] d : Directions.PLANAR) {
                    double[][] m = matrix(s, d, maxRun);
                    avg.add(features(m, nv));
                    GlcmFeatures.add(merged, m);
                }
                comb.add(features(merged, (double) nv * Directions.PLANAR.length));
            }
            avg.putInto(out, "rlm_", "_2D_avg");
            comb.putInto(out, "rlm_", "_2D_comb");
        } else {
            int nv = im.voxelCount();
            FeatureAverager avg = new FeatureAverager();
            double[][] merged = new double[ng][maxRun];
            for (int[] d : Directions.SPATIAL) {
                double[][] m = matrix(im, d, maxRun);
                avg.add(features(m, nv));
                GlcmFeatures.add(merged, m);
            }
            avg.putInto(out, "rlm_", "_3D_avg");
            FeatureAverager.put(out, features(merged, (double) nv * Directions.SPATIAL.length), "rlm_", "_3D_comb");
        }
        return out;
    }

    /** Run counts along {@code d}: [grey level - 1][run length - 1]. */
    static double[][] matrix(LevelImage im, int[] d, int maxRun) {
        IbsiGrid g = im.grid();
        double[][] m = new double[im.ng()][maxRun];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int level = im.levels()[g.index(i, j, k)];
                    if (level == 0 || im.at(i - d[0], j - d[1], k - d[2]) == level) {
                        continue; // not in the ROI, or not the first voxel of its run
                    }
                    int len = 1;
                    while (im.at(i + len * d[0], j + len * d[1], k + len * d[2]) == level) {
                        len++;
                    }
                    m[level - 1][len - 1]++;
                }
            }
        }
        return m;
    }

    /**
     * Features of one run-length matrix (null when it has no run).
     *
     * <pre>
     * sre = Σ r_ij/j² / N_s;  lre = Σ r_ij j² / N_s;  lgre = Σ r_ij/i² / N_s;  hgre = Σ r_ij i² / N_s
     * srlge = Σ r_ij/(i² j²) / N_s;  srhge = Σ r_ij i²/j² / N_s;  lrlge = Σ r_ij j²/i² / N_s;  lrhge = Σ r_ij i² j² / N_s
     * glnu = Σ_i (Σ_j r_ij)² / N_s (norm: / N_s²);  rlnu = Σ_j (Σ_i r_ij)² / N_s (norm: / N_s²)
     * r_perc = N_s / N_v;  gl_var = Σ (i-μ_i)² p_ij;  rl_var = Σ (j-μ_j)² p_ij;  rl_entr = -Σ p_ij log2 p_ij
     * </pre>
     */
    static Map<String, Double> features(double[][] r, double nv) {
        return ZoneFeatures.features(r, nv, ZoneFeatures.RUN_NAMES);
    }
}
