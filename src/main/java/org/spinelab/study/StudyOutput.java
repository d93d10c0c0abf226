package org.spinelab.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.spinelab.util.InvalidInputException;

/**
 * The output folder, written all at once: everything goes into a hidden temporary sibling
 * ({@code .DIR.partial-…}) which is renamed to DIR only when the whole study succeeded. A run that
 * fails or is killed leaves no DIR that looks complete (at most the hidden sibling, removed on failure).
 * An existing non-empty DIR is refused unless overwriting was asked for; then it is replaced after
 * the new results are complete.
 */
public final class StudyOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean overwrite;
    private boolean committed;

    private StudyOutput(Path target, Path temp, boolean overwrite) {
        this.target = target;
        this.temp = temp;
        this.overwrite = overwrite;
    }

    /** Checks the target and creates the temporary sibling. */
    public static StudyOutput open(Path dir, boolean overwrite) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new InvalidInputException(dir + ": --out exists and is not a directory");
            }
            if (!overwrite && !isEmpty(target)) {
                throw new InvalidInputException(dir + ": --out is not empty; choose another folder or add --overwrite");
            }
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = org.spinelab.util.StagingPaths.newDirectory(parent, "." + target.getFileName() + ".partial-");
        return new StudyOutput(target, temp, overwrite);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Where to write (the temporary folder). */
    public Path dir() {
        return temp;
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Moves the finished results into place. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (!overwrite && !isEmpty(target)) {
                throw new InvalidInputException(target + ": --out became non-empty while the study ran");
            }
            old = org.spinelab.util.StagingPaths.newDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
