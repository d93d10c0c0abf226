package org.spinelab.magn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/**
 * A 2×2 map of a 4-pixel crop goes back onto the view where ViewSlicer took the crop: a 10×10×3 view
 * with a 2×2 lesion at i, j ∈ {4, 5} on slice 1 (centroid 4.5 → rounded 5, crop starts at 5 − 2 = 3),
 * each map cell covering 2×2 view pixels; pixels outside the crop are 0. A crop that hangs over the
 * image's edge keeps only its pixels inside.
 */
class ViewMapTest {

    static Volume volume(int nx, int ny, int nz) {
        return Volume.zeros(Geometry.axisAligned(new long[] {nx, ny, nz}, new double[] {0.5, 0.5, 3},
                new double[] {-10, 20, 5}), VolumeMetadata.of("t", PixelType.FLOAT32));
    }

    @Test
    void mapLandsOnTheCropsPlaceInTheView() {
        Volume image = volume(10, 10, 3);
        Volume mask = volume(10, 10, 3);
        for (int j = 4; j <= 5; j++) {
            for (int i = 4; i <= 5; i++) {
                mask.set(i, j, 1, 1);
            }
        }
        ViewCrop crop = ViewSlicer.cut(image, mask, 4, "test");
        ViewMap m = ViewMap.place(new float[] {1, 2, 3, 4}, 2, crop, image.geometry());
        assertEquals(1, m.slice());
        assertEquals(10, m.width());
        assertEquals(10, m.height());
        for (int j = 0; j < 10; j++) {
            for (int i = 0; i < 10; i++) {
                float expected = 0;
                if (i >= 3 && i <= 6 && j >= 3 && j <= 6) {
                    expected = 1 + (i - 3) / 2 + 2 * ((j - 3) / 2);
                }
                assertEquals(expected, m.pixels()[j * 10 + i], "(" + i + "," + j + ")");
            }
        }
    }

    @Test
    void aCropOverTheEdgeKeepsOnlyItsPixelsInside() {
        Volume image = volume(6, 6, 2);
        Volume mask = volume(6, 6, 2);
        mask.set(0, 0, 0, 1); // crop of 4 centred at (0, 0): starts at (−2, −2)
        ViewCrop crop = ViewSlicer.cut(image, mask, 4, "test");
        ViewMap m = ViewMap.place(new float[] {1, 2, 3, 4}, 2, crop, image.geometry());
        assertEquals(0, m.slice());
        // only the crop's cell (1, 1), value 4, lies inside: view pixels i, j ∈ {0, 1}
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 6; i++) {
                assertEquals(i <= 1 && j <= 1 ? 4f : 0f, m.pixels()[j * 6 + i], "(" + i + "," + j + ")");
            }
        }
    }
}
