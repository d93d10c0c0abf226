package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab logit}: listed in the command-line contract; not built in this version yet. */
@Command(name = "logit", mixinStandardHelpOptions = true,
        description = {"Logistic regression: Wald SE/z/p, odds ratios with 95%% CI, Hosmer-Lemeshow.", "(Not available in this version yet.)"})
final class LogitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab logit: not available in this version yet");
        return 3;
    }
}
