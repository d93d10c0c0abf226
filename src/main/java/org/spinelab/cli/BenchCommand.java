package org.spinelab.cli;

import picocli.CommandLine.Command;

/**
 * {@code spinelab bench …}: benchmarks that report rates (voxels/s, features/s, cases/s) from one
 * run, so speed is measured outside the unit tests. Each benchmark is a subcommand.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: measured rates and ratios for the heavy steps.",
        subcommands = {BenchSynthCommand.class, BenchExtractCommand.class, BenchFiltersCommand.class,
            BenchTransferCommand.class, BenchMagnCommand.class, BenchVoxelCommand.class, BenchSparkCommand.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
