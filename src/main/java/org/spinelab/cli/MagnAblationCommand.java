package org.spinelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.View;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.study.comparator.AblationOptions;
import org.spinelab.study.comparator.AblationStudy;
import org.spinelab.study.comparator.ComparisonOutput;
import org.spinelab.study.comparator.ComparisonRow;
import org.spinelab.study.comparator.ViewRadiomics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    MagnTrainingOptions training;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Override
    public Integer call() throws Exception {
        MagnConfig magn = training.config(List.of(View.SAG, View.COR, View.AX), true);
        ExtractionParameters p = params == null ? ViewRadiomics.defaultParameters() : ExtractionParameters.load(params);
        AblationOptions o = new AblationOptions(magn, training.columns(),
                ratingColumn, ratingCutoff, training.folds, p, threads);
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
