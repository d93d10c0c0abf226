package org.spinelab.fiji;

import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.magn.Backbone;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.CrossValidation;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.MagnTrainingRun;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Train MAGN: the multi-view attention-guided network with stratified
 * K-fold cross-validation and a final model on every case ({@link MagnTrainingRun}, as
 * {@code spinelab magn train}); writes summary.json, oof_predictions.csv, roc.png and model/ into the
 * output folder and shows the summary — AUC mean ± SD over the folds, accuracy and F1 — as the Results
 * table. The paper's settings are the defaults (ResNet-50, 256-pixel crops, 30 epochs): hours on a CPU;
 * {@code backbone=tiny crop=32 epochs=2} is a minute-long demonstration.
 * Macro: {@code run("Train MAGN", "cohort=sample-data/cohort.csv views=sag,cor,ax attention=true folds=5 epochs=30 backbone=resnet18 crop=128 out=/tmp/magn");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Train MAGN",
        description = "Cross-validated training of the multi-view attention-guided network (MAGN)")
public class TrainMagnCommand extends SpineCommand {

    @Parameter(label = "Cohort table (id, label, image and mask columns per view)", style = FileWidget.OPEN_STYLE,
            persist = false)
    private File cohort = new File("sample-data", "cohort.csv");

    @Parameter(label = "Views (comma-separated: sag, cor, ax)", persist = false)
    private String views = "sag,cor,ax";

    @Parameter(label = "Attention guidance (CAM supervised by the lesion mask)", required = false, persist = false)
    private boolean attention = true;

    @Parameter(label = "Cross-validation folds", min = "2", persist = false)
    private int folds = 5;

    @Parameter(label = "Epochs", min = "1", persist = false)
    private int epochs = 30;

    @Parameter(label = "Backbone", choices = {"tiny", "resnet18", "resnet34", "resnet50"}, persist = false)
    private String backbone = "resnet50";

    @Parameter(label = "Crop side (pixels)", min = "8", persist = false)
    private int crop = 256;

    @Parameter(label = "Minibatch size", min = "1", persist = false)
    private int batch = 16;

    @Parameter(label = "Seed", persist = false)
    private long seed = 42;

    @Parameter(label = "Image columns sag,cor,ax (empty: cet1_sag,cet1_cor,cet1_ax)", required = false, persist = false)
    private String image_columns = "";

    @Parameter(label = "Mask columns sag,cor,ax (empty: mask_sag_reader1,mask_cor_true,mask_ax_true)",
            required = false, persist = false)
    private String mask_columns = "";

    @Parameter(label = "Output folder", style = FileWidget.DIRECTORY_STYLE, persist = false)
    private File out;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable summary;

    @Override
    protected void execute() {
        if (out == null || out.getPath().isBlank()) {
            throw new InvalidInputException("out: give the output folder");
        }
        if (folds < 2) {
            throw new InvalidInputException("folds: at least 2, got " + folds);
        }
        List<View> v = View.parseList(views);
        MagnConfig config = new MagnConfig(Backbone.parse(backbone), 1.0, v, attention, 10.0, 0.5, crop, 1e-3, 0.9, 5,
                batch, epochs, seed, false);
        List<MagnCase> cases = ViewDataset.load(cohort.toPath(),
                CohortColumns.defaults().with(blankToNull(image_columns), blankToNull(mask_columns)), v, crop, true,
                progress());
        CrossValidation.Result r;
        try {
            r = MagnTrainingRun.run(config, cases, folds, null, out.toPath(), progress());
        } catch (IOException e) {
            throw new InvalidInputException(out + ": cannot write the results: " + e.getMessage(), e);
        }
        summary = table(r, config, out.toPath().resolve("summary.json").toString());
    }

    /** One row: the model, the folds and the fold means and SDs of AUC, accuracy and F1. */
    static ResultsTable table(CrossValidation.Result r, MagnConfig c, String summaryJson) {
        ResultsTable rt = new ResultsTable();
        rt.incrementCounter();
        rt.addValue("Model", "MAGN " + String.join("+", c.views().stream().map(View::id).toList())
                + " " + c.backbone().id() + (c.attention() ? "" : " no-attention"));
        rt.addValue("Folds", r.folds().size());
        rt.addValue("N", r.labels().length);
        rt.addValue("AUC_mean", r.mean(f -> f.metrics().auc()));
        rt.addValue("AUC_SD", r.sd(f -> f.metrics().auc()));
        rt.addValue("ACC", r.mean(f -> f.metrics().accuracy()));
        rt.addValue("ACC_SD", r.sd(f -> f.metrics().accuracy()));
        rt.addValue("F1", r.mean(f -> f.metrics().f1()));
        rt.addValue("F1_SD", r.sd(f -> f.metrics().f1()));
        rt.addValue("Summary", summaryJson);
        return rt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
