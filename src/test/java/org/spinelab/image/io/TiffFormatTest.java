package org.spinelab.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

class TiffFormatTest {

    @TempDir
    Path tmp;

    private static final Geometry GRID = Geometry.axisAligned(new long[] {5, 4, 3}, new double[] {0.75, 0.5, 3},
            new double[] {-12, 30, 4.5});

    @Test
    void roundTripKeepsVoxelsAndAxisAlignedGeometry() {
        for (PixelType t : new PixelType[] {PixelType.UINT8, PixelType.UINT16, PixelType.FLOAT32}) {
            Volume v = IoTestData.randomVolume(GRID, t, t.ordinal());
            Path p = tmp.resolve(t + ".tif");
            VolumeIO.write(v, p);
            Volume back = VolumeIO.read(p);
            assertArrayEquals(v.data(), back.data(), 0.0, t.toString());
            assertEquals(t, back.metadata().pixelType());
            assertArrayEquals(GRID.dims(), back.geometry().dims());
            assertArrayEquals(GRID.spacing(), back.geometry().spacing(), 1e-6, t.toString());
            assertArrayEquals(GRID.origin(), back.geometry().origin(), 1e-4, t.toString());
            assertArrayEquals(new double[] {1, 0, 0}, back.geometry().direction()[0], 0.0);
        }
    }

    @Test
    void singleSliceImage() {
        Geometry g = Geometry.axisAligned(new long[] {3, 2, 1}, new double[] {1, 1, 1}, new double[3]);
        Volume v = IoTestData.randomVolume(g, PixelType.UINT8, 1);
        Path p = tmp.resolve("one.tiff");
        VolumeIO.write(v, p);
        Volume back = VolumeIO.read(p);
        assertArrayEquals(new long[] {3, 2, 1}, back.geometry().dims());
        assertArrayEquals(v.data(), back.data(), 0.0);
    }

    @Test
    void signedValuesAreWrittenAsFloat() {
        Volume v = IoTestData.randomVolume(GRID, PixelType.INT16, 5);
        Path p = tmp.resolve("signed.tif");
        VolumeIO.write(v, p);
        Volume back = VolumeIO.read(p);
        assertArrayEquals(v.data(), back.data(), 0.0);
        assertEquals(PixelType.FLOAT32, back.metadata().pixelType());
    }

    @Test
    void obliqueOrDoublePrecisionVolumesAreRefusedWithoutOutput() {
        Volume oblique = IoTestData.randomVolume(new Geometry(new long[] {3, 3, 3}, IoTestData.gridAffineLps("axial")),
                PixelType.UINT8, 2);
        Path p = tmp.resolve("oblique.tif");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.write(oblique, p));
        assertTrue(e.getMessage().contains("oblique.tif") && e.getMessage().contains("orientation"), e.getMessage());
        assertTrue(!Files.exists(p));

        Volume dbl = IoTestData.randomVolume(GRID, PixelType.FLOAT64, 3);
        Path q = tmp.resolve("double.tif");
        e = assertThrows(InvalidInputException.class, () -> VolumeIO.write(dbl, q));
        assertTrue(e.getMessage().contains("double.tif"), e.getMessage());
        assertTrue(!Files.exists(q));
    }

    @Test
    void garbageIsRefusedNamingTheFile() throws IOException {
        Path p = tmp.resolve("garbage.tif");
        Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(p));
        assertTrue(e.getMessage().contains("garbage.tif"), e.getMessage());
    }

    /**
     * A two-page 16-bit TIFF built byte by byte from the TIFF 6.0 baseline tags, with ImageJ's
     * description block ({@code unit=}, {@code spacing=}, {@code xorigin=} …): the expected geometry
     * follows from those definitions — pixelWidth = 1/XResolution = 0.5 mm, pixelHeight = 1/YResolution
     * = 0.25 mm, pixelDepth = spacing = 3 mm, origin = −(xorigin·0.5, yorigin·0.25, zorigin·3).
     */
    @Test
    void handBuiltTiffStackIsReadWithItsCalibration() throws IOException {
        Path p = tmp.resolve("hand.tif");
        short[][] pages = {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 1000, 30000, 65535 - 65536}};
        Files.write(p, handBuiltTiff(3, 2, pages,
                "ImageJ=1.54p\nimages=2\nslices=2\nunit=mm\nspacing=3.0\nxorigin=2\nyorigin=4\nzorigin=1\n"));
        Volume v = VolumeIO.read(p);
        assertArrayEquals(new long[] {3, 2, 2}, v.geometry().dims());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1000, 30000, 65535}, v.data(), 0.0);
        assertEquals(PixelType.UINT16, v.metadata().pixelType());
        assertArrayEquals(new double[] {0.5, 0.25, 3}, v.geometry().spacing(), 1e-12);
        assertArrayEquals(new double[] {-1, -1, -3}, v.geometry().origin(), 1e-12);
    }

    /** Little-endian, uncompressed, one strip per page, 16 bits per sample, grey. */
    private static byte[] handBuiltTiff(int w, int h, short[][] pages, String description) {
        byte[] desc = (description + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int pageBytes = 2 * w * h;
        int dataStart = 8;
        int descAt = dataStart + pageBytes * pages.length;
        int ratAt = descAt + desc.length + (desc.length % 2);
        int ifdAt = ratAt + 16;
        int entries0 = 13;
        int entries1 = 12;
        int ifd0Size = 2 + 12 * entries0 + 4;
        int ifd1At = ifdAt + ifd0Size;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(ifd1At + 2 + 12 * entries1 + 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifdAt);
        for (short[] page : pages) {
            for (short s : page) {
                b.putShort(s);
            }
        }
        b.position(descAt);
        b.put(desc);
        b.position(ratAt);
        b.putInt(2).putInt(1).putInt(4).putInt(1); // XResolution 2/1, YResolution 4/1 pixels per unit
        for (int page = 0; page < pages.length; page++) {
            b.position(page == 0 ? ifdAt : ifd1At);
            b.putShort((short) (page == 0 ? entries0 : entries1));
            entry(b, 256, 3, 1, w);
            entry(b, 257, 3, 1, h);
            entry(b, 258, 3, 1, 16);
            entry(b, 259, 3, 1, 1);
            entry(b, 262, 3, 1, 1);
            if (page == 0) {
                entry(b, 270, 2, desc.length, descAt);
            }
            entry(b, 273, 4, 1, dataStart + page * pageBytes);
            entry(b, 277, 3, 1, 1);
            entry(b, 278, 3, 1, h);
            entry(b, 279, 4, 1, pageBytes);
            entry(b, 282, 5, 1, ratAt);
            entry(b, 283, 5, 1, ratAt + 8);
            entry(b, 296, 3, 1, 1);
            b.putInt(page == 0 ? ifd1At : 0);
        }
        return b.array();
    }

    private static void entry(java.nio.ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    @Test
    void calibrationUnitsBecomeMillimetres() {
        assertEquals(1e-3, TiffFormat.unitToMm("micron"), 0);
        assertEquals(10, TiffFormat.unitToMm("cm"), 0);
        assertEquals(25.4, TiffFormat.unitToMm("inch"), 0);
        assertEquals(1, TiffFormat.unitToMm("pixel"), 0);
    }
}
