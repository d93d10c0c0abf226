package org.spinelab.radiomics.filters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vertices of trimesh's {@code creation.icosphere(subdivisions, radius)}, the sampling sphere of
 * PyRadiomics' LBP3D: the unit icosahedron with vertices {@code (±a, ±b, 0), (0, ±a, ±b), (±b, 0, ±a)}
 * ({@code a = 0.5257311121191336}, {@code b = 0.85065080835204}, trimesh's stored values); each
 * subdivision adds the midpoint {@code (p + q)/2} of every edge, splitting each face in four, and then
 * moves every vertex radially onto the sphere, {@code v ← v + (v/|v|)(r − |v|)}; with no subdivision the
 * icosahedron itself is scaled that way. Vertex order does not matter to LBP3D (it only sums over
 * vertices).
 */
final class Icosphere {

    private static final double A = 0.5257311121191336, B = 0.85065080835204;
    private static final double[][] BASE = {
        {-A, B, 0}, {A, B, 0}, {-A, -B, 0}, {A, -B, 0}, {0, -A, B}, {0, A, B},
        {0, -A, -B}, {0, A, -B}, {B, 0, -A}, {B, 0, A}, {-B, 0, -A}, {-B, 0, A}};
    private static final int[][] FACES = {
        {0, 11, 5}, {0, 5, 1}, {0, 1, 7}, {0, 7, 10}, {0, 10, 11}, {1, 5, 9}, {5, 11, 4}, {11, 10, 2}, {10, 7, 6},
        {7, 1, 8}, {3, 9, 4}, {3, 4, 2}, {3, 2, 6}, {3, 6, 8}, {3, 8, 9}, {4, 9, 5}, {2, 4, 11}, {6, 2, 10},
        {8, 6, 7}, {9, 8, 1}};

    private Icosphere() {}

    /** The vertices ({@code [n][3]}) of the icosphere. */
    static double[][] vertices(int subdivisions, double radius) {
        List<double[]> v = new ArrayList<>();
        for (double[] p : BASE) {
            v.add(p.clone());
        }
        List<int[]> faces = new ArrayList<>(List.of(FACES));
        for (int s = 0; s < subdivisions; s++) {
            Map<Long, Integer> midpoints = new HashMap<>();
            List<int[]> next = new ArrayList<>();
            for (int[] f : faces) {
                int m01 = midpoint(v, midpoints, f[0], f[1]);
                int m12 = midpoint(v, midpoints, f[1], f[2]);
                int m20 = midpoint(v, midpoints, f[2], f[0]);
                next.add(new int[] {f[0], m01, m20});
                next.add(new int[] {m01, f[1], m12});
                next.add(new int[] {m20, m12, f[2]});
                next.add(new int[] {m01, m12, m20});
            }
            faces = next;
            project(v, radius);
        }
        if (subdivisions <= 0) {
            project(v, radius);
        }
        return v.toArray(new double[0][]);
    }

    private static int midpoint(List<double[]> v, Map<Long, Integer> cache, int a, int b) {
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        return cache.computeIfAbsent(key, k -> {
            double[] p = v.get(a), q = v.get(b);
            v.add(new double[] {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2});
            return v.size() - 1;
        });
    }

    private static void project(List<double[]> v, double radius) {
        for (double[] p : v) {
            double s = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
            for (int c = 0; c < 3; c++) {
                p[c] += p[c] / s * (radius - s);
            }
        }
    }
}
