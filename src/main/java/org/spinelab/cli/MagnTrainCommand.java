package org.spinelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.Backbone;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.CrossValidation;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.MagnTrainingRun;
import org.spinelab.magn.ToyData;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
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

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--epochs", defaultValue = "30", description = "training epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--backbone", defaultValue = "resnet50",
            description = "tiny, resnet18, resnet34 or resnet50 (default: ${DEFAULT-VALUE})")
    String backbone;

    @Option(names = "--width", defaultValue = "1.0", description = "channel width multiplier (default: ${DEFAULT-VALUE})")
    double width;

    @Option(names = "--crop", defaultValue = "256", description = "crop side in pixels (default: ${DEFAULT-VALUE})")
    int crop;

    @Option(names = "--batch", defaultValue = "16", description = "minibatch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--lse-r", defaultValue = "10", description = "r of LSE pooling (default: ${DEFAULT-VALUE})")
    double lseR;

    @Option(names = "--attention-weight", defaultValue = "0.5",
            description = "weight of the attention loss, eq. (4) (default: ${DEFAULT-VALUE})")
    double attentionWeight;

    @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--pretrained", description = "NPZ of backbone weights to start every branch from")
    Path pretrained;

    @Option(names = "--image-columns", description = "image columns in the order sag,cor,ax (default: cet1_sag,cet1_cor,cet1_ax)")
    String imageColumns;

    @Option(names = "--mask-columns",
            description = "mask columns in the order sag,cor,ax (default: mask_sag_reader1,mask_cor_true,mask_ax_true)")
    String maskColumns;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((cohort == null) == (toy == null)) {
            throw new InvalidInputException("give exactly one of --cohort and --toy");
        }
        List<View> v = View.parseList(views);
        MagnConfig config = new MagnConfig(Backbone.parse(backbone), width, v, !noAttention, lseR, attentionWeight,
                crop, lr, 0.9, 5, batch, epochs, seed, false);
        MagnConsoleProgress progress = new MagnConsoleProgress(spec.commandLine().getErr());
        List<MagnCase> cases = cohort != null
                ? ViewDataset.load(cohort, CohortColumns.defaults().with(imageColumns, maskColumns), v, crop, true, progress)
                : ToyData.generate(toy, crop, v, seed);
        CrossValidation.Result r = MagnTrainingRun.run(config, cases, folds, pretrained, out, progress);
        spec.commandLine().getOut().printf("AUC %.3f ± %.3f, ACC %.3f, F1 %.3f (%d folds) -> %s%n",
                r.mean(f -> f.metrics().auc()), r.sd(f -> f.metrics().auc()), r.mean(f -> f.metrics().accuracy()),
                r.mean(f -> f.metrics().f1()), r.folds().size(), out.resolve("summary.json"));
        return 0;
    }
}
