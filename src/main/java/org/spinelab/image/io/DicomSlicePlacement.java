package org.spinelab.image.io;

import org.spinelab.util.InvalidInputException;

/**
 * Where one DICOM image lies in the patient (LPS, mm), from Image Position (Patient), Image
 * Orientation (Patient) and Pixel Spacing.
 *
 * <p>Image Orientation holds the row direction (the direction of increasing column index, our i) and
 * then the column direction (increasing row index, our j). Pixel Spacing is {@code [spacing between
 * rows, spacing between columns]}, i.e. {@code [Δj, Δi]} — the reverse of the (i, j) order.
 *
 * @param position Image Position (Patient): the centre of the first transmitted pixel (i = j = 0)
 * @param rowDirection unit vector along i (first triplet of Image Orientation)
 * @param columnDirection unit vector along j (second triplet)
 * @param spacingI distance between adjacent columns (Pixel Spacing[1])
 * @param spacingJ distance between adjacent rows (Pixel Spacing[0])
 * @param source the file, for messages
 */
public record DicomSlicePlacement(
        double[] position, double[] rowDirection, double[] columnDirection, double spacingI, double spacingJ, String source) {

    /** Largest deviation from unit length / orthogonality accepted in Image Orientation. */
    static final double ORIENTATION_TOLERANCE = 1e-3;

    public static DicomSlicePlacement of(DicomHeader h) {
        double[] ipp = h.requireDoubles(DicomHeader.IMAGE_POSITION, "Image Position (Patient)", 3);
        double[] iop = h.requireDoubles(DicomHeader.IMAGE_ORIENTATION, "Image Orientation (Patient)", 6);
        double[] ps = h.requireDoubles(DicomHeader.PIXEL_SPACING, "Pixel Spacing", 2);
        double[] row = {iop[0], iop[1], iop[2]};
        double[] col = {iop[3], iop[4], iop[5]};
        if (Math.abs(norm(row) - 1) > ORIENTATION_TOLERANCE || Math.abs(norm(col) - 1) > ORIENTATION_TOLERANCE
                || Math.abs(dot(row, col)) > ORIENTATION_TOLERANCE) {
            throw new InvalidInputException(h.source() + ": Image Orientation (Patient) is not two orthogonal unit vectors: "
                    + h.string(DicomHeader.IMAGE_ORIENTATION));
        }
        if (!(ps[0] > 0) || !(ps[1] > 0)) {
            throw new InvalidInputException(h.source() + ": Pixel Spacing must be positive: " + h.string(DicomHeader.PIXEL_SPACING));
        }
        return new DicomSlicePlacement(ipp, row, col, ps[1], ps[0], h.source());
    }

    /** Slice normal n = row direction × column direction (right-handed with i and j). */
    public double[] normal() {
        return cross(rowDirection, columnDirection);
    }

    /** Signed distance of this slice along {@code n}: IPP · n. */
    public double distanceAlong(double[] n) {
        return dot(position, n);
    }

    /** True when orientation and in-plane spacing agree with {@code o} within tolerance. */
    boolean sameOrientationAndSpacing(DicomSlicePlacement o) {
        for (int a = 0; a < 3; a++) {
            if (Math.abs(rowDirection[a] - o.rowDirection[a]) > 1e-4 || Math.abs(columnDirection[a] - o.columnDirection[a]) > 1e-4) {
                return false;
            }
        }
        return Math.abs(spacingI - o.spacingI) <= 1e-6 * spacingI && Math.abs(spacingJ - o.spacingJ) <= 1e-6 * spacingJ;
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
