package org.spinelab.fiji;

import ij.ImagePlus;
import java.io.File;
import java.util.Locale;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Save Medical Volume: an image as NIfTI-1 ({@code .nii.gz}, {@code .nii})
 * or NRRD ({@code .nrrd}) with its patient geometry — exact for images opened with Open Medical Volume
 * or from DICOM, from the calibration otherwise ({@link ImagePlusBridge#toVolume}). Written atomically.
 * Macro: {@code run("Save Medical Volume", "image=t1_sag path=/tmp/t1.nii.gz");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Save Medical Volume",
        description = "Saves an image as .nii.gz, .nii or .nrrd with its patient geometry")
public class SaveMedicalVolumeCommand extends SpineCommand {

    @Parameter(label = "Image")
    private ImagePlus image;

    @Parameter(label = "Output file (.nii.gz, .nii or .nrrd)", style = FileWidget.SAVE_STYLE)
    private File path;

    @Override
    protected void execute() {
        String name = path.getName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".nii.gz") || name.endsWith(".nii") || name.endsWith(".nrrd"))) {
            throw new InvalidInputException("path=" + path + ": save as .nii.gz, .nii or .nrrd");
        }
        Volume v = ImagePlusBridge.toVolume(image);
        progress().message("writing " + path);
        VolumeIO.write(v, path.toPath());
    }
}
