package org.spinelab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab study}: listed in the command-line contract; not built in this version yet. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"The radiomics-nomogram paper, end to end: report.html, tables, figures, summary.json.", "(Not available in this version yet.)"})
final class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("spinelab study: not available in this version yet");
        return 3;
    }
}
