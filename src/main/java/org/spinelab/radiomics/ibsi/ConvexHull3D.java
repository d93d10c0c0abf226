package org.spinelab.radiomics.ibsi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Convex hull of integer lattice points by randomised incremental construction. Orientation tests
 * are exact integer determinants, so the many coplanar points of a voxel mesh need no tolerance:
 * a point is added only when it lies strictly outside some face. Before construction, points that
 * are not the lowest or highest of their column along every axis are dropped — they lie between two
 * points of the set and cannot be hull vertices.
 */
public final class ConvexHull3D {

    private final long[][] points;
    private final List<int[]> faces;

    private ConvexHull3D(long[][] points, List<int[]> faces) {
        this.points = points;
        this.faces = faces;
    }

    /** Faces as outward-oriented (counter-clockwise) triples of indices into {@link #points()}. */
    public List<int[]> faces() {
        return faces;
    }

    public long[][] points() {
        return points;
    }

    /** Indices of the points that are hull vertices. */
    public int[] vertexIndices() {
        Set<Integer> s = new HashSet<>();
        for (int[] f : faces) {
            s.add(f[0]);
            s.add(f[1]);
            s.add(f[2]);
        }
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Hull of {@code input}; null when all points are coplanar. */
    public static ConvexHull3D of(long[][] input) {
        long[][] pts = columnExtremes(input);
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < pts.length; t++) {
            order.add(t);
        }
        Collections.shuffle(order, new Random(12345));
        int[] tet = initialTetrahedron(pts);
        if (tet == null) {
            return null;
        }
        List<int[]> faces = new ArrayList<>();
        List<Boolean> alive = new ArrayList<>();
        Map<Long, Integer> edgeFace = new HashMap<>();
        long n = pts.length;
        int[][] tf = {{tet[0], tet[1], tet[2], tet[3]}, {tet[0], tet[1], tet[3], tet[2]},
            {tet[0], tet[2], tet[3], tet[1]}, {tet[1], tet[2], tet[3], tet[0]}};
        for (int[] f : tf) {
            int[] face = orient(pts, f[0], f[1], f[2], f[3]) > 0 ? new int[] {f[0], f[2], f[1]} : new int[] {f[0], f[1], f[2]};
            addFace(faces, alive, edgeFace, face, n);
        }
        int[] stamp = new int[16];
        int round = 0;
        for (int p : order) {
            round++;
            List<Integer> visible = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) {
                if (alive.get(f)) {
                    int[] face = faces.get(f);
                    if (orient(pts, face[0], face[1], face[2], p) > 0) {
                        visible.add(f);
                    }
                }
            }
            if (visible.isEmpty()) {
                continue;
            }
            if (stamp.length < faces.size()) {
                stamp = java.util.Arrays.copyOf(stamp, faces.size() * 2);
            }
            for (int f : visible) {
                stamp[f] = round;
            }
            List<int[]> horizon = new ArrayList<>();
            for (int f : visible) {
                int[] face = faces.get(f);
                for (int e = 0; e < 3; e++) {
                    int a = face[e];
                    int b = face[(e + 1) % 3];
                    Integer twin = edgeFace.get(b * n + a);
                    if (twin == null || stamp[twin] != round) {
                        horizon.add(new int[] {a, b});
                    }
                }
            }
            for (int f : visible) {
                alive.set(f, false);
                int[] face = faces.get(f);
                for (int e = 0; e < 3; e++) {
                    edgeFace.remove(face[e] * n + face[(e + 1) % 3]);
                }
            }
            for (int[] h : horizon) {
                addFace(faces, alive, edgeFace, new int[] {h[0], h[1], p}, n);
            }
        }
        List<int[]> result = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            if (alive.get(f)) {
                result.add(faces.get(f));
            }
        }
        return new ConvexHull3D(pts, result);
    }

    private static void addFace(List<int[]> faces, List<Boolean> alive, Map<Long, Integer> edgeFace, int[] face, long n) {
        int idx = faces.size();
        faces.add(face);
        alive.add(true);
        for (int e = 0; e < 3; e++) {
            edgeFace.put(face[e] * n + face[(e + 1) % 3], idx);
        }
    }

    /** det(b - a, c - a, d - a): positive when d lies on the side the normal (b-a)×(c-a) points to. */
    static long orient(long[][] p, int a, int b, int c, int d) {
        long ux = p[b][0] - p[a][0];
        long uy = p[b][1] - p[a][1];
        long uz = p[b][2] - p[a][2];
        long vx = p[c][0] - p[a][0];
        long vy = p[c][1] - p[a][1];
        long vz = p[c][2] - p[a][2];
        long wx = p[d][0] - p[a][0];
        long wy = p[d][1] - p[a][1];
        long wz = p[d][2] - p[a][2];
        return wx * (uy * vz - uz * vy) + wy * (uz * vx - ux * vz) + wz * (ux * vy - uy * vx);
    }

    private static int[] initialTetrahedron(long[][] p) {
        if (p.length < 4) {
            return null;
        }
        int a = 0;
        int b = -1;
        long best = 0;
        for (int t = 1; t < p.length; t++) {
            long d = sq(p[t][0] - p[a][0]) + sq(p[t][1] - p[a][1]) + sq(p[t][2] - p[a][2]);
            if (d > best) {
                best = d;
                b = t;
            }
        }
        if (b < 0) {
            return null;
        }
        int c = -1;
        best = 0;
        for (int t = 0; t < p.length; t++) {
            long ux = p[b][0] - p[a][0];
            long uy = p[b][1] - p[a][1];
            long uz = p[b][2] - p[a][2];
            long vx = p[t][0] - p[a][0];
            long vy = p[t][1] - p[a][1];
            long vz = p[t][2] - p[a][2];
            long cr = sq(uy * vz - uz * vy) + sq(uz * vx - ux * vz) + sq(ux * vy - uy * vx);
            if (cr > best) {
                best = cr;
                c = t;
            }
        }
        if (c < 0) {
            return null;
        }
        int d = -1;
        best = 0;
        for (int t = 0; t < p.length; t++) {
            long o = Math.abs(orient(p, a, b, c, t));
            if (o > best) {
                best = o;
                d = t;
            }
        }
        return d < 0 ? null : new int[] {a, b, c, d};
    }

    private static long sq(long x) {
        return x * x;
    }

    /**
     * Points that are lowest or highest in their column along each of the three axes: a hull vertex
     * must be extreme in all three of its columns, so the others can be dropped.
     */
    private static long[][] columnExtremes(long[][] input) {
        boolean[] keep = new boolean[input.length];
        java.util.Arrays.fill(keep, true);
        for (int axis = 0; axis < 3; axis++) {
            int a = (axis + 1) % 3;
            int b = (axis + 2) % 3;
            Map<Long, int[]> col = new HashMap<>();
            for (int t = 0; t < input.length; t++) {
                long key = (input[t][a] << 32) ^ (input[t][b] & 0xffffffffL);
                int[] e = col.get(key);
                if (e == null) {
                    col.put(key, new int[] {t, t});
                } else {
                    if (input[t][axis] < input[e[0]][axis]) {
                        e[0] = t;
                    }
                    if (input[t][axis] > input[e[1]][axis]) {
                        e[1] = t;
                    }
                }
            }
            boolean[] extreme = new boolean[input.length];
            for (int[] e : col.values()) {
                extreme[e[0]] = true;
                extreme[e[1]] = true;
            }
            for (int t = 0; t < input.length; t++) {
                keep[t] &= extreme[t];
            }
        }
        List<long[]> out = new ArrayList<>();
        for (int t = 0; t < input.length; t++) {
            if (keep[t]) {
                out.add(input[t]);
            }
        }
        return out.toArray(new long[0][]);
    }
}
