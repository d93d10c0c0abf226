package org.spinelab.util;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hidden staging files and directories beside an output, created with the user's ordinary permissions.
 *
 * <p>{@code Files.createTempFile}/{@code createTempDirectory} create owner-only entries (0600/0700),
 * which would survive the final rename and leave results unreadable to the user's group; these
 * helpers create them like any other file, so the umask decides, as it does for every other tool.
 */
public final class StagingPaths {

    private static final int ATTEMPTS = 100;

    private StagingPaths() {}

    /** A new empty file {@code dir/<prefix><random><suffix>}. */
    public static Path newFile(Path dir, String prefix, String suffix) throws IOException {
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return Files.createFile(dir.resolve(prefix + randomPart() + suffix));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
        throw new IOException("cannot create a staging file in " + dir);
    }

    /** A new empty directory {@code dir/<prefix><random>}. */
    public static Path newDirectory(Path dir, String prefix) throws IOException {
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return Files.createDirectory(dir.resolve(prefix + randomPart()));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
        throw new IOException("cannot create a staging directory in " + dir);
    }

    private static String randomPart() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }
}
