package org.spinelab.radiomics.voxel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.Plugins;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.util.Progress;

/**
 * Times voxel-based maps (all firstorder and GLCM features by default) on a synthetic case: a smooth
 * random image (sum of Gaussian blobs plus noise, values ~0–1000, binWidth 25) and an ellipsoid ROI of about
 * the requested voxel count. Reports wall time, process CPU time and ROI voxels per second.
 */
public final class VoxelBenchmark {

    private VoxelBenchmark() {}

    /** One timed run. */
    public record Run(String label, int radius, long roiVoxels, double wallSeconds, double cpuSeconds) {
        public double voxelsPerSecond() {
            return roiVoxels / wallSeconds;
        }
    }

    /** The synthetic case: image, ROI, grid size. */
    public record Case(double[] image, boolean[] roi, int[] dims, long roiVoxels) {}

    /** An ellipsoid ROI of about {@code roiVoxels} voxels (semi-axes a, a, a/2) in a grid with a margin of 4. */
    public static Case synthetic(long roiVoxels, long seed) {
        double a = Math.cbrt(roiVoxels / (4.0 / 3 * Math.PI * 0.5));
        int[] dims = {(int) Math.ceil(2 * a) + 8, (int) Math.ceil(2 * a) + 8, (int) Math.ceil(a) + 8};
        int n = dims[0] * dims[1] * dims[2];
        double[] img = new double[n];
        boolean[] roi = new boolean[n];
        Random rnd = new Random(seed);
        double[][] blobs = new double[12][];
        for (int b = 0; b < blobs.length; b++) {
            blobs[b] = new double[] {rnd.nextDouble() * dims[0], rnd.nextDouble() * dims[1], rnd.nextDouble() * dims[2],
                2 + rnd.nextDouble() * 8, 200 + rnd.nextDouble() * 500};
        }
        double cx = (dims[0] - 1) / 2.0, cy = (dims[1] - 1) / 2.0, cz = (dims[2] - 1) / 2.0;
        long count = 0;
        for (int k = 0, v = 0; k < dims[2]; k++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int i = 0; i < dims[0]; i++, v++) {
                    double x = 200 + rnd.nextGaussian() * 40;
                    for (double[] b : blobs) {
                        double d2 = (i - b[0]) * (i - b[0]) + (j - b[1]) * (j - b[1]) + (k - b[2]) * (k - b[2]);
                        x += b[4] * Math.exp(-d2 / (2 * b[3] * b[3]));
                    }
                    img[v] = x;
                    double e = sq((i - cx) / a) + sq((j - cy) / a) + sq((k - cz) / (a / 2));
                    roi[v] = e <= 1;
                    if (roi[v]) {
                        count++;
                    }
                }
            }
        }
        return new Case(img, roi, dims, count);
    }

    private static double sq(double x) {
        return x * x;
    }

    /**
     * Maps of {@code families} (all their features) for each radius, on {@code threads} worker threads;
     * with {@code compareRecount}, GLCM is also timed recounting every kernel from scratch.
     */
    public static List<Run> run(Case c, List<String> families, int[] radii, int threads, boolean compareRecount) {
        Map<FeatureClass, Set<String>> fams = new LinkedHashMap<>();
        for (String f : families) {
            FeatureClass fc = Plugins.featureClasses().get(f);
            fams.put(fc, new HashSet<>(fc.featureNames()));
        }
        List<Run> out = new ArrayList<>();
        double[] spacing = {1, 1, 1};
        for (int r : radii) {
            RadiomicsSettings s = RadiomicsSettings.defaults().with(Map.of("kernelRadius", r), "bench");
            out.add(time(String.join("+", families), r, c, threads,
                    () -> new FeatureMapExtractor(s, fams).compute(c.image(), c.roi(), c.dims(), spacing, Progress.NONE)));
            if (compareRecount && fams.keySet().stream().anyMatch(f -> f.name().equals("glcm"))) {
                Map<FeatureClass, Set<String>> glcm = new LinkedHashMap<>();
                fams.forEach((k, v) -> {
                    if (k.name().equals("glcm")) {
                        glcm.put(k, v);
                    }
                });
                out.add(time("glcm (sliding counts)", r, c, threads,
                        () -> new FeatureMapExtractor(s, glcm).compute(c.image(), c.roi(), c.dims(), spacing, Progress.NONE)));
                out.add(time("glcm (recount each kernel)", r, c, threads,
                        () -> new FeatureMapExtractor(s, glcm).incremental(false).compute(c.image(), c.roi(), c.dims(), spacing,
                                Progress.NONE)));
            }
        }
        return out;
    }

    private static Run time(String label, int r, Case c, int threads, Runnable work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            pool.submit(work).get();
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Run(label, r, c.roiVoxels(), wall, cpuSeconds() - cpu0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of this process so far (all threads, JIT and GC included). */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }
}
