package org.spinelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.CrossValidation;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.MagnTrainingRun;
import org.spinelab.magn.ToyData;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab magn train}: cross-validated MAGN training, summary, ROC figure and final model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train MAGN with stratified K-fold cross-validation, then a final model on all cases.",
            "Writes DIR/summary.json, DIR/oof_predictions.csv, DIR/roc.png and DIR/model/."})
final class MagnTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cohort", description = "cohort CSV (id, label, image and mask path columns per view)")
    Path cohort;

    @Option(names = "--toy", description = "train on N synthetic toy cases made in code instead of a cohort")
    Integer toy;

    @Option(names = "--views", defaultValue = "sag,cor,ax", description = "views, comma-separated (default: ${DEFAULT-VALUE})")
    String views;

    @Option(names = "--no-attention", description = "train without the CAM attention loss (ablation)")
    boolean noAttention;

    @Option(names = "--pretrained", description = "NPZ of backbone weights to start every branch from")
    Path pretrained;

    @Mixin
    MagnTrainingOptions training;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((cohort == null) == (toy == null)) {
            throw new InvalidInputException("give exactly one of --cohort and --toy");
        }
        List<View> v = View.parseList(views);
        MagnConfig config = training.config(v, !noAttention);
        MagnConsoleProgress progress = new MagnConsoleProgress(spec.commandLine().getErr());
        List<MagnCase> cases = cohort != null
                ? ViewDataset.load(cohort, training.columns(), v, config.crop(), true, progress)
                : ToyData.generate(toy, config.crop(), v, config.seed());
        CrossValidation.Result r = MagnTrainingRun.run(config, cases, training.folds, pretrained, out, progress);
        spec.commandLine().getOut().printf("AUC %.3f ± %.3f, ACC %.3f, F1 %.3f (%d folds) -> %s%n",
                r.mean(f -> f.metrics().auc()), r.sd(f -> f.metrics().auc()), r.mean(f -> f.metrics().accuracy()),
                r.mean(f -> f.metrics().f1()), r.folds().size(), out.resolve("summary.json"));
        return 0;
    }
}
