package org.spinelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.spinelab.radiomics.filters.FilterBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab bench filters}: input voxels per second of each filter image type (LoG, Wavelet, …). */
@Command(name = "filters", mixinStandardHelpOptions = true,
        description = "Benchmark the filter image types on a synthetic volume (rates in input voxels/s).")
final class BenchFiltersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "256,256,25", split = ",", description = "Volume size i,j,k (default: ${DEFAULT-VALUE}).")
    int[] size;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per filter, best kept (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (size.length != 3 || repeat < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--size needs 3 values and --repeat ≥ 1");
        }
        out.printf("volume %d×%d×%d, %d threads available, best of %d%n", size[0], size[1], size[2],
                Runtime.getRuntime().availableProcessors(), repeat);
        for (FilterBenchmark.Rate r : FilterBenchmark.run(size[0], size[1], size[2], repeat)) {
            out.printf("%-12s %s: %d image(s) in %.3f s → %.1f Mvoxel/s%n", r.imageType(), r.args(), r.derivedImages(), r.seconds(),
                    r.voxelsPerSecond() / 1e6);
        }
        out.flush();
        return 0;
    }
}
