package org.spinelab.magn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

class MagnDataTest {

    @Test
    void slicerPicksLargestLesionSliceCentresCropAndZScores() {
        Geometry g = Geometry.axisAligned(new long[] {20, 16, 5}, new double[] {0.5, 0.5, 4}, new double[] {10, -3, 7});
        Volume img = Volume.zeros(g, VolumeMetadata.empty());
        Volume mask = Volume.zeros(g, VolumeMetadata.empty());
        for (int k = 0; k < 5; k++) {
            for (int j = 0; j < 16; j++) {
                for (int i = 0; i < 20; i++) {
                    img.set(i, j, k, 100 * k + i + 20 * j);
                }
            }
        }
        mask.set(3, 3, 1, 1); // one voxel on slice 1
        for (int j = 5; j <= 7; j++) { // 3×3 = 9 voxels on slice 3, centre (15, 6)
            for (int i = 14; i <= 16; i++) {
                mask.set(i, j, 3, 1);
            }
        }
        ViewCrop c = ViewSlicer.cut(img, mask, 8, "test");
        // Crop origin = centre − 4 = (11, 2) on slice 3; its grid is the cropped geometry.
        assertArrayEquals(g.indexToPatient(new double[] {11, 2, 3}), c.grid().indexToPatient(new double[] {0, 0, 0}), 1e-12);
        assertArrayEquals(new long[] {8, 8, 1}, c.grid().dims());
        // Mask lands at crop pixels (3..5, 3..5).
        assertEquals(1f, c.mask()[3 * 8 + 3]);
        assertEquals(1f, c.mask()[5 * 8 + 5]);
        assertEquals(0f, c.mask()[2 * 8 + 3]);
        // z-score over in-image pixels: columns i = 11..19 (x = 0..8 → x 0..7 inside since 11+7=18 < 20), rows j = 2..9.
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double v = 300 + (11 + x) + 20 * (2 + y);
                sum += v;
                sum2 += v * v;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertEquals((300 + 11 + 40 - mean) / sd, c.image()[0], 1e-5);
        assertEquals((300 + 18 + 20 * 9 - mean) / sd, c.image()[63], 1e-5);
    }

    @Test
    void slicerPadsOutsideTheImageAndRejectsBadMasks() {
        Geometry g = Geometry.axisAligned(new long[] {6, 6, 1}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Volume img = Volume.zeros(g, VolumeMetadata.empty());
        Volume mask = Volume.zeros(g, VolumeMetadata.empty());
        img.set(0, 0, 0, 5);
        img.set(1, 0, 0, 7);
        mask.set(0, 0, 0, 1);
        ViewCrop c = ViewSlicer.cut(img, mask, 4, "t");
        // centre (0,0): crop covers i,j = −2..1; padding is 0, in-image pixels are z-scored.
        assertEquals(0f, c.image()[0]);
        assertEquals(1f, c.mask()[2 * 4 + 2]);
        assertTrue(c.image()[2 * 4 + 2] > 0);
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> ViewSlicer.cut(img, Volume.zeros(g, VolumeMetadata.empty()), 4, "m.nii"));
        assertTrue(empty.getMessage().contains("m.nii") && empty.getMessage().contains("empty"));
        Geometry other = Geometry.axisAligned(new long[] {6, 6, 1}, new double[] {2, 1, 1}, new double[] {0, 0, 0});
        assertThrows(InvalidInputException.class, () -> ViewSlicer.cut(img, Volume.zeros(other, VolumeMetadata.empty()), 4, "x"));
    }

    @Test
    void maskDownsamplingAveragesBlocks() {
        float[] m = new float[16];
        m[0] = 1; // (0,0)
        m[1] = 1; // (1,0)
        m[5] = 1; // (1,1)
        m[15] = 1; // (3,3)
        assertArrayEquals(new float[] {0.75f, 0, 0, 0.25f}, MaskDownsampler.area(m, 4, 2), 1e-7f);
        // 5 → 2: pixels 0,1,2 → cell 0 (⌊x·2/5⌋), 3,4 → cell 1.
        float[] ones = new float[25];
        ones[0] = 1;
        assertArrayEquals(new float[] {1f / 9, 0, 0, 0}, MaskDownsampler.area(ones, 5, 2), 1e-7f);
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4},
                MaskDownsampler.upsample(new float[] {1, 2, 3, 4}, 2, 4), 0f);
    }

    @Test
    void foldsAreStratifiedSeededAndKeepPatientsTogether() {
        List<MagnCase> cases = new ArrayList<>();
        Map<View, ViewCrop> none = new EnumMap<>(View.class);
        for (int i = 0; i < 23; i++) {
            cases.add(new MagnCase("p" + i, i < 8 ? 0 : 1, none));
        }
        cases.add(new MagnCase("p3", 0, none)); // second lesion of patient p3
        int[] f = StratifiedFolds.assign(cases, 5, 9);
        assertArrayEquals(f, StratifiedFolds.assign(cases, 5, 9));
        assertEquals(f[3], f[23]);
        int[] size = new int[5];
        int[][] byClass = new int[5][2];
        for (int i = 0; i < 23; i++) {
            size[f[i]]++;
            byClass[f[i]][cases.get(i).label()]++;
        }
        Set<Integer> zeroCounts = new HashSet<>();
        for (int k = 0; k < 5; k++) {
            assertTrue(size[k] == 4 || size[k] == 5, "fold size " + size[k]);
            assertTrue(byClass[k][0] >= 1 && byClass[k][0] <= 2, "class-0 per fold");
            assertTrue(byClass[k][1] >= 3 && byClass[k][1] <= 3 + 1, "class-1 per fold");
            zeroCounts.add(byClass[k][0]);
        }
        assertThrows(InvalidInputException.class, () -> StratifiedFolds.assign(cases.subList(0, 12), 5, 1));
        List<MagnCase> conflicting = new ArrayList<>(cases);
        conflicting.add(new MagnCase("p0", 1, none));
        assertThrows(InvalidInputException.class, () -> StratifiedFolds.assign(conflicting, 5, 1));
    }

    @Test
    void metricsAgainstHandCounts() {
        double[] p = {0.9, 0.8, 0.3, 0.6, 0.2, 0.1};
        int[] y = {1, 1, 1, 0, 0, 0};
        BinaryMetrics m = BinaryMetrics.of(p, y);
        // pairs (case, control): 0.9,0.8 beat all 3; 0.3 beats 0.2, 0.1 → 8 of 9.
        assertEquals(8.0 / 9, m.auc(), 1e-12);
        // predictions ≥ 0.5: TP 2, FP 1, FN 1, TN 2.
        assertEquals(4.0 / 6, m.accuracy(), 1e-12);
        assertEquals(2.0 * 2 / (2 * 2 + 1 + 1), m.f1(), 1e-12);
        assertEquals(0.5, AttentionEnergy.inside(new float[] {1, 1, 0, 0}, new float[] {1, 0, 0, 0}, 2, 2), 1e-12);
    }
}
