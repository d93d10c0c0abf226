package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/** Normalisation and re-segmentation on images whose statistics are known in closed form. */
class PreprocessingSemanticsTest {

    private static Map<String, Double> firstOrder(Volume image, LabelVolume mask, Map<String, Object> settings) {
        Map<String, Object> doc = Map.of("featureClass", Map.of("firstorder", List.of("Mean", "Maximum", "Minimum")),
                "setting", settings);
        return new RadiomicsExtractor(ExtractionParameters.of(doc, "test")).extract(image, mask, "img", "mask").features();
    }

    @Test
    void normalisationUsesTheWholeImageWithSampleDeviationThenClipsThenScales() {
        // 64 voxels: 32 zeros and 32 tens → mean 5, σ (n − 1) = √(64·25/63)
        Geometry g = Geometry.axisAligned(new long[] {4, 4, 4}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        double[] d = new double[64];
        for (int n = 32; n < 64; n++) {
            d[n] = 10;
        }
        Volume img = Volume.wrap(g, d, VolumeMetadata.empty());
        // ROI: one 2×2×2 corner of zeros and one of tens
        Volume m = Volume.zeros(g, null);
        for (int k : new int[] {0, 3}) {
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    m.set(i, j, k, 1);
                }
            }
        }
        LabelVolume mask = LabelVolume.of(m, "mask");
        double sigma = Math.sqrt(64 * 25 / 63.0);
        Map<String, Double> f = firstOrder(img, mask, Map.of("normalize", true, "normalizeScale", 100));
        assertEquals(100 * 5 / sigma, f.get("original_firstorder_Maximum"), 1e-9);
        assertEquals(-100 * 5 / sigma, f.get("original_firstorder_Minimum"), 1e-9);
        assertEquals(0, f.get("original_firstorder_Mean"), 1e-9);
        f = firstOrder(img, mask, Map.of("normalize", true, "normalizeScale", 100, "removeOutliers", 0.5));
        assertEquals(50, f.get("original_firstorder_Maximum"), 1e-9);
        assertEquals(-50, f.get("original_firstorder_Minimum"), 1e-9);
    }

    @Test
    void resegmentationModes() {
        // ROI of 10 voxels with intensities 1..10 (plus a background voxel of 100, outside the ROI)
        Geometry g = Geometry.axisAligned(new long[] {11, 2, 1}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        double[] d = new double[22];
        Volume m = Volume.zeros(g, null);
        for (int i = 0; i < 10; i++) {
            d[i] = i + 1;
            d[i + 11] = i + 1;
            m.set(i, 0, 0, 1);
            m.set(i, 1, 0, 1);
        }
        d[10] = 100;
        Volume img = Volume.wrap(g, d, VolumeMetadata.empty());
        LabelVolume mask = LabelVolume.of(m, "mask");
        // relative: ≥ 0.5 · max(ROI) = 5 → 5..10
        Map<String, Double> f = firstOrder(img, mask, Map.of("resegmentRange", List.of(0.5), "resegmentMode", "relative"));
        assertEquals(7.5, f.get("original_firstorder_Mean"), 1e-12);
        // absolute, two bounds, given in either order: [3, 6]
        f = firstOrder(img, mask, Map.of("resegmentRange", List.of(6, 3)));
        assertEquals(4.5, f.get("original_firstorder_Mean"), 1e-12);
        assertEquals(6, f.get("original_firstorder_Maximum"), 1e-12);
        // sigma: mean 5.5, population σ = √8.25 ≈ 2.872 → [5.5 − 2.872, 5.5 + 2.872] = 3..8
        f = firstOrder(img, mask, Map.of("resegmentRange", List.of(-1, 1), "resegmentMode", "sigma"));
        assertEquals(3, f.get("original_firstorder_Minimum"), 1e-12);
        assertEquals(8, f.get("original_firstorder_Maximum"), 1e-12);
    }
}
