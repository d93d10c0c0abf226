package org.spinelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.Backbone;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.View;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.study.comparator.AblationOptions;
import org.spinelab.study.comparator.AblationStudy;
import org.spinelab.study.comparator.ComparisonOutput;
import org.spinelab.study.comparator.ComparisonRow;
import org.spinelab.study.comparator.ViewRadiomics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab magn ablation}: the MAGN paper's Table 2 (ablation grid, radiomics, radiologist) on shared folds. */
@Command(name = "ablation", mixinStandardHelpOptions = true,
        description = {"MAGN ablation (sagittal/axial/coronal/multi-view x without/with attention), the radiomics",
            "comparator (RF ranking -> top 30 -> top 15 -> gradient boosting) and the radiologist rating, all on the",
            "same stratified patient-level folds. Writes DIR/ablation.csv, DIR/comparison.csv (+ .md/.html),",
            "DIR/per_fold.csv, DIR/folds.csv, DIR/radiomics_selected.csv, DIR/oof_predictions.csv, DIR/roc_folds.png,",
            "DIR/roc_comparison.png."})
final class MagnAblationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cohort", required = true, description = "cohort CSV (id, label, rating, image and mask path columns per view)")
    Path cohort;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--epochs", defaultValue = "30", description = "MAGN training epochs (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--seed", defaultValue = "42", description = "seed of folds, networks, forests and boosting (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--params", description = "radiomics parameter file (default: Original image, all classes, binCount 32)")
    Path params;

    @Option(names = "--threads", defaultValue = "2", description = "radiomics extraction threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rating-column", defaultValue = "radiologist_rating",
            description = "radiologist rating column, higher = metastasis (default: ${DEFAULT-VALUE})")
    String ratingColumn;

    @Option(names = "--rating-cutoff", defaultValue = "3",
            description = "rating from which the radiologist calls metastasis, for ACC/F1 (default: ${DEFAULT-VALUE})")
    double ratingCutoff;

    @Option(names = "--image-columns", description = "image columns in the order sag,cor,ax (default: cet1_sag,cet1_cor,cet1_ax)")
    String imageColumns;

    @Option(names = "--mask-columns",
            description = "mask columns in the order sag,cor,ax (default: mask_sag_reader1,mask_cor_true,mask_ax_true)")
    String maskColumns;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Override
    public Integer call() throws Exception {
        MagnConfig magn = new MagnConfig(Backbone.parse(backbone), width, List.of(View.SAG, View.COR, View.AX), true,
                10.0, 0.5, crop, lr, 0.9, 5, batch, epochs, seed, false);
        ExtractionParameters p = params == null ? ViewRadiomics.defaultParameters() : ExtractionParameters.load(params);
        AblationOptions o = new AblationOptions(magn, CohortColumns.defaults().with(imageColumns, maskColumns),
                ratingColumn, ratingCutoff, folds, p, threads);
        if (!Files.isRegularFile(cohort)) {
            throw new org.spinelab.util.InvalidInputException(cohort + ": no such cohort table");
        }
        AblationStudy.Result r = AblationStudy.run(cohort, o, new MagnConsoleProgress(spec.commandLine().getErr()));
        ComparisonOutput.publish(r, out);
        for (ComparisonRow row : r.rows()) {
            spec.commandLine().getOut().printf("%-11s %-24s AUC %.3f ± %.3f, ACC %.3f, F1 %.3f%n", row.group(),
                    row.method() + (row.attention() == null ? "" : row.attention() ? " +att" : " -att"), row.auc(),
                    row.aucSd(), row.acc(), row.f1());
        }
        spec.commandLine().getOut().println("-> " + out.resolve("comparison.csv"));
        return 0;
    }
}
