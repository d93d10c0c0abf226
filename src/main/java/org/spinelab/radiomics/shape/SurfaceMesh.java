package org.spinelab.radiomics.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * {slice, column, row, 3-D} maximum distances; zero when no pair qualifies.
     *
     * <p>Exact, but not by brute force over all pairs: the 3-D maximum scans vertices in decreasing
     * order of their distance to the farthest corner of the vertices' bounding box (an upper bound
     * on any distance from that vertex) and stops when the bound cannot beat the best pair found; the
     * planar maxima compare only vertices that share the plane's coordinate (exact equality, as
     * PyRadiomics tests it), each plane with the same pruning.
     */
    static double[] diameters(double[] p) {
        int n = p.length / 3;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double slice = 0, column = 0, row = 0;
        for (int axis = 0; axis < 3; axis++) {
            double best = 0;
            for (int[] group : groupsByCoordinate(p, axis)) {
                best = Math.max(best, maxSquaredDistance(p, group, best));
            }
            if (axis == 0) {
                slice = best;
            } else if (axis == 1) {
                column = best;
            } else {
                row = best;
            }
        }
        double all3d = maxSquaredDistance(p, all, 0);
        return new double[] {Math.sqrt(slice), Math.sqrt(column), Math.sqrt(row), Math.sqrt(all3d)};
    }

    /** Vertex indices grouped by their exact coordinate along {@code axis} (0 = z, 1 = y, 2 = x). */
    private static Collection<int[]> groupsByCoordinate(double[] p, int axis) {
        Map<Double, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < p.length / 3; i++) {
            groups.computeIfAbsent(p[3 * i + axis], k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * The largest squared distance between two of the vertices {@code idx}, or {@code floor} when no
     * pair exceeds it.
     */
    private static double maxSquaredDistance(double[] p, int[] idx, double floor) {
        int m = idx.length;
        if (m < 2) {
            return floor;
        }
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int v : idx) {
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], p[3 * v + d]);
                hi[d] = Math.max(hi[d], p[3 * v + d]);
            }
        }
        double[] bound = new double[m];
        Integer[] order = new Integer[m];
        for (int t = 0; t < m; t++) {
            int v = idx[t];
            double b = 0;
            for (int d = 0; d < 3; d++) {
                double far = Math.max(p[3 * v + d] - lo[d], hi[d] - p[3 * v + d]);
                b += far * far;
            }
            bound[t] = b;
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Double.compare(bound[b], bound[a]));
        double best = floor;
        for (int s = 0; s < m; s++) {
            int t = order[s];
            // the bound is rounded like the distances; a small margin keeps the pruning exact
            if (bound[t] * (1 + 1e-12) < best) {
                break;
            }
            int a = idx[t];
            double az = p[3 * a], ay = p[3 * a + 1], ax = p[3 * a + 2];
            for (int u = s + 1; u < m; u++) {
                int b = idx[order[u]];
                double dz = az - p[3 * b], dy = ay - p[3 * b + 1], dx = ax - p[3 * b + 2];
                double d = dz * dz + dy * dy + dx * dx;
                if (d > best) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** A growable flat array of (z, y, x) triples. */
    private static final class VertexList {
        private double[] data = new double[3 * 1024];
        private int size;

        void add(double z, double y, double x) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = z;
            data[size++] = y;
            data[size++] = x;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
