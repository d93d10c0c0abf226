package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;

/** Factory for {@link ImageInterpolator}s over a volume's voxels (continuous index space). */
public final class Interpolators {

    private Interpolators() {}

    /**
     * An interpolator of {@code kind} over {@code v}'s voxels. The B-spline's coefficients are
     * computed here, once, over the whole volume (as ITK does).
     */
    public static ImageInterpolator create(Volume v, Interpolator kind) {
        return switch (kind) {
            case NEAREST_NEIGHBOR -> new NearestNeighborInterpolator(v);
            case LINEAR -> new LinearInterpolator(v);
            case BSPLINE -> new CubicBSplineInterpolator(v);
        };
    }
}
