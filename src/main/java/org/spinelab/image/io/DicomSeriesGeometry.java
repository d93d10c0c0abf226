package org.spinelab.image.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.util.InvalidInputException;

/**
 * The voxel grid of a stack of DICOM slices, computed from Image Position / Orientation (Patient) and
 * Pixel Spacing only — never from a slice spacing a viewer derived (ImageJ's stack calibration, for
 * instance, uses the z difference of positions, 3.96 mm instead of 4 mm on an 8° oblique stack).
 *
 * <p>Slices are ordered by their position along the normal n = row direction × column direction,
 * key = IPP · n ascending, so k grows along n and (i, j, k) is right-handed. The index→LPS affine is
 * <pre>
 *   x(i, j, k) = IPP₀ + i·Δi·r + j·Δj·c + k·s,   s = (IPP_{N−1} − IPP₀) / (N − 1)
 * </pre>
 * with r, c the row and column directions, Δi = PixelSpacing[1], Δj = PixelSpacing[0]. Taking s from the
 * positions themselves (rather than spacing × n) keeps a sheared stack (gantry tilt) exact. Every step
 * IPP_{k+1} − IPP_k must equal s within {@link #STEP_TOLERANCE_MM} (+0.1 % of |s|); otherwise the
 * slices are not a regular grid and the series is refused with the steps found.
 */
public final class DicomSeriesGeometry {

    /** Largest accepted deviation of one slice step from the mean step (mm), plus 0.1 % of the step. */
    public static final double STEP_TOLERANCE_MM = 0.01;

    private DicomSeriesGeometry() {}

    /**
     * The order in which to stack the slices: indices into {@code slices}, sorted by IPP · n.
     * Two slices at the same position (multi-echo, dynamic or 4-D series) are refused.
     */
    public static int[] sortedOrder(List<DicomSlicePlacement> slices, String what) {
        checkConsistent(slices, what);
        double[] n = slices.get(0).normal();
        List<Integer> idx = new ArrayList<>();
        for (int s = 0; s < slices.size(); s++) {
            idx.add(s);
        }
        idx.sort(Comparator.comparingDouble(s -> slices.get(s).distanceAlong(n)));
        for (int q = 1; q < idx.size(); q++) {
            DicomSlicePlacement a = slices.get(idx.get(q - 1));
            DicomSlicePlacement b = slices.get(idx.get(q));
            if (Math.abs(b.distanceAlong(n) - a.distanceAlong(n)) < 1e-3) {
                throw new InvalidInputException(what + ": two images at the same position (" + a.source() + ", " + b.source()
                        + "): a 4-D, multi-echo or repeated series is not supported; put one 3-D series per directory");
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The grid of slices already in stack order. {@code fallbackSpacing} is the slice spacing used when
     * there is a single slice (Spacing Between Slices, else Slice Thickness, else 1 mm).
     */
    public static Geometry of(List<DicomSlicePlacement> sorted, int columns, int rows, double fallbackSpacing, String what) {
        checkConsistent(sorted, what);
        DicomSlicePlacement first = sorted.get(0);
        int n = sorted.size();
        double[] step;
        if (n == 1) {
            double[] normal = first.normal();
            double len = DicomSlicePlacement.norm(normal);
            step = new double[] {normal[0] / len * fallbackSpacing, normal[1] / len * fallbackSpacing, normal[2] / len * fallbackSpacing};
        } else {
            double[] last = sorted.get(n - 1).position();
            step = new double[3];
            for (int a = 0; a < 3; a++) {
                step[a] = (last[a] - first.position()[a]) / (n - 1);
            }
            checkUniform(sorted, step, what);
        }
        double[][] lin = new double[3][3];
        for (int r = 0; r < 3; r++) {
            lin[r][0] = first.rowDirection()[r] * first.spacingI();
            lin[r][1] = first.columnDirection()[r] * first.spacingJ();
            lin[r][2] = step[r];
        }
        Affine a = Affine.of(lin, first.position());
        if (Math.abs(a.determinant()) < 1e-12) {
            throw new InvalidInputException(what + ": slice positions do not span a volume (all slices in one plane)");
        }
        return new Geometry(new long[] {columns, rows, n}, a);
    }

    private static void checkConsistent(List<DicomSlicePlacement> slices, String what) {
        if (slices.isEmpty()) {
            throw new InvalidInputException(what + ": no images");
        }
        DicomSlicePlacement first = slices.get(0);
        for (DicomSlicePlacement s : slices) {
            if (!s.sameOrientationAndSpacing(first)) {
                throw new InvalidInputException(what + ": " + s.source() + " has another orientation or pixel spacing than "
                        + first.source() + "; a series must be one stack of parallel slices");
            }
        }
    }

    private static void checkUniform(List<DicomSlicePlacement> sorted, double[] step, String what) {
        double stepLen = DicomSlicePlacement.norm(step);
        double tol = STEP_TOLERANCE_MM + 1e-3 * stepLen;
        double worst = 0;
        int worstAt = -1;
        for (int k = 1; k < sorted.size(); k++) {
            double[] p = sorted.get(k - 1).position();
            double[] q = sorted.get(k).position();
            double dev = Math.sqrt(sq(q[0] - p[0] - step[0]) + sq(q[1] - p[1] - step[1]) + sq(q[2] - p[2] - step[2]));
            if (dev > worst) {
                worst = dev;
                worstAt = k;
            }
        }
        if (worst > tol) {
            StringBuilder steps = new StringBuilder();
            double[] nrm = sorted.get(0).normal();
            for (int k = 1; k < sorted.size(); k++) {
                steps.append(k == 1 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g",
                        sorted.get(k).distanceAlong(nrm) - sorted.get(k - 1).distanceAlong(nrm)));
            }
            throw new InvalidInputException(what + ": slices are not evenly spaced (step " + worstAt + " between "
                    + sorted.get(worstAt - 1).source() + " and " + sorted.get(worstAt).source() + " is off by "
                    + String.format(Locale.ROOT, "%.4g", worst) + " mm; spacings along the normal: " + steps
                    + " mm); missing slices or a mixed series?");
        }
    }

    private static double sq(double v) {
        return v * v;
    }
}
