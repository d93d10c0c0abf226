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
 * PyRadiomics' gray level run length matrix (GLRLM) features.
 *
 * <p>One matrix P(i, j | θ) per direction θ (13 in 3-D, 4 in 2-D; distance 1) counts runs — maximal
 * sequences of consecutive ROI voxels along θ with the same gray level i — of length j. A direction
 * along which no line through the box holds two ROI voxels is dropped (PyRadiomics treats the ROI as
 * 2-D for it), as are empty directions; with {@code weightingNorm} the matrices are summed, weighted by
 * the direction's length in mm. Features are computed per direction and averaged. N<sub>r</sub> is the
 * number of runs, N<sub>p</sub> = Σ j·P the number of voxels; see {@link GraySizeMatrix} for the sums.
 */
public final class GlrlmFeatures implements FeatureClass {

    private static final List<String> NAMES = GlcmFeatures.sorted(List.of("GrayLevelNonUniformity",
            "GrayLevelNonUniformityNormalized", "GrayLevelVariance", "HighGrayLevelRunEmphasis", "LongRunEmphasis",
            "LongRunHighGrayLevelEmphasis", "LongRunLowGrayLevelEmphasis", "LowGrayLevelRunEmphasis", "RunEntropy",
            "RunLengthNonUniformity", "RunLengthNonUniformityNormalized", "RunPercentage", "RunVariance",
            "ShortRunEmphasis", "ShortRunHighGrayLevelEmphasis", "ShortRunLowGrayLevelEmphasis"));

    @Override
    public String name() {
        return "glrlm";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        double[] iv = input.grayLevels().levelValues();
        List<GraySizeMatrix> perAngle = new ArrayList<>();
        for (double[][] m : matrices(input)) {
            perAngle.add(new GraySizeMatrix(m, iv, GraySizeMatrix.sum(m)));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : NAMES) {
            if (enabled.contains(n)) {
                double[] v = new double[perAngle.size()];
                for (int a = 0; a < v.length; a++) {
                    v[a] = feature(perAngle.get(a), n);
                }
                out.put(n, Stats.nanMean(v));
            }
        }
        return out;
    }

    /**
     * SRE = Σ P/j² / N<sub>r</sub>; LRE = Σ P·j² / N<sub>r</sub>; GLN(N) = Σ<sub>i</sub> (Σ<sub>j</sub> P)² / N<sub>r</sub>(²);
     * RLN(N) = Σ<sub>j</sub> (Σ<sub>i</sub> P)² / N<sub>r</sub>(²); RP = N<sub>r</sub>/N<sub>p</sub>; GLV, RV: variances
     * of i and j under P/N<sub>r</sub>; RE = −Σ (P/N<sub>r</sub>) log2(P/N<sub>r</sub> + ε); LGLRE, HGLRE = Σ P·i<sup>∓2</sup> / N<sub>r</sub>;
     * SRLGLE, SRHGLE, LRLGLE, LRHGLE = Σ P·i<sup>∓2</sup>·j<sup>∓2</sup> / N<sub>r</sub>.
     */
    private static double feature(GraySizeMatrix m, String name) {
        return switch (name) {
            case "GrayLevelNonUniformity" -> m.grayNonUniformity();
            case "GrayLevelNonUniformityNormalized" -> m.grayNonUniformityNormalized();
            case "GrayLevelVariance" -> m.grayVariance();
            case "HighGrayLevelRunEmphasis" -> m.highGrayEmphasis();
            case "LongRunEmphasis" -> m.largeEmphasis();
            case "LongRunHighGrayLevelEmphasis" -> m.jointEmphasis(1, 1);
            case "LongRunLowGrayLevelEmphasis" -> m.jointEmphasis(-1, 1);
            case "LowGrayLevelRunEmphasis" -> m.lowGrayEmphasis();
            case "RunEntropy" -> m.entropy();
            case "RunLengthNonUniformity" -> m.sizeNonUniformity();
            case "RunLengthNonUniformityNormalized" -> m.sizeNonUniformityNormalized();
            case "RunPercentage" -> m.percentage();
            case "RunVariance" -> m.sizeVariance();
            case "ShortRunEmphasis" -> m.smallEmphasis();
            case "ShortRunHighGrayLevelEmphasis" -> m.jointEmphasis(1, -1);
            case "ShortRunLowGrayLevelEmphasis" -> m.jointEmphasis(-1, -1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The run-length matrices [gray-level index][length − 1] of the directions kept. */
    static List<double[][]> matrices(FeatureInput input) {
        Roi roi = input.roi();
        RadiomicsSettings s = input.settings();
        GrayLevels g = input.grayLevels();
        int[] gray = g.gray();
        int[] li = g.levelIndex();
        int nl = g.levels().length;
        int nx = roi.nx(), ny = roi.ny(), nz = roi.nz();
        int maxLen = Math.max(nx, Math.max(ny, nz));
        int[][] angles = Angles.generate(new int[] {nx, ny, nz}, List.of(1), false, Angles.sliceAxis(s));
        List<double[][]> mats = new ArrayList<>();
        for (int[] d : angles) {
            double[][] m = new double[nl][maxLen];
            int step = d[0] + nx * (d[1] + ny * d[2]);
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    for (int i = 0; i < nx; i++) {
                        int c = i + nx * (j + ny * k);
                        int gc = gray[c];
                        if (gc == 0) {
                            continue;
                        }
                        // a run starts here unless the previous voxel along d continues it
                        int pi = i - d[0], pj = j - d[1], pk = k - d[2];
                        if (pi >= 0 && pi < nx && pj >= 0 && pj < ny && pk >= 0 && pk < nz
                                && gray[c - step] == gc) {
                            continue;
                        }
                        int len = 1;
                        int ci = i + d[0], cj = j + d[1], ck = k + d[2];
                        int cn = c + step;
                        while (ci >= 0 && ci < nx && cj >= 0 && cj < ny && ck >= 0 && ck < nz && gray[cn] == gc) {
                            len++;
                            ci += d[0];
                            cj += d[1];
                            ck += d[2];
                            cn += step;
                        }
                        m[li[gc]][len - 1]++;
                    }
                }
            }
            if (!hasLineWithTwoRoiVoxels(gray, nx, ny, nz, d)) {
                m = new double[nl][maxLen];
            }
            mats.add(m);
        }
        String norm = s.weightingNorm();
        List<double[][]> kept = new ArrayList<>();
        if (norm != null) {
            double[][] sum = new double[nl][maxLen];
            for (int a = 0; a < angles.length; a++) {
                double w = AngleWeights.distance(norm, angles[a], roi.spacing());
                for (int i = 0; i < nl; i++) {
                    for (int j = 0; j < maxLen; j++) {
                        sum[i][j] += mats.get(a)[i][j] * w;
                    }
                }
            }
            kept.add(sum);
        } else {
            for (double[][] m : mats) {
                if (mats.size() == 1 || GraySizeMatrix.sum(m) != 0) {
                    kept.add(m);
                }
            }
        }
        return kept;
    }

    /**
     * True when some line along d through the box holds at least two ROI voxels (not necessarily
     * adjacent) — PyRadiomics' test whether the ROI is more than "2-D" for this direction.
     */
    private static boolean hasLineWithTwoRoiVoxels(int[] gray, int nx, int ny, int nz, int[] d) {
        int step = d[0] + nx * (d[1] + ny * d[2]);
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int c = i + nx * (j + ny * k);
                    if (gray[c] == 0) {
                        continue;
                    }
                    int ci = i + d[0], cj = j + d[1], ck = k + d[2];
                    int cn = c + step;
                    while (ci >= 0 && ci < nx && cj >= 0 && cj < ny && ck >= 0 && ck < nz) {
                        if (gray[cn] != 0) {
                            return true;
                        }
                        ci += d[0];
                        cj += d[1];
                        ck += d[2];
                        cn += step;
                    }
                }
            }
        }
        return false;
    }
}
