package org.spinelab.fiji;

import ij.ImagePlus;
import ij.gui.Roi;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.transfer.Interpolation;
import org.spinelab.transfer.TransferJob;
import org.spinelab.transfer.TransferOptions;
import org.spinelab.transfer.TransferResult;
import org.spinelab.util.InvalidInputException;

/**
 * Fiji: Plugins › Spine Radiomics › Transfer Labels. Maps a label drawn on one open series (the
 * sagittal) onto one or two other open series of the same study, e.g. from a macro:
 * {@code run("Transfer Labels", "source=sag labels=sag-mask target=ax target2=cor interpolation=shape");}
 * The label is a label image on the source's grid, or the area ROIs drawn on the source's slices
 * ({@code labels_from=[roi manager]} or {@code labels_from=overlay}; see {@link RoiLabels}).
 *
 * <p>Thin: converts the images ({@link ImagePlusBridge}, geometry from the DICOM headers), calls
 * {@link TransferJob#transfer} once per target, returns each result as a new image and draws its
 * outlines over the target. Progress goes to the status bar; a bad input becomes one error message
 * and a cancelled command ({@link SpineCommand}), before any target is touched.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Transfer Labels")
public class TransferLabelsCommand extends SpineCommand {

    static final String FROM_IMAGE = "label image";
    static final String FROM_ROI_MANAGER = "roi manager";
    static final String FROM_OVERLAY = "overlay";

    @Parameter(label = "Source image (the label was drawn on it)")
    private ImagePlus source;

    @Parameter(label = "Labels from", choices = {FROM_IMAGE, FROM_ROI_MANAGER, FROM_OVERLAY}, persist = false)
    private String labels_from = FROM_IMAGE;

    @Parameter(label = "Label image (on the source grid; for labels_from=label image)", required = false)
    private ImagePlus labels;

    @Parameter(label = "Target image")
    private ImagePlus target;

    @Parameter(label = "Second target image (optional)", required = false)
    private ImagePlus target2;

    @Parameter(label = "Interpolation", choices = {"shape", "linear", "nearest"}, persist = false)
    private String interpolation = Interpolation.DEFAULT.key();

    @Parameter(label = "Keep several label values", required = false, persist = false)
    private boolean multi_label;

    @Parameter(label = "Transfer across different frames of reference", required = false, persist = false)
    private boolean force;

    @Parameter(label = "Show outlines on the targets", required = false, persist = false)
    private boolean outline = true;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus transferred;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus transferred2;

    @Override
    protected void execute() {
        ImagePlus labelImage = labelImage();
        Volume sourceVolume = ImagePlusBridge.toVolume(source);
        LabelVolume labelVolume = LabelVolume.of(ImagePlusBridge.toVolume(labelImage), labelImage.getTitle());
        TransferOptions options = new TransferOptions(Interpolation.parse(interpolation, "interpolation"),
                multi_label, force, 1);
        // every target is transferred before any is shown or outlined: an error leaves no partial output
        TransferResult first = transfer(sourceVolume, labelVolume, labelImage.getTitle(), target, options);
        TransferResult second = !given(target2) ? null
                : transfer(sourceVolume, labelVolume, labelImage.getTitle(), target2, options);
        transferred = present(first, target);
        transferred2 = second == null ? null : present(second, target2);
    }

    private ImagePlus labelImage() {
        String key = "labels_from=" + labels_from;
        return switch (labels_from) {
            case FROM_IMAGE -> {
                if (!given(labels)) {
                    throw new InvalidInputException("labels: no label image given (or take the label from ROIs:"
                            + " labels_from=[" + FROM_ROI_MANAGER + "] or labels_from=" + FROM_OVERLAY + ")");
                }
                yield labels;
            }
            case FROM_ROI_MANAGER -> RoiLabels.of(source, RoiLabels.fromRoiManager(key), key);
            case FROM_OVERLAY -> {
                Roi[] rois = RoiLabels.fromOverlay(source, key);
                yield RoiLabels.of(source, rois, key);
            }
            default -> throw new InvalidInputException(key + ": expected " + FROM_IMAGE + ", " + FROM_ROI_MANAGER
                    + " or " + FROM_OVERLAY);
        };
    }

    /**
     * Whether an optional image was given: SciJava's default-value preprocessing fills an optional
     * {@code ImagePlus} left out with an empty {@code new ImagePlus()}, which is no image.
     */
    private static boolean given(ImagePlus imp) {
        return imp != null && imp.getWidth() > 0 && imp.getStackSize() > 0;
    }

    private TransferResult transfer(Volume sourceVolume, LabelVolume labelVolume, String labelsName, ImagePlus onto,
            TransferOptions options) {
        return TransferJob.transfer(sourceVolume, source.getTitle(), labelVolume, labelsName,
                ImagePlusBridge.toVolume(onto), onto.getTitle(), options, false, progress());
    }

    private ImagePlus present(TransferResult r, ImagePlus onto) {
        ImagePlus out = ImagePlusBridge.toImagePlus(r.labels().volume());
        out.setTitle(onto.getTitle() + "-labels");
        out.setDisplayRange(0, Math.max(1, r.labels().labels().isEmpty() ? 1 : r.labels().labels().last()));
        if (outline) {
            onto.setOverlay(LabelOutlines.of(r.labels()));
        }
        return out;
    }
}
