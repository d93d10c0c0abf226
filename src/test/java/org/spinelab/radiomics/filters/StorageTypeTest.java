package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/** The array type PyRadiomics would hold: the image's own unless stale metadata no longer fits the values. */
class StorageTypeTest {

    private static Volume volume(PixelType t, double... values) {
        Geometry g = Geometry.axisAligned(new long[] {values.length, 1, 1}, new double[] {1, 1, 1}, new double[3]);
        return Volume.wrap(g, values, VolumeMetadata.empty().withPixelType(t));
    }

    @Test
    void keepsTheTypeThatHoldsTheValues() {
        assertEquals(PixelType.INT16, FilterImageType.storageType(volume(PixelType.INT16, -3, 7, 120)));
        assertEquals(PixelType.FLOAT32, FilterImageType.storageType(volume(PixelType.FLOAT32, 0.5, 0.25)));
    }

    @Test
    void realValuesUnderAnIntegerTypeAreDouble() {
        // e.g. an int16 image after normalisation whose metadata was carried over
        assertEquals(PixelType.FLOAT64, FilterImageType.storageType(volume(PixelType.INT16, -0.31, 1.7)));
        assertEquals(PixelType.FLOAT64, FilterImageType.storageType(volume(PixelType.FLOAT32, 0.1)));
    }
}
