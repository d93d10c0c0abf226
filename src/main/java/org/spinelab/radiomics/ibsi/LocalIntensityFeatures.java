package org.spinelab.radiomics.ibsi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local intensity features (reference manual, section 3.2, {@code loc_*}). The peak of a voxel is
 * the mean intensity of all image voxels (inside the ROI or not) whose centres lie within the sphere
 * of volume 1 cm³ — radius {@code r = (3/(4π))^{1/3} · 10 mm ≈ 6.20 mm} — around its centre.
 *
 * <pre>
 * loc_peak_loc  = peak of the ROI voxel with the highest intensity (the highest such peak on ties)
 * loc_peak_glob = highest peak over all ROI voxels
 * </pre>
 */
public final class LocalIntensityFeatures {

    /** Radius of a 1 cm³ sphere, in mm. */
    static final double RADIUS = Math.cbrt(3.0 / (4 * Math.PI)) * 10;

    private LocalIntensityFeatures() {}

    public static Map<String, Double> compute(RoiImage roi) {
        IbsiGrid g = roi.grid();
        List<int[]> offsets = new ArrayList<>();
        int ri = (int) Math.ceil(RADIUS / g.sx());
        int rj = (int) Math.ceil(RADIUS / g.sy());
        int rk = (int) Math.ceil(RADIUS / g.sz());
        for (int dk = -rk; dk <= rk; dk++) {
            for (int dj = -rj; dj <= rj; dj++) {
                for (int di = -ri; di <= ri; di++) {
                    double d2 = sq(di * g.sx()) + sq(dj * g.sy()) + sq(dk * g.sz());
                    if (d2 <= RADIUS * RADIUS + 1e-9) {
                        offsets.add(new int[] {di, dj, dk});
                    }
                }
            }
        }
        double[] img = roi.intensity();
        boolean[] mask = roi.intensityMask();
        double maxInt = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < img.length; q++) {
            if (mask[q]) {
                maxInt = Math.max(maxInt, img[q]);
            }
        }
        double local = Double.NEGATIVE_INFINITY;
        double global = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int q = g.index(i, j, k);
                    if (!mask[q]) {
                        continue;
                    }
                    double sum = 0;
                    int n = 0;
                    for (int[] o : offsets) {
                        int i2 = i + o[0];
                        int j2 = j + o[1];
                        int k2 = k + o[2];
                        if (g.contains(i2, j2, k2)) {
                            sum += img[g.index(i2, j2, k2)];
                            n++;
                        }
                    }
                    double peak = sum / n;
                    global = Math.max(global, peak);
                    if (img[q] == maxInt) {
                        local = Math.max(local, peak);
                    }
                }
            }
        }
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("loc_peak_loc", local);
        f.put("loc_peak_glob", global);
        return f;
    }

    private static double sq(double x) {
        return x * x;
    }
}
