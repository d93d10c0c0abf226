package org.spinelab.radiomics.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.Angles;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.Roi;

/**
 * PyRadiomics' neighbouring gray tone difference matrix (NGTDM) features.
 *
 * <p>For each gray level i present: n<sub>i</sub> ROI voxels, p<sub>i</sub> = n<sub>i</sub>/N<sub>vp</sub>,
 * and s<sub>i</sub> = Σ |i − Ā| over those voxels, Ā the mean gray level of the voxel's ROI neighbours
 * (offsets at every distance in {@code distances}, both directions; 0 when it has none).
 * N<sub>g,p</sub> = number of gray levels present.
 */
public final class NgtdmFeatures implements FeatureClass {

    private static final List<String> NAMES = List.of("Busyness", "Coarseness", "Complexity", "Contrast", "Strength");

    @Override
    public String name() {
        return "ngtdm";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        Matrix m = matrix(input);
        return EnabledFeatures.compute(NAMES, enabled, n -> switch (n) {
            case "Busyness" -> busyness(m);
            case "Coarseness" -> coarseness(m);
            case "Complexity" -> complexity(m);
            case "Contrast" -> contrast(m);
            case "Strength" -> strength(m);
            default -> throw new IllegalArgumentException(n);
        });
    }

    /** p<sub>i</sub>, s<sub>i</sub> and gray value i of the gray levels present; N<sub>vp</sub>. */
    record Matrix(double[] p, double[] s, double[] i, double nvp) {}

    static Matrix matrix(FeatureInput input) {
        Roi roi = input.roi();
        GrayLevels g = input.grayLevels();
        int[] gray = g.gray();
        int[] li = g.levelIndex();
        int nl = g.levels().length;
        int nx = roi.nx(), ny = roi.ny(), nz = roi.nz();
        int[][] nb = Angles.generate(new int[] {nx, ny, nz}, input.settings().distances(), true,
                Angles.sliceAxis(input.settings()));
        double[] count = new double[nl];
        double[] s = new double[nl];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int gc = gray[i + nx * (j + ny * k)];
                    if (gc == 0) {
                        continue;
                    }
                    double cnt = 0, sum = 0;
                    for (int[] d : nb) {
                        int i2 = i + d[0], j2 = j + d[1], k2 = k + d[2];
                        if (i2 < 0 || i2 >= nx || j2 < 0 || j2 >= ny || k2 < 0 || k2 >= nz) {
                            continue;
                        }
                        int gn = gray[i2 + nx * (j2 + ny * k2)];
                        if (gn != 0) {
                            cnt++;
                            sum += gn;
                        }
                    }
                    double diff = cnt == 0 ? 0 : Math.abs(gc - sum / cnt);
                    count[li[gc]]++;
                    s[li[gc]] += diff;
                }
            }
        }
        double nvp = 0;
        for (double c : count) {
            nvp += c;
        }
        double[] p = new double[nl];
        double[] iv = new double[nl];
        for (int l = 0; l < nl; l++) {
            p[l] = count[l] / nvp;
            iv[l] = g.levels()[l];
        }
        return new Matrix(p, s, iv, nvp);
    }

    /** Coarseness = 1 / Σ p<sub>i</sub>s<sub>i</sub>; 10⁶ when that sum is 0. */
    static double coarseness(Matrix m) {
        double sum = 0;
        for (int l = 0; l < m.p.length; l++) {
            sum += m.p[l] * m.s[l];
        }
        return sum == 0 ? 1e6 : 1 / sum;
    }

    /**
     * Contrast = [1/(N<sub>g,p</sub>(N<sub>g,p</sub> − 1)) Σ<sub>i,j</sub> p<sub>i</sub>p<sub>j</sub>(i − j)²]
     * · [Σ s<sub>i</sub> / N<sub>vp</sub>]; 0 when N<sub>g,p</sub> ≤ 1.
     */
    static double contrast(Matrix m) {
        int n = m.p.length;
        double div = (double) n * (n - 1);
        if (div == 0) {
            return 0;
        }
        double a = 0, ssum = 0;
        for (int x = 0; x < n; x++) {
            ssum += m.s[x];
            for (int y = 0; y < n; y++) {
                double d = m.i[x] - m.i[y];
                a += m.p[x] * m.p[y] * d * d;
            }
        }
        return a * ssum / m.nvp / div;
    }

    /** Busyness = Σ p<sub>i</sub>s<sub>i</sub> / Σ<sub>i,j</sub> |i·p<sub>i</sub> − j·p<sub>j</sub>|; 0 when the divisor is 0. */
    static double busyness(Matrix m) {
        int n = m.p.length;
        double num = 0, den = 0;
        for (int x = 0; x < n; x++) {
            num += m.p[x] * m.s[x];
            for (int y = 0; y < n; y++) {
                den += Math.abs(m.i[x] * m.p[x] - m.i[y] * m.p[y]);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** Complexity = (1/N<sub>vp</sub>) Σ<sub>i,j</sub> |i − j| (p<sub>i</sub>s<sub>i</sub> + p<sub>j</sub>s<sub>j</sub>)/(p<sub>i</sub> + p<sub>j</sub>). */
    static double complexity(Matrix m) {
        int n = m.p.length;
        double sum = 0;
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                double div = m.p[x] + m.p[y];
                if (div == 0) {
                    div = 1;
                }
                sum += Math.abs(m.i[x] - m.i[y]) * (m.p[x] * m.s[x] + m.p[y] * m.s[y]) / div;
            }
        }
        return sum / m.nvp;
    }

    /** Strength = Σ<sub>i,j</sub> (p<sub>i</sub> + p<sub>j</sub>)(i − j)² / Σ s<sub>i</sub>; 0 when Σ s<sub>i</sub> = 0. */
    static double strength(Matrix m) {
        int n = m.p.length;
        double sum = 0, ssum = 0;
        for (int x = 0; x < n; x++) {
            ssum += m.s[x];
            for (int y = 0; y < n; y++) {
                double d = m.i[x] - m.i[y];
                sum += (m.p[x] + m.p[y]) * d * d;
            }
        }
        return ssum == 0 ? 0 : sum / ssum;
    }
}
