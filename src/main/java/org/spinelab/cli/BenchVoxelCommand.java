package org.spinelab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.radiomics.voxel.VoxelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab bench voxel}: voxel-based feature maps, ROI voxels per second and CPU time. */
@Command(name = "voxel", mixinStandardHelpOptions = true,
        description = "Benchmark voxel-based feature maps (default: all firstorder + GLCM maps, kernel radius 1 and 2)"
                + " on a synthetic ellipsoid ROI.")
final class BenchVoxelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--roi-voxels", defaultValue = "100000", description = "ROI size in voxels (default: ${DEFAULT-VALUE}).")
    long roiVoxels;

    @Option(names = "--radius", defaultValue = "1,2", split = ",", description = "Kernel radii (default: ${DEFAULT-VALUE}).")
    int[] radius;

    @Option(names = "--classes", defaultValue = "firstorder,glcm", split = ",",
            description = "Feature classes (default: ${DEFAULT-VALUE}).")
    List<String> classes;

    @Option(names = "--threads", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--compare-recount", description = "Also time GLCM alone, with sliding counts and recounting each kernel.")
    boolean compareRecount;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (roiVoxels < 1 || t < 1 || Arrays.stream(radius).anyMatch(r -> r < 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--roi-voxels, --threads and --radius must be ≥ 1");
        }
        VoxelBenchmark.Case c = VoxelBenchmark.synthetic(roiVoxels, 42);
        out.printf("synthetic image %d×%d×%d, ellipsoid ROI of %d voxels, binWidth 25, %d thread(s) of %d processors%n",
                c.dims()[0], c.dims()[1], c.dims()[2], c.roiVoxels(), t, Runtime.getRuntime().availableProcessors());
        out.flush();
        for (VoxelBenchmark.Run r : VoxelBenchmark.run(c, classes, radius, t, compareRecount)) {
            out.printf("%-28s r=%d: %d voxels in %.1f s wall, %.1f s CPU → %.0f voxels/s%n", r.label(), r.radius(), r.roiVoxels(),
                    r.wallSeconds(), r.cpuSeconds(), r.voxelsPerSecond());
            out.flush();
        }
        return 0;
    }
}
