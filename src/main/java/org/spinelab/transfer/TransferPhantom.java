package org.spinelab.transfer;

import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/**
 * Analytic grids and labels for tests and benchmarks: slice stacks in the usual MR orientations
 * (centred on a chosen LPS point) and balls sampled exactly at voxel centres.
 */
public final class TransferPhantom {

    private TransferPhantom() {}

    /**
     * A sagittal stack like a spine MR: columns run anterior→posterior (+P), rows head→feet (−S),
     * slices right→left (+L); DICOM IOP (0,1,0 \ 0,0,−1).
     */
    public static Geometry sagittal(long[] dims, double[] spacing, double[] centreLps) {
        return centred(dims, spacing, centreLps, new double[][] {{0, 0, 1}, {1, 0, 0}, {0, -1, 0}});
    }

    /**
     * An axial stack tilted by {@code tiltDegrees} about the left–right axis: IOP (1,0,0 \ 0,cos θ,−sin θ),
     * slices along the normal (0, sin θ, cos θ) (feet→head for θ = 0).
     */
    public static Geometry tiltedAxial(long[] dims, double[] spacing, double[] centreLps, double tiltDegrees) {
        double t = Math.toRadians(tiltDegrees);
        double c = Math.cos(t);
        double s = Math.sin(t);
        return centred(dims, spacing, centreLps, new double[][] {{1, 0, 0}, {0, c, s}, {0, -s, c}});
    }

    /** A coronal stack: columns +L, rows −S, slices +P; IOP (1,0,0 \ 0,0,−1). */
    public static Geometry coronal(long[] dims, double[] spacing, double[] centreLps) {
        return centred(dims, spacing, centreLps, new double[][] {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}});
    }

    /** A grid whose central point (index (n−1)/2 on each axis) is {@code centreLps}. */
    public static Geometry centred(long[] dims, double[] spacing, double[] centreLps, double[][] direction) {
        double[] origin = centreLps.clone();
        for (int r = 0; r < 3; r++) {
            for (int a = 0; a < 3; a++) {
                origin[r] -= direction[r][a] * spacing[a] * (dims[a] - 1) / 2.0;
            }
        }
        return Geometry.of(dims, spacing, origin, direction);
    }

    /** Voxels whose centre lies in the ellipsoid with semi-axes along L, P, S get {@code label}. */
    public static LabelVolume ellipsoid(Geometry g, double[] centreLps, double[] semiAxes, int label) {
        Volume v = Volume.zeros(g, VolumeMetadata.empty().withPixelType(PixelType.UINT8));
        paint(v, centreLps, semiAxes, label);
        return LabelVolume.of(v, "phantom");
    }

    /** Sets voxels inside the axis-aligned ellipsoid to {@code label} (in place). */
    public static void paint(Volume v, double[] centreLps, double[] semiAxes, int label) {
        paint(v, centreLps, semiAxes, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, label);
    }

    /**
     * Sets voxels inside an oriented ellipsoid to {@code label} (in place): {@code axes} holds the unit
     * directions of its semi-axes as columns, so a point p is inside when
     * {@code Σ_a ((axes[:,a] · (p − c)) / semiAxes[a])² ≤ 1}.
     */
    public static void paint(Volume v, double[] centreLps, double[] semiAxes, double[][] axes, int label) {
        Geometry g = v.geometry();
        double[] ijk = new double[3];
        double[] p = new double[3];
        for (int k = 0; k < v.nz(); k++) {
            for (int j = 0; j < v.ny(); j++) {
                for (int i = 0; i < v.nx(); i++) {
                    ijk[0] = i;
                    ijk[1] = j;
                    ijk[2] = k;
                    g.indexToLps().apply(ijk, p);
                    double q = 0;
                    for (int a = 0; a < 3; a++) {
                        double along = 0;
                        for (int r = 0; r < 3; r++) {
                            along += axes[r][a] * (p[r] - centreLps[r]);
                        }
                        double d = along / semiAxes[a];
                        q += d * d;
                    }
                    if (q <= 1) {
                        v.set(i, j, k, label);
                    }
                }
            }
        }
    }
}
