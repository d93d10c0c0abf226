package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab roc}: listed in the command-line contract; not built in this version yet. */
@Command(name = "roc", mixinStandardHelpOptions = true,
        description = {"ROC analysis: AUC with DeLong 95%% CI, Youden cut-off, paired DeLong tests.", "(Not available in this version yet.)"})
final class RocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab roc: not available in this version yet");
        return 3;
    }
}
