package org.spinelab.image.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.spinelab.util.InvalidInputException;

/**
 * Reading helpers shared by the binary formats: gzip detection by its magic bytes (not by the file
 * name, so a mis-named file still reads), and exact-length reads whose failures become
 * {@link InvalidInputException}s naming the file.
 */
final class ByteSource {

    private ByteSource() {}

    /** Opens {@code path}, transparently decompressing when it starts with the gzip magic 1f 8b. */
    static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return gunzip(in, path);
        }
        return in;
    }

    /** Wraps {@code in} in a gzip decoder; a bad gzip header is reported as bad input. */
    static InputStream gunzip(InputStream in, Path file) throws IOException {
        try {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        } catch (ZipException | EOFException e) {
            in.close();
            throw corrupt(file, e);
        }
    }

    /**
     * Reads exactly {@code n} bytes; a shorter stream means the file is shorter than its header says
     * ({@code what} names the part, e.g. "voxel data").
     */
    static byte[] readExactly(InputStream in, long n, Path file, String what) throws IOException {
        if (n > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(file + ": " + what + " of " + n + " bytes is too large to read");
        }
        byte[] b;
        try {
            b = in.readNBytes((int) n);
        } catch (ZipException | EOFException e) {
            throw corrupt(file, e);
        }
        if (b.length < n) {
            throw new InvalidInputException(file + ": file is shorter than its header says (" + what + ": "
                    + b.length + " of " + n + " bytes)");
        }
        return b;
    }

    /** Skips exactly {@code n} bytes, with the same error reporting as {@link #readExactly}. */
    static void skipExactly(InputStream in, long n, Path file, String what) throws IOException {
        try {
            in.skipNBytes(n);
        } catch (EOFException e) {
            throw new InvalidInputException(file + ": file is shorter than its header says (" + what + ")", e);
        } catch (ZipException e) {
            throw corrupt(file, e);
        }
    }

    static InvalidInputException corrupt(Path file, IOException e) {
        return new InvalidInputException(file + ": corrupt or truncated gzip data (" + e.getMessage() + ")", e);
    }
}
