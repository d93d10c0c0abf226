package org.spinelab.image;

import java.util.Arrays;

/**
 * Where a voxel grid sits in the patient: the index→patient affine in DICOM's LPS frame, millimetres,
 * plus the grid's dimensions.
 *
 * <p>Index (i, j, k) is (column, row, slice) — the first imglib2 dimension is i. Voxel centres are at
 * integer indices, as in DICOM, ITK and NIfTI. The affine's columns are {@code spacing[a] ·
 * direction[a]}; {@link #direction()} returns the unit axis directions as the columns of a 3×3 matrix,
 * like ITK's {@code Direction}.
 */
public final class Geometry {

    private final long[] dims;
    private final Affine indexToLps;
    private final Affine lpsToIndex;

    public Geometry(long[] dims, Affine indexToLps) {
        if (dims.length != 3) {
            throw new IllegalArgumentException("a geometry is 3-D; got " + dims.length + " dimensions");
        }
        for (long d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("dimensions must be ≥ 1: " + Arrays.toString(dims));
            }
        }
        this.dims = dims.clone();
        this.indexToLps = indexToLps;
        this.lpsToIndex = indexToLps.inverse();
    }

    /**
     * Builds from spacing (mm), origin (LPS position of voxel (0,0,0)) and direction cosines (unit
     * vectors of the i, j, k axes as the columns of {@code direction}).
     */
    public static Geometry of(long[] dims, double[] spacing, double[] origin, double[][] direction) {
        double[][] lin = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int a = 0; a < 3; a++) {
                lin[r][a] = direction[r][a] * spacing[a];
            }
        }
        return new Geometry(dims, Affine.of(lin, origin));
    }

    /** Axis-aligned grid (identity directions). */
    public static Geometry axisAligned(long[] dims, double[] spacing, double[] origin) {
        return of(dims, spacing, origin, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    }

    public long[] dims() {
        return dims.clone();
    }

    public long dim(int axis) {
        return dims[axis];
    }

    public long voxelCount() {
        return dims[0] * dims[1] * dims[2];
    }

    public Affine indexToLps() {
        return indexToLps;
    }

    public Affine lpsToIndex() {
        return lpsToIndex;
    }

    /** The affine in NIfTI's RAS convention: diag(−1, −1, 1, 1) · LPS affine. */
    public Affine indexToRas() {
        return Affine.scaling(-1, -1, 1).compose(indexToLps);
    }

    /** Voxel spacing along i, j, k in mm (lengths of the affine's columns). */
    public double[] spacing() {
        double[] s = new double[3];
        for (int a = 0; a < 3; a++) {
            s[a] = Math.sqrt(sq(indexToLps.get(0, a)) + sq(indexToLps.get(1, a)) + sq(indexToLps.get(2, a)));
        }
        return s;
    }

    /** LPS position of the centre of voxel (0, 0, 0). */
    public double[] origin() {
        return indexToLps.translation();
    }

    /** Unit direction of each index axis, as the columns of a 3×3 matrix. */
    public double[][] direction() {
        double[] s = spacing();
        double[][] d = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int a = 0; a < 3; a++) {
                d[r][a] = indexToLps.get(r, a) / s[a];
            }
        }
        return d;
    }

    /** Unit normal of the slices: the direction of the k axis. */
    public double[] sliceNormal() {
        double[][] d = direction();
        return new double[] {d[0][2], d[1][2], d[2][2]};
    }

    public double[] indexToPatient(double[] ijk) {
        return indexToLps.apply(ijk);
    }

    public double[] patientToIndex(double[] lps) {
        return lpsToIndex.apply(lps);
    }

    /** True when the continuous index lies within the voxel-centre box extended by half a voxel. */
    public boolean containsIndex(double[] ijk) {
        for (int a = 0; a < 3; a++) {
            if (ijk[a] < -0.5 || ijk[a] > dims[a] - 0.5) {
                return false;
            }
        }
        return true;
    }

    /** Same dimensions and every affine entry within {@code tolerance} (mm). */
    public boolean equalsWithin(Geometry other, double tolerance) {
        return Arrays.equals(dims, other.dims) && indexToLps.maxAbsDifference(other.indexToLps) <= tolerance;
    }

    /**
     * Same dimensions and every voxel centre within {@code toleranceMm} of its counterpart; checked at
     * the eight corners, which bounds every voxel because both maps are affine.
     */
    public boolean sameGridAs(Geometry other, double toleranceMm) {
        if (!Arrays.equals(dims, other.dims)) {
            return false;
        }
        for (int c = 0; c < 8; c++) {
            double[] p = {(c & 1) == 0 ? 0 : dims[0] - 1, (c & 2) == 0 ? 0 : dims[1] - 1, (c & 4) == 0 ? 0 : dims[2] - 1};
            double[] a = indexToPatient(p);
            double[] b = other.indexToPatient(p);
            double d = Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
            if (d > toleranceMm) {
                return false;
            }
        }
        return true;
    }

    /** A geometry with the same placement but other dimensions (e.g. a crop starting at index 0). */
    public Geometry withDims(long[] newDims) {
        return new Geometry(newDims, indexToLps);
    }

    /** The sub-grid that starts at index {@code offset} with dimensions {@code newDims}. */
    public Geometry crop(long[] offset, long[] newDims) {
        Affine shift = Affine.translation(offset[0], offset[1], offset[2]);
        return new Geometry(newDims, indexToLps.compose(shift));
    }

    private static double sq(double v) {
        return v * v;
    }

    @Override
    public String toString() {
        return "Geometry{dims=" + Arrays.toString(dims) + ", spacing=" + Arrays.toString(spacing())
                + ", origin=" + Arrays.toString(origin()) + ", affine=" + indexToLps + "}";
    }
}
