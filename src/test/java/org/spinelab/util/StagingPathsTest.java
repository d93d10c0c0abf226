package org.spinelab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingPathsTest {

    @TempDir
    Path dir;

    @Test
    void outputsGetTheSamePermissionsAsAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path result = dir.resolve("result.csv");
        AtomicOutput.writeString(result, "a,b\n");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(result));
    }

    @Test
    void stagingDirectoriesGetTheSamePermissionsAsAnyNewDirectory() throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path staged = StagingPaths.newDirectory(dir, ".out.");
        assertTrue(staged.getFileName().toString().startsWith(".out."));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(staged));
    }

    @Test
    void namesDoNotCollide() throws Exception {
        Path a = StagingPaths.newFile(dir, ".x.", ".part");
        Path b = StagingPaths.newFile(dir, ".x.", ".part");
        assertTrue(!a.equals(b) && Files.exists(a) && Files.exists(b));
    }
}
