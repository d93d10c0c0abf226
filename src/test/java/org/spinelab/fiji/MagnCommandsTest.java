package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.process.ImageProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnModelFiles;
import org.spinelab.magn.MagnNetwork;
import org.spinelab.magn.MagnPredictor;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewDataset;
import org.spinelab.util.CsvTable;
import org.spinelab.util.Progress;

/**
 * Train MAGN and Classify with MAGN through CommandService on the first 8 patients of sample-data
 * (4 metastases, 4 myelomas; tiny backbone, 32-pixel crops, 1 epoch, 2 folds — a smoke-sized run):
 * the summary table repeats summary.json; the classification's probability is the one the core gives
 * for the same patient read straight from its files (so the ImagePlus conversion loses nothing the
 * network sees); and each view image gets the map as an overlay on the mask's largest slice, drawn
 * only inside the 32-pixel square centred on the mask's centroid there, with a colour bar.
 */
class MagnCommandsTest {

    static final int CROP = 32;
    static final String[] IMAGE_COLUMNS = {"cet1_sag", "cet1_cor", "cet1_ax"};
    static final String[] MASK_COLUMNS = {"mask_sag_reader1", "mask_cor_true", "mask_ax_true"};

    @TempDir
    static Path tmp;
    static Context context;
    static Path cohort;
    static Path trained;
    static CommandModule training;

    @BeforeAll
    static void trainOnce() throws Exception {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
        cohort = subset(8);
        trained = tmp.resolve("magn");
        Map<String, Object> in = new HashMap<>();
        in.put("cohort", cohort.toFile());
        in.put("views", "sag,cor,ax");
        in.put("attention", true);
        in.put("folds", 2);
        in.put("epochs", 1);
        in.put("backbone", "tiny");
        in.put("crop", CROP);
        in.put("batch", 4);
        in.put("out", trained.toFile());
        training = context.service(CommandService.class).run(TrainMagnCommand.class, true, in).get();
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    /** The first n rows of sample-data/cohort.csv with absolute image paths. */
    static Path subset(int n) throws Exception {
        Path sample = Path.of("sample-data").toAbsolutePath();
        CsvTable t = CsvTable.read(sample.resolve("cohort.csv"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>(t.row(r));
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).endsWith(".nii.gz")) {
                    row.set(c, sample.resolve(row.get(c)).toString());
                }
            }
            rows.add(row);
        }
        Path csv = tmp.resolve("cohort8.csv");
        CsvTable.write(csv, t.header(), rows);
        return csv;
    }

    @Test
    void trainingSummaryTableRepeatsSummaryJson() throws Exception {
        assertFalse(training.isCanceled(), training.getCancelReason());
        ResultsTable rt = (ResultsTable) training.getOutput("summary");
        JsonNode s = new ObjectMapper().readTree(trained.resolve("summary.json").toFile());
        assertEquals(1, rt.size());
        assertEquals(2, s.get("folds").asInt());
        assertEquals(8, s.get("n").asInt());
        assertEquals(2, rt.getValue("Folds", 0));
        assertEquals(8, rt.getValue("N", 0));
        assertEquals(s.get("auc_mean").asDouble(), rt.getValue("AUC_mean", 0), 1e-12);
        assertEquals(s.get("auc_sd").asDouble(), rt.getValue("AUC_SD", 0), 1e-12);
        assertEquals(s.get("acc").asDouble(), rt.getValue("ACC", 0), 1e-12);
        assertEquals(s.get("f1").asDouble(), rt.getValue("F1", 0), 1e-12);
        assertTrue(Files.isRegularFile(trained.resolve("model").resolve(MagnModelFiles.CONFIG)));
        assertTrue(Files.isRegularFile(trained.resolve("roc.png")));
    }

    @Test
    void classificationGivesTheCoreProbabilityAndMapOverlaysOnEachView() throws Exception {
        assertFalse(training.isCanceled(), training.getCancelReason());
        Path sample = Path.of("sample-data").toAbsolutePath();
        String id = "P003";
        Map<String, Object> in = new HashMap<>();
        in.put("model", trained.toFile()); // the output folder: the command finds model/ in it
        String[] imageKeys = {"sagittal", "coronal", "axial"};
        ImagePlus[] images = new ImagePlus[3];
        Volume[] masks = new Volume[3];
        for (int v = 0; v < 3; v++) {
            images[v] = ImagePlusBridge.toImagePlus(VolumeIO.read(sample.resolve(id + "/" + IMAGE_COLUMNS[v] + ".nii.gz")));
            masks[v] = VolumeIO.read(sample.resolve(id + "/" + MASK_COLUMNS[v] + ".nii.gz"));
            in.put(imageKeys[v], images[v]);
            in.put(imageKeys[v] + "_mask", ImagePlusBridge.toImagePlus(masks[v]));
        }
        in.put("map", "attention");
        in.put("lut", "Fire");
        in.put("opacity", 0.6);
        CommandModule m = context.service(CommandService.class).run(ClassifyMagnCommand.class, true, in).get();
        assertFalse(m.isCanceled(), m.getCancelReason());

        // the probability the core gives for the same patient read from its files
        MagnNetwork net = MagnModelFiles.load(trained.resolve("model"));
        List<MagnCase> direct = ViewDataset.load(cohort, CohortColumns.defaults(), net.config().views(), CROP, false,
                Progress.NONE);
        MagnCase p3 = direct.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        double expected = MagnPredictor.predict(net, List.of(p3)).get(0).probability();
        ResultsTable rt = (ResultsTable) m.getOutput("prediction");
        assertEquals(1, rt.size());
        assertEquals(expected, rt.getValue("Probability", 0), 1e-6);
        assertEquals(expected >= 0.5 ? "metastasis" : "myeloma", rt.getStringValue("Predicted", 0));

        for (int v = 0; v < 3; v++) {
            checkOverlay(images[v], masks[v], IMAGE_COLUMNS[v]);
        }
    }

    @Test
    void aFolderWithoutAModelIsRefusedNamingTheFile() throws Exception {
        ImagePlus any = ImagePlusBridge.toImagePlus(VolumeIO.read(Path.of("sample-data/P001/cet1_sag.nii.gz")));
        Map<String, Object> in = new HashMap<>();
        in.put("model", tmp.resolve("no_model_here").toFile());
        for (String k : new String[] {"sagittal", "coronal", "axial", "sagittal_mask", "coronal_mask", "axial_mask"}) {
            in.put(k, any);
        }
        CommandModule m = context.service(CommandService.class).run(ClassifyMagnCommand.class, true, in).get();
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().contains("no_model_here") && m.getCancelReason().contains(MagnModelFiles.CONFIG),
                m.getCancelReason());
        assertEquals(null, any.getOverlay(), "no overlay drawn on a refused run");
    }

    /**
     * The map ROI lies on the mask's largest slice, covers the image, and draws only inside the crop
     * (32 px centred at the mask centroid of that slice, rounded, offset −16), with a colour bar.
     */
    static void checkOverlay(ImagePlus imp, Volume mask, String what) {
        Overlay o = imp.getOverlay();
        assertNotNull(o, what + ": no overlay");
        ImageRoi map = null;
        boolean bar = false;
        for (Roi r : o.toArray()) {
            if (r.getName() != null && r.getName().startsWith("MAGN map")) {
                map = (ImageRoi) r;
            }
            bar |= r instanceof ImageRoi && "colour bar".equals(r.getName());
        }
        assertNotNull(map, what + ": no map ROI");
        assertTrue(bar, what + ": no colour bar");
        // the mask's largest slice and its centroid, computed here from the mask file
        int best = -1;
        long bestCount = 0;
        double si = 0;
        double sj = 0;
        for (int k = 0; k < mask.nz(); k++) {
            long count = 0;
            double ai = 0;
            double aj = 0;
            for (int j = 0; j < mask.ny(); j++) {
                for (int i = 0; i < mask.nx(); i++) {
                    if (mask.get(i, j, k) > 0) {
                        count++;
                        ai += i;
                        aj += j;
                    }
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = k;
                si = ai / count;
                sj = aj / count;
            }
        }
        assertEquals(best + 1, map.getPosition(), what + ": slice");
        assertEquals(best + 1, imp.getCurrentSlice(), what + ": current slice");
        assertEquals(imp.getWidth(), map.getBounds().width, what);
        assertEquals(imp.getHeight(), map.getBounds().height, what);
        int i0 = (int) Math.round(si) - CROP / 2;
        int j0 = (int) Math.round(sj) - CROP / 2;
        ImageProcessor px = map.getProcessor();
        int drawn = 0;
        for (int y = 0; y < px.getHeight(); y++) {
            for (int x = 0; x < px.getWidth(); x++) {
                if ((px.get(x, y) & 0xffffff) != 0) {
                    drawn++;
                    boolean inCrop = x >= i0 && x < i0 + CROP && y >= j0 && y < j0 + CROP;
                    assertTrue(inCrop, what + ": map drawn at (" + x + "," + y + ") outside the crop at (" + i0 + "," + j0 + ")");
                }
            }
        }
        assertTrue(drawn > 0, what + ": the map is empty");
        assertEquals(0.6, map.getOpacity(), 1e-2, what);
    }
}
