package org.spinelab.image.io;

import org.spinelab.util.InvalidInputException;

/**
 * How real voxel values are held in 16-bit DICOM pixels: value = slope · stored + intercept (Rescale
 * Slope / Intercept), stored an unsigned (Pixel Representation 0) or two's-complement signed (1)
 * 16-bit integer.
 *
 * @param signed Pixel Representation 1
 * @param slope Rescale Slope (non-zero), exactly as written to the file
 * @param intercept Rescale Intercept, exactly as written to the file
 */
public record DicomPixelEncoding(boolean signed, double slope, double intercept) {

    public DicomPixelEncoding {
        if (!Double.isFinite(slope) || slope == 0 || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("rescale slope must be finite and non-zero, intercept finite: " + slope + ", " + intercept);
        }
        // What a reader will see: DICOM decimal strings have at most 16 characters.
        slope = DicomDecimalStrings.roundTrip(slope);
        intercept = DicomDecimalStrings.roundTrip(intercept);
    }

    public int minStored() {
        return signed ? Short.MIN_VALUE : 0;
    }

    public int maxStored() {
        return signed ? Short.MAX_VALUE : 0xFFFF;
    }

    /** The real value of a stored pixel. */
    public double decode(int stored) {
        return slope * stored + intercept;
    }

    /**
     * The stored pixel nearest to {@code value}: round((value − intercept) / slope).
     *
     * @throws InvalidInputException when the value is not finite or outside the representable range
     */
    public int encode(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("cannot write a non-finite voxel value (" + value + ") to DICOM");
        }
        long q = Math.round((value - intercept) / slope);
        if (q < minStored() || q > maxStored()) {
            throw new InvalidInputException("voxel value " + value + " does not fit 16-bit DICOM pixels with rescale slope "
                    + slope + " and intercept " + intercept);
        }
        return (int) q;
    }

    /**
     * An encoding that holds {@code values}: exactly when they are integers within 16 bits (unsigned
     * if non-negative, else signed; with an integer intercept when their span fits 16 bits), otherwise
     * with slope = (max − min) / 65535 and intercept = min, a quantisation step of slope (error ≤ slope/2).
     */
    public static DicomPixelEncoding choose(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean integers = true;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("cannot write a non-finite voxel value (" + v + ") to DICOM");
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            integers &= v == Math.rint(v);
        }
        if (values.length == 0) {
            return new DicomPixelEncoding(false, 1, 0);
        }
        if (integers && lo >= 0 && hi <= 0xFFFF) {
            return new DicomPixelEncoding(false, 1, 0);
        }
        if (integers && lo >= Short.MIN_VALUE && hi <= Short.MAX_VALUE) {
            return new DicomPixelEncoding(true, 1, 0);
        }
        if (integers && hi - lo <= 0xFFFF && Math.abs(lo) < 1e15) {
            return new DicomPixelEncoding(false, 1, lo);
        }
        if (hi == lo) {
            return new DicomPixelEncoding(false, 1, lo);
        }
        DicomPixelEncoding e = new DicomPixelEncoding(false, (hi - lo) / 0xFFFF, lo);
        // The 16-character decimal strings may round slope down or intercept up; widen until both ends fit.
        while (Math.round((hi - e.intercept) / e.slope) > 0xFFFF || Math.round((lo - e.intercept) / e.slope) < 0) {
            double b = Math.min(e.intercept, lo - Math.abs(e.slope) * 0.25);
            e = new DicomPixelEncoding(false, e.slope * (1 + 1e-6), b);
        }
        return e;
    }
}
