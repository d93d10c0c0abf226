package org.spinelab.radiomics.voxel;

import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * PyRadiomics' {@code voxelSetting:} block for voxel-based extraction.
 *
 * @param kernelRadius r ≥ 1: the kernel is the cube of voxels within Chebyshev distance r of the centre
 *                     voxel (a square in the slice plane with {@code force2D}), clipped at the image edge
 * @param maskedKernel true (default): only kernel voxels inside the ROI count, and gray levels are
 *                     discretised on the ROI; false: every kernel voxel counts, and discretisation uses
 *                     the whole image region around the ROI (its bounding box grown by r)
 * @param initValue    value of voxels outside the ROI (PyRadiomics' default 0; NaN leaves them transparent
 *                     in viewers)
 * @param voxelBatch   PyRadiomics' batch size (−1: all voxels at once). It only bounds PyRadiomics' memory;
 *                     here maps are computed slice by slice whatever its value, so it is checked and kept
 *                     for the record only
 */
public record VoxelSettings(int kernelRadius, boolean maskedKernel, double initValue, int voxelBatch) {

    public VoxelSettings {
        if (kernelRadius < 1) {
            throw new InvalidInputException("kernelRadius must be ≥ 1, got " + kernelRadius);
        }
        if (voxelBatch == 0 || voxelBatch < -1) {
            throw new InvalidInputException("voxelBatch must be > 0 (or -1 for one batch), got " + voxelBatch);
        }
    }

    /** The voxel settings of a parameter set, with PyRadiomics' defaults (1, true, 0, −1). */
    public static VoxelSettings from(RadiomicsSettings s) {
        Object r = s.get("kernelRadius"), m = s.get("maskedKernel"), v = s.get("initValue"), b = s.get("voxelBatch");
        return new VoxelSettings(r == null ? 1 : ((Number) r).intValue(), m == null || (Boolean) m,
                v == null ? 0 : ((Number) v).doubleValue(), b == null ? -1 : ((Number) b).intValue());
    }
}
