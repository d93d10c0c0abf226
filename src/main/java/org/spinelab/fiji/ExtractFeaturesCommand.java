package org.spinelab.fiji;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.io.File;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.RadiomicsExtractor;

/**
 * Plugins › Spine Radiomics › Extract Features: PyRadiomics-compatible features of a lesion, from an
 * open image and an open mask of the same grid ({@link RadiomicsExtractor}, as {@code spinelab extract}),
 * into the Results table, one row per feature ({@code Feature}, {@code Value}).
 * Macro: {@code run("Extract Features", "image=[P001 t1_sag] mask=[P001 mask_sag_reader1] params=/x/params.yaml label=1");}
 * An empty {@code params} uses PyRadiomics' defaults (Original image, every feature class, bin width 25).
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Extract Features",
        description = "PyRadiomics-compatible features of the mask's label in the image")
public class ExtractFeaturesCommand extends SpineCommand {

    @Parameter(label = "Image")
    private ImagePlus image;

    @Parameter(label = "Mask (label image on the image's grid)")
    private ImagePlus mask;

    @Parameter(label = "PyRadiomics parameter file (empty: defaults)", style = FileWidget.OPEN_STYLE,
            required = false, persist = false)
    private File params;

    @Parameter(label = "Label value of the lesion", persist = false)
    private int label = 1;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable features;

    @Override
    protected void execute() {
        ExtractionParameters p = params == null || params.getPath().isBlank()
                ? ExtractionParameters.defaults() : ExtractionParameters.load(params.toPath());
        p = p.withSettings(p.settings().with("label", label));
        Volume v = ImagePlusBridge.toVolume(image);
        LabelVolume m = LabelVolume.of(ImagePlusBridge.toVolume(mask), "mask '" + mask.getTitle() + "'");
        progress().message("extracting features of label " + label + " in " + image.getTitle());
        Map<String, Double> values = new RadiomicsExtractor(p)
                .extract(v, m, "image '" + image.getTitle() + "'", "mask '" + mask.getTitle() + "'").features();
        features = new ResultsTable();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            features.incrementCounter();
            features.addValue("Feature", e.getKey());
            features.addValue("Value", e.getValue());
        }
    }
}
