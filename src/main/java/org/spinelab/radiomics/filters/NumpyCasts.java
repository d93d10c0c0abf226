package org.spinelab.radiomics.filters;

import org.spinelab.image.PixelType;

/**
 * What a double becomes when numpy stores it into an array of the input's pixel type (and, in
 * {@link #interpolated}, when SciPy's interpolation writes it). Into an integer array (x86-64, as PyRadiomics runs):
 * truncation toward zero through a 32-bit conversion for types up to 32 bits, where NaN and values
 * outside the int32 range give {@code INT32_MIN}, then wrap-around to the type's width (int16: 40000 →
 * −25536; uint8: −2.7 → 254). uint32 goes through a 64-bit conversion (NaN and values beyond ±2⁶³ → 0;
 * numpy's vectorised loop gives 2³¹ for NaN instead, so that one case is not portable even within numpy).
 * The table {@code src/test/resources/filters/numpy_casts.csv} (numpy 1.24) is the reference.
 */
final class NumpyCasts {

    private NumpyCasts() {}

    /**
     * An interpolated value as SciPy's {@code ndimage} writes it into an output of {@code type} (the input's
     * type for {@code map_coordinates}): integers rounded half away from zero and clamped to the type's
     * range, float32 rounded to nearest, float64 unchanged.
     */
    static double interpolated(double t, PixelType type) {
        if (type == PixelType.FLOAT32) {
            return (float) t;
        }
        if (type == null || !type.isInteger()) {
            return t;
        }
        double r = t > 0 ? t + 0.5 : t - 0.5;
        r = Math.max(type.min(), Math.min(type.max(), r));
        return (double) (long) r;
    }

    /** {@code v} as stored into an array of {@code type}: rounded for float32, unchanged for float64 (and null). */
    static double store(double v, PixelType type) {
        if (type == PixelType.FLOAT32) {
            return (float) v;
        }
        if (type == null || !type.isInteger()) {
            return v;
        }
        if (type == PixelType.UINT32) {
            if (Double.isNaN(v) || Math.abs(v) >= 0x1p63) {
                return 0;
            }
            return (double) (((long) v) & 0xFFFFFFFFL);
        }
        int i = Double.isNaN(v) || v >= 0x1p31 || v <= -0x1p31 - 1 ? Integer.MIN_VALUE : (int) v;
        return switch (type) {
            case INT8 -> (byte) i;
            case UINT8 -> i & 0xFF;
            case INT16 -> (short) i;
            case UINT16 -> i & 0xFFFF;
            default -> i;
        };
    }
}
