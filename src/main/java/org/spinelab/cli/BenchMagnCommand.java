package org.spinelab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.Backbone;
import org.spinelab.magn.MagnBenchmark;
import org.spinelab.magn.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spinelab bench magn}: MAGN training samples/s and peak memory, by default ResNet-18 at 128 px
 * and ResNet-50 at 256 px (three views, attention on). Set OMP_NUM_THREADS too: ND4J reads it at start.
 */
@Command(name = "magn", mixinStandardHelpOptions = true,
        description = "MAGN training throughput (samples/s) and peak resident memory on the CPU/CUDA backend.")
final class BenchMagnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--configs", defaultValue = "resnet18:128,resnet50:256",
            description = "backbone:crop pairs, comma-separated (default: ${DEFAULT-VALUE})")
    String configs;

    @Option(names = "--width", defaultValue = "1.0", description = "width multiplier (default: ${DEFAULT-VALUE})")
    double width;

    @Option(names = "--views", defaultValue = "sag,cor,ax", description = "views (default: ${DEFAULT-VALUE})")
    String views;

    @Option(names = "--batch", defaultValue = "4", description = "minibatch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--iterations", defaultValue = "3", description = "timed minibatches (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--threads", defaultValue = "2", description = "ND4J threads, 0 = backend default (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() {
        List<View> v = View.parseList(views);
        var out = spec.commandLine().getOut();
        out.println("backbone,width,crop,views,batch,iterations,seconds,samples_per_s,peak_rss_mib,parameters");
        for (String pair : configs.split(",")) {
            String[] p = pair.trim().split(":");
            MagnBenchmark.Result r = MagnBenchmark.run(Backbone.parse(p[0]), width, Integer.parseInt(p[1]), v, batch,
                    iterations, threads);
            out.printf("%s,%.3f,%d,%d,%d,%d,%.2f,%.3f,%.0f,%d%n", r.backbone(), r.width(), r.crop(), r.views(), r.batch(),
                    r.iterations(), r.seconds(), r.samplesPerSecond(), r.peakRssBytes() / 1048576.0, r.parameters());
            out.flush();
        }
        return 0;
    }
}
