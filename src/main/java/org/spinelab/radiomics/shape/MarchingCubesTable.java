package org.spinelab.radiomics.shape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The marching-cubes cube geometry and triangle table, in PyRadiomics' conventions.
 *
 * <p>Coordinates inside a cube are (z, y, x) offsets, the order of a NumPy array of a SimpleITK
 * image. Corner {@code c} sits at {@link #CORNERS}[c]; edge {@code e} joins corners
 * {@link #EDGE_CORNERS}[e] and its vertex is the edge's midpoint (a binary mask always crosses the
 * iso-level halfway). Configuration index: bit {@code c} set when corner {@code c} is inside the ROI.
 * Only configurations 0..127 are tabulated; a configuration ≥ 128 is handled as its complement with
 * the triangles' orientation (the sign of their volume) reversed.
 */
final class MarchingCubesTable {

    /** Corner offsets (dz, dy, dx). */
    static final int[][] CORNERS = {
        {0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 0}, {1, 0, 0}, {1, 0, 1}, {1, 1, 1}, {1, 1, 0}
    };

    /** The two corners each of the 12 edges joins. */
    static final int[][] EDGE_CORNERS = {
        {0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}, {5, 6}, {6, 7}, {7, 4}, {0, 4}, {1, 5}, {2, 6}, {3, 7}
    };

    /** Midpoint of each edge, (z, y, x) relative to the cube's corner 0. */
    static final double[][] EDGE_MIDPOINTS = edgeMidpoints();

    private static final int[][] TRIANGLES = load();

    private MarchingCubesTable() {}

    /** Edge numbers of the triangles of configuration {@code config} (0..127), three per triangle. */
    static int[] triangles(int config) {
        return TRIANGLES[config];
    }

    private static double[][] edgeMidpoints() {
        double[][] m = new double[12][3];
        for (int e = 0; e < 12; e++) {
            int[] a = CORNERS[EDGE_CORNERS[e][0]];
            int[] b = CORNERS[EDGE_CORNERS[e][1]];
            for (int d = 0; d < 3; d++) {
                m[e][d] = 0.5 * (a[d] + b[d]);
            }
        }
        return m;
    }

    private static int[][] load() {
        String name = "marching-cubes-triangles.txt";
        try (InputStream in = MarchingCubesTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the build");
            }
            List<int[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String t = line.trim();
                if (t.isEmpty()) {
                    rows.add(new int[0]);
                    continue;
                }
                String[] parts = t.split("\\s+");
                int[] row = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Integer.parseInt(parts[i]);
                }
                if (row.length % 3 != 0) {
                    throw new IllegalStateException(name + ": row " + rows.size() + " is not a list of triangles");
                }
                rows.add(row);
            }
            if (rows.size() != 128) {
                throw new IllegalStateException(name + ": expected 128 configurations, found " + rows.size());
            }
            return rows.toArray(new int[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
