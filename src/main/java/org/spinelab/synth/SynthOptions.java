package org.spinelab.synth;

import java.nio.file.Path;
import org.spinelab.util.InvalidInputException;

/**
 * What {@code spinelab synth} was asked for.
 *
 * @param patients cohort size
 * @param seed cohort seed
 * @param out output directory
 * @param size image size
 * @param separation class separation of the lesion texture ({@link TextureModel})
 * @param preview also write PNG contact sheets ({@link PreviewMontage})
 * @param dicom also write every volume as a DICOM series ({@link DicomExport})
 * @param threads worker threads (patients are independent, so output does not depend on it)
 */
public record SynthOptions(int patients, long seed, Path out, ImageSize size, double separation, boolean preview,
        boolean dicom, int threads) {

    public SynthOptions {
        if (patients < 1) {
            throw new InvalidInputException("--patients: must be at least 1, got " + patients);
        }
        if (!(separation >= 0) || separation > 10) {
            throw new InvalidInputException("--separation: must be in [0, 10], got " + separation);
        }
        if (threads < 1) {
            throw new InvalidInputException("--threads: must be at least 1, got " + threads);
        }
    }
}
