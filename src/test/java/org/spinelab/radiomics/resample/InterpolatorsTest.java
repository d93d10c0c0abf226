package org.spinelab.radiomics.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/**
 * Interpolators against SciPy ({@code src/test/python/bspline_reference.py}: cubic B-spline with
 * mirror boundary, linear with edge replication) and against hand-worked cases.
 */
class InterpolatorsTest {

    private record Reference(Volume volume, List<double[]> rows) {}

    private static Reference reference() throws Exception {
        try (var in = InterpolatorsTest.class.getResourceAsStream("interpolation_reference.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.startsWith("#")) {
                    lines.add(l);
                }
            }
            long[] dims = Arrays.stream(lines.get(0).split(",")).mapToLong(Long::parseLong).toArray();
            double[] data = Arrays.stream(lines.get(1).split(",")).mapToDouble(Double::parseDouble).toArray();
            Volume v = Volume.wrap(Geometry.axisAligned(dims, new double[] {1, 1, 1}, new double[3]), data,
                    VolumeMetadata.of("scipy reference", PixelType.FLOAT64));
            List<double[]> rows = new ArrayList<>();
            for (String l : lines.subList(2, lines.size())) {
                rows.add(Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray());
            }
            return new Reference(v, rows);
        }
    }

    @Test
    void cubicBSplineMatchesScipyMirrorSpline() throws Exception {
        Reference ref = reference();
        ImageInterpolator bspline = Interpolators.create(ref.volume(), Interpolator.BSPLINE);
        assertEquals(67, ref.rows().size());
        for (double[] row : ref.rows()) {
            assertTrue(bspline.isInside(row[0], row[1], row[2]), Arrays.toString(row));
            assertEquals(row[3], bspline.valueAt(row[0], row[1], row[2]), 1e-9 * Math.max(1, Math.abs(row[3])),
                    Arrays.toString(row));
        }
    }

    @Test
    void linearMatchesScipyWithEdgeReplication() throws Exception {
        Reference ref = reference();
        ImageInterpolator linear = Interpolators.create(ref.volume(), Interpolator.LINEAR);
        for (double[] row : ref.rows()) {
            assertEquals(row[4], linear.valueAt(row[0], row[1], row[2]), 1e-9 * Math.max(1, Math.abs(row[4])),
                    Arrays.toString(row));
        }
    }

    /** A B-spline through voxel values reproduces them at the voxel centres (interpolating spline). */
    @Test
    void bsplineInterpolatesTheVoxelsOnALongAxis() {
        int n = 40; // longer than the 18-sample horizon of ITK's truncated causal initialisation
        double[] data = new double[n * 3 * 2];
        for (int t = 0; t < data.length; t++) {
            data[t] = Math.sin(t * 0.7) * 100 + t;
        }
        Volume v = Volume.wrap(Geometry.axisAligned(new long[] {n, 3, 2}, new double[] {1, 1, 1}, new double[3]), data,
                VolumeMetadata.empty());
        ImageInterpolator b = Interpolators.create(v, Interpolator.BSPLINE);
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < n; i++) {
                    assertEquals(v.get(i, j, k), b.valueAt(i, j, k), 1e-7, i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void nearestNeighbourRoundsHalvesUpAndClamps() {
        Volume v = Volume.wrap(Geometry.axisAligned(new long[] {3, 1, 1}, new double[] {1, 1, 1}, new double[3]),
                new double[] {10, 20, 30}, VolumeMetadata.empty());
        ImageInterpolator nn = Interpolators.create(v, Interpolator.NEAREST_NEIGHBOR);
        assertEquals(10, nn.valueAt(-0.5, 0, 0));
        assertEquals(10, nn.valueAt(0.49, 0, 0));
        assertEquals(20, nn.valueAt(0.5, 0, 0));
        assertEquals(30, nn.valueAt(1.5, 0, 0));
        assertEquals(30, nn.valueAt(2.49, 0, 0));
        assertTrue(nn.isInside(-0.5, 0, 0));
        assertFalse(nn.isInside(2.5, 0, 0));
        assertFalse(nn.isInside(Double.NaN, 0, 0));
    }

    @Test
    void pixelCastTruncatesTowardZeroAndClamps() {
        assertEquals(-3, PixelCast.cast(-3.7, PixelType.INT16));
        assertEquals(1334, PixelCast.cast(1334.99, PixelType.INT16));
        assertEquals(32767, PixelCast.cast(1e9, PixelType.INT16));
        assertEquals(0, PixelCast.cast(-5.5, PixelType.UINT8));
        assertEquals((double) (float) 0.1, PixelCast.cast(0.1, PixelType.FLOAT32));
        assertEquals(0.1, PixelCast.cast(0.1, PixelType.FLOAT64));
    }

    @Test
    void interpolatorNames() {
        assertEquals(Interpolator.BSPLINE, Interpolator.fromName("sitkBSpline"));
        assertEquals(Interpolator.LINEAR, Interpolator.fromName("linear"));
        assertEquals(Interpolator.NEAREST_NEIGHBOR, Interpolator.fromName("sitkNearestNeighbor"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Interpolator.fromName("sitkGaussian"));
        assertTrue(e.getMessage().contains("interpolator"));
    }
}
