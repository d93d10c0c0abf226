package org.spinelab.radiomics.ibsi;

import java.util.Locale;
import org.spinelab.util.InvalidInputException;

/** Image interpolation methods of the IBSI chain (reference manual, section 2.4). */
public enum Interpolator {
    /** Value of the nearest original voxel centre. */
    NEAREST,
    /** Trilinear interpolation between the eight surrounding voxel centres. */
    LINEAR,
    /** Cubic B-spline (tricubic spline) interpolation with mirror boundary conditions. */
    TRICUBIC;

    /** Parses a settings value; also accepts PyRadiomics' SimpleITK names. */
    public static Interpolator parse(String value, String where) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "nearest", "sitknearestneighbor":
                return NEAREST;
            case "linear", "trilinear", "sitklinear":
                return LINEAR;
            case "tricubic", "cubic", "bspline", "sitkbspline":
                return TRICUBIC;
            default:
                throw new InvalidInputException(where + ": unknown interpolator '" + value
                        + "' (expected nearest, linear or tricubic)");
        }
    }
}
