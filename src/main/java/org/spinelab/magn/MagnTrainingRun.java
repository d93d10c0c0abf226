package org.spinelab.magn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinelab.plot.RocFigure;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/**
 * What {@code magn train} does: cross-validation, then a final network trained on every case.
 * Writes into the output directory:
 * <ul>
 * <li>{@code summary.json} — folds, auc_mean, auc_sd, acc, f1 (+ SDs, attention energies, per-fold scores);</li>
 * <li>{@code oof_predictions.csv} — id, label, out-of-fold probability;</li>
 * <li>{@code roc.png} — ROC of the out-of-fold probabilities (DeLong 95% CI in the legend);</li>
 * <li>{@code model/} — the final network ({@link MagnModelFiles}), for {@code magn predict}.</li>
 * </ul>
 */
public final class MagnTrainingRun {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MagnTrainingRun() {}

    /**
     * @param pretrained optional NPZ of backbone weights ({@link PretrainedWeights}); null to train from scratch
     */
    public static CrossValidation.Result run(MagnConfig config, List<MagnCase> cases, int folds, Path pretrained,
            Path out, Progress progress) throws IOException {
        CrossValidation.Result cv = CrossValidation.run(config, cases, folds, pretrained, progress);
        Files.createDirectories(out);
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < cv.labels().length; i++) {
            rows.add(List.of(cv.ids().get(i), cv.labels()[i], cv.outOfFold()[i]));
        }
        CsvTable.write(out.resolve("oof_predictions.csv"), List.of("id", "label", "probability"), rows);
        String name = "MAGN (" + String.join("+", config.views().stream().map(View::id).toList())
                + (config.attention() ? "" : ", no attention") + ")";
        RocAnalysis.Result roc = RocAnalysis.analyze(cv.labels(), Map.of(name, cv.outOfFold()), "label",
                RocAnalysis.Options.DELONG);
        AtomicOutput.write(out.resolve("roc.png"), o -> {
            Path tmp = Files.createTempFile("magn-roc", ".png");
            try {
                RocFigure.writePng(roc, "MAGN, " + folds + "-fold cross-validation", tmp);
                Files.copy(tmp, o);
            } finally {
                Files.deleteIfExists(tmp);
            }
        });
        progress.message("final model: training on all " + cases.size() + " cases");
        MagnNetwork finalNet = MagnNetwork.build(config);
        if (pretrained != null) {
            PretrainedWeights.apply(finalNet, pretrained);
        }
        MagnTrainer.fit(finalNet, cases, progress);
        MagnModelFiles.save(finalNet, out.resolve("model"));
        AtomicOutput.writeString(out.resolve("summary.json"), JSON.writeValueAsString(cv.summary(config)));
        return cv;
    }
}
