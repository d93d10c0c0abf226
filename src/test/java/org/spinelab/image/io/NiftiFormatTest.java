package org.spinelab.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.testing.SharedData;
import org.spinelab.util.InvalidInputException;

class NiftiFormatTest {

    @TempDir
    Path tmp;

    /** The oblique axial grid of the synthetic DICOM study (awkward decimals), on a small grid. */
    private static Geometry obliqueGrid() {
        return new Geometry(new long[] {7, 5, 3}, IoTestData.gridAffineLps("axial"));
    }

    @ParameterizedTest
    @EnumSource(PixelType.class)
    void roundTripIsExactForEveryPixelTypeAndObliqueGeometry(PixelType type) {
        Volume v = IoTestData.randomVolume(obliqueGrid(), type, 42 + type.ordinal());
        for (String name : new String[] {"a.nii", "a.nii.gz"}) {
            Path p = tmp.resolve(type + name);
            VolumeIO.write(v, p);
            Volume back = VolumeIO.read(p);
            assertArrayEquals(v.data(), back.data(), 0.0, name);
            assertEquals(type, back.metadata().pixelType(), name);
            assertArrayEquals(v.geometry().dims(), back.geometry().dims());
            assertTrue(back.geometry().indexToLps().maxAbsDifference(v.geometry().indexToLps()) <= 1e-6,
                    () -> name + ": " + back.geometry());
        }
    }

    @Test
    void writtenFileIsGzipOnlyForNiiGz() throws IOException {
        Volume v = IoTestData.randomVolume(obliqueGrid(), PixelType.INT16, 1);
        VolumeIO.write(v, tmp.resolve("x.nii"));
        VolumeIO.write(v, tmp.resolve("x.nii.gz"));
        byte[] plain = Files.readAllBytes(tmp.resolve("x.nii"));
        byte[] gz = Files.readAllBytes(tmp.resolve("x.nii.gz"));
        assertEquals(348, java.nio.ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        assertEquals(0x1f, gz[0] & 0xff);
        assertEquals(0x8b, gz[1] & 0xff);
    }

    /** Without the extension, the float32 sform alone must place the grid to float precision. */
    @Test
    void sformAloneIsTheRasAffineToFloatPrecision() throws IOException {
        Volume v = IoTestData.randomVolume(obliqueGrid(), PixelType.UINT8, 3);
        Path p = tmp.resolve("s.nii");
        VolumeIO.write(v, p);
        stripExtension(p);
        Volume back = VolumeIO.read(p);
        double err = back.geometry().indexToLps().maxAbsDifference(v.geometry().indexToLps());
        assertTrue(err < 1e-4 && err > 0, "float32 sform error " + err);
    }

    /** The written qform (quaternion + qfac) must describe the same grid as the sform. */
    @Test
    void writtenQformDescribesTheSameGrid() throws IOException {
        for (String grid : new String[] {"axial", "sagittal", "coronal"}) {
            Geometry g = new Geometry(new long[] {4, 3, 2}, IoTestData.gridAffineLps(grid));
            Path p = tmp.resolve(grid + ".nii");
            VolumeIO.write(IoTestData.randomVolume(g, PixelType.UINT8, 4), p);
            stripExtension(p);
            setShort(p, 254, (short) 0); // sform_code = 0: the qform must carry the geometry
            Volume back = VolumeIO.read(p);
            double err = back.geometry().indexToLps().maxAbsDifference(g.indexToLps());
            assertTrue(err < 1e-4, grid + ": qform error " + err + " " + back.geometry());
        }
    }

    /** A tool that edits the sform but copies extensions: the edited sform wins. */
    @Test
    void extensionIsIgnoredWhenTheSformWasChanged() throws IOException {
        Geometry g = obliqueGrid();
        Path p = tmp.resolve("edited.nii");
        VolumeIO.write(IoTestData.randomVolume(g, PixelType.INT16, 5), p);
        setFloat(p, 280 + 12, 10.5f); // srow_x[3]: x offset (RAS) = 10.5 → LPS x origin = −10.5
        Volume back = VolumeIO.read(p);
        assertEquals(-10.5, back.geometry().origin()[0], 0.0);
        assertEquals(g.origin()[1], back.geometry().origin()[1], 1e-4);
    }

    @Test
    void ibsiDigitalPhantomMatchesItsRawHeader() {
        JsonNode h = IoTestData.resource("nifti_raw_headers.json").get("ibsi/phantom_image.nii.gz");
        Volume v = VolumeIO.read(SharedData.conformance("ibsi/phantom_image.nii.gz"));
        assertArrayEquals(new long[] {5, 4, 4}, v.geometry().dims());
        assertArrayEquals(new double[] {2, 2, 2}, v.geometry().spacing(), 1e-12);
        assertSformInLps(h, v.geometry());
        // srow_x = (−2, 0, 0, −0) in RAS: the i axis points to the patient's left, +x in LPS.
        assertEquals(2.0, v.geometry().indexToLps().get(0, 0), 0.0);
        assertEquals(2.0, v.geometry().indexToLps().get(1, 1), 0.0);
        assertEquals(PixelType.INT16, v.metadata().pixelType());
        assertVoxels(h, v);
    }

    @Test
    void ibsiCtPhantomMatchesItsRawHeader() {
        JsonNode h = IoTestData.resource("nifti_raw_headers.json").get("ibsi/ct_phantom_image.nii.gz");
        Volume v = VolumeIO.read(SharedData.conformance("ibsi/ct_phantom_image.nii.gz"));
        assertArrayEquals(new long[] {204, 201, 60}, v.geometry().dims());
        assertArrayEquals(new double[] {0.977, 0.977, 3}, v.geometry().spacing(), 1e-6);
        assertSformInLps(h, v.geometry());
        // RAS offset (174.3945, 79.6255, −100.4) → LPS origin (−174.3945, −79.6255, −100.4).
        assertArrayEquals(new double[] {-174.3945, -79.6255, -100.4}, v.geometry().origin(), 1e-4);
        assertEquals(PixelType.FLOAT32, v.metadata().pixelType());
        assertVoxels(h, v);
    }

    @Test
    void sagittalLabelSitsOnTheSagittalGridOfGridsJson() {
        JsonNode grid = IoTestData.grids().path("grids").path("sagittal");
        Volume v = VolumeIO.read(SharedData.conformance("dicom/sagittal_label.nii.gz"));
        assertArrayEquals(IoTestData.dims(grid.path("dims")), v.geometry().dims());
        Affine expected = IoTestData.matrix(grid.path("affine_lps"));
        assertTrue(v.geometry().indexToLps().maxAbsDifference(expected) <= 1e-3, v.geometry().toString());
        // and NIfTI's own RAS affine equals grids.json's affine_ras
        Affine ras = IoTestData.matrix(grid.path("affine_ras"));
        assertTrue(v.geometry().indexToRas().maxAbsDifference(ras) <= 1e-3);
        assertVoxels(IoTestData.resource("nifti_raw_headers.json").get("dicom/sagittal_label.nii.gz"), v);
    }

    @Test
    void bigEndianQformOnlyFileIsRead() throws IOException {
        // 90° about z: quaternion (a, b, c, d) = (cos 45°, 0, 0, sin 45°) → R = [[0,−1,0],[1,0,0],[0,0,1]]
        RawNifti n = new RawNifti();
        n.order = ByteOrder.BIG_ENDIAN;
        n.qformCode = 1;
        n.quatern = new float[] {0, 0, (float) Math.sqrt(0.5)};
        n.qoffset = new float[] {10, 20, 30};
        n.pixdim = new float[] {-1, 2, 3, 4, 0, 0, 0, 0}; // qfac = −1 flips k
        n.int16((short) 1, (short) -2, (short) 300, (short) -32768, (short) 5, (short) 6, (short) 7, (short) 32767);
        Path p = tmp.resolve("be.nii");
        n.write(p);
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new double[] {1, -2, 300, -32768, 5, 6, 7, 32767}, v.data(), 0.0);
        // RAS columns: i → (0, 2, 0), j → (−3, 0, 0), k → (0, 0, −4); LPS flips x and y rows.
        Affine expected = Affine.of(new double[][] {{0, 3, 0, -10}, {-2, 0, 0, -20}, {0, 0, -4, 30}});
        assertTrue(v.geometry().indexToLps().maxAbsDifference(expected) < 1e-6, v.geometry().toString());
    }

    @Test
    void pixdimOnlyFileIsAxisAlignedInRas() throws IOException {
        RawNifti n = new RawNifti();
        n.pixdim = new float[] {1, 0.5f, 0.25f, 3, 0, 0, 0, 0};
        n.int16(new short[8]);
        Path p = tmp.resolve("m1.nii.gz");
        n.writeGz(p);
        Volume v = VolumeIO.read(p);
        Affine expected = Affine.of(new double[][] {{-0.5, 0, 0, 0}, {0, -0.25, 0, 0}, {0, 0, 3, 0}});
        assertEquals(0.0, v.geometry().indexToLps().maxAbsDifference(expected));
    }

    @Test
    void scaleSlopeAndInterceptAreApplied() throws IOException {
        RawNifti n = new RawNifti();
        n.sclSlope = 0.5f;
        n.sclInter = -10;
        n.int16((short) 0, (short) 1, (short) 2, (short) 3, (short) 4, (short) 5, (short) 6, (short) 7);
        Path p = tmp.resolve("scaled.nii");
        n.write(p);
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new double[] {-10, -9.5, -9, -8.5, -8, -7.5, -7, -6.5}, v.data(), 0.0);
        assertEquals(PixelType.FLOAT32, v.metadata().pixelType());

        n.sclSlope = 1;
        n.sclInter = 0;
        n.write(p);
        assertEquals(PixelType.INT16, VolumeIO.read(p).metadata().pixelType());
    }

    @Test
    void voxOffsetBeyond352IsHonoured() throws IOException {
        RawNifti n = new RawNifti();
        n.voxOffset = 400;
        n.int16((short) 9, (short) 8, (short) 7, (short) 6, (short) 5, (short) 4, (short) 3, (short) 2);
        Path p = tmp.resolve("off.nii");
        n.write(p);
        assertArrayEquals(new double[] {9, 8, 7, 6, 5, 4, 3, 2}, VolumeIO.read(p).data(), 0.0);
    }

    @Test
    void twoDimensionalImageIsOneSlice() throws IOException {
        RawNifti n = new RawNifti();
        n.dim = new short[] {2, 2, 3, 0, 0, 0, 0, 0};
        n.pixdim = new float[] {1, 0.7f, 0.7f, 0, 0, 0, 0, 0};
        n.sformCode = 1;
        n.srow = new float[][] {{0.7f, 0, 0, 1}, {0, 0.7f, 0, 2}, {0, 0, 0, 3}}; // zero k column
        n.int16((short) 1, (short) 2, (short) 3, (short) 4, (short) 5, (short) 6);
        Path p = tmp.resolve("slice.nii");
        n.write(p);
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new long[] {2, 3, 1}, v.geometry().dims());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, v.data(), 0.0);
        assertArrayEquals(new double[] {0, 0, 1}, v.geometry().sliceNormal(), 1e-12);
    }

    @Test
    void fourDimensionalImageIsRefused() throws IOException {
        RawNifti n = new RawNifti();
        n.dim = new short[] {4, 2, 2, 1, 3, 1, 1, 1};
        n.int16(new short[12]);
        Path p = tmp.resolve("fmri.nii");
        n.write(p);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains("fmri.nii") && e.getMessage().contains("4-D image (3 volumes)"), e.getMessage());
        // a trailing singleton 4th dimension is still 3-D
        n.dim = new short[] {4, 2, 2, 3, 1, 1, 1, 1};
        n.write(p);
        assertArrayEquals(new long[] {2, 2, 3}, VolumeIO.read(p).geometry().dims());
    }

    @Test
    void unsupportedDatatypeIsNamed() throws IOException {
        RawNifti n = new RawNifti();
        n.datatype = 128;
        n.bitpix = 24;
        n.data = new byte[24];
        Path p = tmp.resolve("rgb.nii");
        n.write(p);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains("rgb.nii") && e.getMessage().contains("rgb24"), e.getMessage());
    }

    @Test
    void badInputNamesTheFile() throws IOException {
        Path missing = tmp.resolve("missing.nii.gz");
        assertMessage(missing, "missing.nii.gz", "no such file");

        Path garbage = tmp.resolve("garbage.nii");
        Files.write(garbage, new byte[400]);
        assertMessage(garbage, "garbage.nii", "not a NIfTI-1 file");

        RawNifti n = new RawNifti();
        n.magic = "abc";
        n.int16(new short[8]);
        Path magic = tmp.resolve("magic.nii");
        n.write(magic);
        assertMessage(magic, "magic.nii", "magic");

        n.magic = "n+1";
        byte[] full = n.bytes();
        Path shortFile = tmp.resolve("short.nii");
        Files.write(shortFile, java.util.Arrays.copyOf(full, full.length - 3));
        assertMessage(shortFile, "short.nii", "shorter than its header says");

        Path gz = tmp.resolve("trunc.nii.gz");
        VolumeIO.write(IoTestData.randomVolume(obliqueGrid(), PixelType.FLOAT64, 9), gz);
        byte[] z = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(z, z.length / 2));
        assertMessage(gz, "trunc.nii.gz", "gzip");

        Path tiny = tmp.resolve("tiny.nii");
        Files.write(tiny, new byte[] {1, 2, 3});
        assertMessage(tiny, "tiny.nii", "");
    }

    @Test
    void failedWriteLeavesNoFile() {
        Volume huge = Volume.zeros(new Geometry(new long[] {40000, 1, 1}, Affine.identity()),
                VolumeMetadata.of("x", PixelType.UINT8));
        Path p = tmp.resolve("too-wide.nii.gz");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.write(huge, p));
        assertTrue(e.getMessage().contains("too-wide.nii.gz"), e.getMessage());
        assertTrue(!Files.exists(p), "no output after a failed write");
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void storageTypeWidensOnlyWhenNeeded() {
        Geometry g = obliqueGrid();
        Volume halves = Volume.zeros(g, VolumeMetadata.of("x", PixelType.INT16));
        halves.data()[3] = 0.5;
        Path p = tmp.resolve("halves.nii");
        VolumeIO.write(halves, p);
        Volume back = VolumeIO.read(p);
        assertEquals(PixelType.FLOAT32, back.metadata().pixelType());
        assertArrayEquals(halves.data(), back.data(), 0.0);

        halves.data()[3] = 0.1;
        VolumeIO.write(halves, p);
        back = VolumeIO.read(p);
        assertEquals(PixelType.FLOAT64, back.metadata().pixelType());
        assertArrayEquals(halves.data(), back.data(), 0.0);
    }

    private static void assertSformInLps(JsonNode h, Geometry g) {
        String[] rows = {"srow_x", "srow_y", "srow_z"};
        double[] flip = {-1, -1, 1};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                double expected = flip[r] * h.path(rows[r]).get(c).asDouble();
                assertEquals(expected, g.indexToLps().get(r, c), 1e-12, rows[r] + "[" + c + "]");
            }
        }
    }

    private static void assertVoxels(JsonNode h, Volume v) {
        JsonNode first = h.path("first_voxels");
        for (int n = 0; n < first.size(); n++) {
            assertEquals(first.get(n).asDouble(), v.data()[n], 0.0, "voxel " + n);
        }
        double sum = 0;
        for (double d : v.data()) {
            sum += d;
        }
        assertEquals(h.path("voxel_sum").asDouble(), sum, 0.0);
    }

    private static void assertMessage(Path p, String name, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(fragment), e.getMessage());
    }

    /** Clears the extension flag: the file then reads as one without our exact-affine extension. */
    private static void stripExtension(Path p) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(348);
            f.write(0);
        }
    }

    private static void setShort(Path p, int offset, short v) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(offset);
            f.writeShort(Short.reverseBytes(v));
        }
    }

    private static void setFloat(Path p, int offset, float v) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(offset);
            f.writeInt(Integer.reverseBytes(Float.floatToIntBits(v)));
        }
    }
}
