package org.spinelab.radiomics.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.util.InvalidInputException;

/**
 * A task's local copies of image and mask URIs, read through Hadoop's {@link FileSystem} (any scheme one
 * is registered for: {@code hdfs}, {@code s3a}, {@code viewfs}, {@code file}, …), in a temporary
 * directory of this executor that {@link #close} deletes. A file keeps its name, so the format is still
 * told by its extension; a directory (a DICOM series) is copied with its files. Messages about the copies
 * are turned back into messages about the URIs by {@link #original}.
 */
final class LocalCopies implements AutoCloseable {

    private final Configuration conf;
    private final Path dir;
    /** Local copy → the URI it came from, in the order copied. */
    private final Map<String, String> origins = new LinkedHashMap<>();

    LocalCopies(Configuration conf) {
        this.conf = conf;
        try {
            this.dir = Files.createTempDirectory("spinelab-case-");
        } catch (IOException e) {
            throw new InvalidInputException("cannot make a temporary directory for the case's files: " + e.getMessage(), e);
        }
    }

    /**
     * The local path to read for {@code location}: the location itself when it is a path, else a fresh
     * copy of the URI's file or directory. A URI that cannot be read is an {@link InvalidInputException}
     * naming it.
     */
    String local(String location) {
        if (!CaseLocations.isUri(location)) {
            return location;
        }
        try {
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(location);
            FileSystem fs = source.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(source);
            // One subdirectory per location: image and mask may well have the same file name.
            Path target = Files.createDirectory(dir.resolve(Integer.toString(origins.size()))).resolve(source.getName());
            if (status.isDirectory()) {
                Files.createDirectory(target);
                for (FileStatus child : fs.listStatus(source)) {
                    Path to = target.resolve(child.getPath().getName());
                    if (child.isDirectory()) {
                        Files.createDirectory(to); // the DICOM reader names subdirectories in its errors
                    } else {
                        copy(fs, child.getPath(), to);
                    }
                }
            } else {
                copy(fs, source, target);
            }
            origins.put(target.toString(), stripTrailingSlashes(location));
            return target.toString();
        } catch (FileNotFoundException e) {
            throw new InvalidInputException(location + ": no such file or directory", e);
        } catch (IOException | RuntimeException e) {
            // e.g. no file system for the scheme, an unreachable name node, or the file system's class missing
            String hint = e.getCause() instanceof ClassNotFoundException
                    ? " (its file system's jars are not on the class path; s3a needs hadoop-aws and the AWS SDK bundle)" : "";
            throw new InvalidInputException(location + ": cannot read through Hadoop: " + e.getMessage() + hint, e);
        }
    }

    /** {@code message} with every local copy's path replaced by its URI. */
    String original(String message) {
        if (message == null) {
            return null;
        }
        String m = message;
        for (Map.Entry<String, String> e : origins.entrySet()) {
            m = m.replace(e.getKey(), e.getValue());
        }
        return m;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copies in " + dir, e);
        }
    }

    private static void copy(FileSystem fs, org.apache.hadoop.fs.Path from, Path to) throws IOException {
        try (InputStream in = fs.open(from)) {
            Files.copy(in, to);
        }
    }

    /** A directory's files are named {@code <uri>/<file>} then, whether or not the URI ended in a slash. */
    private static String stripTrailingSlashes(String uri) {
        String u = uri;
        while (u.endsWith("/") && !u.endsWith(":/") && !u.endsWith("://")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
