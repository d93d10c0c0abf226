package org.spinelab.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AffineTest {

    private static final Affine OBLIQUE = Affine.of(new double[][] {
        {0.7, 0.0, 0.0, -87.04},
        {0.0, 0.6931876, 0.5566909090909088, -73.7432},
        {0.0, -0.09742109999999998, 3.961072727272727, 17.7653}});

    @Test
    void inverseUndoesTheMap() {
        double[] p = {12.5, -3.25, 7};
        double[] q = OBLIQUE.apply(p);
        assertArrayEquals(p, OBLIQUE.inverse().apply(q), 1e-12);
        assertEquals(0, OBLIQUE.compose(OBLIQUE.inverse()).maxAbsDifference(Affine.identity()), 1e-12);
    }

    @Test
    void composeAppliesRightOperandFirst() {
        Affine scale = Affine.scaling(2, 3, 4);
        Affine shift = Affine.translation(1, 1, 1);
        // shift ∘ scale: (x,y,z) -> (2x+1, 3y+1, 4z+1)
        assertArrayEquals(new double[] {3, 4, 5}, shift.compose(scale).apply(new double[] {1, 1, 1}), 0);
        // scale ∘ shift: (x,y,z) -> (2(x+1), 3(y+1), 4(z+1))
        assertArrayEquals(new double[] {4, 6, 8}, scale.compose(shift).apply(new double[] {1, 1, 1}), 0);
    }

    @Test
    void determinantOfScaling() {
        assertEquals(-24, Affine.scaling(-2, 3, 4).determinant(), 0);
    }

    @Test
    void singularAffineCannotBeInverted() {
        assertThrows(IllegalStateException.class, () -> Affine.scaling(1, 0, 1).inverse());
    }

    @Test
    void vectorsIgnoreTranslation() {
        assertArrayEquals(new double[] {1, 0, 0}, Affine.translation(5, 5, 5).applyToVector(new double[] {1, 0, 0}), 0);
    }
}
