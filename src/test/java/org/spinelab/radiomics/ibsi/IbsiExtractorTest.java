package org.spinelab.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

class IbsiExtractorTest {

    private static Volume volume(int nx, int ny, int nz, double spacing, double[] data) {
        Geometry g = Geometry.axisAligned(new long[] {nx, ny, nz}, new double[] {spacing, spacing, spacing},
                new double[] {0, 0, 0});
        return Volume.wrap(g, data, VolumeMetadata.empty());
    }

    @Test
    void cubeOfConstantIntensity() {
        // a 4x4x4 ROI of 1-mm voxels inside a 6x6x6 image: voxel-counting volume 64 mm³, all in one grey level
        double[] img = new double[216];
        double[] lab = new double[216];
        for (int k = 1; k <= 4; k++) {
            for (int j = 1; j <= 4; j++) {
                for (int i = 1; i <= 4; i++) {
                    img[i + 6 * (j + 6 * k)] = 7;
                    lab[i + 6 * (j + 6 * k)] = 2;
                }
            }
        }
        LabelVolume mask = LabelVolume.of(volume(6, 6, 6, 1, lab), "mask");
        IbsiSettings s = new IbsiSettings(false, null, Interpolator.LINEAR, false, 0.5, null, null, null, 1.0, null,
                null, null, null, 2);
        LinkedHashMap<String, Double> f = IbsiExtractor.extract(volume(6, 6, 6, 1, img), mask, s);
        assertEquals(64.0, f.get("morph_vol_approx"));
        assertEquals(7.0, f.get("stat_mean"));
        assertEquals(0.0, f.get("stat_var"));
        assertEquals(1.0, f.get("cm_joint_max_3D_comb"));
        assertEquals(1.0, f.get("szm_glnu_norm_3D"));
        assertEquals(1.0 / 64, f.get("szm_z_perc_3D"), 1e-15);
        // The iso-surface through the edge midpoints around a convex 4x4x4 block of voxel centres (spanning
        // 3 mm) is the chamfered box {sum of per-axis excess beyond the centre box <= 0.5 mm}: volume
        // 27 + 6·(9·0.5) + 12·(3·0.125) + 8·(0.5³/6) = 176/3; area: 6 faces of 9, 12 strips 3 × 0.5√2,
        // 8 equilateral corner triangles of side 0.5√2 = 54 + 18√2 + √3. All its faces are planar, so the
        // triangulation choice does not enter.
        assertEquals(176.0 / 3, f.get("morph_volume"), 1e-9);
        assertEquals(54 + 18 * Math.sqrt(2) + Math.sqrt(3), f.get("morph_area_mesh"), 1e-9);
        // its convex hull is itself
        assertEquals(1.0, f.get("morph_vol_dens_conv_hull"), 1e-12);
        assertEquals(1.0, f.get("morph_area_dens_conv_hull"), 1e-12);
    }

    @Test
    void gridMismatchAndEmptyRoiAreInputErrors() {
        double[] lab = new double[27];
        LabelVolume other = LabelVolume.of(volume(3, 3, 3, 2, lab), "mask");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IbsiExtractor.extract(volume(3, 3, 3, 1, new double[27]), other, IbsiSettings.defaults()));
        assertTrue(e.getMessage().startsWith("mask:"), e.getMessage());
        LabelVolume empty = LabelVolume.of(volume(3, 3, 3, 1, lab), "mask");
        e = assertThrows(InvalidInputException.class,
                () -> IbsiExtractor.extract(volume(3, 3, 3, 1, new double[27]), empty, IbsiSettings.defaults()));
        assertTrue(e.getMessage().contains("empty ROI"), e.getMessage());
    }

    @Test
    void aMissingFeatureCountsAsAMiss() {
        IbsiReference ref = new IbsiReference("test", List.of(
                new IbsiReference.Row("Statistics", "Mean", "stat_mean", "≥ 10", 2.15, 0),
                new IbsiReference.Row("Statistics", "Variance", "stat_var", "≥ 10", 3.05, 0)));
        IbsiConformance.Report r = IbsiConformance.compare(IbsiConformance.Case.DIGITAL_PHANTOM, ref,
                Map.of("stat_mean", 2.1549));
        assertTrue(r.rows().get(0).pass(), "2.1549 rounds to the published 2.15");
        assertFalse(r.rows().get(1).pass());
        assertNull(r.rows().get(1).value());
        assertEquals(1, r.passed());
        assertTrue(r.table().contains("MISS stat_var"), r.table());
        assertFalse(ref.rows().get(0).matches(2.156), "beyond the rounding of the published value");
    }
}
