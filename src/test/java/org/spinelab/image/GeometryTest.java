package org.spinelab.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeometryTest {

    /** The sagittal grid of the conformance DICOM study: IOP (0,1,0 \ 0,0,-1), normal -x. */
    private static Geometry sagittal() {
        double[][] dir = {{0, 0, -1}, {1, 0, 0}, {0, -1, 0}};
        return Geometry.of(new long[] {240, 256, 16}, new double[] {0.75, 0.75, 4}, new double[] {31.3, -69.625, 125.625}, dir);
    }

    @Test
    void spacingOriginAndDirectionComeBackFromTheAffine() {
        Geometry g = sagittal();
        assertArrayEquals(new double[] {0.75, 0.75, 4}, g.spacing(), 1e-12);
        assertArrayEquals(new double[] {31.3, -69.625, 125.625}, g.origin(), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 0}, g.sliceNormal(), 1e-12);
        assertArrayEquals(new double[] {-28.7, -69.625, 125.625}, g.indexToPatient(new double[] {0, 0, 15}), 1e-9);
    }

    @Test
    void rasIsLpsWithXAndYNegated() {
        Geometry g = sagittal();
        double[] lps = g.indexToPatient(new double[] {3, 4, 5});
        double[] ras = g.indexToRas().apply(new double[] {3, 4, 5});
        assertArrayEquals(new double[] {-lps[0], -lps[1], lps[2]}, ras, 1e-12);
    }

    @Test
    void patientToIndexInvertsIndexToPatient() {
        Geometry g = sagittal();
        double[] ijk = {17.25, 100.5, 3.75};
        assertArrayEquals(ijk, g.patientToIndex(g.indexToPatient(ijk)), 1e-10);
    }

    @Test
    void cropShiftsTheOrigin() {
        Geometry g = sagittal();
        Geometry c = g.crop(new long[] {10, 20, 2}, new long[] {5, 5, 5});
        assertArrayEquals(g.indexToPatient(new double[] {10, 20, 2}), c.origin(), 1e-12);
    }

    @Test
    void toleranceComparisons() {
        Geometry g = sagittal();
        double[][] dir = g.direction();
        Geometry shifted = Geometry.of(g.dims(), g.spacing(), new double[] {31.3 + 1e-4, -69.625, 125.625}, dir);
        assertTrue(g.equalsWithin(shifted, 1e-3));
        assertTrue(g.sameGridAs(shifted, 1e-3));
        assertFalse(g.equalsWithin(shifted, 1e-5));
        assertFalse(g.sameGridAs(g.withDims(new long[] {240, 256, 15}), 1));
    }

    @Test
    void rejectsNonThreeDimensionalGrids() {
        assertThrows(IllegalArgumentException.class, () -> new Geometry(new long[] {2, 2}, Affine.identity()));
        assertThrows(IllegalArgumentException.class, () -> new Geometry(new long[] {2, 0, 2}, Affine.identity()));
    }
}
