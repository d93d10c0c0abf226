package org.spinelab.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.study.ModelApplication;
import org.spinelab.study.NomogramModel;
import org.spinelab.study.StudyModel;
import org.spinelab.study.StudyNomogram;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Apply Study Model: scores the current patient with a study's
 * {@code model.json} (written by Run Radiomics Study or {@code spinelab study}): rad-score, signature
 * call, clinical and nomogram probabilities and calls, and the patient read off the study's nomogram
 * ({@link StudyNomogram}: {@code points_<predictor>} per predictor and {@code total_points}) as one row
 * of Results; and the study's nomogram figure with the patient marked on every predictor axis, the
 * total points and the probability (headless: its readout is logged as one line).
 * <p>
 * To score exactly as {@code spinelab study apply} does, the open images are written as NIfTI with a
 * one-row cohort table into a temporary folder and handed to {@link ModelApplication#apply} — the same
 * extraction (the model's embedded parameters), signature and nomogram code the study applies to a
 * cohort; the folder is deleted afterwards.
 * Macro: {@code run("Apply Study Model", "model=/tmp/study/model.json t1=[P001 t1_sag] t2fs=[P001 t2fs_sag]
 * lesion=[P001 mask_sag_reader1] clinical=[irregular_shape=1 heterogeneous=0] nomogram=true");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Apply Study Model",
        description = "Rad-score, nomogram probability and points of one patient with a study's model.json,"
                + " and the nomogram with the patient marked")
public class ApplyStudyModelCommand extends SpineCommand {

    @Parameter(label = "Study model (model.json)")
    private File model;

    @Parameter(label = "Sagittal T1WI")
    private ImagePlus t1;

    @Parameter(label = "Sagittal FS-T2WI")
    private ImagePlus t2fs;

    @Parameter(label = "Lesion mask (on the same grid)")
    private ImagePlus lesion;

    @Parameter(label = "Clinical factors (e.g. irregular_shape=1 heterogeneous=0)", required = false, persist = false)
    private String clinical = "";

    @Parameter(label = "Show the nomogram with the patient marked", required = false, persist = false)
    private boolean nomogram = true;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable prediction;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus figure;

    @Override
    protected void execute() {
        if (!FitLogisticModelCommand.isGiven(model)) {
            throw new InvalidInputException("model: no model.json given");
        }
        StudyModel m = StudyModel.read(model.toPath());
        List<String> factors = clinicalFactors(m);
        Map<String, Double> values = factors.isEmpty() && (clinical == null || clinical.isBlank()) ? Map.of()
                : PredictorValues.parse(clinical == null ? "" : clinical, "clinical", factors);
        Map<String, ImagePlus> images = Map.of("t1", t1, "t2fs", t2fs);
        for (String key : m.extraction().imageColumns().keySet()) {
            if (!images.containsKey(key)) {
                throw new InvalidInputException(model + ": the model needs a '" + key
                        + "' image; this command gives it t1 and t2fs");
            }
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("spinelab-apply-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ModelApplication.Prediction p = ModelApplication.apply(m, oneRowCohort(dir, m, images, factors, values), 1,
                    progress()).get(0);
            prediction = table(p);
            if (p.nomogramScore() == null) {
                IJ.log(commandName() + ": " + model + " has no nomogram axes (an older model.json): no points and no"
                        + " nomogram figure; run the study again for them");
            } else if (nomogram) {
                figure = figure(StudyNomogram.of(m), p, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The clinical factors of the clinical model and the nomogram (all but the rad-score), in model order. */
    static List<String> clinicalFactors(StudyModel m) {
        Set<String> f = new LinkedHashSet<>(m.clinical().predictors());
        f.addAll(m.nomogram().predictors());
        f.remove(NomogramModel.RAD_SCORE);
        return new ArrayList<>(f);
    }

    private Path oneRowCohort(Path dir, StudyModel m, Map<String, ImagePlus> images, List<String> factors,
            Map<String, Double> values) throws IOException {
        List<String> header = new ArrayList<>(List.of("id"));
        List<Object> row = new ArrayList<>(List.of(patientId()));
        for (var e : m.extraction().imageColumns().entrySet()) {
            String file = e.getKey() + ".nii.gz";
            VolumeIO.write(ImagePlusBridge.toVolume(images.get(e.getKey())), dir.resolve(file));
            header.add(e.getValue());
            row.add(file);
        }
        VolumeIO.write(ImagePlusBridge.toVolume(lesion), dir.resolve("lesion.nii.gz"));
        header.add(m.extraction().maskColumn());
        row.add("lesion.nii.gz");
        for (String f : factors) {
            header.add(f);
            row.add(values.get(f));
        }
        Path csv = dir.resolve("cohort.csv");
        CsvTable.write(csv, header, List.of(row));
        return csv;
    }

    private String patientId() {
        String t = t1.getTitle();
        return t == null || t.isBlank() ? "patient" : t.replaceAll("[,\"\\r\\n]", " ");
    }

    private static ResultsTable table(ModelApplication.Prediction p) {
        ResultsTable rt = new ResultsTable();
        rt.setPrecision(-9);
        rt.incrementCounter();
        rt.addValue("rad_score", p.radScore());
        rt.addValue("signature_call", p.signatureCall());
        rt.addValue("clinical_probability", p.clinicalProbability());
        rt.addValue("clinical_call", p.clinicalCall());
        rt.addValue("nomogram_probability", p.nomogramProbability());
        rt.addValue("nomogram_call", p.nomogramCall());
        if (p.nomogramScore() != null) {
            for (var e : p.nomogramScore().points().entrySet()) {
                rt.addValue(ModelApplication.POINTS + e.getKey(), e.getValue());
            }
            rt.addValue(ModelApplication.TOTAL_POINTS, p.nomogramScore().total());
        }
        return rt;
    }

    private ImagePlus figure(Nomogram nom, ModelApplication.Prediction p, Map<String, Double> clinicalValues) {
        Nomogram.Score s = p.nomogramScore();
        ImagePlus imp = new ImagePlus(String.format(Locale.ROOT, "Nomogram: %s p = %.3f", p.id(), s.probability()),
                StudyNomogram.figure(nom, s));
        if (GraphicsEnvironment.isHeadless()) {
            // No window to show it in: the figure's readout as text (scripts still get the image).
            StringBuilder sb = new StringBuilder(commandName() + ": nomogram of " + p.id() + ":");
            for (var e : s.points().entrySet()) {
                double x = e.getKey().equals(NomogramModel.RAD_SCORE) ? p.radScore() : clinicalValues.get(e.getKey());
                String value = x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x)
                        : String.format(Locale.ROOT, "%.4g", x);
                sb.append(String.format(Locale.ROOT, " %s %s -> %.1f points;", e.getKey(), value, e.getValue()));
            }
            IJ.log(sb.append(String.format(Locale.ROOT, " total %.1f points -> probability %.3f (figure '%s', %dx%d)",
                    s.total(), s.probability(), imp.getTitle(), imp.getWidth(), imp.getHeight())).toString());
        }
        return imp;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the prediction stands.
        }
    }
}
