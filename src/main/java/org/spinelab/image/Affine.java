package org.spinelab.image;

import java.util.Arrays;

/**
 * An immutable 3-D affine transform as a 4×4 homogeneous matrix (last row 0 0 0 1).
 *
 * <p>Kept deliberately small: imglib2-realtransform is not on Maven Central, and the project only
 * needs compose, invert and apply for index↔patient mappings.
 */
public final class Affine {

    private final double[][] m;

    private Affine(double[][] m) {
        this.m = m;
    }

    /** Builds from a 4×4 (or 3×4) row-major matrix; the last row is forced to 0 0 0 1. */
    public static Affine of(double[][] rows) {
        if (rows.length < 3 || rows.length > 4) {
            throw new IllegalArgumentException("affine needs 3 or 4 rows, got " + rows.length);
        }
        double[][] c = new double[4][4];
        for (int r = 0; r < 3; r++) {
            if (rows[r].length != 4) {
                throw new IllegalArgumentException("affine row " + r + " needs 4 columns");
            }
            c[r] = rows[r].clone();
        }
        c[3] = new double[] {0, 0, 0, 1};
        return new Affine(c);
    }

    /** The affine x ↦ L·x + t from a 3×3 linear part and a translation. */
    public static Affine of(double[][] linear, double[] translation) {
        double[][] c = new double[4][4];
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 3; k++) {
                c[r][k] = linear[r][k];
            }
            c[r][3] = translation[r];
        }
        c[3][3] = 1;
        return new Affine(c);
    }

    public static Affine identity() {
        return of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3]);
    }

    public static Affine scaling(double sx, double sy, double sz) {
        return of(new double[][] {{sx, 0, 0}, {0, sy, 0}, {0, 0, sz}}, new double[3]);
    }

    public static Affine translation(double tx, double ty, double tz) {
        return of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[] {tx, ty, tz});
    }

    public double get(int row, int col) {
        return m[row][col];
    }

    /** A copy of the 4×4 matrix. */
    public double[][] matrix() {
        double[][] c = new double[4][];
        for (int r = 0; r < 4; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }

    /** A copy of the 3×3 linear part. */
    public double[][] linear() {
        double[][] c = new double[3][3];
        for (int r = 0; r < 3; r++) {
            System.arraycopy(m[r], 0, c[r], 0, 3);
        }
        return c;
    }

    public double[] translation() {
        return new double[] {m[0][3], m[1][3], m[2][3]};
    }

    /** {@code this ∘ other}: first apply {@code other}, then {@code this}. */
    public Affine compose(Affine other) {
        double[][] c = new double[4][4];
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 4; k++) {
                double s = 0;
                for (int j = 0; j < 4; j++) {
                    s += m[r][j] * other.m[j][k];
                }
                c[r][k] = s;
            }
        }
        return new Affine(c);
    }

    /** The inverse; throws if the linear part is singular. */
    public Affine inverse() {
        double[][] a = linear();
        double det = determinant();
        if (Math.abs(det) < 1e-300 || !Double.isFinite(det)) {
            throw new IllegalStateException("affine is singular (det = " + det + ")");
        }
        double[][] inv = new double[3][3];
        inv[0][0] = (a[1][1] * a[2][2] - a[1][2] * a[2][1]) / det;
        inv[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det;
        inv[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det;
        inv[1][0] = (a[1][2] * a[2][0] - a[1][0] * a[2][2]) / det;
        inv[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det;
        inv[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det;
        inv[2][0] = (a[1][0] * a[2][1] - a[1][1] * a[2][0]) / det;
        inv[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det;
        inv[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det;
        double[] t = translation();
        double[] it = new double[3];
        for (int r = 0; r < 3; r++) {
            it[r] = -(inv[r][0] * t[0] + inv[r][1] * t[1] + inv[r][2] * t[2]);
        }
        return of(inv, it);
    }

    public double determinant() {
        double[][] a = m;
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }

    /** Maps a point (3 coordinates). */
    public double[] apply(double[] p) {
        double[] out = new double[3];
        apply(p, out);
        return out;
    }

    /** Maps a point into {@code out} without allocating (hot loops). */
    public void apply(double[] p, double[] out) {
        double x = p[0], y = p[1], z = p[2];
        out[0] = m[0][0] * x + m[0][1] * y + m[0][2] * z + m[0][3];
        out[1] = m[1][0] * x + m[1][1] * y + m[1][2] * z + m[1][3];
        out[2] = m[2][0] * x + m[2][1] * y + m[2][2] * z + m[2][3];
    }

    /** Maps a direction (no translation). */
    public double[] applyToVector(double[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
        }
        return out;
    }

    /** Largest absolute difference over all 12 free entries. */
    public double maxAbsDifference(Affine other) {
        double d = 0;
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 4; k++) {
                d = Math.max(d, Math.abs(m[r][k] - other.m[r][k]));
            }
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affine a && Arrays.deepEquals(m, a.m);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < 3; r++) {
            sb.append(r == 0 ? "" : "; ");
            for (int k = 0; k < 4; k++) {
                sb.append(k == 0 ? "" : " ").append(m[r][k]);
            }
        }
        return sb.append("]").toString();
    }
}
