package org.spinelab.magn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.spinelab.image.Geometry;

/**
 * A synthetic two-class task for tests and demonstrations: every view's crop holds Gaussian noise
 * (SD 0.5) and one disc-shaped lesion (radius 3–5 pixels) at a random position, which the mask marks.
 * Class 1 lesions are bright (+1.5), class 0 lesions dark (−1.5), so the evidence lies on the
 * lesion only, and each class has a lesion for the attention loss to point at (as in the paper,
 * where every subject has one). The lesion is deliberately not centred, so where a network looks is
 * not given away by the crop.
 */
public final class ToyData {

    private ToyData() {}

    /** {@code n} cases, alternating labels, crops of side {@code size}. */
    public static List<MagnCase> generate(int n, int size, List<View> views, long seed) {
        Random r = new Random(seed);
        List<MagnCase> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int label = c % 2;
            Map<View, ViewCrop> crops = new EnumMap<>(View.class);
            for (View v : views) {
                crops.put(v, crop(size, label, r));
            }
            out.add(new MagnCase(String.format("toy%04d", c), label, crops));
        }
        return out;
    }

    private static ViewCrop crop(int size, int label, Random r) {
        float[] img = new float[size * size];
        float[] mask = new float[size * size];
        double radius = 3 + 2 * r.nextDouble();
        int margin = (int) Math.ceil(radius) + 1;
        double cx = margin + r.nextDouble() * (size - 2 * margin);
        double cy = margin + r.nextDouble() * (size - 2 * margin);
        double level = label == 1 ? 1.5 : -1.5;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean in = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius;
                img[y * size + x] = (float) (0.5 * r.nextGaussian() + (in ? level : 0));
                mask[y * size + x] = in ? 1f : 0f;
            }
        }
        return new ViewCrop(size, img, mask, Geometry.axisAligned(new long[] {size, size, 1},
                new double[] {1, 1, 1}, new double[] {0, 0, 0}));
    }
}
