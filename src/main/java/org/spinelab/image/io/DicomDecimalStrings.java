package org.spinelab.image.io;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers as DICOM Decimal Strings (DS), which hold at most 16 characters. Writers must use
 * the value as it will be read back ({@link #roundTrip}) when they compute with it, e.g. when they
 * quantise voxels with a Rescale Slope.
 */
final class DicomDecimalStrings {

    static final int MAX_LENGTH = 16;

    private DicomDecimalStrings() {}

    /** The shortest decimal that fits in 16 characters and is closest to {@code v} at that length. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a DICOM decimal string must be finite: " + v);
        }
        if (v == 0) {
            return "0";
        }
        String s = plain(BigDecimal.valueOf(v));
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        for (int digits = 16; digits >= 1; digits--) {
            BigDecimal r = new BigDecimal(v).round(new MathContext(digits));
            s = plain(r);
            if (s.length() <= MAX_LENGTH) {
                return s;
            }
            s = r.stripTrailingZeros().toString();
            if (s.length() <= MAX_LENGTH) {
                return s;
            }
        }
        throw new IllegalArgumentException("cannot write " + v + " as a DICOM decimal string");
    }

    /** The value a reader gets back from {@link #format}{@code (v)}. */
    static double roundTrip(double v) {
        return Double.parseDouble(format(v));
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
