package org.spinelab.transfer;

/**
 * Samples the source label at a continuous source index (x, y, z) that lies within the source grid
 * (callers clamp to [0, n−1] per axis; a voxel centre is at an integer index).
 */
interface LabelSampler {

    /** The label at (x, y, z); 0 is background. */
    int label(double x, double y, double z);

    /** An instance for another thread (the same one when the sampler keeps no scratch state). */
    default LabelSampler copy() {
        return this;
    }

    /** The probability in [0, 1] that (x, y, z) belongs to any label (partial-volume value). */
    double foreground(double x, double y, double z);
}
