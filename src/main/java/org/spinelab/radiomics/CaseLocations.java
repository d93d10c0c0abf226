package org.spinelab.radiomics;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.spinelab.util.InvalidInputException;

/**
 * Where a cohort's images are: a cell of the cohort table is either a local path (relative ones are
 * resolved against the cohort file's directory) or a URI with a scheme, such as {@code hdfs://nn/x.nii.gz},
 * {@code s3a://bucket/x.nrrd}, {@code viewfs://cluster/x} or {@code file:///x}, which is kept verbatim:
 * going through {@link Path} would silently turn {@code hdfs://nn/x} into {@code hdfs:/nn/x}. URIs are
 * read by a distributed run only (through Hadoop's file systems); the local batch reads paths.
 */
public final class CaseLocations {

    /**
     * A scheme of at least two characters (so that {@code C:/data} stays a Windows path) followed by
     * {@code :/}: every hierarchical URI a Hadoop file system takes ({@code file:/x}, {@code hdfs://nn/x}),
     * while a file name that merely holds a colon ({@code P001:t1.nii.gz}) stays a relative path.
     */
    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*", Pattern.DOTALL);

    private CaseLocations() {}

    /** Whether {@code location} is a URI with a scheme rather than a local path. */
    public static boolean isUri(String location) {
        return URI.matcher(location).matches();
    }

    /** A cohort table's cell as a location: a URI verbatim, a path resolved against {@code cohortDir}. */
    public static String resolve(Path cohortDir, String cell) {
        return isUri(cell) ? cell : cohortDir.resolve(cell).toString();
    }

    /** The local path {@code location} names; a URI is an input error (it needs a distributed run). */
    public static Path localPath(String location) {
        if (isUri(location)) {
            throw new InvalidInputException(location + ": a URI, which only extract --spark reads (through Hadoop's"
                    + " file systems); give a local path");
        }
        return Path.of(location);
    }

    /**
     * A cohort table's cell for a reader of local paths (the local batch, IBSI mode, Fiji): the path
     * resolved against the table's directory. A URI is refused before any case runs, naming the table,
     * column, row (counting the header as row 1) and case id: only {@code extract --cohort --spark} reads
     * URIs, and as a path it would fail later as a puzzling "no such file" for {@code hdfs:/nn/x}.
     */
    public static Path localCell(Path cohort, String column, int row, String id, String cell) {
        if (isUri(cell)) {
            throw new InvalidInputException(cohort + ": column '" + column + "', row " + (row + 2) + " (id " + id + "): '"
                    + cell + "' is a URI; reading URIs (through Hadoop's file systems) needs --spark, with extract --cohort");
        }
        return cohort.toAbsolutePath().getParent().resolve(cell);
    }
}
