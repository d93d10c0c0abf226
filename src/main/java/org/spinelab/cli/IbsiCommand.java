package org.spinelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.radiomics.ibsi.IbsiConformance;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spinelab ibsi conformance}: runs the IBSI-1 reference cases (digital phantom, CT phantom
 * configurations A and C) and prints, per feature family, how many features fall within the
 * consensus tolerance, followed by every miss.
 */
@Command(name = "ibsi", mixinStandardHelpOptions = true,
        description = "IBSI (Image Biomarker Standardisation Initiative) conformance.",
        subcommands = {IbsiCommand.Conformance.class})
final class IbsiCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "conformance", mixinStandardHelpOptions = true,
            description = "Compare IBSI features with the consensus reference values, per family.")
    static final class Conformance implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", description = "folder with the IBSI phantoms and reference tables"
                + " (default: ../shared/conformance/ibsi)")
        Path data = Path.of("..", "shared", "conformance", "ibsi");

        @Option(names = "--case", description = "digital-phantom, config-a, config-c or all (default: all)")
        String which = "all";

        @Override
        public Integer call() {
            if (!Files.isDirectory(data)) {
                throw new InvalidInputException(data + ": no such folder (give the IBSI data with --data)");
            }
            List<IbsiConformance.Case> cases = new ArrayList<>();
            switch (which.toLowerCase(Locale.ROOT)) {
                case "all" -> cases.addAll(List.of(IbsiConformance.Case.values()));
                case "digital-phantom" -> cases.add(IbsiConformance.Case.DIGITAL_PHANTOM);
                case "config-a" -> cases.add(IbsiConformance.Case.CONFIG_A);
                case "config-c" -> cases.add(IbsiConformance.Case.CONFIG_C);
                default -> throw new InvalidInputException("--case: unknown case '" + which
                        + "' (expected digital-phantom, config-a, config-c or all)");
            }
            for (IbsiConformance.Case c : cases) {
                long t0 = System.nanoTime();
                IbsiConformance.Report report = IbsiConformance.run(c, data);
                double seconds = (System.nanoTime() - t0) / 1e9;
                spec.commandLine().getOut().print(report.table());
                spec.commandLine().getOut().printf(Locale.ROOT, "  (read, processed and extracted in %.1f s)%n%n", seconds);
            }
            return 0;
        }
    }
}
