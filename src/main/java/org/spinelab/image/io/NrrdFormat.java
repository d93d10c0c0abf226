package org.spinelab.image.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * NRRD files ({@code .nrrd}, data attached) and detached headers ({@code .nhdr} with a single
 * {@code data file}).
 *
 * <h2>Coordinates</h2>
 * The {@code space directions} are the affine's columns (one vector per axis, in the declared
 * {@code space}), the {@code space origin} its translation. They are converted to LPS: for
 * {@code left-posterior-superior} (LPS) nothing changes, for {@code right-anterior-superior} (RAS)
 * x and y change sign, for {@code left-anterior-superior} (LAS) y changes sign. A header with
 * {@code space dimension: 3} but no named space is taken as LPS (as ITK does). Without space fields,
 * the grid is axis-aligned with the {@code spacings} (1 mm where absent or nan) and origin 0.
 * Axes whose direction is {@code none} are non-spatial (vector components, time): allowed only with
 * one sample. A 2-D image is one slice whose k axis is the unit normal of its plane.
 *
 * <h2>Data</h2>
 * Encodings raw, gzip/gz and ascii/text/txt; {@code endian} (required for multi-byte types),
 * {@code line skip} (lines skipped in the data file before decoding), {@code byte skip} (bytes
 * skipped after decompression; −1 with raw means "the data are the last bytes of the file").
 *
 * <h2>Writing</h2>
 * {@code .nrrd} only: {@code space: left-posterior-superior}, gzip encoding, little endian, the type
 * chosen by {@link VoxelCodec#storageType}, and every geometry number in Java's shortest decimal form
 * that parses back to the same double, so write→read round trips are exact.
 */
public final class NrrdFormat implements VolumeFormat {

    @Override
    public String name() {
        return "NRRD";
    }

    @Override
    public boolean accepts(Path path) {
        String n = lowerName(path);
        return n.endsWith(".nrrd") || n.endsWith(".nhdr");
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Volume read(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            NrrdHeader h = NrrdHeader.read(in, path);
            PixelType type = h.pixelType();
            NrrdLayout layout = NrrdLayout.of(h);
            long n = layout.dims()[0] * layout.dims()[1] * layout.dims()[2];
            if (n > Integer.MAX_VALUE) {
                throw new InvalidInputException(path + ": image of " + n + " voxels is too large");
            }
            double[] data;
            String dataFile = h.get("data file");
            if (dataFile != null) {
                Path detached = detachedFile(path, dataFile, h);
                if (!Files.isRegularFile(detached)) {
                    throw new InvalidInputException(path + ": its data file " + detached + " does not exist");
                }
                try (InputStream din = new BufferedInputStream(Files.newInputStream(detached), 1 << 16)) {
                    data = readData(din, detached, h, type, (int) n);
                }
            } else {
                data = readData(in, path, h, type, (int) n);
            }
            Geometry g = new Geometry(layout.dims(), layout.indexToLps());
            String content = h.get("content");
            return Volume.wrap(g, data, new VolumeMetadata(null, content, null, null, path.toString(), type));
        }
    }

    private static Path detachedFile(Path header, String spec, NrrdHeader h) {
        String s = spec.trim();
        if (s.startsWith("LIST") || s.contains("%")) {
            throw new InvalidInputException(header + ": NRRD data split over several files is not supported");
        }
        Path p = Path.of(s);
        Path dir = header.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private static double[] readData(InputStream in, Path file, NrrdHeader h, PixelType type, int n) throws IOException {
        String encoding = h.require("encoding").toLowerCase(Locale.ROOT);
        int lineSkip = h.integer("line skip", 0);
        for (int l = 0; l < lineSkip; l++) {
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                // skipping one line of the data file
            }
            if (c == -1) {
                throw new InvalidInputException(file + ": file is shorter than its header says (line skip " + lineSkip + ")");
            }
        }
        int byteSkip = h.integer("byte skip", 0);
        int bpv = VoxelCodec.bytesPerVoxel(type);
        long nbytes = (long) n * bpv;
        switch (encoding) {
            case "raw" -> {
                byte[] raw;
                if (byteSkip == -1) {
                    byte[] all = in.readAllBytes();
                    if (all.length < nbytes) {
                        throw new InvalidInputException(file + ": file is shorter than its header says (voxel data: "
                                + all.length + " of " + nbytes + " bytes)");
                    }
                    return VoxelCodec.decode(all, (int) (all.length - nbytes), n, type, byteOrder(h, bpv));
                }
                ByteSource.skipExactly(in, byteSkip, file, "byte skip " + byteSkip);
                raw = ByteSource.readExactly(in, nbytes, file, "voxel data");
                return VoxelCodec.decode(raw, 0, n, type, byteOrder(h, bpv));
            }
            case "gzip", "gz" -> {
                if (byteSkip < 0) {
                    throw h.bad("byte skip", String.valueOf(byteSkip));
                }
                InputStream z = ByteSource.gunzip(in, file);
                ByteSource.skipExactly(z, byteSkip, file, "byte skip " + byteSkip);
                byte[] raw = ByteSource.readExactly(z, nbytes, file, "voxel data");
                return VoxelCodec.decode(raw, 0, n, type, byteOrder(h, bpv));
            }
            case "ascii", "text", "txt" -> {
                return ascii(in, file, n);
            }
            default -> throw new InvalidInputException(file + ": NRRD encoding \"" + encoding
                    + "\" is not supported; supported are raw, gzip and ascii");
        }
    }

    private static double[] ascii(InputStream in, Path file, int n) throws IOException {
        String[] tokens = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).trim().split("[\\s,]+");
        if (tokens.length < n || (n > 0 && tokens[0].isEmpty())) {
            throw new InvalidInputException(file + ": file is shorter than its header says (" + tokens.length
                    + " of " + n + " ASCII values)");
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            try {
                out[k] = Double.parseDouble(tokens[k]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + ": ASCII voxel value " + (k + 1) + " is not a number: \"" + tokens[k] + "\"");
            }
        }
        return out;
    }

    private static ByteOrder byteOrder(NrrdHeader h, int bytesPerVoxel) {
        String e = h.get("endian");
        if (e == null) {
            if (bytesPerVoxel == 1) {
                return ByteOrder.LITTLE_ENDIAN;
            }
            throw new InvalidInputException(h.file() + ": NRRD header lacks the required field \"endian\"");
        }
        return switch (e.toLowerCase(Locale.ROOT)) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw h.bad("endian", e);
        };
    }

    @Override
    public void write(Volume volume, Path path) throws IOException {
        if (!lowerName(path).endsWith(".nrrd")) {
            throw new InvalidInputException(path + ": only attached .nrrd files are written (not detached .nhdr)");
        }
        PixelType type = VoxelCodec.storageType(volume);
        Geometry g = volume.geometry();
        var a = g.indexToLps();
        StringBuilder sb = new StringBuilder();
        sb.append("NRRD0004\n");
        sb.append("# Written by Spine Radiomics Lab\n");
        sb.append("type: ").append(NrrdHeader.typeName(type)).append('\n');
        sb.append("dimension: 3\n");
        sb.append("space: left-posterior-superior\n");
        sb.append("sizes: ").append(g.dim(0)).append(' ').append(g.dim(1)).append(' ').append(g.dim(2)).append('\n');
        sb.append("space directions:");
        for (int c = 0; c < 3; c++) {
            sb.append(" (").append(a.get(0, c)).append(',').append(a.get(1, c)).append(',').append(a.get(2, c)).append(')');
        }
        sb.append('\n');
        sb.append("kinds: domain domain domain\n");
        sb.append("endian: little\n");
        sb.append("encoding: gzip\n");
        sb.append("space origin: (").append(a.get(0, 3)).append(',').append(a.get(1, 3)).append(',').append(a.get(2, 3)).append(")\n");
        sb.append('\n');
        byte[] header = sb.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] voxels = VoxelCodec.encode(volume.data(), type, ByteOrder.LITTLE_ENDIAN);
        AtomicOutput.write(path, out -> {
            out.write(header);
            GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16);
            z.write(voxels);
            z.finish();
            z.flush();
        });
    }

    private static String lowerName(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
