package org.spinelab.image.io;

import java.io.IOException;
import java.nio.file.Path;
import org.spinelab.image.Volume;

/**
 * One on-disk image format. Each implementation documents how it maps its own coordinate convention
 * (NIfTI's RAS, NRRD's declared space, DICOM's LPS) onto the LPS {@link org.spinelab.image.Geometry}.
 */
public interface VolumeFormat {

    /** Short name for messages, e.g. {@code NIfTI-1}. */
    String name();

    /** True when this format handles {@code path} (by extension, or a directory for DICOM). */
    boolean accepts(Path path);

    Volume read(Path path) throws IOException;

    /** Whether {@link #write} is supported. */
    default boolean canWrite() {
        return false;
    }

    default void write(Volume volume, Path path) throws IOException {
        throw new UnsupportedOperationException(name() + " is read-only");
    }
}
