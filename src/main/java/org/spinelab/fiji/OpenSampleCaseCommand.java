package org.spinelab.fiji;

import ij.ImagePlus;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Open Sample Case: one image of one case of the sample cohort
 * ({@code sample-data/cohort.csv}, made by {@code spinelab synth}), titled "id column", optionally
 * with a mask of the same grid as a filled overlay ({@link VolumeOverlays#labels}).
 * Macro: {@code run("Open Sample Case", "cohort=sample-data/cohort.csv case_id=P001 series=t1_sag mask=mask_sag_reader1");}
 * An empty {@code case_id} opens the first case, an empty {@code series} its first image column.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Open Sample Case",
        description = "Opens an image of a case of the sample cohort (sample-data/cohort.csv)")
public class OpenSampleCaseCommand extends SpineCommand {

    @Parameter(label = "Cohort table", style = FileWidget.OPEN_STYLE, persist = false)
    private File cohort = new File("sample-data", "cohort.csv");

    @Parameter(label = "Case id (empty: the first case)", required = false, persist = false)
    private String case_id = "";

    @Parameter(label = "Image column (empty: the first one)", required = false, persist = false)
    private String series = "";

    @Parameter(label = "Mask column shown as an overlay (empty: none)", required = false, persist = false)
    private String mask = "";

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus image;

    @Override
    protected void execute() {
        SampleCohort c = SampleCohort.read(cohort.toPath());
        int row = c.row(case_id);
        String column = c.imageColumn(row, series);
        progress().message("reading case " + c.id(row) + " " + column);
        Volume v = VolumeIO.read(c.path(row, column));
        image = ImagePlusBridge.toImagePlus(v);
        image.setTitle(c.id(row) + " " + column);
        if (mask != null && !mask.isBlank()) {
            LabelVolume labels = VolumeIO.readLabels(c.path(row, c.column(mask.trim())));
            if (!labels.geometry().sameGridAs(v.geometry(), 1e-3)) {
                throw new InvalidInputException("mask=" + mask + ": not on the grid of " + column
                        + " (pick the mask of that series, or map it with Transfer Labels)");
            }
            image.setOverlay(VolumeOverlays.labels(labels, 0.4));
        }
    }
}
