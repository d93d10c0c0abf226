package org.spinelab.radiomics.ibsi;

import java.util.ArrayList;
import java.util.List;

/**
 * Zones (reference manual, section 3.8): maximal groups of ROI voxels with the same grey level,
 * connected through any of the 26 neighbours (8 within a one-slice grid), with their size and their
 * distance to the ROI border (section 3.9): the smallest value of the border-distance map over the
 * zone's voxels.
 */
final class Zones {

    /** One zone. */
    record Zone(int level, int size, int distance) {}

    private Zones() {}

    /**
     * @param distance border distance per voxel (see {@link #borderDistance}), or null
     */
    static List<Zone> of(LevelImage im, int[] distance) {
        IbsiGrid g = im.grid();
        int[] lv = im.levels();
        boolean[] seen = new boolean[lv.length];
        int[] stack = new int[lv.length];
        List<Zone> zones = new ArrayList<>();
        for (int start = 0; start < lv.length; start++) {
            if (lv[start] == 0 || seen[start]) {
                continue;
            }
            int level = lv[start];
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int size = 0;
            int dmin = Integer.MAX_VALUE;
            while (top > 0) {
                int q = stack[--top];
                size++;
                if (distance != null) {
                    dmin = Math.min(dmin, distance[q]);
                }
                int i = q % g.nx();
                int j = (q / g.nx()) % g.ny();
                int k = q / (g.nx() * g.ny());
                for (int[] d : Directions.NEIGHBOURS) {
                    int i2 = i + d[0];
                    int j2 = j + d[1];
                    int k2 = k + d[2];
                    if (!g.contains(i2, j2, k2)) {
                        continue;
                    }
                    int q2 = g.index(i2, j2, k2);
                    if (!seen[q2] && lv[q2] == level) {
                        seen[q2] = true;
                        stack[top++] = q2;
                    }
                }
            }
            zones.add(new Zone(level, size, distance == null ? 0 : dmin));
        }
        return zones;
    }

    /**
     * Distance of each voxel of {@code mask} to the ROI border along face-connected steps (taxicab
     * distance: 6 neighbours in 3-D, 4 in-plane when {@code planar}); voxels next to a non-ROI voxel or
     * the grid edge have distance 1. Voxels outside the mask get 0.
     */
    static int[] borderDistance(IbsiGrid g, boolean[] mask, boolean planar) {
        int[][] steps = planar ? new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}}
                : new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        int[] dist = new int[mask.length];
        int[] queue = new int[mask.length];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int q = g.index(i, j, k);
                    if (!mask[q]) {
                        continue;
                    }
                    for (int[] s : steps) {
                        int i2 = i + s[0];
                        int j2 = j + s[1];
                        int k2 = k + s[2];
                        if (!g.contains(i2, j2, k2) || !mask[g.index(i2, j2, k2)]) {
                            dist[q] = 1;
                            queue[tail++] = q;
                            break;
                        }
                    }
                }
            }
        }
        while (head < tail) {
            int q = queue[head++];
            int i = q % g.nx();
            int j = (q / g.nx()) % g.ny();
            int k = q / (g.nx() * g.ny());
            for (int[] s : steps) {
                int i2 = i + s[0];
                int j2 = j + s[1];
                int k2 = k + s[2];
                if (g.contains(i2, j2, k2)) {
                    int q2 = g.index(i2, j2, k2);
                    if (mask[q2] && dist[q2] == 0) {
                        dist[q2] = dist[q] + 1;
                        queue[tail++] = q2;
                    }
                }
            }
        }
        return dist;
    }
}
