package org.spinelab.fiji;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.LutLoader;
import ij.process.LUT;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.image.Volume;
import org.spinelab.magn.MagnCase;
import org.spinelab.magn.MagnModelFiles;
import org.spinelab.magn.MagnNetwork;
import org.spinelab.magn.MagnPrediction;
import org.spinelab.magn.MagnPredictor;
import org.spinelab.magn.View;
import org.spinelab.magn.ViewCrop;
import org.spinelab.magn.ViewMap;
import org.spinelab.magn.ViewSlicer;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Classify with MAGN: a trained MAGN model ({@code model/} of Train MAGN)
 * applied to one patient's open sagittal, coronal and axial images with their lesion masks
 * ({@link MagnPredictor}, as {@code spinelab magn predict}): the probability of metastasis into the
 * Results table, and on each view image the network's map (attention/CAM, or Grad-CAM) as a heat-map
 * overlay through a LUT with an opacity and a colour bar, on the slice the network saw (the mask's
 * largest slice, which is made the current slice). The images themselves are not changed.
 * Macro: {@code run("Classify with MAGN", "model=/tmp/magn/model sagittal=sag coronal=cor axial=ax sagittal_mask=sag-mask coronal_mask=cor-mask axial_mask=ax-mask map=attention lut=Fire opacity=0.5");}
 * Views the model was not trained on are ignored.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Classify with MAGN",
        description = "MAGN probability of metastasis with attention maps over the three views")
public class ClassifyMagnCommand extends SpineCommand {

    @Parameter(label = "Model folder (Train MAGN's model/ or its output folder)", style = FileWidget.DIRECTORY_STYLE,
            persist = false)
    private File model;

    @Parameter(label = "Sagittal image")
    private ImagePlus sagittal;

    @Parameter(label = "Coronal image")
    private ImagePlus coronal;

    @Parameter(label = "Axial image")
    private ImagePlus axial;

    @Parameter(label = "Sagittal lesion mask")
    private ImagePlus sagittal_mask;

    @Parameter(label = "Coronal lesion mask")
    private ImagePlus coronal_mask;

    @Parameter(label = "Axial lesion mask")
    private ImagePlus axial_mask;

    @Parameter(label = "Map", choices = {"attention", "gradcam"}, persist = false)
    private String map = "attention";

    @Parameter(label = "Lookup table", choices = {"Fire", "Red", "Green", "Cyan", "Magenta", "Yellow", "Ice",
        "Spectrum", "Red/Green"}, persist = false)
    private String lut = "Fire";

    @Parameter(label = "Opacity (0–1)", min = "0", max = "1", stepSize = "0.1", persist = false)
    private double opacity = 0.5;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable prediction;

    @Override
    protected void execute() {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new InvalidInputException("opacity: between 0 and 1, got " + opacity);
        }
        Path dir = model.toPath();
        if (!Files.isRegularFile(dir.resolve(MagnModelFiles.CONFIG)) && Files.isDirectory(dir.resolve("model"))) {
            dir = dir.resolve("model");
        }
        if (!Files.isRegularFile(dir.resolve(MagnModelFiles.CONFIG))) {
            throw new InvalidInputException("model=" + model + ": no " + MagnModelFiles.CONFIG
                    + " there (give the model/ folder Train MAGN wrote)");
        }
        progress().message("loading the model " + dir);
        MagnNetwork net = MagnModelFiles.load(dir);
        Map<View, ImagePlus> images = Map.of(View.SAG, sagittal, View.COR, coronal, View.AX, axial);
        Map<View, ImagePlus> masks = Map.of(View.SAG, sagittal_mask, View.COR, coronal_mask, View.AX, axial_mask);
        Map<View, ViewCrop> crops = new EnumMap<>(View.class);
        Map<View, Volume> volumes = new EnumMap<>(View.class);
        for (View v : net.config().views()) {
            ImagePlus img = images.get(v);
            ImagePlus msk = masks.get(v);
            Volume volume = ImagePlusBridge.toVolume(img);
            volumes.put(v, volume);
            crops.put(v, ViewSlicer.cut(volume, ImagePlusBridge.toVolume(msk), net.config().crop(),
                    "image '" + img.getTitle() + "' with mask '" + msk.getTitle() + "'"));
        }
        progress().message("classifying " + sagittal.getTitle());
        MagnPrediction p = MagnPredictor.predict(net, List.of(new MagnCase(sagittal.getTitle(), -1, crops))).get(0);
        LUT colours = lut(lut);
        for (View v : net.config().views()) {
            float[] m = map.equals("gradcam") ? p.gradCam().get(v) : p.attention().get(v);
            ViewMap placed = ViewMap.place(m, net.config().camSize(), crops.get(v), volumes.get(v).geometry());
            show(images.get(v), placed, colours);
        }
        prediction = new ResultsTable();
        prediction.incrementCounter();
        prediction.addValue("Case", sagittal.getTitle());
        prediction.addValue("Probability", p.probability());
        prediction.addValue("Predicted", p.probability() >= 0.5 ? "metastasis" : "myeloma");
        prediction.addValue("Model", dir.toString());
    }

    /** Replaces earlier MAGN maps (and their colour bar) on the image by this one; other overlays stay. */
    private void show(ImagePlus imp, ViewMap m, LUT colours) {
        Overlay overlay = imp.getOverlay() == null ? new Overlay() : imp.getOverlay();
        for (Roi r : overlay.toArray()) {
            if (isMapRoi(r) || ColorBar.isPart(r)) {
                overlay.remove(r);
            }
        }
        Roi roi = VolumeOverlays.heatmapSlice(m.pixels(), m.width(), m.height(), m.slice(), colours, 0, 1, opacity);
        roi.setName(MAP_NAME + " " + map);
        overlay.add(roi);
        ColorBar.add(overlay, m.width(), m.height(), colours, "0", "1", "MAGN " + map + " (" + lut + ")");
        imp.setOverlay(overlay);
        if (imp.getStackSize() > 1) {
            imp.setSlice(m.slice() + 1);
        }
        imp.updateAndDraw();
    }

    static final String MAP_NAME = "MAGN map";

    static boolean isMapRoi(Roi r) {
        return r.getName() != null && r.getName().startsWith(MAP_NAME);
    }

    private static LUT lut(String name) {
        java.awt.image.IndexColorModel cm = LutLoader.getLut(name.toLowerCase());
        if (cm == null) {
            throw new InvalidInputException("lut: unknown lookup table '" + name + "'");
        }
        return new LUT(cm, 0, 255);
    }
}
