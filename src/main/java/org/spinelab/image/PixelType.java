package org.spinelab.image;

/**
 * The voxel type a volume had on disk. Volumes hold doubles in memory (exact for every type listed);
 * writers use this to write the data back in its own type.
 */
public enum PixelType {
    UINT8(true, 0, 255),
    INT8(true, -128, 127),
    UINT16(true, 0, 65535),
    INT16(true, -32768, 32767),
    UINT32(true, 0, 4294967295.0),
    INT32(true, Integer.MIN_VALUE, Integer.MAX_VALUE),
    FLOAT32(false, -Float.MAX_VALUE, Float.MAX_VALUE),
    FLOAT64(false, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final boolean integer;
    private final double min;
    private final double max;

    PixelType(boolean integer, double min, double max) {
        this.integer = integer;
        this.min = min;
        this.max = max;
    }

    public boolean isInteger() {
        return integer;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True when every value is representable in this type without loss. */
    public boolean canHold(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v) && integer) {
                return false;
            }
            if (integer && (v != Math.rint(v) || v < min || v > max)) {
                return false;
            }
            if (this == FLOAT32 && Double.isFinite(v) && (double) (float) v != v) {
                return false;
            }
        }
        return true;
    }
}
