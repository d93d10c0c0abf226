package org.spinelab.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shape features of ROIs whose marching-cubes mesh can be worked out by hand. */
class ShapeFeaturesAnalyticTest {

    private static boolean[] box(int nx, int ny, int nz) {
        boolean[] m = new boolean[nx * ny * nz];
        java.util.Arrays.fill(m, true);
        return m;
    }

    @Test
    void singleVoxelIsAnOctahedron() {
        Map<String, Double> f = ShapeFeatures.compute(box(1, 1, 1), 1, 1, 1, new double[] {1, 1, 1});
        // vertices at ±½ on each axis: V = (4/3)(½)³, A = 8 equilateral triangles of side √½
        assertEquals(1.0 / 6.0, f.get("MeshVolume"), 1e-15);
        assertEquals(Math.sqrt(3), f.get("SurfaceArea"), 1e-14);
        assertEquals(1.0, f.get("VoxelVolume"), 0);
        assertEquals(1.0, f.get("Maximum3DDiameter"), 1e-15);
        assertEquals(1.0, f.get("Maximum2DDiameterSlice"), 1e-15);
        assertEquals(1.0, f.get("Maximum2DDiameterColumn"), 1e-15);
        assertEquals(1.0, f.get("Maximum2DDiameterRow"), 1e-15);
        assertEquals(0.0, f.get("MajorAxisLength"), 0);
    }

    /**
     * A box of n voxels per axis: the mesh is the box [−½, n−½] with every edge chamfered (a prism of
     * cross-section ⅛ removed per unit length over n−1 units) and every corner cut (5/48 removed).
     */
    @Test
    void boxVolumeAreaDiametersAndAxes() {
        int nx = 3, ny = 4, nz = 5;
        double sx = 0.7, sy = 1.3, sz = 2.5;
        Map<String, Double> f = ShapeFeatures.compute(box(nx, ny, nz), nx, ny, nz, new double[] {sx, sy, sz});
        double unitVolume = nx * ny * nz - 0.5 * ((nx - 1) + (ny - 1) + (nz - 1)) - 8 * 5.0 / 48.0;
        assertEquals(unitVolume * sx * sy * sz, f.get("MeshVolume"), 1e-12);
        assertEquals(nx * ny * nz * sx * sy * sz, f.get("VoxelVolume"), 1e-12);

        double d3 = max(hyp(nx * sx, (ny - 1) * sy, (nz - 1) * sz), hyp((nx - 1) * sx, ny * sy, (nz - 1) * sz),
                hyp((nx - 1) * sx, (ny - 1) * sy, nz * sz));
        assertEquals(d3, f.get("Maximum3DDiameter"), 1e-12);
        // within one z plane (slice): x and y extents
        double slice = Math.max(hyp(nx * sx, (ny - 1) * sy, 0), hyp((nx - 1) * sx, ny * sy, 0));
        assertEquals(slice, f.get("Maximum2DDiameterSlice"), 1e-12);
        double column = Math.max(hyp(nx * sx, 0, (nz - 1) * sz), hyp((nx - 1) * sx, 0, nz * sz));
        assertEquals(column, f.get("Maximum2DDiameterColumn"), 1e-12);
        double row = Math.max(hyp(0, ny * sy, (nz - 1) * sz), hyp(0, (ny - 1) * sy, nz * sz));
        assertEquals(row, f.get("Maximum2DDiameterRow"), 1e-12);

        // variance of n equally spaced centres: s²(n² − 1)/12
        double lx = 4 * Math.sqrt(sx * sx * (nx * nx - 1) / 12.0);
        double ly = 4 * Math.sqrt(sy * sy * (ny * ny - 1) / 12.0);
        double lz = 4 * Math.sqrt(sz * sz * (nz * nz - 1) / 12.0);
        double[] l = {lx, ly, lz};
        java.util.Arrays.sort(l);
        assertEquals(l[2], f.get("MajorAxisLength"), 1e-12);
        assertEquals(l[1], f.get("MinorAxisLength"), 1e-12);
        assertEquals(l[0], f.get("LeastAxisLength"), 1e-12);
        assertEquals(l[1] / l[2], f.get("Elongation"), 1e-12);
        assertEquals(l[0] / l[2], f.get("Flatness"), 1e-12);
    }

    /** Unit spacing: flat faces, chamfers of width √½ and eight corner triangles of side √½. */
    @Test
    void boxSurfaceAreaAndDerivedFeatures() {
        int nx = 3, ny = 4, nz = 5;
        Map<String, Double> f = ShapeFeatures.compute(box(nx, ny, nz), nx, ny, nz, new double[] {1, 1, 1});
        double area = 2.0 * ((nx - 1) * (ny - 1) + (ny - 1) * (nz - 1) + (nx - 1) * (nz - 1))
                + 4 * Math.sqrt(0.5) * ((nx - 1) + (ny - 1) + (nz - 1)) + Math.sqrt(3);
        double v = nx * ny * nz - 0.5 * ((nx - 1) + (ny - 1) + (nz - 1)) - 8 * 5.0 / 48.0;
        assertEquals(area, f.get("SurfaceArea"), 1e-12);
        assertEquals(area / v, f.get("SurfaceVolumeRatio"), 1e-12);
        double sphericity = Math.cbrt(36 * Math.PI * v * v) / area;
        assertEquals(sphericity, f.get("Sphericity"), 1e-12);
        assertEquals(1 / sphericity, f.get("SphericalDisproportion"), 1e-12);
        assertEquals(Math.pow(sphericity, 3), f.get("Compactness2"), 1e-12);
        assertEquals(Math.sqrt(Math.pow(sphericity, 3)) / (6 * Math.PI), f.get("Compactness1"), 1e-12);
        assertEquals(17, f.size());
    }

    @Test
    void voxelisedSphereMeshVolumeIsCloseToVoxelVolume() {
        int n = 41;
        double r = 18;
        boolean[] m = new boolean[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double dx = i - 20, dy = j - 20, dz = k - 20;
                    m[i + n * (j + n * k)] = dx * dx + dy * dy + dz * dz <= r * r;
                }
            }
        }
        Map<String, Double> f = ShapeFeatures.compute(m, n, n, n, new double[] {1, 1, 1});
        double sphere = 4.0 / 3.0 * Math.PI * r * r * r;
        assertEquals(1.0, f.get("MeshVolume") / f.get("VoxelVolume"), 0.02);
        assertEquals(1.0, f.get("MeshVolume") / sphere, 0.02);
        assertEquals(1.0, f.get("Maximum3DDiameter") / (2 * r + 1), 0.03);
        // a sphere's principal axes are equal: the semi-axis of the covariance ellipsoid is √5·σ
        assertEquals(1.0, f.get("Elongation"), 1e-9);
        assertEquals(1.0, f.get("Flatness"), 1e-9);
    }

    @Test
    void outOfArrayIsBackgroundAndCroppingDoesNotMatter() {
        boolean[] tight = box(2, 3, 2);
        int nx = 6, ny = 7, nz = 5;
        boolean[] padded = new boolean[nx * ny * nz];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 2; i++) {
                    padded[(i + 2) + nx * ((j + 1) + ny * (k + 2))] = true;
                }
            }
        }
        double[] s = {0.8, 0.9, 3.0};
        Map<String, Double> a = ShapeFeatures.compute(tight, 2, 3, 2, s);
        Map<String, Double> b = ShapeFeatures.compute(padded, nx, ny, nz, s);
        for (String key : a.keySet()) {
            assertEquals(a.get(key), b.get(key), 1e-9 * Math.abs(a.get(key)), key);
        }
    }

    /** The pruned diameter search returns exactly what comparing every pair returns. */
    @Test
    void diametersEqualBruteForceOverAllPairs() {
        java.util.Random rnd = new java.util.Random(7);
        double[] s = {6.5, 0.78125, 0.78125};
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + rnd.nextInt(300);
            double[] p = new double[3 * n];
            for (int i = 0; i < 3 * n; i++) {
                p[i] = (rnd.nextInt(12) + (rnd.nextBoolean() ? 0.5 : 0)) * s[i % 3];
            }
            double[] brute = new double[4];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    double dz = p[3 * a] - p[3 * b], dy = p[3 * a + 1] - p[3 * b + 1], dx = p[3 * a + 2] - p[3 * b + 2];
                    double d = dz * dz + dy * dy + dx * dx;
                    brute[3] = Math.max(brute[3], d);
                    for (int axis = 0; axis < 3; axis++) {
                        if (p[3 * a + axis] == p[3 * b + axis]) {
                            brute[axis] = Math.max(brute[axis], d);
                        }
                    }
                }
            }
            double[] fast = SurfaceMesh.diameters(p);
            for (int k = 0; k < 4; k++) {
                assertEquals(Math.sqrt(brute[k]), fast[k], 0, "trial " + trial + " diameter " + k);
            }
        }
    }

    @Test
    void emptyRoiAndWrongSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ShapeFeatures.compute(new boolean[8], 2, 2, 2, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ShapeFeatures.compute(new boolean[7], 2, 2, 2, new double[] {1, 1, 1}));
    }

    private static double hyp(double a, double b, double c) {
        return Math.sqrt(a * a + b * b + c * c);
    }

    private static double max(double a, double b, double c) {
        return Math.max(a, Math.max(b, c));
    }
}
