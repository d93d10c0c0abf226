package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab transfer}: listed in the command-line contract; not built in this version yet. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Transfer a sagittal label volume onto another series' grid (axial, coronal).", "(Not available in this version yet.)"})
final class TransferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab transfer: not available in this version yet");
        return 3;
    }
}
