package org.spinelab.fiji;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.voxel.FeatureMapExtractor;
import org.spinelab.radiomics.voxel.FeatureMaps;
import org.spinelab.radiomics.voxel.MapSelection;
import org.spinelab.util.InvalidInputException;

/**
 * Fiji: Plugins › Spine Radiomics › Feature Maps. Voxel-based radiomics maps of an open image inside a
 * label, e.g. from a macro:
 * {@code run("Feature Maps", "image=t2 mask=t2-mask features=[firstorder_Mean,glcm_Contrast] kernel_radius=1");}
 *
 * <p>Thin: converts the images ({@link ImagePlusBridge}), computes the maps with
 * {@link FeatureMapExtractor} (PyRadiomics' voxel-based semantics, NaN outside the ROI), returns them as
 * one 32-bit hyperstack (a channel per map) and shows the first map as a heat map with a colour bar over
 * the image.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Feature Maps")
public class FeatureMapCommand extends SpineCommand {

    @Parameter(label = "Image")
    private ImagePlus image;

    @Parameter(label = "Mask (label image on the image grid)")
    private ImagePlus mask;

    @Parameter(persist = false, label = "Maps (class_Feature, comma-separated; a class name for all its features)")
    private String features = "firstorder_Mean,glcm_Contrast";

    @Parameter(persist = false, label = "Kernel radius (voxels)", min = "1")
    private int kernel_radius = 1;

    @Parameter(persist = false, label = "Kernel restricted to the ROI", required = false)
    private boolean masked_kernel = true;

    @Parameter(persist = false, label = "Bin width", min = "0")
    private double bin_width = 25;

    @Parameter(persist = false, label = "Label value", min = "1")
    private int label = 1;

    @Parameter(persist = false, label = "Overlay opacity", min = "0", max = "1")
    private double opacity = 0.5;

    @Parameter(persist = false, label = "Overlay LUT", choices = {"fire", "ice", "spectrum", "grays"})
    private String lut = "fire";

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus maps;

    @Override
    protected void execute() {
        Volume img = ImagePlusBridge.toVolume(image);
        LabelVolume lab = LabelVolume.of(ImagePlusBridge.toVolume(mask), mask.getTitle());
        if (!img.geometry().sameGridAs(lab.geometry(), 1e-3)) {
            throw new InvalidInputException(mask.getTitle() + ": mask grid does not match the grid of " + image.getTitle());
        }
        if (lab.count(label) == 0) {
            throw new InvalidInputException(mask.getTitle() + ": no voxel with label " + label);
        }
        Map<FeatureClass, Set<String>> selection = MapSelection.parse(features, "features");
        RadiomicsSettings s = RadiomicsSettings.defaults().with(Map.of("binWidth", bin_width, "kernelRadius", kernel_radius,
                "maskedKernel", masked_kernel, "initValue", Double.NaN), "Feature Maps");
        FeatureMapExtractor ex = new FeatureMapExtractor(s, selection);
        FeatureMaps result = ex.compute(img.data(), lab.mask(label), new int[] {img.nx(), img.ny(), img.nz()},
                img.geometry().spacing(), progress());
        List<String> names = ex.mapNames();
        maps = stack(result, names, img);
        Volume first = result.toVolume(names.get(0), img.geometry(), img.metadata().withPixelType(PixelType.FLOAT32));
        image.setOverlay(HeatMapOverlay.of(first, names.get(0), lut, opacity));
    }

    /** The maps as a hyperstack: one channel per map, the image's slices, its calibration. */
    private ImagePlus stack(FeatureMaps result, List<String> names, Volume img) {
        ImageStack st = new ImageStack(img.nx(), img.ny());
        for (int k = 0; k < img.nz(); k++) {
            for (String name : names) {
                float[] px = new float[img.nx() * img.ny()];
                for (int j = 0, n = 0; j < img.ny(); j++) {
                    for (int i = 0; i < img.nx(); i++, n++) {
                        int b = result.boxIndex(i, j, k);
                        px[n] = b < 0 ? Float.NaN : result.maps().get(name)[b];
                    }
                }
                st.addSlice(name + " z" + (k + 1), new FloatProcessor(img.nx(), img.ny(), px));
            }
        }
        ImagePlus out = new ImagePlus(image.getTitle() + "-maps", st);
        out.setDimensions(names.size(), img.nz(), 1);
        out.setCalibration(image.getCalibration().copy());
        return out;
    }
}
