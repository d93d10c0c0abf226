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
 * PyRadiomics' gray level dependence matrix (GLDM) features.
 *
 * <p>P(i, j) counts ROI voxels of gray level i with j − 1 dependent neighbours: ROI voxels at one of
 * the offsets (both directions, every distance in {@code distances}) whose gray level differs by at most
 * α = {@code gldm_a}. N<sub>z</sub> = number of ROI voxels. SDE = Σ P/j² / N<sub>z</sub>;
 * LDE = Σ P·j² / N<sub>z</sub>; GLN = Σ<sub>i</sub> (Σ<sub>j</sub> P)² / N<sub>z</sub>;
 * DN(N) = Σ<sub>j</sub> (Σ<sub>i</sub> P)² / N<sub>z</sub>(²); GLV, DV: variances of i and j under P/N<sub>z</sub>;
 * DE = −Σ (P/N<sub>z</sub>) log2(P/N<sub>z</sub> + ε); LGLE, HGLE = Σ P·i<sup>∓2</sup> / N<sub>z</sub>;
 * SDLGLE, SDHGLE, LDLGLE, LDHGLE = Σ P·i<sup>∓2</sup>·j<sup>∓2</sup> / N<sub>z</sub>.
 */
public final class GldmFeatures implements FeatureClass {

    private static final List<String> NAMES = GlcmFeatures.sorted(List.of("DependenceEntropy",
            "DependenceNonUniformity", "DependenceNonUniformityNormalized", "DependenceVariance",
            "GrayLevelNonUniformity", "GrayLevelVariance", "HighGrayLevelEmphasis", "LargeDependenceEmphasis",
            "LargeDependenceHighGrayLevelEmphasis", "LargeDependenceLowGrayLevelEmphasis", "LowGrayLevelEmphasis",
            "SmallDependenceEmphasis", "SmallDependenceHighGrayLevelEmphasis", "SmallDependenceLowGrayLevelEmphasis"));

    @Override
    public String name() {
        return "gldm";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        GraySizeMatrix m = GraySizeMatrix.normalisedByTotal(matrix(input), input.grayLevels().levelValues());
        return EnabledFeatures.compute(NAMES, enabled, n -> switch (n) {
            case "DependenceEntropy" -> m.entropy();
            case "DependenceNonUniformity" -> m.sizeNonUniformity();
            case "DependenceNonUniformityNormalized" -> m.sizeNonUniformityNormalized();
            case "DependenceVariance" -> m.sizeVariance();
            case "GrayLevelNonUniformity" -> m.grayNonUniformity();
            case "GrayLevelVariance" -> m.grayVariance();
            case "HighGrayLevelEmphasis" -> m.highGrayEmphasis();
            case "LargeDependenceEmphasis" -> m.largeEmphasis();
            case "LargeDependenceHighGrayLevelEmphasis" -> m.jointEmphasis(1, 1);
            case "LargeDependenceLowGrayLevelEmphasis" -> m.jointEmphasis(-1, 1);
            case "LowGrayLevelEmphasis" -> m.lowGrayEmphasis();
            case "SmallDependenceEmphasis" -> m.smallEmphasis();
            case "SmallDependenceHighGrayLevelEmphasis" -> m.jointEmphasis(1, -1);
            case "SmallDependenceLowGrayLevelEmphasis" -> m.jointEmphasis(-1, -1);
            default -> throw new IllegalArgumentException(n);
        });
    }

    /** The dependence matrix [gray-level index][dependent neighbours]. */
    static double[][] matrix(FeatureInput input) {
        Roi roi = input.roi();
        GrayLevels g = input.grayLevels();
        int[] gray = g.gray();
        int[] li = g.levelIndex();
        int nx = roi.nx(), ny = roi.ny(), nz = roi.nz();
        int[][] nb = Angles.generate(new int[] {nx, ny, nz}, input.settings().distances(), true,
                Angles.sliceAxis(input.settings()));
        int alpha = input.settings().gldmA();
        double[][] p = new double[g.levels().length][nb.length + 1];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int gc = gray[i + nx * (j + ny * k)];
                    if (gc == 0) {
                        continue;
                    }
                    int dep = 0;
                    for (int[] d : nb) {
                        int i2 = i + d[0], j2 = j + d[1], k2 = k + d[2];
                        if (i2 < 0 || i2 >= nx || j2 < 0 || j2 >= ny || k2 < 0 || k2 >= nz) {
                            continue;
                        }
                        int gn = gray[i2 + nx * (j2 + ny * k2)];
                        if (gn != 0 && Math.abs(gc - gn) <= alpha) {
                            dep++;
                        }
                    }
                    p[li[gc]][dep]++;
                }
            }
        }
        return p;
    }
}
