package org.spinelab.magn;

import org.spinelab.image.Geometry;

/**
 * One view's network input: the square crop (side {@code size}) of the lesion's largest slice, with the
 * lesion mask cropped at the same place. Pixel (i, j) of the crop — i along the image's first axis,
 * j along its second — is stored at {@code j·size + i} (row j, column i: NCHW with H = j, W = i).
 *
 * @param image intensity-normalised crop
 * @param mask  0/1 lesion mask on the crop
 * @param grid  where the crop lies in patient space: the view's geometry cropped to [size, size, 1]
 *              at (i0, j0, slice); attention maps are written on this grid
 */
public record ViewCrop(int size, float[] image, float[] mask, Geometry grid) {

    public ViewCrop {
        if (image.length != size * size || mask.length != size * size) {
            throw new IllegalArgumentException("crop arrays must hold " + size + "×" + size + " values");
        }
    }
}
