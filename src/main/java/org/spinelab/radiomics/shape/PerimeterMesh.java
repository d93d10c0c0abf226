package org.spinelab.radiomics.shape;

import java.util.Arrays;

/**
 * Marching squares on a binary 2-D ROI, as PyRadiomics' shape2D class: perimeter, enclosed area and
 * maximum diameter of the contour through the midpoints of the pixel-centre lattice edges that join
 * an inside and an outside pixel.
 *
 * <p>Coordinates are physical, (y, x) order. A 2×2 square's corners are 0 = (0,0), 1 = (0,1),
 * 2 = (1,1), 3 = (1,0); edge e joins corners e and e+1 (mod 4). Each square contributes one segment
 * per run of inside corners — two separate corner cuts for the two diagonal (ambiguous)
 * configurations — oriented so that the inside lies to the left in (y, x) coordinates:
 * {@code (b − a) × (p − a) > 0} for an inside corner p. Then
 * <ul>
 *   <li>Perimeter P = Σ |b − a|;</li>
 *   <li>Area (shoelace over the closed contour) A = ½ Σ (a_y b_x − b_y a_x);</li>
 *   <li>MaximumDiameter: the largest distance between two contour vertices.</li>
 * </ul>
 */
final class PerimeterMesh {

    private static final int[][] CORNERS = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
    /** Midpoint of edge e (between corners e and e+1 mod 4), (y, x). */
    private static final double[][] EDGE_MIDPOINTS = {{0, 0.5}, {0.5, 1}, {1, 0.5}, {0.5, 0}};
    /** Segments per configuration, as pairs of edge numbers (start, end). */
    private static final int[][] SEGMENTS = buildSegments();

    final double perimeter;
    final double area;
    final double maximumDiameter;

    private PerimeterMesh(double perimeter, double area, double maximumDiameter) {
        this.perimeter = perimeter;
        this.area = area;
        this.maximumDiameter = maximumDiameter;
    }

    /** @param spacingYx pixel spacing in (y, x) order */
    static PerimeterMesh of(PaddedMask m, double[] spacingYx) {
        double perimeter = 0;
        double twiceArea = 0;
        for (int y = 0; y < m.py - 1; y++) {
            for (int x = 0; x < m.px - 1; x++) {
                int config = 0;
                for (int c = 0; c < 4; c++) {
                    if (m.at(x + CORNERS[c][1], y + CORNERS[c][0], 0)) {
                        config |= 1 << c;
                    }
                }
                int[] seg = SEGMENTS[config];
                for (int s = 0; s < seg.length; s += 2) {
                    double ay = (y + EDGE_MIDPOINTS[seg[s]][0]) * spacingYx[0];
                    double ax = (x + EDGE_MIDPOINTS[seg[s]][1]) * spacingYx[1];
                    double by = (y + EDGE_MIDPOINTS[seg[s + 1]][0]) * spacingYx[0];
                    double bx = (x + EDGE_MIDPOINTS[seg[s + 1]][1]) * spacingYx[1];
                    twiceArea += ay * bx - by * ax;
                    double dy = ay - by, dx = ax - bx;
                    perimeter += Math.sqrt(dy * dy + dx * dx);
                }
            }
        }
        return new PerimeterMesh(perimeter, twiceArea / 2, maximumDiameter(m, spacingYx));
    }

    private static double maximumDiameter(PaddedMask m, double[] s) {
        double[] v = new double[2 * 64];
        int n = 0;
        for (int y = 0; y < m.py; y++) {
            for (int x = 0; x < m.px; x++) {
                boolean in = m.at(x, y, 0);
                for (int dir = 0; dir < 2; dir++) {
                    int qx = x + (dir == 0 ? 1 : 0), qy = y + (dir == 1 ? 1 : 0);
                    if (qx < m.px && qy < m.py && m.at(qx, qy, 0) != in) {
                        if (n + 2 > v.length) {
                            v = Arrays.copyOf(v, v.length * 2);
                        }
                        v[n++] = (y + (dir == 1 ? 0.5 : 0)) * s[0];
                        v[n++] = (x + (dir == 0 ? 0.5 : 0)) * s[1];
                    }
                }
            }
        }
        double best = 0;
        for (int i = 0; i < n; i += 2) {
            for (int j = i + 2; j < n; j += 2) {
                double dy = v[i] - v[j], dx = v[i + 1] - v[j + 1];
                double d = dy * dy + dx * dx;
                if (d > best) {
                    best = d;
                }
            }
        }
        return Math.sqrt(best);
    }

    /**
     * Derives the segment table: edge e lies between corners e and (e+1) mod 4 and carries a vertex
     * when exactly one of them is inside; an inside corner with both neighbours outside is cut off on
     * its own (this resolves the diagonal configurations as two separate corners).
     */
    private static int[][] buildSegments() {
        int[][] table = new int[16][];
        for (int config = 0; config < 16; config++) {
            int[] seg = new int[4];
            int n = 0;
            if (config == 0b0101 || config == 0b1010) {
                for (int c = 0; c < 4; c++) {
                    if ((config & (1 << c)) != 0) {
                        int before = (c + 3) % 4; // edge between corner c-1 and c
                        n = addOriented(seg, n, before, c, c);
                    }
                }
            } else if (config != 0 && config != 15) {
                int first = -1, second = -1;
                for (int e = 0; e < 4; e++) {
                    boolean a = (config & (1 << e)) != 0, b = (config & (1 << ((e + 1) % 4))) != 0;
                    if (a != b) {
                        if (first < 0) {
                            first = e;
                        } else {
                            second = e;
                        }
                    }
                }
                int insideCorner = Integer.numberOfTrailingZeros(config);
                n = addOriented(seg, n, first, second, insideCorner);
            }
            table[config] = Arrays.copyOf(seg, n);
        }
        return table;
    }

    /** Adds the segment between edges e1 and e2, ordered so that corner {@code inside} is on its left. */
    private static int addOriented(int[] seg, int n, int e1, int e2, int inside) {
        double[] a = EDGE_MIDPOINTS[e1], b = EDGE_MIDPOINTS[e2];
        int[] p = CORNERS[inside];
        double cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
        seg[n] = cross > 0 ? e1 : e2;
        seg[n + 1] = cross > 0 ? e2 : e1;
        return n + 2;
    }
}
