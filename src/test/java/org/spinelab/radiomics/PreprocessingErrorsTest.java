package org.spinelab.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Geometry;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/** Bad ROIs and grids give one clear error naming the mask; the mask checks follow PyRadiomics. */
class PreprocessingErrorsTest {

    private static final Geometry G = Geometry.axisAligned(new long[] {6, 6, 4}, new double[] {1, 1, 2}, new double[] {0, 0, 0});

    private static Volume image() {
        double[] d = new double[6 * 6 * 4];
        for (int n = 0; n < d.length; n++) {
            d[n] = (n * 37) % 101;
        }
        return Volume.wrap(G, d, VolumeMetadata.empty());
    }

    /** A mask with {@code label} on the box [i0, i1]×[j0, j1]×[k0, k1]. */
    private static LabelVolume box(Geometry g, int label, int i0, int i1, int j0, int j1, int k0, int k1) {
        Volume v = Volume.zeros(g, VolumeMetadata.empty());
        for (int k = k0; k <= k1; k++) {
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    v.set(i, j, k, label);
                }
            }
        }
        return LabelVolume.of(v, "mask");
    }

    private static RadiomicsExtractor extractor(Map<String, Object> settings) {
        return new RadiomicsExtractor(ExtractionParameters.of(Map.of("setting", settings), "test"));
    }

    @Test
    void absentLabelNamesTheMaskAndTheLabelsPresent() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of("label", 3)).extract(image(), box(G, 2, 1, 3, 1, 3, 1, 2), "img.nrrd", "lab.nrrd"));
        assertTrue(e.getMessage().contains("lab.nrrd") && e.getMessage().contains("label 3") && e.getMessage().contains("[2]"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of()).extract(image(), LabelVolume.of(Volume.zeros(G, null), "m"), "img", "empty.nrrd"));
        assertTrue(e.getMessage().contains("empty.nrrd") && e.getMessage().contains("nothing is segmented"), e.getMessage());
    }

    @Test
    void roiBelowMinimumDimensionsOrSizeIsRefused() {
        // a line along i: one dimension, below the default minimum of 2
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of()).extract(image(), box(G, 1, 1, 4, 2, 2, 1, 1), "img", "line.nrrd"));
        assertTrue(e.getMessage().contains("line.nrrd") && e.getMessage().contains("minimumROIDimensions"), e.getMessage());
        // a single voxel is refused even with minimumROIDimensions 1
        e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of("minimumROIDimensions", 1)).extract(image(), box(G, 1, 2, 2, 2, 2, 1, 1), "img", "dot.nrrd"));
        assertTrue(e.getMessage().contains("single voxel"), e.getMessage());
        // 8 voxels are not more than minimumROISize 8
        e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of("minimumROISize", 8)).extract(image(), box(G, 1, 1, 2, 1, 2, 1, 2), "img", "small.nrrd"));
        assertTrue(e.getMessage().contains("minimumROISize"), e.getMessage());
    }

    @Test
    void gridMismatchIsRefusedUnlessCorrectMask() {
        Geometry shifted = Geometry.axisAligned(new long[] {6, 6, 4}, new double[] {1, 1, 2}, new double[] {0.5, 0, 0});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of()).extract(image(), box(shifted, 1, 1, 3, 1, 3, 1, 2), "img.nrrd", "moved.nrrd"));
        assertTrue(e.getMessage().contains("moved.nrrd") && e.getMessage().contains("img.nrrd"), e.getMessage());
        // within geometryTolerance (relative to the spacing) it is accepted
        Geometry nudged = Geometry.axisAligned(new long[] {6, 6, 4}, new double[] {1, 1, 2}, new double[] {1e-7, 0, 0});
        extractor(Map.of()).extract(image(), box(nudged, 1, 1, 3, 1, 3, 1, 2), "img", "nudged");
        // correctMask: nearest neighbour onto the image grid; a 2-voxel shift of a half-resolution mask
        Geometry coarse = Geometry.axisAligned(new long[] {3, 3, 4}, new double[] {2, 2, 2}, new double[] {0.5, 0.5, 0});
        RadiomicsExtractor.Result r = extractor(Map.of("correctMask", true))
                .extract(image(), box(coarse, 1, 0, 1, 0, 1, 1, 2), "img", "coarse");
        // mask voxels (0..1, 0..1) at 2 mm cover image indices 0..3 in i and j → 4·4·2 voxels
        assertEquals(32 * 2.0, r.features().get("original_shape_VoxelVolume"), 1e-9);
    }

    @Test
    void resegmentationThatEmptiesTheRoiIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> extractor(Map.of("resegmentRange", java.util.List.of(1000, 2000)))
                        .extract(image(), box(G, 1, 1, 3, 1, 3, 1, 2), "img", "roi.nrrd"));
        assertTrue(e.getMessage().contains("roi.nrrd") && e.getMessage().contains("resegmentRange"), e.getMessage());
    }
}
