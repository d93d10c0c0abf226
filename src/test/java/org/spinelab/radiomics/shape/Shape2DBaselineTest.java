package org.spinelab.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinelab.image.Volume;

/**
 * shape2D features against PyRadiomics' baseline ({@code baseline_shape2D.csv}), every
 * {@code original_shape2D_*} row to 1e-6 relative.
 *
 * <p>PyRadiomics computes shape2D only for a mask one slice thick along {@code force2Ddimension}
 * (0 = z here). The baseline used a single-slice mask ({@code diagnostics_Mask-original_Size}
 * (…, …, 1)) that PyRadiomics put back on the image grid ({@code correctMask}); the slice it landed on
 * is the z of {@code diagnostics_Mask-corrected_BoundingBox}. We take that slice of the 3-D label and
 * first check that it is the same ROI: voxel count, in-plane bounding box and centre of mass.
 */
class Shape2DBaselineTest {

    static List<PyRadiomicsColumn> columns() {
        return PyRadiomicsColumn.all("shape2D");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void everyBaselineRowMatches(PyRadiomicsColumn c) {
        assertTrue(c.boolSetting("force2D"), c + ": force2D");
        assertEquals(0, c.intSetting("force2Ddimension", 0), c + ": force2Ddimension");
        int label = c.intSetting("label", 1);
        double[] bb = c.tuple("diagnostics_Mask-corrected_BoundingBox");
        assertEquals(1, (int) bb[5], "single-slice ROI");
        int z = (int) bb[2];

        Volume labels = c.label();
        int nx = labels.nx(), ny = labels.ny();
        boolean[] slice = new boolean[nx * ny];
        long count = 0;
        double si = 0, sj = 0;
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE}, hi = {-1, -1};
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (labels.get(i, j, z) == label) {
                    slice[i + nx * j] = true;
                    count++;
                    si += i;
                    sj += j;
                    lo[0] = Math.min(lo[0], i);
                    lo[1] = Math.min(lo[1], j);
                    hi[0] = Math.max(hi[0], i);
                    hi[1] = Math.max(hi[1], j);
                }
            }
        }
        assertEquals((long) c.number("diagnostics_Mask-corrected_VoxelNum"), count, "ROI voxel count");
        assertArrayEquals(new double[] {bb[0], bb[1], bb[3], bb[4]},
                new double[] {lo[0], lo[1], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1}, "ROI bounding box");
        double[] com = c.tuple("diagnostics_Mask-corrected_CenterOfMassIndex");
        assertEquals(com[0], si / count, 1e-9);
        assertEquals(com[1], sj / count, 1e-9);

        double[] s = labels.geometry().spacing();
        LinkedHashMap<String, Double> f = Shape2DFeatures.compute(slice, nx, ny, new double[] {s[0], s[1]});
        Map<String, String> rows = c.rowsStartingWith("original_shape2D_");
        assertEquals(9, rows.size(), "baseline rows in " + c);
        rows.forEach((key, value) -> {
            String name = key.substring("original_shape2D_".length());
            Double actual = f.get(name);
            assertNotNull(actual, c + ": no implementation of " + name);
            double expected = Double.parseDouble(value);
            assertTrue(PyRadiomicsColumn.close(expected, actual, 1e-6),
                    c + " " + name + ": expected " + expected + ", got " + actual);
        });
    }
}
