package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab synth}: listed in the command-line contract; not built in this version yet. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic multi-center spine MRI cohort (cohort.csv + NIfTI images and masks).", "(Not available in this version yet.)"})
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab synth: not available in this version yet");
        return 3;
    }
}
