package org.spinelab.transfer;

/**
 * What a transfer did, for warnings and reports.
 *
 * @param sourceLabelVoxels labelled voxels in the source
 * @param sourceLabelVoxelsOutsideTarget of those, the ones whose centre lies outside the target's
 *     field of view (their part of the lesion cannot appear in the result)
 * @param targetVoxels voxels in the target grid
 * @param targetVoxelsOutsideSource target voxels whose centre lies outside the source's field of view
 *     (set to 0)
 * @param resultLabelVoxels labelled voxels in the result
 */
public record TransferStats(
        long sourceLabelVoxels,
        long sourceLabelVoxelsOutsideTarget,
        long targetVoxels,
        long targetVoxelsOutsideSource,
        long resultLabelVoxels) {

    /** Fraction of the source label lying outside the target's field of view. */
    public double fractionOfLabelOutsideTarget() {
        return sourceLabelVoxels == 0 ? 0 : (double) sourceLabelVoxelsOutsideTarget / sourceLabelVoxels;
    }

    /** Fraction of target voxels outside the source's field of view. */
    public double fractionOfTargetOutsideSource() {
        return targetVoxels == 0 ? 0 : (double) targetVoxelsOutsideSource / targetVoxels;
    }
}
