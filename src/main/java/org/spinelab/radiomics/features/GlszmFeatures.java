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
 * PyRadiomics' gray level size zone matrix (GLSZM) features.
 *
 * <p>P(i, j) counts zones — connected sets of ROI voxels with the same gray level i, 26-connected in 3-D
 * (8-connected per slice with {@code force2D}) — of j voxels. N<sub>z</sub> = number of zones,
 * N<sub>p</sub> = number of ROI voxels. SAE = Σ P/j² / N<sub>z</sub>; LAE = Σ P·j² / N<sub>z</sub>;
 * GLN(N) = Σ<sub>i</sub> (Σ<sub>j</sub> P)² / N<sub>z</sub>(²); SZN(N) = Σ<sub>j</sub> (Σ<sub>i</sub> P)² / N<sub>z</sub>(²);
 * ZP = N<sub>z</sub>/N<sub>p</sub>; GLV, ZV: variances of i and j under P/N<sub>z</sub>;
 * ZE = −Σ (P/N<sub>z</sub>) log2(P/N<sub>z</sub> + ε); LGLZE, HGLZE = Σ P·i<sup>∓2</sup> / N<sub>z</sub>;
 * SALGLE, SAHGLE, LALGLE, LAHGLE = Σ P·i<sup>∓2</sup>·j<sup>∓2</sup> / N<sub>z</sub>.
 */
public final class GlszmFeatures implements FeatureClass {

    private static final List<String> NAMES = GlcmFeatures.sorted(List.of("GrayLevelNonUniformity",
            "GrayLevelNonUniformityNormalized", "GrayLevelVariance", "HighGrayLevelZoneEmphasis", "LargeAreaEmphasis",
            "LargeAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis", "LowGrayLevelZoneEmphasis",
            "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized", "SmallAreaEmphasis",
            "SmallAreaHighGrayLevelEmphasis", "SmallAreaLowGrayLevelEmphasis", "ZoneEntropy", "ZonePercentage",
            "ZoneVariance"));

    @Override
    public String name() {
        return "glszm";
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Map<String, Double> compute(FeatureInput input, Set<String> enabled) {
        GraySizeMatrix m = GraySizeMatrix.normalisedByTotal(matrix(input), input.grayLevels().levelValues());
        return EnabledFeatures.compute(NAMES, enabled, n -> switch (n) {
            case "GrayLevelNonUniformity" -> m.grayNonUniformity();
            case "GrayLevelNonUniformityNormalized" -> m.grayNonUniformityNormalized();
            case "GrayLevelVariance" -> m.grayVariance();
            case "HighGrayLevelZoneEmphasis" -> m.highGrayEmphasis();
            case "LargeAreaEmphasis" -> m.largeEmphasis();
            case "LargeAreaHighGrayLevelEmphasis" -> m.jointEmphasis(1, 1);
            case "LargeAreaLowGrayLevelEmphasis" -> m.jointEmphasis(-1, 1);
            case "LowGrayLevelZoneEmphasis" -> m.lowGrayEmphasis();
            case "SizeZoneNonUniformity" -> m.sizeNonUniformity();
            case "SizeZoneNonUniformityNormalized" -> m.sizeNonUniformityNormalized();
            case "SmallAreaEmphasis" -> m.smallEmphasis();
            case "SmallAreaHighGrayLevelEmphasis" -> m.jointEmphasis(1, -1);
            case "SmallAreaLowGrayLevelEmphasis" -> m.jointEmphasis(-1, -1);
            case "ZoneEntropy" -> m.entropy();
            case "ZonePercentage" -> m.percentage();
            case "ZoneVariance" -> m.sizeVariance();
            default -> throw new IllegalArgumentException(n);
        });
    }

    /** The size-zone matrix [gray-level index][zone size − 1], found by flood fill. */
    static double[][] matrix(FeatureInput input) {
        Roi roi = input.roi();
        GrayLevels g = input.grayLevels();
        int[] gray = g.gray();
        int[] li = g.levelIndex();
        int nx = roi.nx(), ny = roi.ny(), nz = roi.nz();
        int[][] nb = Angles.generate(new int[] {nx, ny, nz}, List.of(1), true, Angles.sliceAxis(input.settings()));
        boolean[] done = new boolean[gray.length];
        int[] stack = new int[gray.length];
        int[] zoneGray = new int[gray.length];
        int[] zoneSize = new int[gray.length];
        int zones = 0;
        int maxSize = 0;
        int nxy = nx * ny;
        for (int c = 0; c < gray.length; c++) {
            int gc = gray[c];
            if (gc == 0 || done[c]) {
                continue;
            }
            int top = 0;
            stack[top++] = c;
            done[c] = true;
            int size = 0;
            while (top > 0) {
                int v = stack[--top];
                size++;
                int vk = v / nxy, vj = (v % nxy) / nx, vi = v % nx;
                for (int[] d : nb) {
                    int i2 = vi + d[0], j2 = vj + d[1], k2 = vk + d[2];
                    if (i2 < 0 || i2 >= nx || j2 < 0 || j2 >= ny || k2 < 0 || k2 >= nz) {
                        continue;
                    }
                    int n = i2 + nx * j2 + nxy * k2;
                    if (!done[n] && gray[n] == gc) {
                        done[n] = true;
                        stack[top++] = n;
                    }
                }
            }
            zoneGray[zones] = gc;
            zoneSize[zones] = size;
            zones++;
            maxSize = Math.max(maxSize, size);
        }
        double[][] p = new double[g.levels().length][maxSize];
        for (int z = 0; z < zones; z++) {
            p[li[zoneGray[z]]][zoneSize[z] - 1]++;
        }
        return p;
    }
}
