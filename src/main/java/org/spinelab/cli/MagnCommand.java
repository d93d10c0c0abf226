package org.spinelab.cli;

import picocli.CommandLine.Command;

/** {@code spinelab magn}: the multi-view attention-guided network (subcommands train, predict, ablation). */
@Command(name = "magn", mixinStandardHelpOptions = true,
        description = "MAGN: multi-view attention-guided CNN (ResNet per view, LSE pooling, CAM attention loss).",
        subcommands = {MagnTrainCommand.class, MagnPredictCommand.class, MagnAblationCommand.class})
final class MagnCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
