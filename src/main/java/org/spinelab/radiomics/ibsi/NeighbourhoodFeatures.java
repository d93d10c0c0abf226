package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Neighbourhood grey tone difference matrix ({@code ngt_*}, reference manual section 3.10) and
 * neighbouring grey level dependence matrix ({@code ngl_*}, section 3.11) features, with the
 * Chebyshev-distance-1 neighbourhood (26 voxels in 3-D, 8 in a slice); neighbours outside the ROI are
 * left out. 2-D: per slice, averaged over slices.
 */
public final class NeighbourhoodFeatures {

    private NeighbourhoodFeatures() {}

    /** NGTDM and NGLDM features, 2-D ({@code _2D}) or 3-D ({@code _3D}). */
    public static Map<String, Double> compute(LevelImage im, boolean planar) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (planar) {
            FeatureAverager ngt = new FeatureAverager();
            FeatureAverager ngl = new FeatureAverager();
            for (int k = 0; k < im.grid().nz(); k++) {
                LevelImage s = im.slice(k);
                if (s.voxelCount() == 0) {
                    continue;
                }
                ngt.add(ngtdm(s));
                ngl.add(ngldm(s));
            }
            ngt.putInto(out, "ngt_", "_2D");
            ngl.putInto(out, "ngl_", "_2D");
        } else {
            FeatureAverager.put(out, ngtdm(im), "ngt_", "_3D");
            FeatureAverager.put(out, ngldm(im), "ngl_", "_3D");
        }
        return out;
    }

    /**
     * NGTDM: for each ROI voxel of level {@code i} with at least one ROI neighbour, {@code s_i += |i - Ā|}
     * with {@code Ā} the mean neighbour level; {@code n_i} such voxels, {@code p_i = n_i / N_vc}.
     *
     * <pre>
     * coarseness = 1 / Σ p_i s_i
     * contrast   = [Σ_i Σ_j p_i p_j (i-j)² / (N_gp (N_gp - 1))] · Σ s_i / N_vc
     * busyness   = Σ p_i s_i / Σ_i Σ_j |i p_i - j p_j|                 (p_i, p_j &gt; 0)
     * complexity = Σ_i Σ_j |i - j| (p_i s_i + p_j s_j) / (p_i + p_j) / N_vc   (p_i, p_j &gt; 0)
     * strength   = Σ_i Σ_j (p_i + p_j)(i-j)² / Σ s_i                   (p_i, p_j &gt; 0)
     * </pre>
     */
    static Map<String, Double> ngtdm(LevelImage im) {
        int ng = im.ng();
        double[] s = new double[ng];
        double[] n = new double[ng];
        IbsiGrid g = im.grid();
        int[] lv = im.levels();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int level = lv[g.index(i, j, k)];
                    if (level == 0) {
                        continue;
                    }
                    double sum = 0;
                    int cnt = 0;
                    for (int[] d : Directions.NEIGHBOURS) {
                        int l2 = im.at(i + d[0], j + d[1], k + d[2]);
                        if (l2 > 0) {
                            sum += l2;
                            cnt++;
                        }
                    }
                    if (cnt > 0) {
                        s[level - 1] += Math.abs(level - sum / cnt);
                        n[level - 1]++;
                    }
                }
            }
        }
        double nvc = 0;
        for (double v : n) {
            nvc += v;
        }
        if (nvc == 0) {
            return null;
        }
        double[] p = new double[ng];
        int ngp = 0;
        double sumS = 0;
        double sumPS = 0;
        for (int a = 0; a < ng; a++) {
            p[a] = n[a] / nvc;
            if (p[a] > 0) {
                ngp++;
            }
            sumS += s[a];
            sumPS += p[a] * s[a];
        }
        double contrastSum = 0;
        double busyDen = 0;
        double complexity = 0;
        double strengthNum = 0;
        for (int a = 0; a < ng; a++) {
            if (p[a] == 0) {
                continue;
            }
            for (int b = 0; b < ng; b++) {
                if (p[b] == 0) {
                    continue;
                }
                double d = a - b;
                contrastSum += p[a] * p[b] * d * d;
                busyDen += Math.abs((a + 1) * p[a] - (b + 1) * p[b]);
                complexity += Math.abs(d) * (p[a] * s[a] + p[b] * s[b]) / (p[a] + p[b]);
                strengthNum += (p[a] + p[b]) * d * d;
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        // IBSI: coarseness of a flat image (Σ p_i s_i = 0) is set to 10^6; the other ratios to 0
        f.put("coarseness", sumPS == 0 ? 1e6 : 1 / sumPS);
        f.put("contrast", ngp <= 1 ? 0.0 : contrastSum / (ngp * (ngp - 1.0)) * sumS / nvc);
        f.put("busyness", busyDen == 0 ? 0.0 : sumPS / busyDen);
        f.put("complexity", complexity / nvc);
        f.put("strength", sumS == 0 ? 0.0 : strengthNum / sumS);
        return f;
    }

    /**
     * NGLDM (coarseness 0, distance 1): each ROI voxel of level {@code i} has dependence
     * {@code k = 1 + #}(ROI neighbours of the same level); {@code s_ik} counts voxels, {@code N_s} of them.
     *
     * <pre>
     * lde = Σ s_ik/k² / N_s;  hde = Σ s_ik k² / N_s;  lgce = Σ s_ik/i² / N_s;  hgce = Σ s_ik i² / N_s
     * ldlge = Σ s_ik/(i² k²) / N_s;  ldhge = Σ s_ik i²/k² / N_s;  hdlge = Σ s_ik k²/i² / N_s;  hdhge = Σ s_ik i² k² / N_s
     * glnu = Σ_i (Σ_k s_ik)² / N_s (norm /N_s²);  dcnu = Σ_k (Σ_i s_ik)² / N_s (norm /N_s²);  dc_perc = N_s / N_v
     * gl_var, dc_var: variances of i and k under p_ik = s_ik/N_s;  dc_entr = -Σ p log2 p;  dc_energy = Σ p²
     * </pre>
     */
    static Map<String, Double> ngldm(LevelImage im) {
        IbsiGrid g = im.grid();
        int[] lv = im.levels();
        double[][] m = new double[im.ng()][27];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int level = lv[g.index(i, j, k)];
                    if (level == 0) {
                        continue;
                    }
                    int dep = 1;
                    for (int[] d : Directions.NEIGHBOURS) {
                        if (im.at(i + d[0], j + d[1], k + d[2]) == level) {
                            dep++;
                        }
                    }
                    m[level - 1][dep - 1]++;
                }
            }
        }
        Map<String, Double> z = ZoneFeatures.features(m, im.voxelCount(), new String[] {"lde", "hde", "lgce", "hgce",
            "ldlge", "ldhge", "hdlge", "hdhge", "glnu", "glnu_norm", "dcnu", "dcnu_norm", "dc_perc", "gl_var", "dc_var",
            "dc_entr"});
        if (z == null) {
            return null;
        }
        double ns = 0;
        for (double[] row : m) {
            for (double v : row) {
                ns += v;
            }
        }
        double energy = 0;
        for (double[] row : m) {
            for (double v : row) {
                energy += (v / ns) * (v / ns);
            }
        }
        z.put("dc_energy", energy);
        return z;
    }
}
