package org.spinelab.radiomics.shape;

/**
 * Surface area, enclosed volume and maximum diameters of the marching-cubes mesh of a binary ROI,
 * as PyRadiomics' shape class computes them.
 *
 * <p>The mesh lives on the lattice of voxel centres: a 2×2×2 cube of voxels is classified by which
 * of its corners are inside, and every edge joining an inside and an outside corner carries a vertex
 * at its midpoint. Coordinates are physical, in (z, y, x) order: {@code (index + offset) · spacing}.
 * <ul>
 *   <li>Area: {@code A = Σ ½ |(a − c) × (b − c)|} over the triangles (a, b, c).</li>
 *   <li>Volume (divergence theorem): {@code V = Σ s · (a × b) · c / 6}, the signed volumes of the
 *       tetrahedra each triangle spans with the origin; s = −1 for a cube handled as its complement,
 *       whose tabulated triangles face the other way.</li>
 *   <li>Diameters: the largest distance between two mesh vertices — over all pairs (3-D), and over
 *       pairs with equal z (slice), equal y (column) and equal x (row) coordinate.</li>
 * </ul>
 */
final class SurfaceMesh {

    final double surfaceArea;
    final double volume;
    final double maximum3D;
    final double maximumSlice;
    final double maximumColumn;
    final double maximumRow;

    private SurfaceMesh(double area, double volume, double[] diameters) {
        this.surfaceArea = area;
        this.volume = volume;
        this.maximumSlice = diameters[0];
        this.maximumColumn = diameters[1];
        this.maximumRow = diameters[2];
        this.maximum3D = diameters[3];
    }

    /** @param spacingZyx voxel spacing in (z, y, x) order */
    static SurfaceMesh of(PaddedMask m, double[] spacingZyx) {
        double area = 0;
        double sixVolume = 0;
        double[] a = new double[3], b = new double[3], c = new double[3];
        for (int z = 0; z < m.pz - 1; z++) {
            for (int y = 0; y < m.py - 1; y++) {
                for (int x = 0; x < m.px - 1; x++) {
                    int config = 0;
                    for (int corner = 0; corner < 8; corner++) {
                        int[] o = MarchingCubesTable.CORNERS[corner];
                        if (m.at(x + o[2], y + o[1], z + o[0])) {
                            config |= 1 << corner;
                        }
                    }
                    int sign = 1;
                    if ((config & 0x80) != 0) {
                        config ^= 0xFF;
                        sign = -1;
                    }
                    if (config == 0) {
                        continue;
                    }
                    int[] tri = MarchingCubesTable.triangles(config);
                    for (int t = 0; t < tri.length; t += 3) {
                        place(a, tri[t], z, y, x, spacingZyx);
                        place(b, tri[t + 1], z, y, x, spacingZyx);
                        place(c, tri[t + 2], z, y, x, spacingZyx);
                        sixVolume += sign * tripleProduct(a, b, c);
                        area += triangleArea(a, b, c);
                    }
                }
            }
        }
        return new SurfaceMesh(area, sixVolume / 6, diameters(vertices(m, spacingZyx)));
    }

    private static void place(double[] p, int edge, int z, int y, int x, double[] s) {
        double[] mid = MarchingCubesTable.EDGE_MIDPOINTS[edge];
        p[0] = (z + mid[0]) * s[0];
        p[1] = (y + mid[1]) * s[1];
        p[2] = (x + mid[2]) * s[2];
    }

    /** (a × b) · c. */
    private static double tripleProduct(double[] a, double[] b, double[] c) {
        double cx = a[1] * b[2] - b[1] * a[2];
        double cy = a[2] * b[0] - b[2] * a[0];
        double cz = a[0] * b[1] - b[0] * a[1];
        return cx * c[0] + cy * c[1] + cz * c[2];
    }

    private static double triangleArea(double[] a, double[] b, double[] c) {
        double ux = a[0] - c[0], uy = a[1] - c[1], uz = a[2] - c[2];
        double vx = b[0] - c[0], vy = b[1] - c[1], vz = b[2] - c[2];
        double nx = uy * vz - vy * uz;
        double ny = uz * vx - vz * ux;
        double nz = ux * vy - vx * uy;
        return 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
    }

    /**
     * Every mesh vertex once: the midpoint of each lattice edge joining an inside and an outside
     * voxel, as a flat (z, y, x) array.
     */
    static double[] vertices(PaddedMask m, double[] s) {
        VertexList v = new VertexList();
        for (int z = 0; z < m.pz; z++) {
            for (int y = 0; y < m.py; y++) {
                for (int x = 0; x < m.px; x++) {
                    boolean in = m.at(x, y, z);
                    if (x + 1 < m.px && m.at(x + 1, y, z) != in) {
                        v.add(z * s[0], y * s[1], (x + 0.5) * s[2]);
                    }
                    if (y + 1 < m.py && m.at(x, y + 1, z) != in) {
                        v.add(z * s[0], (y + 0.5) * s[1], x * s[2]);
                    }
                    if (z + 1 < m.pz && m.at(x, y, z + 1) != in) {
                        v.add((z + 0.5) * s[0], y * s[1], x * s[2]);
                    }
                }
            }
        }
        return v.toArray();
    }

    /** {slice, column, row, 3-D} maximum distances; zero when no pair qualifies. */
    static double[] diameters(double[] p) {
        double slice = 0, column = 0, row = 0, all = 0;
        int n = p.length / 3;
        for (int i = 0; i < n; i++) {
            double az = p[3 * i], ay = p[3 * i + 1], ax = p[3 * i + 2];
            for (int j = i + 1; j < n; j++) {
                double bz = p[3 * j], by = p[3 * j + 1], bx = p[3 * j + 2];
                double dz = az - bz, dy = ay - by, dx = ax - bx;
                double d = dz * dz + dy * dy + dx * dx;
                if (d > all) {
                    all = d;
                }
                if (az == bz && d > slice) {
                    slice = d;
                }
                if (ay == by && d > column) {
                    column = d;
                }
                if (ax == bx && d > row) {
                    row = d;
                }
            }
        }
        return new double[] {Math.sqrt(slice), Math.sqrt(column), Math.sqrt(row), Math.sqrt(all)};
    }

    /** A growable flat array of (z, y, x) triples. */
    private static final class VertexList {
        private double[] data = new double[3 * 1024];
        private int size;

        void add(double z, double y, double x) {
            if (size + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = z;
            data[size++] = y;
            data[size++] = x;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
