package org.spinelab.image.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * Reads and writes volumes by path, choosing the format from the extension ({@code .nii},
 * {@code .nii.gz}, {@code .nrrd}, {@code .tif}/{@code .tiff}) or a directory (a DICOM series).
 * Every failure is an {@link InvalidInputException} whose message names the path.
 */
public final class VolumeIO {

    /**
     * Tried in this order; the first that accepts a path handles it. Extension-based formats come
     * first; a directory-based format (DICOM series) goes last.
     */
    private static final List<VolumeFormat> FORMATS = List.of(
            new NiftiFormat(),
            new NrrdFormat(),
            new TiffFormat(),
            new DicomSeriesFormat());

    private VolumeIO() {}

    public static List<VolumeFormat> formats() {
        return FORMATS;
    }

    public static Volume read(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidInputException(path + ": no such file or directory");
        }
        VolumeFormat f = formatFor(path);
        try {
            return f.read(path);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(path + ": cannot read as " + f.name() + ": " + describe(e), e);
        }
    }

    /** Reads a label image; {@code what} names it in errors (defaults to the path). */
    public static LabelVolume readLabels(Path path) {
        return LabelVolume.of(read(path), path.toString());
    }

    public static void write(Volume v, Path path) {
        VolumeFormat f = formatFor(path);
        if (!f.canWrite()) {
            throw new InvalidInputException(path + ": writing " + f.name() + " is not supported");
        }
        try {
            f.write(v, path);
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot write: " + describe(e), e);
        }
    }

    public static VolumeFormat formatFor(Path path) {
        for (VolumeFormat f : FORMATS) {
            if (f.accepts(path)) {
                return f;
            }
        }
        throw new InvalidInputException(path + ": unknown image format (expected .nii, .nii.gz, .nrrd, .tif or a DICOM directory)");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
