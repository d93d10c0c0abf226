package org.spinelab.fiji;

import ij.ImagePlus;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.transfer.Interpolation;
import org.spinelab.transfer.TransferJob;
import org.spinelab.transfer.TransferOptions;
import org.spinelab.transfer.TransferResult;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Fiji: Plugins › Spine Radiomics › Transfer Labels. Maps a label drawn on one open series onto another
 * open series of the same study, e.g. from a macro:
 * {@code run("Transfer Labels", "source=sag labels=sag-mask target=ax interpolation=shape");}
 *
 * <p>Thin: converts the images ({@link ImagePlusBridge}, geometry from the DICOM headers), calls
 * {@link TransferJob#transfer}, shows the result as a new image and as outlines over the target.
 * Progress goes to the status bar, warnings to the log; a bad input cancels the command with the
 * error message.
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Transfer Labels")
public class TransferLabelsCommand extends ContextCommand {

    @Parameter(label = "Source image (the label was drawn on it)")
    private ImagePlus source;

    @Parameter(label = "Label image (on the source grid)")
    private ImagePlus labels;

    @Parameter(label = "Target image")
    private ImagePlus target;

    @Parameter(label = "Interpolation", choices = {"shape", "linear", "nearest"})
    private String interpolation = Interpolation.DEFAULT.key();

    @Parameter(label = "Keep several label values", required = false)
    private boolean multi_label;

    @Parameter(label = "Transfer across different frames of reference", required = false)
    private boolean force;

    @Parameter(label = "Show outlines on the target", required = false)
    private boolean outline = true;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus transferred;

    @Parameter
    private LogService log;

    @Parameter
    private StatusService status;

    @Override
    public void run() {
        try {
            Volume sourceVolume = ImagePlusBridge.toVolume(source);
            LabelVolume labelVolume = LabelVolume.of(ImagePlusBridge.toVolume(labels), labels.getTitle());
            Volume targetVolume = ImagePlusBridge.toVolume(target);
            TransferOptions options = new TransferOptions(Interpolation.parse(interpolation, "interpolation"),
                    multi_label, force, 1);
            TransferResult r = TransferJob.transfer(sourceVolume, source.getTitle(), labelVolume, labels.getTitle(),
                    targetVolume, target.getTitle(), options, false, logProgress());
            transferred = ImagePlusBridge.toImagePlus(r.labels().volume());
            transferred.setTitle(target.getTitle() + "-labels");
            transferred.setDisplayRange(0, Math.max(1, r.labels().labels().last()));
            if (outline) {
                target.setOverlay(LabelOutlines.of(r.labels()));
            }
        } catch (InvalidInputException e) {
            log.error("Transfer Labels: " + e.getMessage());
            cancel(e.getMessage());
        }
    }

    private Progress logProgress() {
        return new Progress() {
            @Override
            public void update(String task, long done, long total) {
                status.showProgress((int) Math.min(done, Integer.MAX_VALUE), (int) Math.min(total, Integer.MAX_VALUE));
            }

            @Override
            public void message(String text) {
                if (text.startsWith("warning")) {
                    log.warn("Transfer Labels: " + text);
                } else {
                    log.info("Transfer Labels: " + text);
                }
            }
        };
    }
}
