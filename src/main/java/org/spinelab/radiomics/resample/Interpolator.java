package org.spinelab.radiomics.resample;

import java.util.Locale;
import org.spinelab.util.InvalidInputException;

/**
 * The interpolation kinds we reproduce exactly, named as SimpleITK names them (PyRadiomics'
 * {@code interpolator} setting takes these names).
 */
public enum Interpolator {
    /** {@code sitkNearestNeighbor}: the value of the voxel whose centre is nearest (ties round up). */
    NEAREST_NEIGHBOR("sitkNearestNeighbor", "nearest"),
    /** {@code sitkLinear}: trilinear, edge voxels repeated outwards (ITK's clamping). */
    LINEAR("sitkLinear", "linear"),
    /** {@code sitkBSpline}: cubic B-spline with ITK's mirror-boundary prefilter. */
    BSPLINE("sitkBSpline", "bspline");

    private final String sitkName;
    private final String shortName;

    Interpolator(String sitkName, String shortName) {
        this.sitkName = sitkName;
        this.shortName = shortName;
    }

    public String sitkName() {
        return sitkName;
    }

    /**
     * Parses a SimpleITK name ({@code sitkBSpline}), its short form ({@code bspline}), or
     * {@code sitkBSpline3} (the same cubic spline in newer SimpleITK).
     *
     * @throws InvalidInputException naming the {@code interpolator} parameter for anything else
     */
    public static Interpolator fromName(String name) {
        if (name != null) {
            String n = name.trim();
            for (Interpolator i : values()) {
                if (i.sitkName.equalsIgnoreCase(n) || i.shortName.equalsIgnoreCase(n)) {
                    return i;
                }
            }
            if (n.toLowerCase(Locale.ROOT).equals("sitkbspline3")) {
                return BSPLINE;
            }
        }
        throw new InvalidInputException("interpolator: unsupported value '" + name
                + "' (supported: sitkNearestNeighbor, sitkLinear, sitkBSpline)");
    }
}
