package org.spinelab.radiomics.resample;

/**
 * A volume's voxels as a function of the continuous index (i, j, k) — voxel centres at integers —
 * with ITK's notion of where that function is defined.
 */
public interface ImageInterpolator {

    /** The interpolated value; defined for every index {@link #isInside inside} the buffer. */
    double valueAt(double i, double j, double k);

    /**
     * ITK's {@code IsInsideBuffer}: {@code −0.5 ≤ index < n − 0.5} on every axis (NaN is outside).
     */
    boolean isInside(double i, double j, double k);
}
