package org.spinelab.transfer;

/**
 * How a transfer runs.
 *
 * @param interpolation sampling mode
 * @param multiLabel keep every label value; when false the label must be binary (0/1)
 * @param force transfer even when the frames of reference differ
 * @param supersampling points per axis for the probability map (1 = voxel centre only)
 */
public record TransferOptions(Interpolation interpolation, boolean multiLabel, boolean force, int supersampling) {

    public static TransferOptions defaults() {
        return new TransferOptions(Interpolation.DEFAULT, false, false, 1);
    }

    public TransferOptions withInterpolation(Interpolation i) {
        return new TransferOptions(i, multiLabel, force, supersampling);
    }
}
