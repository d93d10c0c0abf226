package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab extract}: listed in the command-line contract; not built in this version yet. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract PyRadiomics-compatible features of one case or of every case of a cohort table.", "(Not available in this version yet.)"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab extract: not available in this version yet");
        return 3;
    }
}
