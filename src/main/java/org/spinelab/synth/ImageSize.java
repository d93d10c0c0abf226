package org.spinelab.synth;

import java.util.Locale;
import org.spinelab.util.InvalidInputException;

/**
 * How big the generated images are. {@code FULL} follows the radiomics paper's protocol (FOV 320 mm,
 * matrix ~256); {@code SMALL} keeps the same slices but a 128 mm FOV around the spine and ~2 mm
 * pixels, so a cohort of ~70 patients fits in a few MB and trains on a CPU.
 *
 * @param name {@code small} or {@code full}
 * @param fovMm in-plane field of view (square)
 * @param sagCoverageMm extent of the sagittal stack (left–right)
 * @param corCoverageMm extent of the coronal stack (anterior–posterior)
 * @param axCoverageMm extent of the axial stack (along the spine)
 * @param inPlaneSamples partial-volume samples per pixel side
 * @param throughSamples partial-volume samples across the slice thickness
 */
public record ImageSize(String name, double fovMm, double sagCoverageMm, double corCoverageMm, double axCoverageMm,
        int inPlaneSamples, int throughSamples) {

    public static final ImageSize SMALL = new ImageSize("small", 128, 40, 44, 44, 2, 3);
    public static final ImageSize FULL = new ImageSize("full", 320, 64, 72, 80, 2, 3);

    /** Parses {@code small} or {@code full}. */
    public static ImageSize parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "full" -> FULL;
            default -> throw new InvalidInputException("--size: expected small or full, got '" + s + "'");
        };
    }

    /** In-plane matrix of {@code scanner} at this size. */
    public int matrix(ScannerProfile scanner) {
        return name.equals("full") ? scanner.matrixFull() : scanner.matrixSmall();
    }
}
