package org.spinelab.radiomics.voxel;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/**
 * Feature maps on the box a {@link KernelGrid} covers (ROI bounding box grown by the kernel radius), one
 * float array per feature keyed {@code <class>_<Feature>} (e.g. {@code glcm_Contrast}); voxels outside the
 * ROI hold {@link #initValue}. Floats halve the memory of many maps; {@link #toVolume} expands one map onto
 * the image grid at a time.
 */
public record FeatureMaps(int[] origin, int[] size, double initValue, Map<String, float[]> maps) {

    public FeatureMaps {
        maps = Collections.unmodifiableMap(maps);
    }

    /** Box index of image voxel (i, j, k), or −1 outside the box. */
    public int boxIndex(int i, int j, int k) {
        int bi = i - origin[0], bj = j - origin[1], bk = k - origin[2];
        if (bi < 0 || bj < 0 || bk < 0 || bi >= size[0] || bj >= size[1] || bk >= size[2]) {
            return -1;
        }
        return bi + size[0] * (bj + size[1] * bk);
    }

    /** The map {@code name} on the image grid {@code image} (initValue outside the box). */
    public Volume toVolume(String name, Geometry image, VolumeMetadata metadata) {
        float[] m = maps.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no map " + name);
        }
        int nx = (int) image.dim(0), ny = (int) image.dim(1);
        double[] out = new double[Math.toIntExact(image.voxelCount())];
        Arrays.fill(out, initValue);
        for (int k = 0, n = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                int dst = origin[0] + nx * (origin[1] + j + ny * (origin[2] + k));
                for (int i = 0; i < size[0]; i++) {
                    out[dst + i] = m[n++];
                }
            }
        }
        return Volume.wrap(image, out, metadata);
    }
}
