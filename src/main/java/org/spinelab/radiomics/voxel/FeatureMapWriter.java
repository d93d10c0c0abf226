package org.spinelab.radiomics.voxel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.PixelType;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.InvalidInputException;

/**
 * Writes feature maps as {@code <imageType>_<class>_<Feature>.<ext>} (e.g.
 * {@code original_glcm_Contrast.nii.gz}) on the image grid. Files go to a hidden staging directory beside
 * the target first and are moved in only when every map of the case was written, so a failed run leaves
 * no partial set behind.
 */
public final class FeatureMapWriter implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final String extension;
    private int written;

    /** @param extension {@code nii.gz}, {@code nii} or {@code nrrd} */
    public FeatureMapWriter(Path target, String extension) throws IOException {
        if (!extension.equals("nii.gz") && !extension.equals("nii") && !extension.equals("nrrd")) {
            throw new InvalidInputException("map format must be nii.gz, nii or nrrd, got '" + extension + "'");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException(target + ": exists and is not a directory");
        }
        this.target = target.toAbsolutePath();
        this.extension = extension;
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        staging = org.spinelab.util.StagingPaths.newDirectory(parent, "." + this.target.getFileName() + ".");
    }

    /** Stages every map of one derived image. */
    public void add(String imageTypeName, FeatureMaps maps, Volume image) {
        VolumeMetadata md = image.metadata().withPixelType(PixelType.FLOAT32).withSource("spinelab voxel-based radiomics");
        for (String name : maps.maps().keySet()) {
            VolumeIO.write(maps.toVolume(name, image.geometry(), md),
                    staging.resolve(imageTypeName + "_" + name + "." + extension));
            written++;
        }
    }

    /** Number of maps staged so far. */
    public int count() {
        return written;
    }

    /** Moves the staged maps into the target directory. */
    public void commit() throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Removes the staging directory (and anything left in it). */
    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
