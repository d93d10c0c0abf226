package org.spinelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.spinelab.transfer.TransferAccuracy;
import org.spinelab.transfer.TransferBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spinelab bench transfer}: label transfer rates per interpolation mode. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Time a 15-slice sagittal label transferred into a 512×512×30 axial grid, per mode;",
            "then the mean Dice of each mode over random ellipsoidal lesions."})
final class BenchTransferCommand implements Callable<Integer> {

    @Option(names = "--repeats", defaultValue = "5", description = "timed runs per mode (after 3 warm-up runs)")
    int repeats;

    @Option(names = "--lesions", defaultValue = "40", description = "random lesions for the accuracy table (0: none)")
    int lesions;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random lesions")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(TransferBenchmark.run(repeats).table());
        if (lesions > 0) {
            out.println(TransferAccuracy.run(lesions, seed).table());
        }
        out.flush();
        return 0;
    }
}
