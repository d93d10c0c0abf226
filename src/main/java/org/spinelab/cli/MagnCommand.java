package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab magn}: listed in the command-line contract; not built in this version yet. */
@Command(name = "magn", mixinStandardHelpOptions = true,
        description = {"MAGN: multi-view attention-guided CNN (subcommands train, predict).", "(Not available in this version yet.)"})
final class MagnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab magn: not available in this version yet");
        return 3;
    }
}
