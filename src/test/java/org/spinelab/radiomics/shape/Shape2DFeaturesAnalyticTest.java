package org.spinelab.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** shape2D features of ROIs whose marching-squares contour can be worked out by hand. */
class Shape2DFeaturesAnalyticTest {

    @Test
    void singlePixelIsADiamond() {
        Map<String, Double> f = Shape2DFeatures.compute(new boolean[] {true}, 1, 1, new double[] {1, 1});
        assertEquals(0.5, f.get("MeshSurface"), 1e-15);
        assertEquals(1.0, f.get("PixelSurface"), 0);
        assertEquals(4 * Math.sqrt(0.5), f.get("Perimeter"), 1e-15);
        assertEquals(1.0, f.get("MaximumDiameter"), 1e-15);
    }

    /** A rectangle: contour on the half-pixel border with the four corners cut by ½×½ triangles. */
    @Test
    void rectangleWithAnisotropicSpacing() {
        int nx = 5, ny = 3;
        double sx = 0.6, sy = 1.7;
        boolean[] m = new boolean[nx * ny];
        Arrays.fill(m, true);
        Map<String, Double> f = Shape2DFeatures.compute(m, nx, ny, new double[] {sx, sy});
        double area = (nx * ny - 0.5) * sx * sy;
        double perimeter = 2 * (nx - 1) * sx + 2 * (ny - 1) * sy + 4 * Math.hypot(0.5 * sx, 0.5 * sy);
        assertEquals(area, f.get("MeshSurface"), 1e-12);
        assertEquals(nx * ny * sx * sy, f.get("PixelSurface"), 1e-12);
        assertEquals(perimeter, f.get("Perimeter"), 1e-12);
        assertEquals(perimeter / area, f.get("PerimeterSurfaceRatio"), 1e-12);
        double sphericity = 2 * Math.sqrt(Math.PI * area) / perimeter;
        assertEquals(sphericity, f.get("Sphericity"), 1e-12);
        assertEquals(1 / sphericity, f.get("SphericalDisproportion"), 1e-12);
        double d = Math.max(Math.hypot(nx * sx, (ny - 1) * sy), Math.hypot((nx - 1) * sx, ny * sy));
        assertEquals(d, f.get("MaximumDiameter"), 1e-12);
        double lx = 4 * Math.sqrt(sx * sx * (nx * nx - 1) / 12.0);
        double ly = 4 * Math.sqrt(sy * sy * (ny * ny - 1) / 12.0);
        assertEquals(Math.max(lx, ly), f.get("MajorAxisLength"), 1e-12);
        assertEquals(Math.min(lx, ly), f.get("MinorAxisLength"), 1e-12);
        assertEquals(Math.min(lx, ly) / Math.max(lx, ly), f.get("Elongation"), 1e-12);
        assertEquals(10, f.size());
    }

    /** Two pixels touching at a corner stay two separate diamonds (the ambiguous case is split). */
    @Test
    void diagonalPixelsAreSeparateDiamonds() {
        boolean[] m = {true, false, false, true};
        Map<String, Double> f = Shape2DFeatures.compute(m, 2, 2, new double[] {1, 1});
        assertEquals(1.0, f.get("MeshSurface"), 1e-15);
        assertEquals(8 * Math.sqrt(0.5), f.get("Perimeter"), 1e-14);
    }

    /** A ring: the hole's contour runs the other way and its area is subtracted. */
    @Test
    void ringSubtractsItsHole() {
        int n = 5;
        boolean[] m = new boolean[n * n];
        Arrays.fill(m, true);
        m[2 + n * 2] = false;
        Map<String, Double> f = Shape2DFeatures.compute(m, n, n, new double[] {1, 1});
        assertEquals(25 - 0.5 - 0.5, f.get("MeshSurface"), 1e-12);
        assertEquals(4 * 4 + 4 * Math.sqrt(0.5) + 4 * Math.sqrt(0.5), f.get("Perimeter"), 1e-12);
    }
}
