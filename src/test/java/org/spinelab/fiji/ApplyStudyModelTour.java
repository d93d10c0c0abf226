package org.spinelab.fiji;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.spinelab.study.StudyModel;
import org.spinelab.util.CsvTable;

/**
 * Screenshot of Apply Study Model in plain ImageJ 1.x under a display (a main class, not a unit test —
 * run it like {@link ImageJ1GuiTour}: arguments the output folder, a case id of sample-data, and
 * optionally a study folder already made by {@code spinelab study}, else the study is run first with
 * Run Radiomics Study into a temporary folder, about half a minute on 2 cores). It opens the case's
 * sagittal T1, FS-T2 and reader-1 mask with Open Sample Case, types the case's clinical factors from
 * cohort.csv, runs Apply Study Model from a macro, and photographs the nomogram window with the patient
 * marked above the Results row. Prints ok/FAILED per check; exit 1 on a failure.
 */
public final class ApplyStudyModelTour {

    private ApplyStudyModelTour() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        String caseId = args.length > 1 ? args[1] : "P001";
        Path cohort = Path.of("sample-data/cohort.csv").toAbsolutePath();
        Path study = args.length > 2 ? Path.of(args[2]).toAbsolutePath() : Files.createTempDirectory("spinelab-study-tour")
                .resolve("study");
        System.setProperty("plugins.dir", ImageJ1GuiTour.pluginsDirWithOurConfig().toString());
        new ImageJ();
        Thread.sleep(3000);
        boolean ok = true;
        if (!Files.isRegularFile(study.resolve("model.json"))) {
            IJ.runMacro("run(\"Run Radiomics Study\", \"cohort=[" + esc(cohort.toString()) + "] out=[" + esc(study.toString())
                    + "] open_report=false\"); close(\"Study ROC curves\");");
        }
        Path model = study.resolve("model.json");
        ok &= check(Files.isRegularFile(model), "the study wrote " + model);
        CsvTable c = CsvTable.read(cohort);
        int row = c.strings("id").indexOf(caseId);
        List<String> clinical = new ArrayList<>();
        for (String f : ApplyStudyModelCommand.clinicalFactors(StudyModel.read(model))) {
            clinical.add(f + "=" + c.get(row, f));
        }
        String cs = "cohort=[" + cohort + "] case_id=" + caseId;
        IJ.runMacro("setBatchMode(true);"
                + "run(\"Open Sample Case\", \"" + esc(cs) + " series=t1_sag\"); t1 = getTitle();"
                + "run(\"Open Sample Case\", \"" + esc(cs) + " series=t2fs_sag\"); t2 = getTitle();"
                + "run(\"Open Sample Case\", \"" + esc(cs) + " series=mask_sag_reader1\"); mask = getTitle();"
                + "setBatchMode(\"exit and display\");"
                + "run(\"Apply Study Model\", \"model=[" + esc(model.toString()) + "] t1=[\" + t1 + \"] t2fs=[\" + t2"
                + " + \"] lesion=[\" + mask + \"] clinical=[" + String.join(" ", clinical) + "]\");");
        Thread.sleep(3000);
        Window figure = null;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof Frame f && f.getTitle().startsWith("Nomogram: " + caseId)) {
                figure = w;
            }
        }
        ok &= check(figure != null, "Apply Study Model showed the nomogram with " + caseId + " marked");
        ResultsTable rt = Analyzer.getResultsTable();
        ok &= check(rt != null && rt.columnExists("total_points"), "Results has total_points");
        Frame results = WindowManager.getFrame("Results");
        if (figure != null && results != null) {
            figure.setLocation(0, 30);
            Thread.sleep(800);
            Rectangle fb = figure.getBounds();
            results.setBounds(0, fb.y + fb.height + 2, fb.width, 92);
            Thread.sleep(1000);
            ImageIO.write(new Robot().createScreenCapture(fb.union(results.getBounds())), "png",
                    new File(out.toFile(), "apply-study-model.png"));
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean check(boolean ok, String what) {
        System.out.println((ok ? "ok      " : "FAILED  ") + what);
        return ok;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
