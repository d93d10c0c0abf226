package org.spinelab.fiji;

import ij.ImagePlus;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;

/**
 * Plugins › Spine Radiomics › Open Medical Volume: a NIfTI, NRRD or TIFF file or a DICOM series
 * directory as an ImagePlus that keeps its exact index→patient (LPS) geometry ({@link ImagePlusBridge}).
 * Macro: {@code run("Open Medical Volume", "path=/data/case1/t1_sag.nii.gz");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Open Medical Volume",
        description = "Opens .nii, .nii.gz, .nrrd, .tif or a DICOM series directory with its patient geometry")
public class OpenMedicalVolumeCommand extends SpineCommand {

    @Parameter(label = "Image file or DICOM directory", style = FileWidget.FILE_AND_DIRECTORY_STYLE)
    private File path;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus image;

    @Override
    protected void execute() {
        progress().message("reading " + path);
        Volume v = VolumeIO.read(path.toPath());
        image = ImagePlusBridge.toImagePlus(v);
        if (path.isFile()) {
            // A file's window is titled by its name, as ImageJ titles every file it opens: NIfTI's
            // description field is often one producer tag for all files, and macros find images by title.
            image.setTitle(path.getName());
        }
        progress().message("opened " + image.getTitle());
    }
}
