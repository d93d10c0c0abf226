package org.spinelab.magn;

import org.spinelab.image.Geometry;

/**
 * A network map (attention/CAM or Grad-CAM, on the CAM grid) brought back onto the slice of the view
 * it was computed from, for drawing over the original series: the map is upsampled to crop pixels by
 * nearest cell ({@link MaskDownsampler#upsample}) and put where {@link ViewSlicer} took the crop;
 * crop pixels that fell outside the image (padding) are dropped.
 *
 * @param slice  the view's slice index k of the crop (the lesion's largest slice)
 * @param width  the view's nx
 * @param height the view's ny
 * @param pixels map values on that slice, {@code pixels[j·width + i]}; 0 outside the crop
 */
public record ViewMap(int slice, int width, int height, float[] pixels) {

    /**
     * @param map  the map on the CAM grid (row-major, side {@code camSize})
     * @param crop the crop the map was computed from; its grid places it in {@code view}
     * @param view the geometry of the whole view series the crop was cut from
     */
    public static ViewMap place(float[] map, int camSize, ViewCrop crop, Geometry view) {
        int size = crop.size();
        float[] up = MaskDownsampler.upsample(map, camSize, size);
        // the crop grid's first voxel, in the view's index space: (i0, j0, slice)
        double[] o = view.patientToIndex(crop.grid().origin());
        int i0 = (int) Math.round(o[0]);
        int j0 = (int) Math.round(o[1]);
        int k = (int) Math.round(o[2]);
        int nx = (int) view.dim(0);
        int ny = (int) view.dim(1);
        if (k < 0 || k >= view.dim(2)) {
            throw new IllegalArgumentException("the crop lies outside the view (slice " + k + ")");
        }
        float[] px = new float[nx * ny];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = i0 + x;
                int j = j0 + y;
                if (i >= 0 && j >= 0 && i < nx && j < ny) {
                    px[j * nx + i] = up[y * size + x];
                }
            }
        }
        return new ViewMap(k, nx, ny, px);
    }
}
