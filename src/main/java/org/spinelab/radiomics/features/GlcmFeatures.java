package org.spinelab.radiomics.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.Angles;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.Roi;

/**
 * PyRadiomics' gray level co-occurrence matrix (GLCM) features.
 *
 * <p>One matrix P(i, j | δ) per angle δ (13 in 3-D, 4 in 2-D at distance 1, for each of
 * {@code distances}) counts ROI voxel pairs with gray levels i and j at offset δ; it is made symmetric
 * (P + Pᵀ, {@code symmetricalGLCM}), restricted to the gray levels present in the ROI, optionally
 * combined over angles with {@code weightingNorm}, stripped of empty angles and normalised to
 * p = P/ΣP. Each feature is computed per angle and averaged over angles (NaN angles ignored). Below,
 * i and j are gray-level values, p<sub>x</sub>, p<sub>y</sub> the marginals, μ<sub>x</sub>,
 * μ<sub>y</sub>, σ<sub>x</sub>, σ<sub>y</sub> their means and standard deviations,
 * p<sub>x+y</sub>(k) = Σ<sub>i+j=k</sub> p, p<sub>x−y</sub>(k) = Σ<sub>|i−j|=k</sub> p, ε the
 * machine epsilon, N<sub>g</sub> the largest gray level.
 */
public final class GlcmFeatures implements FeatureClass {

    private static final List<String> NAMES = sorted(List.of("Autocorrelation", "ClusterProminence", "ClusterShade",
            "ClusterTendency", "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance",
            "Id", "Idm", "Idmn", "Idn", "Imc1", "Imc2", "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy",
            "MCC", "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares"));

    static List<String> sorted(List<String> names) {
        List<String> l = new ArrayList<>(names);
        l.sort(null);
        return List.copyOf(l);
    }

    @Override
    public String name() {
        return "glcm";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        List<double[]> matrices = matrices(input);
        GrayLevels g = input.grayLevels();
        int nl = g.levels().length;
        double[] gv = new double[nl];
        for (int i = 0; i < nl; i++) {
            gv[i] = g.levels()[i];
        }
        List<AngleFeatures> perAngle = new ArrayList<>();
        for (double[] p : matrices) {
            perAngle.add(new AngleFeatures(p, gv, g.ng()));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : NAMES) {
            if (!enabled.contains(n)) {
                continue;
            }
            double[] v = new double[perAngle.size()];
            for (int a = 0; a < v.length; a++) {
                v[a] = perAngle.get(a).feature(n);
            }
            if (n.equals("MCC") && nl < 2) {
                out.put(n, 1.0); // PyRadiomics: a flat region has MCC 1
            } else if (n.equals("JointAverage")) {
                out.put(n, plainMean(v));
            } else {
                out.put(n, Stats.nanMean(v));
            }
        }
        return out;
    }

    private static double plainMean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** The normalised matrices p (nl × nl, row-major) of the angles kept. */
    static List<double[]> matrices(FeatureInput input) {
        Roi roi = input.roi();
        RadiomicsSettings s = input.settings();
        GrayLevels g = input.grayLevels();
        int[] gray = g.gray();
        int[] li = g.levelIndex();
        int nl = g.levels().length;
        int nx = roi.nx(), ny = roi.ny(), nz = roi.nz();
        int[][] angles = Angles.generate(new int[] {nx, ny, nz}, s.distances(), false, Angles.sliceAxis(s));
        int na = angles.length;
        double[][] counts = new double[na][nl * nl];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int c = i + nx * (j + ny * k);
                    int gc = gray[c];
                    if (gc == 0) {
                        continue;
                    }
                    int row = li[gc] * nl;
                    for (int a = 0; a < na; a++) {
                        int[] d = angles[a];
                        int i2 = i + d[0], j2 = j + d[1], k2 = k + d[2];
                        if (i2 < 0 || i2 >= nx || j2 < 0 || j2 >= ny || k2 < 0 || k2 >= nz) {
                            continue;
                        }
                        int gn = gray[i2 + nx * (j2 + ny * k2)];
                        if (gn != 0) {
                            counts[a][row + li[gn]]++;
                        }
                    }
                }
            }
        }
        if (s.symmetricalGLCM()) {
            for (double[] m : counts) {
                for (int r = 0; r < nl; r++) {
                    for (int q = r; q < nl; q++) {
                        double v = m[r * nl + q] + m[q * nl + r];
                        m[r * nl + q] = v;
                        m[q * nl + r] = v;
                    }
                }
            }
        }
        List<double[]> kept = new ArrayList<>();
        String norm = s.weightingNorm();
        if (norm != null) {
            double[] sum = new double[nl * nl];
            for (int a = 0; a < na; a++) {
                double w = AngleWeights.glcmWeight(norm, angles[a], roi.spacing());
                for (int e = 0; e < sum.length; e++) {
                    sum[e] += counts[a][e] * w;
                }
            }
            kept.add(sum);
        } else {
            for (double[] m : counts) {
                if (na == 1 || total(m) != 0) {
                    kept.add(m);
                }
            }
        }
        for (double[] m : kept) {
            double t = total(m);
            for (int e = 0; e < m.length; e++) {
                m[e] = t == 0 ? Double.NaN : m[e] / t;
            }
        }
        return kept;
    }

    private static double total(double[] m) {
        double t = 0;
        for (double v : m) {
            t += v;
        }
        return t;
    }

    /** The features of one angle's normalised matrix. */
    private static final class AngleFeatures {
        private final double[] p;
        private final double[] gv;
        private final int n;
        private final int ng;
        private final double[] px;
        private final double[] py;
        private final double ux;
        private final double uy;
        private final double[] pSum;
        private final double[] pDiff;
        private final double hxy;

        AngleFeatures(double[] p, double[] gv, int ng) {
            this.p = p;
            this.gv = gv;
            this.n = gv.length;
            this.ng = ng;
            px = new double[n];
            py = new double[n];
            pSum = new double[2 * ng + 1];
            pDiff = new double[Math.max(ng, 1)];
            double sx = 0, sy = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = p[i * n + j];
                    px[i] += v;
                    py[j] += v;
                    sx += gv[i] * v;
                    sy += gv[j] * v;
                    pSum[(int) (gv[i] + gv[j])] += v;
                    pDiff[(int) Math.abs(gv[i] - gv[j])] += v;
                }
            }
            ux = sx;
            uy = sy;
            hxy = Stats.entropy(p);
        }

        double feature(String name) {
            return switch (name) {
                case "Autocorrelation" -> autocorrelation();
                case "ClusterProminence" -> cluster(4);
                case "ClusterShade" -> cluster(3);
                case "ClusterTendency" -> cluster(2);
                case "Contrast" -> contrast();
                case "Correlation" -> correlation();
                case "DifferenceAverage" -> differenceAverage();
                case "DifferenceEntropy" -> Stats.entropy(pDiff);
                case "DifferenceVariance" -> differenceVariance();
                case "Id" -> inverseDifference(false, false);
                case "Idm" -> inverseDifference(true, false);
                case "Idmn" -> inverseDifference(true, true);
                case "Idn" -> inverseDifference(false, true);
                case "Imc1" -> imc1();
                case "Imc2" -> imc2();
                case "InverseVariance" -> inverseVariance();
                case "JointAverage" -> ux;
                case "JointEnergy" -> jointEnergy();
                case "JointEntropy" -> hxy;
                case "MCC" -> mcc();
                case "MaximumProbability" -> maximumProbability();
                case "SumAverage" -> sumAverage();
                case "SumEntropy" -> Stats.entropy(pSum);
                case "SumSquares" -> sumSquares();
                default -> throw new IllegalArgumentException(name);
            };
        }

        /** Autocorrelation = Σ p(i,j)·i·j. */
        double autocorrelation() {
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s += p[i * n + j] * gv[i] * gv[j];
                }
            }
            return s;
        }

        /** ClusterTendency (k=2), ClusterShade (k=3), ClusterProminence (k=4) = Σ p(i,j)(i + j − μx − μy)<sup>k</sup>. */
        double cluster(int k) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double d = gv[i] + gv[j] - ux - uy;
                    double dk = k == 2 ? d * d : k == 3 ? d * d * d : d * d * d * d;
                    s += p[i * n + j] * dk;
                }
            }
            return s;
        }

        /** Contrast = Σ p(i,j)(i − j)². */
        double contrast() {
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double d = gv[i] - gv[j];
                    s += p[i * n + j] * d * d;
                }
            }
            return s;
        }

        /** Correlation = (Σ p(i,j)(i − μx)(j − μy)) / (σx σy + ε); 1 when σx σy = 0. */
        double correlation() {
            double vx = 0, vy = 0, cov = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = p[i * n + j];
                    vx += v * (gv[i] - ux) * (gv[i] - ux);
                    vy += v * (gv[j] - uy) * (gv[j] - uy);
                    cov += v * (gv[i] - ux) * (gv[j] - uy);
                }
            }
            double sxsy = Math.sqrt(vx) * Math.sqrt(vy);
            if (sxsy == 0) {
                return 1;
            }
            return cov / (sxsy + Stats.EPS);
        }

        /** DifferenceAverage = Σ k·p<sub>x−y</sub>(k). */
        double differenceAverage() {
            double s = 0;
            for (int k = 0; k < pDiff.length; k++) {
                s += k * pDiff[k];
            }
            return s;
        }

        /** DifferenceVariance = Σ (k − DA)²·p<sub>x−y</sub>(k). */
        double differenceVariance() {
            double da = differenceAverage();
            double s = 0;
            for (int k = 0; k < pDiff.length; k++) {
                s += pDiff[k] * (k - da) * (k - da);
            }
            return s;
        }

        /**
         * Id = Σ p<sub>x−y</sub>(k)/(1 + k); Idn = Σ p<sub>x−y</sub>(k)/(1 + k/N<sub>g</sub>);
         * Idm = Σ p<sub>x−y</sub>(k)/(1 + k²); Idmn = Σ p<sub>x−y</sub>(k)/(1 + k²/N<sub>g</sub>²).
         */
        double inverseDifference(boolean squared, boolean normalised) {
            double s = 0;
            for (int k = 0; k < pDiff.length; k++) {
                double d = squared ? (double) k * k : k;
                if (normalised) {
                    d = squared ? d / ((double) ng * ng) : d / ng;
                }
                s += pDiff[k] / (1 + d);
            }
            return s;
        }

        /** InverseVariance = Σ<sub>k≥1</sub> p<sub>x−y</sub>(k)/k². */
        double inverseVariance() {
            double s = 0;
            for (int k = 1; k < pDiff.length; k++) {
                s += pDiff[k] / ((double) k * k);
            }
            return s;
        }

        /** JointEnergy = Σ p(i,j)². */
        double jointEnergy() {
            double s = 0;
            for (double v : p) {
                s += v * v;
            }
            return s;
        }

        /** MaximumProbability = max p(i,j). */
        double maximumProbability() {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : p) {
                m = Math.max(m, v);
            }
            return m;
        }

        /** SumAverage = Σ k·p<sub>x+y</sub>(k). */
        double sumAverage() {
            double s = 0;
            for (int k = 0; k < pSum.length; k++) {
                s += k * pSum[k];
            }
            return s;
        }

        /** SumSquares = Σ p(i,j)(i − μx)². */
        double sumSquares() {
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s += p[i * n + j] * (gv[i] - ux) * (gv[i] - ux);
                }
            }
            return s;
        }

        /**
         * Imc1 = (HXY − HXY1) / max(HX, HY), with HX, HY the entropies of the marginals and
         * HXY1 = −Σ p(i,j) log2(px(i)py(j) + ε); 0 when max(HX, HY) = 0.
         */
        double imc1() {
            double hx = Stats.entropy(px), hy = Stats.entropy(py);
            double hxy1 = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = p[i * n + j];
                    if (v != 0) {
                        hxy1 += v * Stats.log2(px[i] * py[j] + Stats.EPS);
                    }
                }
            }
            hxy1 = -hxy1;
            double div = Math.max(hx, hy);
            return div == 0 ? 0 : (hxy - hxy1) / div;
        }

        /**
         * Imc2 = √(1 − e<sup>−2(HXY2 − HXY)</sup>), HXY2 = −Σ px(i)py(j) log2(px(i)py(j) + ε); 0 when
         * HXY2 = HXY (NaN, then ignored in the angle mean, when HXY2 &lt; HXY).
         */
        double imc2() {
            double hxy2 = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double q = px[i] * py[j];
                    if (q != 0) {
                        hxy2 += q * Stats.log2(q + Stats.EPS);
                    }
                }
            }
            hxy2 = -hxy2;
            if (hxy2 == hxy) {
                return 0;
            }
            return Math.sqrt(1 - Math.exp(-2 * (hxy2 - hxy)));
        }

        /**
         * MCC = √(second largest eigenvalue of Q), Q(i,j) = Σ<sub>k</sub> p(i,k)p(j,k) / (px(i)py(k) + ε);
         * see {@link MccEigenvalue}.
         */
        double mcc() {
            if (n < 2) {
                return 1;
            }
            try {
                return Math.sqrt(MccEigenvalue.secondLargest(p, px, py, n));
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
    }
}
