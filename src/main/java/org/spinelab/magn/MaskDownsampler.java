package org.spinelab.magn;

/**
 * Brings a crop's 0/1 lesion mask to the CAM's resolution by area averaging: each CAM cell takes
 * the mean of the crop pixels whose index maps into it (pixel x → cell ⌊x·out/size⌋), so a cell half
 * covered by lesion gets 0.5. This is the "label map" s of eq. (2).
 */
public final class MaskDownsampler {

    private MaskDownsampler() {}

    /** The mask [size·size] (row-major) averaged onto an out×out grid (row-major). */
    public static float[] area(float[] mask, int size, int out) {
        double[] sum = new double[out * out];
        int[] count = new int[out * out];
        for (int y = 0; y < size; y++) {
            int cy = (int) ((long) y * out / size);
            for (int x = 0; x < size; x++) {
                int cx = (int) ((long) x * out / size);
                sum[cy * out + cx] += mask[y * size + x];
                count[cy * out + cx]++;
            }
        }
        float[] r = new float[out * out];
        for (int c = 0; c < r.length; c++) {
            r[c] = count[c] == 0 ? 0f : (float) (sum[c] / count[c]);
        }
        return r;
    }

    /** Nearest-cell upsampling of an out×out map back to size×size (inverse of the index mapping above). */
    public static float[] upsample(float[] map, int out, int size) {
        float[] r = new float[size * size];
        for (int y = 0; y < size; y++) {
            int cy = (int) ((long) y * out / size);
            for (int x = 0; x < size; x++) {
                r[y * size + x] = map[cy * out + (int) ((long) x * out / size)];
            }
        }
        return r;
    }
}
