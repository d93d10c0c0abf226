package org.spinelab.radiomics.ibsi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Oriented minimum bounding box of a point set (mm), searched over the orientations in which one box
 * face lies flush with a convex-hull face: for each distinct hull-face normal the points are projected
 * onto the perpendicular plane and the minimum-area enclosing rectangle is found by rotating calipers
 * (one rectangle side flush with an edge of the 2-D hull). The smallest-volume box wins. This is the
 * usual approximation of the exact O(n³) search (O'Rourke 1985), which the reference manual leaves
 * open (section 3.1.18).
 */
final class OrientedBoundingBox {

    /** Box edge lengths (mm). */
    record Box(double a, double b, double c) {
        double volume() {
            return a * b * c;
        }

        double area() {
            return 2 * (a * b + b * c + c * a);
        }
    }

    private OrientedBoundingBox() {}

    static Box of(double[][] pts, List<double[]> normals) {
        Box best = null;
        Set<String> seen = new HashSet<>();
        for (double[] n0 : normals) {
            double len = Math.sqrt(n0[0] * n0[0] + n0[1] * n0[1] + n0[2] * n0[2]);
            if (len == 0) {
                continue;
            }
            double[] n = {n0[0] / len, n0[1] / len, n0[2] / len};
            if (n[0] < 0 || (n[0] == 0 && (n[1] < 0 || (n[1] == 0 && n[2] < 0)))) {
                n = new double[] {-n[0], -n[1], -n[2]};
            }
            String key = Math.round(n[0] * 1e9) + "," + Math.round(n[1] * 1e9) + "," + Math.round(n[2] * 1e9);
            if (!seen.add(key)) {
                continue;
            }
            double[] u = perpendicular(n);
            double[] v = cross(n, u);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double[][] p2 = new double[pts.length][];
            for (int t = 0; t < pts.length; t++) {
                double h = dot(pts[t], n);
                lo = Math.min(lo, h);
                hi = Math.max(hi, h);
                p2[t] = new double[] {dot(pts[t], u), dot(pts[t], v)};
            }
            double[] rect = minRectangle(hull2d(p2));
            Box box = new Box(hi - lo, rect[0], rect[1]);
            if (best == null || box.volume() < best.volume()) {
                best = box;
            }
        }
        return best;
    }

    /** Minimum-area rectangle (side lengths) around a convex polygon, one side flush with an edge. */
    static double[] minRectangle(double[][] hull) {
        double bestArea = Double.POSITIVE_INFINITY;
        double[] best = {0, 0};
        int m = hull.length;
        if (m < 3) {
            double w = m == 2 ? Math.hypot(hull[1][0] - hull[0][0], hull[1][1] - hull[0][1]) : 0;
            return new double[] {w, 0};
        }
        for (int e = 0; e < m; e++) {
            double[] a = hull[e];
            double[] b = hull[(e + 1) % m];
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (len == 0) {
                continue;
            }
            double ux = (b[0] - a[0]) / len;
            double uy = (b[1] - a[1]) / len;
            double minU = Double.POSITIVE_INFINITY;
            double maxU = Double.NEGATIVE_INFINITY;
            double minV = Double.POSITIVE_INFINITY;
            double maxV = Double.NEGATIVE_INFINITY;
            for (double[] p : hull) {
                double pu = p[0] * ux + p[1] * uy;
                double pv = -p[0] * uy + p[1] * ux;
                minU = Math.min(minU, pu);
                maxU = Math.max(maxU, pu);
                minV = Math.min(minV, pv);
                maxV = Math.max(maxV, pv);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                best = new double[] {maxU - minU, maxV - minV};
            }
        }
        return best;
    }

    /** Andrew's monotone chain. */
    static double[][] hull2d(double[][] pts) {
        double[][] p = pts.clone();
        Arrays.sort(p, (x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (int t = 0; t < p.length; t++) {
                double[] q = pass == 0 ? p[t] : p[p.length - 1 - t];
                while (h.size() >= start + 2 && turn(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 1e-12) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
        }
        return h.toArray(new double[0][]);
    }

    private static double turn(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static double[] perpendicular(double[] n) {
        double[] axis = Math.abs(n[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] u = cross(n, axis);
        double len = Math.sqrt(dot(u, u));
        return new double[] {u[0] / len, u[1] / len, u[2] / len};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
