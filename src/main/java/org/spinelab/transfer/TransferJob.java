package org.spinelab.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.Progress;

/**
 * One transfer between files: reads the source image, its label and the target image (each a NIfTI,
 * NRRD or DICOM series directory), checks them ({@link TransferChecks}), transfers, and writes the
 * label on exactly the target's grid (and the probability map when {@code probability} is not null).
 * Each file is written atomically; the label is written last, and if that fails the probability map
 * is removed again, so a failed case leaves no output behind.
 */
public record TransferJob(Path source, Path labels, Path target, Path out, Path probability, TransferOptions options) {

    public TransferResult run(Progress progress) {
        Volume sourceImage = VolumeIO.read(source);
        LabelVolume label = VolumeIO.readLabels(labels);
        Volume targetImage = VolumeIO.read(target);
        TransferResult r = transfer(sourceImage, source.toString(), label, labels.toString(), targetImage,
                target.toString(), options, probability != null, progress);
        if (probability != null) {
            VolumeIO.write(r.probability(), probability);
        }
        try {
            VolumeIO.write(r.labels().volume(), out);
        } catch (RuntimeException e) {
            // without its label, a probability map would pass for a finished case
            deleteQuietly(probability);
            throw e;
        }
        return r;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the write error that brought us here is the one to report
        }
    }

    /** The in-memory transfer with every check; shared by the command line, cohorts and Fiji. */
    public static TransferResult transfer(Volume sourceImage, String sourceName, LabelVolume labels, String labelsName,
            Volume targetImage, String targetName, TransferOptions options, boolean withProbability,
            Progress progress) {
        TransferChecks.labelsOnImageGrid(sourceImage.geometry(), sourceName, labels.geometry(), labelsName);
        TransferChecks.sameFrameOfReference(sourceImage.metadata(), sourceName, labels.volume().metadata(), labelsName,
                options.force(), progress);
        TransferChecks.sameFrameOfReference(sourceImage.metadata(), sourceName, targetImage.metadata(), targetName,
                options.force(), progress);
        if (!options.multiLabel()) {
            TransferChecks.binary(labels, labelsName);
        }
        LabelTransfer t = new LabelTransfer(options.interpolation()).withProgress(progress);
        if (withProbability) {
            t = t.withProbability(options.supersampling());
        }
        return t.apply(labels, labelsName, targetImage.geometry(), targetImage.metadata(), targetName);
    }
}
