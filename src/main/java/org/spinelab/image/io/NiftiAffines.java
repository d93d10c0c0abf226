package org.spinelab.image.io;

import org.spinelab.image.Affine;

/**
 * NIfTI-1's three ways of placing the voxel grid (the "methods" of {@code nifti1.h}), all giving the
 * index→RAS affine in millimetres:
 *
 * <ol>
 *   <li>method 1 ({@code qform_code = sform_code = 0}): {@code x = pixdim[1]·i, y = pixdim[2]·j,
 *       z = pixdim[3]·k};
 *   <li>method 2 ({@code qform_code > 0}): {@code [x y z]ᵀ = R · [pixdim[1]·i, pixdim[2]·j,
 *       qfac·pixdim[3]·k]ᵀ + [qoffset_x, qoffset_y, qoffset_z]ᵀ}, with R the rotation of the unit
 *       quaternion (a, b, c, d), {@code a = √(1 − b² − c² − d²)}, and {@code qfac = pixdim[0] < 0 ? −1 : 1};
 *   <li>method 3 ({@code sform_code > 0}): the rows {@code srow_x, srow_y, srow_z} are the affine.
 * </ol>
 *
 * The sform wins when both are set (it is the general affine, the qform only a rigid one).
 */
final class NiftiAffines {

    private NiftiAffines() {}

    /** The index→RAS affine the header states, by the precedence sform, qform, pixdim. */
    static Affine indexToRas(NiftiHeader h) {
        if (h.sformCode > 0) {
            return sform(h);
        }
        if (h.qformCode > 0) {
            return qform(h);
        }
        return Affine.scaling(positive(h.pixdim[1]), positive(h.pixdim[2]), positive(h.pixdim[3]));
    }

    static Affine sform(NiftiHeader h) {
        double[][] rows = new double[3][4];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                rows[r][c] = h.srow[r][c];
            }
        }
        return Affine.of(rows);
    }

    /**
     * The qform affine. R from the quaternion:
     * <pre>
     * | a²+b²−c²−d²   2(bc−ad)      2(bd+ac)    |
     * | 2(bc+ad)      a²+c²−b²−d²   2(cd−ab)    |
     * | 2(bd−ac)      2(cd+ab)      a²+d²−b²−c² |
     * </pre>
     * When rounding makes {@code b²+c²+d²} exceed 1, (b, c, d) is renormalised and a = 0 (a 180° turn).
     */
    static Affine qform(NiftiHeader h) {
        double b = h.quaternB, c = h.quaternC, d = h.quaternD;
        double a = 1 - (b * b + c * c + d * d);
        if (a < 1e-7) {
            double n = Math.sqrt(b * b + c * c + d * d);
            b /= n;
            c /= n;
            d /= n;
            a = 0;
        } else {
            a = Math.sqrt(a);
        }
        double dx = positive(h.pixdim[1]), dy = positive(h.pixdim[2]), dz = positive(h.pixdim[3]);
        if (h.pixdim[0] < 0) {
            dz = -dz;
        }
        double[][] lin = {
            {(a * a + b * b - c * c - d * d) * dx, 2 * (b * c - a * d) * dy, 2 * (b * d + a * c) * dz},
            {2 * (b * c + a * d) * dx, (a * a + c * c - b * b - d * d) * dy, 2 * (c * d - a * b) * dz},
            {2 * (b * d - a * c) * dx, 2 * (c * d + a * b) * dy, (a * a + d * d - c * c - b * b) * dz}
        };
        return Affine.of(lin, new double[] {h.qoffsetX, h.qoffsetY, h.qoffsetZ});
    }

    /**
     * Fills the qform fields (quaternion, qoffset, pixdim[0..3]) from an index→RAS affine whose axes are
     * orthogonal. Returns false, leaving the header alone, when they are not (a sheared grid has no
     * qform; the sform still describes it exactly).
     */
    static boolean setQform(NiftiHeader h, Affine ras) {
        double[][] m = ras.linear();
        double[] s = new double[3];
        double[][] r = new double[3][3];
        for (int a = 0; a < 3; a++) {
            s[a] = Math.sqrt(m[0][a] * m[0][a] + m[1][a] * m[1][a] + m[2][a] * m[2][a]);
            for (int k = 0; k < 3; k++) {
                r[k][a] = m[k][a] / s[a];
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                double dot = r[0][a] * r[0][b] + r[1][a] * r[1][b] + r[2][a] * r[2][b];
                if (Math.abs(dot) > 1e-6) {
                    return false;
                }
            }
        }
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
                - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        double qfac = det < 0 ? -1 : 1;
        for (int k = 0; k < 3; k++) {
            r[k][2] *= qfac;
        }
        double[] q = quaternion(r);
        h.quaternB = (float) q[1];
        h.quaternC = (float) q[2];
        h.quaternD = (float) q[3];
        double[] t = ras.translation();
        h.qoffsetX = (float) t[0];
        h.qoffsetY = (float) t[1];
        h.qoffsetZ = (float) t[2];
        h.pixdim[0] = (float) qfac;
        h.pixdim[1] = (float) s[0];
        h.pixdim[2] = (float) s[1];
        h.pixdim[3] = (float) s[2];
        return true;
    }

    /**
     * Unit quaternion (a, b, c, d) with a ≥ 0 of a proper rotation matrix, inverting the matrix of
     * {@link #qform}; the largest of the four components is computed from the diagonal first (Shepperd's
     * method), which keeps the division well conditioned for every rotation.
     */
    static double[] quaternion(double[][] r) {
        double a, b, c, d;
        double tr = r[0][0] + r[1][1] + r[2][2];
        if (tr > 0) {
            double s = 2 * Math.sqrt(tr + 1);
            a = 0.25 * s;
            b = (r[2][1] - r[1][2]) / s;
            c = (r[0][2] - r[2][0]) / s;
            d = (r[1][0] - r[0][1]) / s;
        } else if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
            double s = 2 * Math.sqrt(1 + r[0][0] - r[1][1] - r[2][2]);
            a = (r[2][1] - r[1][2]) / s;
            b = 0.25 * s;
            c = (r[0][1] + r[1][0]) / s;
            d = (r[0][2] + r[2][0]) / s;
        } else if (r[1][1] > r[2][2]) {
            double s = 2 * Math.sqrt(1 + r[1][1] - r[0][0] - r[2][2]);
            a = (r[0][2] - r[2][0]) / s;
            b = (r[0][1] + r[1][0]) / s;
            c = 0.25 * s;
            d = (r[1][2] + r[2][1]) / s;
        } else {
            double s = 2 * Math.sqrt(1 + r[2][2] - r[0][0] - r[1][1]);
            a = (r[1][0] - r[0][1]) / s;
            b = (r[0][2] + r[2][0]) / s;
            c = (r[1][2] + r[2][1]) / s;
            d = 0.25 * s;
        }
        if (a < 0) {
            a = -a;
            b = -b;
            c = -c;
            d = -d;
        }
        return new double[] {a, b, c, d};
    }

    /** {@code nifti1_io} treats a non-positive voxel size as 1 mm rather than building a singular grid. */
    private static double positive(float v) {
        return v > 0 ? v : 1;
    }
}
