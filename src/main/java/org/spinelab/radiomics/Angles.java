package org.spinelab.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * The neighbour offsets ("angles") PyRadiomics uses for its texture matrices, generated as its C
 * extension ({@code get_angle_count}/{@code build_angles}) does: every offset whose infinity norm is
 * one of the requested distances, no larger than the box in any axis, and zero along the slice axis
 * when the extraction is 2-D. Mono-directional sets (GLCM, GLRLM) keep one of each ± pair: 13 in 3-D,
 * 4 in 2-D at distance 1; bidirectional sets (GLSZM, GLDM, NGTDM) keep both: 26 and 8.
 */
public final class Angles {

    private Angles() {}

    /**
     * Offsets as {@code {di, dj, dk}} rows.
     *
     * @param size          box size along i, j, k
     * @param distances     infinity-norm distances (≥ 1)
     * @param bidirectional keep both directions of each offset
     * @param sliceAxis     the axis (0 = i, 1 = j, 2 = k) that must not move, or −1 for 3-D
     */
    public static int[][] generate(int[] size, List<Integer> distances, boolean bidirectional, int sliceAxis) {
        int maxD = 0;
        for (int d : distances) {
            maxD = Math.max(maxD, d);
        }
        int n = 2 * maxD + 1;
        // PyRadiomics enumerates in numpy (k, j, i) order with offsets running from +maxD down to −maxD;
        // mono-directional sets are the first half of that enumeration.
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    int dk = maxD - a, dj = maxD - b, di = maxD - c;
                    int[] off = {di, dj, dk};
                    boolean valid = true;
                    int norm = 0;
                    for (int ax = 0; ax < 3; ax++) {
                        if ((ax == sliceAxis && off[ax] != 0) || off[ax] >= size[ax] || off[ax] <= -size[ax]) {
                            valid = false;
                            break;
                        }
                        norm = Math.max(norm, Math.abs(off[ax]));
                    }
                    if (valid && norm >= 1 && distances.contains(norm)) {
                        all.add(off);
                    }
                }
            }
        }
        if (bidirectional) {
            return all.toArray(new int[0][]);
        }
        return all.subList(0, all.size() / 2).toArray(new int[0][]);
    }

    /** The slice axis in our (i, j, k) order for PyRadiomics' force2D settings, or −1 for 3-D. */
    public static int sliceAxis(RadiomicsSettings s) {
        return s.force2D() ? 2 - s.force2Ddimension() : -1;
    }
}
