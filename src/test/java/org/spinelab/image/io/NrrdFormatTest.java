package org.spinelab.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.testing.SharedData;
import org.spinelab.util.InvalidInputException;

class NrrdFormatTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(PixelType.class)
    void roundTripIsExactForEveryPixelTypeAndObliqueGeometry(PixelType type) {
        Geometry g = new Geometry(new long[] {6, 5, 4}, IoTestData.gridAffineLps("axial"));
        Volume v = IoTestData.randomVolume(g, type, 7 + type.ordinal());
        Path p = tmp.resolve(type + ".nrrd");
        VolumeIO.write(v, p);
        Volume back = VolumeIO.read(p);
        assertArrayEquals(v.data(), back.data(), 0.0);
        assertEquals(type, back.metadata().pixelType());
        assertArrayEquals(g.dims(), back.geometry().dims());
        assertTrue(back.geometry().indexToLps().maxAbsDifference(g.indexToLps()) <= 1e-6, back.geometry().toString());
    }

    @Test
    void writtenHeaderStatesLpsAndGzip() throws IOException {
        Geometry g = new Geometry(new long[] {2, 2, 2}, IoTestData.gridAffineLps("axial"));
        Path p = tmp.resolve("h.nrrd");
        VolumeIO.write(IoTestData.randomVolume(g, PixelType.INT16, 1), p);
        String head = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("NRRD000"));
        assertTrue(head.contains("\nspace: left-posterior-superior\n"));
        assertTrue(head.contains("\nencoding: gzip\n"));
        assertTrue(head.contains("\ntype: int16\n"));
        // the awkward decimal of grids.json survives verbatim
        assertTrue(head.contains("0.5566909090909088"), () -> head);
    }

    /** Numbers from the file's own text header ({@code head -c 1000 brain1_image.nrrd}). */
    @Test
    void brain1MatchesItsHeaderText() {
        Volume v = VolumeIO.read(SharedData.conformance("pyradiomics/brain1_image.nrrd"));
        Geometry g = v.geometry();
        assertArrayEquals(new long[] {256, 256, 25}, g.dims());
        // space: left-posterior-superior → the vectors are LPS already, no sign change
        Affine expected = Affine.of(new double[][] {
            {0.78124999999999989, 0, 0, -99.609374999999986},
            {0, -0.78124999999999989, 0, 99.609374999999986},
            {0, 0, 6.4999999999999982, -77.999999999999957}});
        assertEquals(0.0, g.indexToLps().maxAbsDifference(expected));
        assertArrayEquals(new double[] {0.78125, 0.78125, 6.5}, g.spacing(), 1e-12);
        assertArrayEquals(new double[] {0, -1, 0}, new double[] {g.direction()[0][1], g.direction()[1][1], g.direction()[2][1]}, 0);
        assertEquals(PixelType.INT16, v.metadata().pixelType());
        assertData(IoTestData.resource("nrrd_raw_data.json").get("pyradiomics/brain1_image.nrrd"), v);
    }

    @Test
    void breast1MatchesItsHeaderText() {
        Volume v = VolumeIO.read(SharedData.conformance("pyradiomics/breast1_image.nrrd"));
        Geometry g = v.geometry();
        assertArrayEquals(new long[] {45, 120, 21}, g.dims());
        Affine expected = Affine.of(new double[][] {
            {0.66406200000000004, 0, 0, -116.54304},
            {0, 0.66406200000000004, 0, -48.14465400000001},
            {0, 0, 2.1000000000000001, 9.4500000000000295}});
        assertEquals(0.0, g.indexToLps().maxAbsDifference(expected));
        assertData(IoTestData.resource("nrrd_raw_data.json").get("pyradiomics/breast1_image.nrrd"), v);
    }

    @Test
    void brain1LabelIsInt32OnTheImageGrid() {
        Volume img = VolumeIO.read(SharedData.conformance("pyradiomics/brain1_image.nrrd"));
        Volume lab = VolumeIO.read(SharedData.conformance("pyradiomics/brain1_label.nrrd"));
        assertEquals(PixelType.INT32, lab.metadata().pixelType());
        assertTrue(lab.geometry().equalsWithin(img.geometry(), 0));
        assertData(IoTestData.resource("nrrd_raw_data.json").get("pyradiomics/brain1_label.nrrd"), lab);
    }

    @Test
    void rasSpaceIsConvertedToLps() throws IOException {
        Path p = tmp.resolve("ras.nrrd");
        attached(p, "type: uchar\ndimension: 3\nspace: right-anterior-superior\nsizes: 2 1 1\n"
                + "space directions: (-0.5,0,0) (0,2,0) (0,0,3)\nspace origin: (10,20,30)\nencoding: raw\n",
                new byte[] {7, 9});
        Volume v = VolumeIO.read(p);
        Affine expected = Affine.of(new double[][] {{0.5, 0, 0, -10}, {0, -2, 0, -20}, {0, 0, 3, 30}});
        assertEquals(0.0, v.geometry().indexToLps().maxAbsDifference(expected));
        assertArrayEquals(new double[] {7, 9}, v.data(), 0);

        attached(p, "type: uchar\ndimension: 3\nspace: left-anterior-superior\nsizes: 2 1 1\n"
                + "space directions: (-0.5,0,0) (0,2,0) (0,0,3)\nspace origin: (10,20,30)\nencoding: raw\n",
                new byte[] {7, 9});
        Affine las = Affine.of(new double[][] {{-0.5, 0, 0, 10}, {0, -2, 0, -20}, {0, 0, 3, 30}});
        assertEquals(0.0, VolumeIO.read(p).geometry().indexToLps().maxAbsDifference(las));
    }

    @ParameterizedTest
    @CsvSource({
        "uchar, 1, 250", "unsigned char, 1, 250", "uint8, 1, 250", "uint8_t, 1, 250",
        "signed char, 1, -5", "int8, 1, -5",
        "short, 2, -300", "short int, 2, -300", "signed short int, 2, -300", "int16, 2, -300",
        "ushort, 2, 60000", "unsigned short, 2, 60000", "uint16_t, 2, 60000",
        "int, 4, -70000", "signed int, 4, -70000", "int32_t, 4, -70000",
        "uint, 4, 4000000000", "unsigned int, 4, 4000000000", "uint32, 4, 4000000000",
        "float, 4, 1.5", "double, 8, 0.1"})
    void everyTypeSpellingIsRead(String type, int bytes, double value) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.BIG_ENDIAN);
        switch (bytes) {
            case 1 -> b.put((byte) (long) value);
            case 2 -> b.putShort((short) (long) value);
            case 4 -> {
                if (type.equals("float")) {
                    b.putFloat((float) value);
                } else {
                    b.putInt((int) (long) value);
                }
            }
            default -> b.putDouble(value);
        }
        Path p = tmp.resolve("t.nrrd");
        attached(p, "type: " + type + "\ndimension: 3\nsizes: 1 1 1\nendian: big\nencoding: raw\n", b.array());
        assertEquals(value, VolumeIO.read(p).data()[0], 0.0, type);
    }

    @Test
    void noSpaceFieldsGiveAnAxisAlignedGridFromSpacings() throws IOException {
        Path p = tmp.resolve("plain.nrrd");
        attached(p, "type: short\ndimension: 3\nsizes: 2 2 1\nspacings: 0.5 nan 2\nendian: little\nencoding: ascii\n",
                "1 2\n3 -4\n".getBytes(StandardCharsets.US_ASCII));
        Volume v = VolumeIO.read(p);
        assertEquals(0.0, v.geometry().indexToLps().maxAbsDifference(Affine.scaling(0.5, 1, 2)));
        assertArrayEquals(new double[] {1, 2, 3, -4}, v.data(), 0);
    }

    @Test
    void byteSkipAndLineSkipAreHonoured() throws IOException {
        Path p = tmp.resolve("skip.nrrd");
        attached(p, "type: uint8\ndimension: 2\nsizes: 2 2\nencoding: raw\nline skip: 1\nbyte skip: 3\n",
                "junk line\nxyz\u0001\u0002\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new long[] {2, 2, 1}, v.geometry().dims());
        assertArrayEquals(new double[] {1, 2, 3, 4}, v.data(), 0);

        attached(p, "type: uint8\ndimension: 2\nsizes: 2 2\nencoding: raw\nbyte skip: -1\n",
                "leading bytes\u0005\u0006\u0007\u0008".getBytes(StandardCharsets.ISO_8859_1));
        assertArrayEquals(new double[] {5, 6, 7, 8}, VolumeIO.read(p).data(), 0);
    }

    @Test
    void detachedHeaderReadsItsDataFile() throws IOException {
        Files.write(tmp.resolve("vox.raw.gz"), gzip(new byte[] {0, 1, 0, 2, 0, 3}));
        Path p = tmp.resolve("img.nhdr");
        Files.writeString(p, "NRRD0004\ntype: int16\ndimension: 3\nspace: LPS\nsizes: 3 1 1\n"
                + "space directions: (1,0,0) (0,1,0) (0,0,1)\nendian: big\nencoding: gzip\ndata file: vox.raw.gz\n");
        assertArrayEquals(new double[] {1, 2, 3}, VolumeIO.read(p).data(), 0);
    }

    @Test
    void singletonNonSpatialAxisIsDroppedButAVectorImageIsRefused() throws IOException {
        Path p = tmp.resolve("vec.nrrd");
        attached(p, "type: uint8\ndimension: 4\nspace: LPS\nsizes: 1 2 1 1\n"
                + "space directions: none (2,0,0) (0,2,0) (0,0,2)\nkinds: list domain domain domain\nencoding: raw\n",
                new byte[] {4, 5});
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new long[] {2, 1, 1}, v.geometry().dims());
        assertArrayEquals(new double[] {2, 2, 2}, v.geometry().spacing(), 0);

        attached(p, "type: uint8\ndimension: 4\nspace: LPS\nsizes: 3 2 1 1\n"
                + "space directions: none (2,0,0) (0,2,0) (0,0,2)\nkinds: vector domain domain domain\nencoding: raw\n",
                new byte[6]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains("vec.nrrd") && e.getMessage().contains("3 samples per voxel"), e.getMessage());
    }

    @Test
    void fourDimensionalImageIsRefused() throws IOException {
        Path p = tmp.resolve("4d.nrrd");
        attached(p, "type: uint8\ndimension: 4\nsizes: 2 2 2 5\nencoding: raw\n", new byte[40]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains("4d.nrrd") && e.getMessage().contains("4-D image (5 volumes)"), e.getMessage());
    }

    @Test
    void badInputNamesTheFile() throws IOException {
        Path garbage = tmp.resolve("garbage.nrrd");
        Files.write(garbage, new byte[] {0x1f, (byte) 0x8b, 0, 0, 0, '\n'});
        assertMessage(garbage, "garbage.nrrd", "not a NRRD file");

        Path shortFile = tmp.resolve("short.nrrd");
        attached(shortFile, "type: short\ndimension: 3\nsizes: 4 4 4\nendian: little\nencoding: raw\n", new byte[10]);
        assertMessage(shortFile, "short.nrrd", "shorter than its header says");

        Path trunc = tmp.resolve("trunc.nrrd");
        Geometry g = new Geometry(new long[] {20, 20, 20}, Affine.identity());
        VolumeIO.write(IoTestData.randomVolume(g, PixelType.FLOAT64, 3), trunc);
        byte[] all = Files.readAllBytes(trunc);
        Files.write(trunc, java.util.Arrays.copyOf(all, all.length / 2));
        assertMessage(trunc, "trunc.nrrd", "gzip");

        Path noType = tmp.resolve("notype.nrrd");
        attached(noType, "dimension: 3\nsizes: 1 1 1\nencoding: raw\n", new byte[1]);
        assertMessage(noType, "notype.nrrd", "\"type\"");

        Path bz = tmp.resolve("bz.nrrd");
        attached(bz, "type: uint8\ndimension: 3\nsizes: 1 1 1\nencoding: bzip2\n", new byte[1]);
        assertMessage(bz, "bz.nrrd", "bzip2");

        Path noData = tmp.resolve("nodata.nhdr");
        Files.writeString(noData, "NRRD0004\ntype: uint8\ndimension: 3\nsizes: 1 1 1\nencoding: raw\ndata file: gone.raw\n");
        assertMessage(noData, "nodata.nhdr", "gone.raw");

        Path unknown = tmp.resolve("image.mha");
        Files.write(unknown, new byte[10]);
        assertMessage(unknown, "image.mha", "unknown image format");
    }

    /** The move onto the target fails after the data were written: nothing may be left behind. */
    @Test
    void failedWriteLeavesNoFile() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        for (String name : new String[] {"busy.nrrd", "busy.nii.gz"}) {
            Path target = out.resolve(name);
            Files.createDirectories(target.resolve("occupied")); // a non-empty directory cannot be replaced
            Geometry g = new Geometry(new long[] {3, 3, 3}, Affine.identity());
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> VolumeIO.write(IoTestData.randomVolume(g, PixelType.INT16, 2), target));
            assertTrue(e.getMessage().contains(name), e.getMessage());
            assertTrue(Files.isDirectory(target.resolve("occupied")));
        }
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "only the two directories, no temporary files");
        }
    }

    private static void assertData(JsonNode ref, Volume v) {
        assertEquals(ref.path("count").asLong(), v.data().length);
        double sum = 0;
        for (double d : v.data()) {
            sum += d;
        }
        assertEquals(ref.path("sum").asDouble(), sum, 0.0);
        assertArrayEquals(new double[] {ref.path("min").asDouble(), ref.path("max").asDouble()}, v.range(), 0.0);
        for (JsonNode probe : ref.path("probes")) {
            assertEquals(probe.get(3).asDouble(), v.get(probe.get(0).asInt(), probe.get(1).asInt(), probe.get(2).asInt()), 0.0);
        }
    }

    private static void assertMessage(Path p, String name, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(fragment), e.getMessage());
    }

    private static void attached(Path p, String fields, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("NRRD0004\n# test\n" + fields + "\n").getBytes(StandardCharsets.US_ASCII));
        b.write(data);
        Files.write(p, b.toByteArray());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }
}
