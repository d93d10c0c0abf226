package org.spinelab.cli;

import java.io.PrintWriter;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spinelab}: the command-line entry point. Each subcommand is a small class that parses its
 * options and calls the layers below; no algorithm lives in this package.
 */
@Command(
        name = "spinelab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Spine Radiomics Lab: label transfer, PyRadiomics-compatible radiomics, the radiomics"
                + " nomogram study and MAGN for spinal multiple myeloma vs metastasis on MRI.",
        subcommands = {
            InfoCommand.class,
            SynthCommand.class,
            ExtractCommand.class,
            TransferCommand.class,
            RocCommand.class,
            IccCommand.class,
            CompareGroupsCommand.class,
            LogitCommand.class,
            SelectCommand.class,
            StudyCommand.class,
            MagnCommand.class,
            BenchCommand.class,
            IbsiCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for bad input (a missing file, a wrong column, …). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            while (!(cause instanceof InvalidInputException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidInputException) {
                commandLine.getErr().println("spinelab: error: " + cause.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("spinelab: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl;
    }
}
