package org.spinelab.magn;

/**
 * How well a map falls on the lesion: the fraction of the map's (non-negative) energy inside the
 * lesion, E = Σ a·s / Σ a, with a the map and s the lesion mask area-averaged onto the map's grid
 * (fractional at the lesion border). A map spread evenly gives the lesion's area fraction; a map
 * entirely on the lesion gives 1.
 */
public final class AttentionEnergy {

    private AttentionEnergy() {}

    /** E for one map (side {@code h}) and the crop mask (side {@code crop}); NaN if the map is all zero. */
    public static double inside(float[] map, float[] cropMask, int crop, int h) {
        float[] s = MaskDownsampler.area(cropMask, crop, h);
        double in = 0;
        double all = 0;
        for (int i = 0; i < map.length; i++) {
            double a = Math.max(0, map[i]);
            in += a * s[i];
            all += a;
        }
        return all > 0 ? in / all : Double.NaN;
    }
}
