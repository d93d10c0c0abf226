package org.spinelab.synth;

import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.image.Geometry;

/**
 * Plans the three prescriptions of an examination the way a radiographer would: a sagittal stack over
 * the spine's width (T1WI, FS-T2WI and CE-T1WI share it), a coronal stack through the vertebral bodies
 * and an axial stack across the index lesion's level, tilted 4–12° about the left–right axis to follow
 * the endplates. Sagittal and coronal stacks are rotated by up to 3° as a real plan never is exactly
 * orthogonal. All three are in the one LPS frame of the patient.
 *
 * <p>DICOM orientation: sagittal rows run anterior→posterior and columns superior→inferior; coronal
 * rows right→left, columns superior→inferior; axial rows right→left, columns anterior→posterior. The
 * slice axis is row × column, so every grid is right-handed.
 */
final class ScanPlanner {

    private ScanPlanner() {}

    static List<SeriesPlan> plan(PatientPhantom phantom, ScannerProfile scanner, ImageSize size, SplittableRandom r) {
        int matrix = size.matrix(scanner);
        double pixel = size.fovMm() / matrix;
        double spacing = scanner.sliceSpacingMm();
        double[] lesion = phantom.indexCentrePhantom();
        double yc = phantom.anatomy().centreY(lesion[2]);
        double zJitter = size == ImageSize.FULL ? 30 : 10;

        double[][] sagRot = mul(rotZ(deg(Rng.uniform(r, -3, 3))), rotY(deg(Rng.uniform(r, -2, 2))));
        double[] sagCentre = {Rng.uniform(r, -2, 2), yc + 8 + Rng.uniform(r, -4, 4),
            lesion[2] + Rng.uniform(r, -zJitter, zJitter)};
        Geometry sag = grid(phantom.toLps(sagCentre), apply(sagRot, 0, 1, 0), apply(sagRot, 0, 0, -1), matrix, pixel,
                slices(size.sagCoverageMm(), spacing), spacing);

        double[][] corRot = mul(rotZ(deg(Rng.uniform(r, -3, 3))), rotX(deg(Rng.uniform(r, -2, 2))));
        double[] corCentre = {Rng.uniform(r, -3, 3), yc + 4 + Rng.uniform(r, -3, 3),
            lesion[2] + Rng.uniform(r, -zJitter, zJitter)};
        Geometry cor = grid(phantom.toLps(corCentre), apply(corRot, 1, 0, 0), apply(corRot, 0, 0, -1), matrix, pixel,
                slices(size.corCoverageMm(), spacing), spacing);

        double tilt = Rng.uniform(r, 4, 12) * (r.nextBoolean() ? 1 : -1);
        double[][] axRot = mul(rotX(deg(tilt)), rotY(deg(Rng.uniform(r, -3, 3))));
        double[] axCentre = {Rng.uniform(r, -3, 3), yc + 10 + Rng.uniform(r, -4, 4),
            lesion[2] + Rng.uniform(r, -4, 4)};
        Geometry ax = grid(phantom.toLps(axCentre), apply(axRot, 1, 0, 0), apply(axRot, 0, 1, 0), matrix, pixel,
                slices(size.axCoverageMm(), spacing), spacing);

        double th = scanner.sliceThicknessMm();
        return List.of(
                new SeriesPlan("sag", sag, th, List.of(Contrast.T1, Contrast.T2FS, Contrast.CET1)),
                new SeriesPlan("cor", cor, th, List.of(Contrast.CET1)),
                new SeriesPlan("ax", ax, th, List.of(Contrast.CET1)));
    }

    private static int slices(double coverage, double spacing) {
        return (int) Math.round(coverage / spacing);
    }

    /** Grid centred on {@code centre} with row direction u, column direction v, slices along u × v. */
    static Geometry grid(double[] centre, double[] u, double[] v, int matrix, double pixel, int nk, double spacing) {
        double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        double hi = (matrix - 1) / 2.0 * pixel, hk = (nk - 1) / 2.0 * spacing;
        double[] origin = new double[3];
        for (int a = 0; a < 3; a++) {
            origin[a] = centre[a] - hi * u[a] - hi * v[a] - hk * n[a];
        }
        double[][] dir = {{u[0], v[0], n[0]}, {u[1], v[1], n[1]}, {u[2], v[2], n[2]}};
        return Geometry.of(new long[] {matrix, matrix, nk}, new double[] {pixel, pixel, spacing}, origin, dir);
    }

    private static double deg(double d) {
        return Math.toRadians(d);
    }

    static double[][] rotX(double a) {
        double c = StrictMath.cos(a), s = StrictMath.sin(a);
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    static double[][] rotY(double a) {
        double c = StrictMath.cos(a), s = StrictMath.sin(a);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    static double[][] rotZ(double a) {
        double c = StrictMath.cos(a), s = StrictMath.sin(a);
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return c;
    }

    static double[] apply(double[][] m, double x, double y, double z) {
        return new double[] {m[0][0] * x + m[0][1] * y + m[0][2] * z, m[1][0] * x + m[1][1] * y + m[1][2] * z,
            m[2][0] * x + m[2][1] * y + m[2][2] * z};
    }
}
