package org.spinelab.radiomics.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.InvalidInputException;

/**
 * A task's copies of URIs through Hadoop's local file system ({@code file:}): same bytes and file name,
 * a directory with its files, paths left alone, errors naming the URI, and nothing left after close.
 */
class LocalCopiesTest {

    @TempDir
    Path dir;

    @Test
    void copiesFilesAndDirectoriesKeepingNamesAndDeletesThem() throws IOException {
        Path file = Files.write(dir.resolve("t1.nii.gz"), new byte[] {1, 2, 3, 4, 5});
        Path series = Files.createDirectories(dir.resolve("series"));
        Files.write(series.resolve("IM0001.dcm"), new byte[] {7});
        Files.write(series.resolve("IM0002.dcm"), new byte[] {8, 9});
        Files.createDirectory(series.resolve("sub"));

        Path root;
        try (LocalCopies copies = new LocalCopies(new Configuration())) {
            String uri = file.toUri().toString();
            Path copy = Path.of(copies.local(uri));
            assertNotEquals(file, copy);
            assertEquals("t1.nii.gz", copy.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));

            String seriesUri = "file://" + series + "/";
            Path seriesCopy = Path.of(copies.local(seriesUri));
            assertEquals("series", seriesCopy.getFileName().toString());
            try (Stream<Path> s = Files.list(seriesCopy)) {
                assertEquals(List.of("IM0001.dcm", "IM0002.dcm", "sub"),
                        s.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertArrayEquals(new byte[] {8, 9}, Files.readAllBytes(seriesCopy.resolve("IM0002.dcm")));

            String local = dir.resolve("plain.nii.gz").toString();
            assertEquals(local, copies.local(local), "a path is read where it is");

            assertEquals(uri + ": bad header", copies.original(copy + ": bad header"));
            assertEquals("file://" + series + "/IM0002.dcm: no pixels", copies.original(seriesCopy.resolve("IM0002.dcm") + ": no pixels"));
            root = copy.getParent().getParent();
            assertTrue(root.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), root.toString());
        }
        assertFalse(Files.exists(root), "the copies are deleted on close");
    }

    @Test
    void unreadableUrisAreInputErrorsNamingThem() {
        try (LocalCopies copies = new LocalCopies(new Configuration())) {
            String missing = dir.resolve("none.nii.gz").toUri().toString();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> copies.local(missing));
            assertEquals(missing + ": no such file or directory", e.getMessage());

            InvalidInputException scheme = assertThrows(InvalidInputException.class,
                    () -> copies.local("nosuchfs://host/t1.nii.gz"));
            assertTrue(scheme.getMessage().startsWith("nosuchfs://host/t1.nii.gz: cannot read through Hadoop: "), scheme.getMessage());
        }
        // a scheme whose file system class is configured but not on the class path (s3a without hadoop-aws)
        Configuration conf = new Configuration();
        conf.set("fs.absent.impl", "org.example.AbsentFileSystem");
        try (LocalCopies copies = new LocalCopies(conf)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> copies.local("absent://b/t1.nii.gz"));
            assertTrue(e.getMessage().startsWith("absent://b/t1.nii.gz: cannot read through Hadoop: "), e.getMessage());
            assertTrue(e.getMessage().contains("org.example.AbsentFileSystem"), e.getMessage());
            assertTrue(e.getMessage().contains("jars are not on the class path"), e.getMessage());
        }
    }
}
