package org.spinelab.radiomics.voxel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.InvalidInputException;

/**
 * Where PyRadiomics discretises for voxel-based maps: on the ROI with a masked kernel; on the ROI's
 * bounding box grown by the kernel radius (its cropped image) with an unmasked one — never on the whole
 * image. Values (7i + 3j + k) mod 100: the box around the ROI holds 22…88 (levels 1…4 with bin width
 * 25, edges from 0), and a voxel of 1000 raises the top level to 41 where it is counted.
 */
class KernelGridTest {

    static final int N = 12;

    static KernelGrid grid(boolean masked, int radius, int[] hot) {
        double[] img = new double[N * N * N];
        boolean[] roi = new boolean[img.length];
        for (int k = 0, v = 0; k < N; k++) {
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++, v++) {
                    img[v] = (i * 7 + j * 3 + k) % 100;
                    roi[v] = i >= 4 && i <= 6 && j >= 4 && j <= 6 && k >= 4 && k <= 6;
                }
            }
        }
        img[hot[0] + N * (hot[1] + N * hot[2])] = 1000;
        RadiomicsSettings s = RadiomicsSettings.defaults().with(Map.of("kernelRadius", radius, "maskedKernel", masked), "test");
        return new KernelGrid(img, roi, new int[] {N, N, N}, new double[] {1, 1, 1}, s, VoxelSettings.from(s));
    }

    @Test
    void unmaskedKernelsDiscretiseOnTheBoxAroundTheRoi() {
        // (8, 5, 5) is within r = 2 of the ROI (i ≤ 6): in the box, counted
        KernelGrid near = grid(false, 2, new int[] {8, 5, 5});
        assertEquals(41, near.levels.ng());
        assertArrayEquals(new int[] {2, 2, 2}, near.origin());
        assertArrayEquals(new int[] {7, 7, 7}, near.size());
        // (9, 5, 5) is not: the whole image is not used
        assertEquals(4, grid(false, 2, new int[] {9, 5, 5}).levels.ng());
    }

    @Test
    void maskedKernelsDiscretiseOnTheRoi() {
        // the ROI holds 44…66: levels 1…2 (edges from 25); the hot voxel counts only inside it
        assertEquals(2, grid(true, 2, new int[] {8, 5, 5}).levels.ng());
        assertEquals(40, grid(true, 2, new int[] {5, 5, 5}).levels.ng());
    }

    @Test
    void theBoxIsClippedAtTheImageEdgeAndSettingsAreChecked() {
        KernelGrid g = grid(false, 5, new int[] {0, 0, 0});
        assertArrayEquals(new int[] {0, 0, 0}, g.origin());
        assertArrayEquals(new int[] {N, N, N}, g.size());
        assertThrows(InvalidInputException.class, () -> new VoxelSettings(0, true, 0, -1));
        assertThrows(InvalidInputException.class, () -> new VoxelSettings(1, true, 0, 0));
    }
}
