package org.spinelab.radiomics.ibsi;

/** Neighbour directions at Chebyshev distance 1: 4 unique in-plane ones and 13 unique 3-D ones. */
final class Directions {

    static final int[][] PLANAR = {{1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {1, -1, 0}};

    static final int[][] SPATIAL = {
        {1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {1, -1, 0},
        {0, 0, 1}, {1, 0, 1}, {1, 0, -1}, {0, 1, 1}, {0, 1, -1},
        {1, 1, 1}, {1, 1, -1}, {1, -1, 1}, {1, -1, -1}
    };

    /** All 26 neighbours (8 of them in a one-slice grid, since the others fall outside it). */
    static final int[][] NEIGHBOURS = neighbours();

    private Directions() {}

    private static int[][] neighbours() {
        int[][] n = new int[26][];
        int t = 0;
        for (int dk = -1; dk <= 1; dk++) {
            for (int dj = -1; dj <= 1; dj++) {
                for (int di = -1; di <= 1; di++) {
                    if (di != 0 || dj != 0 || dk != 0) {
                        n[t++] = new int[] {di, dj, dk};
                    }
                }
            }
        }
        return n;
    }
}
