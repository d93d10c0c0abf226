package org.spinelab.radiomics.filters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;
import org.spinelab.radiomics.RadiomicsSettings;

/**
 * Measures each filter image type on a synthetic volume: voxels per second of input, best of a few
 * repetitions after a warm-up. LBP3D computes only the ROI (the central box, 1/8 of the voxels), so its
 * rate per ROI voxel is 1/8 of the printed one. Used by {@code spinelab bench filters}; not a test.
 */
public final class FilterBenchmark {

    /** One measured image type. */
    public record Rate(String imageType, Map<String, Object> args, int derivedImages, double seconds, double voxelsPerSecond) {}

    private FilterBenchmark() {}

    /** The ROI: the central box of half the size along each axis (1/8 of the voxels; only LBP3D works on it alone). */
    static boolean[] centralBox(int nx, int ny, int nz) {
        boolean[] roi = new boolean[nx * ny * nz];
        for (int k = nz / 4; k < nz / 4 + Math.max(1, nz / 2); k++) {
            for (int j = ny / 4; j < ny / 4 + Math.max(1, ny / 2); j++) {
                for (int i = nx / 4; i < nx / 4 + Math.max(1, nx / 2); i++) {
                    roi[i + nx * (j + ny * k)] = true;
                }
            }
        }
        return roi;
    }

    /** Runs every case on an {@code nx × ny × nz} volume of random intensities (seeded), {@code reps} times each. */
    public static List<Rate> run(int nx, int ny, int nz, int reps) {
        Volume v = Volume.zeros(Geometry.axisAligned(new long[] {nx, ny, nz}, new double[] {0.8, 0.8, 3}, new double[3]), null);
        Random r = new Random(1);
        for (int p = 0; p < v.data().length; p++) {
            v.data()[p] = 500 + 200 * r.nextGaussian();
        }
        Map<ImageType, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put(new LoGImageType(), Map.of("sigma", List.of(1.0)));
        cases.put(new WaveletImageType(), Map.of());
        cases.put(new SquareImageType(), Map.of());
        cases.put(new SquareRootImageType(), Map.of());
        cases.put(new LogarithmImageType(), Map.of());
        cases.put(new ExponentialImageType(), Map.of());
        cases.put(new GradientImageType(), Map.of());
        cases.put(new LBP2DImageType(), Map.of());
        cases.put(new LBP3DImageType(), Map.of());
        boolean[] roi = centralBox(nx, ny, nz);
        RadiomicsSettings s = RadiomicsSettings.defaults();
        List<Rate> out = new ArrayList<>();
        for (Map.Entry<ImageType, Map<String, Object>> c : cases.entrySet()) {
            int n = c.getKey().derive(v, roi, c.getValue(), s).size(); // warm-up
            double best = Double.MAX_VALUE;
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                c.getKey().derive(v, roi, c.getValue(), s);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            out.add(new Rate(c.getKey().name(), c.getValue(), n, best, v.data().length / best));
        }
        return out;
    }
}
