package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab select}: listed in the command-line contract; not built in this version yet. */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = {"LASSO-logistic feature selection (glmnet's objective; CV when no lambda is given).", "(Not available in this version yet.)"})
final class SelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab select: not available in this version yet");
        return 3;
    }
}
