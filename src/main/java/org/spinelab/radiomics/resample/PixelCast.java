package org.spinelab.radiomics.resample;

import org.spinelab.image.PixelType;

/**
 * How ITK's {@code ResampleImageFilter} stores an interpolated value in the output pixel type
 * ({@code CastPixelWithBoundsChecking}): clamp to the type's range, then a C++ {@code static_cast}
 * — for integer types that truncates toward zero (−3.7 → −3, 1334.99 → 1334), for float it rounds to
 * single precision.
 */
public final class PixelCast {

    private PixelCast() {}

    public static double cast(double value, PixelType type) {
        if (Double.isNaN(value)) {
            return type.isInteger() ? 0 : value;
        }
        if (value < type.min()) {
            return type.min();
        }
        if (value > type.max()) {
            return type.max();
        }
        if (type.isInteger()) {
            return value < 0 ? Math.ceil(value) : Math.floor(value);
        }
        return type == PixelType.FLOAT32 ? (double) (float) value : value;
    }
}
