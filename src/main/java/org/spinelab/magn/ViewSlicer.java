package org.spinelab.magn;

import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * Turns one view's volume and lesion mask into the network's 2-D input, as the paper describes
 * (crop of 256×256 centred on the tumour):
 * <ol>
 * <li>slice: the slice (third index axis, the acquisition's slice direction) with the largest mask area;</li>
 * <li>centre: the mask's centroid on that slice, rounded to the nearest pixel;</li>
 * <li>crop: {@code size}×{@code size} pixels around the centre; pixels outside the image are padding;</li>
 * <li>intensity: z-score over the crop's pixels that lie inside the image, (x − mean)/SD (SD 0 → 1);
 * padding is set to 0, the normalised mean. A per-crop z-score removes the arbitrary scale of MR
 * intensities that differs between scanners.</li>
 * </ol>
 * The mask is cropped at the same place (mask value > 0 → 1).
 */
public final class ViewSlicer {

    private ViewSlicer() {}

    /**
     * @param what names the inputs in error messages (e.g. the CSV cell's file)
     */
    public static ViewCrop cut(Volume image, Volume mask, int size, String what) {
        Geometry g = image.geometry();
        if (!g.sameGridAs(mask.geometry(), 1e-3)) {
            throw new InvalidInputException(what + ": the mask is not on the image's grid");
        }
        int nx = image.nx();
        int ny = image.ny();
        int nz = image.nz();
        double[] m = mask.data();
        int best = -1;
        long bestCount = 0;
        for (int k = 0; k < nz; k++) {
            long count = 0;
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (m[mask.index(i, j, k)] > 0) {
                        count++;
                    }
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = k;
            }
        }
        if (best < 0) {
            throw new InvalidInputException(what + ": the mask is empty (no lesion voxel)");
        }
        double si = 0;
        double sj = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (m[mask.index(i, j, best)] > 0) {
                    si += i;
                    sj += j;
                }
            }
        }
        int ci = (int) Math.round(si / bestCount);
        int cj = (int) Math.round(sj / bestCount);
        int i0 = ci - size / 2;
        int j0 = cj - size / 2;
        float[] img = new float[size * size];
        float[] msk = new float[size * size];
        boolean[] inside = new boolean[size * size];
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = i0 + x;
                int j = j0 + y;
                if (i < 0 || j < 0 || i >= nx || j >= ny) {
                    continue;
                }
                double v = image.get(i, j, best);
                inside[y * size + x] = true;
                img[y * size + x] = (float) v;
                msk[y * size + x] = m[mask.index(i, j, best)] > 0 ? 1f : 0f;
                sum += v;
                sum2 += v * v;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
        if (!(sd > 0)) {
            sd = 1;
        }
        for (int p = 0; p < img.length; p++) {
            img[p] = inside[p] ? (float) ((img[p] - mean) / sd) : 0f;
        }
        Geometry grid = g.crop(new long[] {i0, j0, best}, new long[] {size, size, 1});
        return new ViewCrop(size, img, msk, grid);
    }
}
