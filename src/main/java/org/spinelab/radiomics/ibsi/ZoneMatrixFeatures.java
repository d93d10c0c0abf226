package org.spinelab.radiomics.ibsi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grey level size zone matrix ({@code szm_*}, reference manual section 3.8) and distance zone matrix
 * ({@code dzm_*}, section 3.9) features. {@code s_ij} counts zones of level {@code i} and size
 * {@code j}; {@code d_ij} zones of level {@code i} and border distance {@code j}; formulas as for
 * run-length matrices ({@link ZoneFeatures}) with {@code N_s} zones and {@code N_v} ROI voxels.
 * The border distance is measured on the morphological mask, so that holes punched into the
 * intensity mask by re-segmentation do not count as border (manual, section 3.9). 2-D: per slice,
 * averaged over slices.
 */
public final class ZoneMatrixFeatures {

    private ZoneMatrixFeatures() {}

    /** GLSZM and GLDZM features, 2-D ({@code _2D}) or 3-D ({@code _3D}). */
    public static Map<String, Double> compute(LevelImage im, boolean[] distanceMask, boolean planar) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (planar) {
            FeatureAverager szm = new FeatureAverager();
            FeatureAverager dzm = new FeatureAverager();
            int n = im.grid().nx() * im.grid().ny();
            for (int k = 0; k < im.grid().nz(); k++) {
                LevelImage s = im.slice(k);
                if (s.voxelCount() == 0) {
                    continue;
                }
                boolean[] sliceMask = new boolean[n];
                System.arraycopy(distanceMask, k * n, sliceMask, 0, n);
                Map<String, Double>[] f = both(s, Zones.borderDistance(s.grid(), sliceMask, true));
                szm.add(f[0]);
                dzm.add(f[1]);
            }
            szm.putInto(out, "szm_", "_2D");
            dzm.putInto(out, "dzm_", "_2D");
        } else {
            Map<String, Double>[] f = both(im, Zones.borderDistance(im.grid(), distanceMask, false));
            FeatureAverager.put(out, f[0], "szm_", "_3D");
            FeatureAverager.put(out, f[1], "dzm_", "_3D");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double>[] both(LevelImage im, int[] distance) {
        List<Zones.Zone> zones = Zones.of(im, distance);
        // sparse columns: only the zone sizes and distances that occur (a large ROI has few distinct ones)
        java.util.TreeMap<Integer, Integer> sizeCol = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Integer> distCol = new java.util.TreeMap<>();
        for (Zones.Zone z : zones) {
            sizeCol.put(z.size(), 0);
            distCol.put(Math.max(1, z.distance()), 0);
        }
        int[] sizes = columns(sizeCol);
        int[] dists = columns(distCol);
        double[][] s = new double[im.ng()][sizes.length];
        double[][] d = new double[im.ng()][dists.length];
        for (Zones.Zone z : zones) {
            s[z.level() - 1][sizeCol.get(z.size())]++;
            d[z.level() - 1][distCol.get(Math.max(1, z.distance()))]++;
        }
        int nv = im.voxelCount();
        return new Map[] {ZoneFeatures.features(s, sizes, nv, ZoneFeatures.SIZE_NAMES),
            ZoneFeatures.features(d, dists, nv, ZoneFeatures.DISTANCE_NAMES)};
    }

    /** Numbers the keys of {@code cols} 0, 1, 2, … in ascending order; returns the keys. */
    private static int[] columns(java.util.TreeMap<Integer, Integer> cols) {
        int[] keys = new int[cols.size()];
        int c = 0;
        for (Map.Entry<Integer, Integer> e : cols.entrySet()) {
            e.setValue(c);
            keys[c++] = e.getKey();
        }
        return keys;
    }
}
