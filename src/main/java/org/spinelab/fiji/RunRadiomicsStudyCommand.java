package org.spinelab.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.plugin.BrowserLauncher;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.study.RadiomicsNomogramStudy;
import org.spinelab.study.StudyOptions;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Run Radiomics Study: the radiomics-nomogram paper end to end on a cohort
 * ({@link RadiomicsNomogramStudy}, as {@code spinelab study}) into an output folder (report.html,
 * tables/, figures/, model.json, summary.json). Shows Table 2 (performance of the clinical model,
 * signature, nomogram and radiologist in every set) as the Results table and the ROC figures of the
 * three sets as one image stack; opens report.html in the browser (headless: logs its path).
 * Macro: {@code run("Run Radiomics Study", "cohort=sample-data/cohort.csv out=/tmp/study seed=2024");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Run Radiomics Study",
        description = "The radiomics-nomogram study on a cohort: report, tables and figures")
public class RunRadiomicsStudyCommand extends SpineCommand {

    static final String[] ROC_FIGURES = {"roc_training.png", "roc_validation.png", "roc_external.png"};

    @Parameter(label = "Cohort table (CSV, the columns of sample-data/cohort.csv)", style = FileWidget.OPEN_STYLE,
            persist = false)
    private File cohort = new File("sample-data", "cohort.csv");

    @Parameter(label = "Output folder (new or empty)", style = FileWidget.DIRECTORY_STYLE, persist = false)
    private File out;

    @Parameter(label = "Seed (split, LASSO folds, bootstrap)", persist = false)
    private long seed = StudyOptions.DEFAULT_SEED;

    @Parameter(label = "PyRadiomics parameter file (empty: the study's own)", style = FileWidget.OPEN_STYLE,
            required = false, persist = false)
    private File params;

    @Parameter(label = "Cases extracted in parallel", min = "1", persist = false)
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameter(label = "Bootstrap replicates of the calibration curve", min = "1", persist = false)
    private int bootstrap = StudyOptions.DEFAULT_BOOTSTRAP;

    @Parameter(label = "Replace a non-empty output folder", required = false, persist = false)
    private boolean overwrite;

    @Parameter(label = "Open the report when done", required = false, persist = false)
    private boolean open_report = true;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable performance;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus roc;

    @Parameter(type = ItemIO.OUTPUT)
    private String report_file;

    @Override
    protected void execute() {
        if (out == null || out.getPath().isBlank()) {
            throw new InvalidInputException("out: give the output folder");
        }
        if (threads < 1) {
            throw new InvalidInputException("threads: must be at least 1, got " + threads);
        }
        if (bootstrap < 1) {
            throw new InvalidInputException("bootstrap: must be at least 1, got " + bootstrap);
        }
        Path dir = out.toPath();
        Path paramsPath = params == null || params.getPath().isBlank() ? null : params.toPath();
        StudyOptions o = new StudyOptions(cohort.toPath(), dir, seed, paramsPath, threads, overwrite, 0, bootstrap,
                SignatureSelection.LambdaRule.ONE_SE);
        try {
            new RadiomicsNomogramStudy(o, progress()).run();
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot write the study: " + e.getMessage(), e);
        }
        performance = ResultsTables.read(dir.resolve("tables").resolve("table2_performance.csv"));
        roc = rocStack(dir.resolve("figures"));
        Path html = dir.resolve("report.html").toAbsolutePath();
        report_file = html.toString();
        if (open_report && !GraphicsEnvironment.isHeadless()) {
            try {
                BrowserLauncher.openURL(html.toUri().toString());
            } catch (IOException e) {
                IJ.log(commandName() + ": cannot open a browser (" + e.getMessage() + "); report " + html);
            }
        } else {
            IJ.log(commandName() + ": report " + html);
        }
    }

    /** The ROC figures of the three sets as one stack (slice labels name the set). */
    static ImagePlus rocStack(Path figures) {
        ImageStack stack = null;
        for (String f : ROC_FIGURES) {
            Path png = figures.resolve(f);
            if (!Files.isRegularFile(png)) {
                continue;
            }
            ImagePlus imp = new ImagePlus(png.toString());
            if (imp.getProcessor() == null) {
                continue;
            }
            if (stack == null) {
                stack = new ImageStack(imp.getWidth(), imp.getHeight());
            }
            if (imp.getWidth() == stack.getWidth() && imp.getHeight() == stack.getHeight()) {
                stack.addSlice(f.replace(".png", ""), imp.getProcessor().convertToRGB());
            }
        }
        if (stack == null) {
            throw new InvalidInputException(figures + ": the study wrote no ROC figure");
        }
        return new ImagePlus("Study ROC curves", stack);
    }
}
