package org.spinelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnModelFiles;
import org.spinelab.magn.MagnNetwork;
import org.spinelab.magn.MagnPredictionRun;
import org.spinelab.magn.ViewDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab magn predict}: probabilities and attention maps from a trained model. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Apply a trained MAGN model to a cohort: probabilities CSV (id, probability, predicted)",
            "and per case and view the attention and Grad-CAM maps as NIfTI in <out name>_maps/."})
final class MagnPredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true,
            description = "model directory (the model/ folder magn train writes, or the train output directory)")
    Path model;

    @Option(names = "--cohort", required = true, description = "cohort CSV (label column optional)")
    Path cohort;

    @Option(names = "--image-columns", description = "image columns in the order sag,cor,ax")
    String imageColumns;

    @Option(names = "--mask-columns", description = "mask columns in the order sag,cor,ax")
    String maskColumns;

    @Option(names = "--out", required = true, description = "output CSV")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path dir = model.resolve(MagnModelFiles.CONFIG).toFile().isFile() ? model : model.resolve("model");
        MagnNetwork net = MagnModelFiles.load(dir);
        List<MagnCase> cases = ViewDataset.load(cohort, CohortColumns.defaults().with(imageColumns, maskColumns),
                net.config().views(), net.config().crop(), false, new MagnConsoleProgress(spec.commandLine().getErr()));
        MagnPredictionRun.run(net, cases, out);
        spec.commandLine().getOut().println(cases.size() + " cases -> " + out);
        return 0;
    }
}
