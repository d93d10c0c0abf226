package org.spinelab.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.Calibration;
import ij.plugin.DICOM;
import ij.util.DicomTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/**
 * Write → read round trips of the DICOM writer, read back with our reader and with plain ImageJ
 * ({@link DICOM}); geometry expectations are the analytic affines the volumes were built with.
 */
class DicomSeriesWriterTest {

    private static final DicomSeriesFormat READER = new DicomSeriesFormat();

    /** Rotation by {@code a} about x, then {@code b} about z: an oblique, right-handed frame. */
    static Geometry oblique(long[] dims, double[] spacing, double[] origin, double aDeg, double bDeg) {
        double a = Math.toRadians(aDeg);
        double b = Math.toRadians(bDeg);
        double[][] rx = {{1, 0, 0}, {0, Math.cos(a), -Math.sin(a)}, {0, Math.sin(a), Math.cos(a)}};
        double[][] rz = {{Math.cos(b), -Math.sin(b), 0}, {Math.sin(b), Math.cos(b), 0}, {0, 0, 1}};
        double[][] d = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int q = 0; q < 3; q++) {
                    d[r][c] += rz[r][q] * rx[q][c];
                }
            }
        }
        return Geometry.of(dims, spacing, origin, d);
    }

    static Volume volume(Geometry g, java.util.function.IntToDoubleFunction value) {
        double[] d = new double[Math.toIntExact(g.voxelCount())];
        for (int p = 0; p < d.length; p++) {
            d[p] = value.applyAsDouble(p);
        }
        return Volume.wrap(g, d, VolumeMetadata.of("test", PixelType.FLOAT64));
    }

    @Test
    void obliqueFloatVolumeComesBackWithinQuantisationAndGeometryWithin1e4(@TempDir Path tmp) throws IOException {
        Geometry g = oblique(new long[] {7, 5, 4}, new double[] {0.7, 0.9, 3.3}, new double[] {-87.04, -73.7432, 17.7653}, 8, 23);
        Random rnd = new Random(1);
        Volume v = volume(g, p -> -300.25 + 1700 * rnd.nextDouble());
        Path dir = tmp.resolve("obl");
        List<Path> files = DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("t1"));
        assertEquals(4, files.size());
        Volume r = READER.read(dir);
        assertTrue(g.equalsWithin(r.geometry(), 1e-4), g + " vs " + r.geometry());
        DicomPixelEncoding enc = DicomPixelEncoding.choose(v.data());
        assertTrue(enc.slope() > 0 && enc.slope() < 0.03, "slope " + enc.slope());
        double worst = 0;
        for (int p = 0; p < v.data().length; p++) {
            worst = Math.max(worst, Math.abs(v.data()[p] - r.data()[p]));
        }
        assertTrue(worst <= enc.slope() / 2 * (1 + 1e-9), "worst " + worst + " slope " + enc.slope());
        // slope · stored + intercept with a non-integer slope is not exact in float32.
        assertEquals(PixelType.FLOAT64, r.metadata().pixelType());
    }

    @Test
    void signedSeriesWithNegativeInterceptIsRescaledExactlyOnce(@TempDir Path tmp) throws IOException {
        Geometry g = oblique(new long[] {6, 4, 3}, new double[] {0.8, 0.8, 4}, new double[] {10, -20, 30}, -8, 0);
        Volume v = volume(g, p -> -2000 + 37 * p); // -2000 .. 2625, integers
        DicomPixelEncoding enc = new DicomPixelEncoding(true, 1, -1024);
        Path dir = tmp.resolve("signed");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("t2").withEncoding(enc));
        Volume r = READER.read(dir);
        assertArrayEquals(v.data(), r.data(), 0.0);
        assertTrue(g.equalsWithin(r.geometry(), 1e-4));
        // Stored values are value + 1024, negative for the darkest voxels: Pixel Representation must be 1.
        DicomHeader h = DicomImageFile.read(dir.resolve("IM0001.dcm")).header();
        assertEquals("1", h.string(DicomHeader.PIXEL_REPRESENTATION));
        assertEquals("-1024", h.string(DicomHeader.RESCALE_INTERCEPT));
        assertEquals(-976, DicomImageFile.read(dir.resolve("IM0001.dcm")).storedMin(), 0.0);
    }

    @Test
    void signedSeriesWithFractionalSlopeAndNegativeIntercept(@TempDir Path tmp) throws IOException {
        Geometry g = Geometry.axisAligned(new long[] {5, 4, 2}, new double[] {1, 1, 2}, new double[] {0, 0, 0});
        DicomPixelEncoding enc = new DicomPixelEncoding(true, 0.25, -10.5);
        Volume v = volume(g, p -> enc.decode(-40 + 3 * p)); // stored -40 .. 77
        Path dir = tmp.resolve("frac");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("t3").withEncoding(enc));
        assertArrayEquals(v.data(), READER.read(dir).data(), 1e-12);
    }

    @Test
    void negativeIntegersChooseSignedPixelsAndComeBackExactly(@TempDir Path tmp) throws IOException {
        Geometry g = Geometry.axisAligned(new long[] {4, 3, 2}, new double[] {1, 1, 1}, new double[3]);
        Volume v = volume(g, p -> p * 100 - 1000);
        Path dir = tmp.resolve("neg");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("t4"));
        Volume r = READER.read(dir);
        assertArrayEquals(v.data(), r.data(), 0.0);
        assertEquals(PixelType.INT16, r.metadata().pixelType());
    }

    @Test
    void plainImageJOpensEveryFileWithItsPixelsAndSpacing(@TempDir Path tmp) throws IOException {
        Geometry g = oblique(new long[] {6, 5, 3}, new double[] {0.7, 0.9, 4}, new double[] {-87.04, -73.7432, 17.7653}, 8, 0);
        Volume v = volume(g, p -> (p * 7919) % 1500 - 500);
        Path dir = tmp.resolve("ij");
        List<Path> files = DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("t5")
                .withEncoding(new DicomPixelEncoding(true, 1, -100)));
        for (int k = 0; k < 3; k++) {
            DICOM imp = new DICOM();
            imp.open(files.get(k).toString());
            assertEquals(6, imp.getWidth());
            assertEquals(5, imp.getHeight());
            Calibration cal = imp.getCalibration();
            assertEquals(0.7, cal.pixelWidth, 1e-12);
            assertEquals(0.9, cal.pixelHeight, 1e-12);
            for (int j = 0; j < 5; j++) {
                for (int i = 0; i < 6; i++) {
                    assertEquals(v.get(i, j, k), cal.getCValue(imp.getProcessor().get(i, j)), 0.0, "voxel " + i + "," + j + "," + k);
                }
            }
            double[] ipp = g.indexToPatient(new double[] {0, 0, k});
            String[] got = DicomTools.getTag(imp, "0020,0032").trim().split("\\\\");
            for (int a = 0; a < 3; a++) {
                assertEquals(ipp[a], Double.parseDouble(got[a]), 1e-9);
            }
            assertEquals(Integer.toString(k + 1), DicomTools.getTag(imp, "0020,0013").trim());
            assertEquals("1.2.840.10008.5.1.4.1.1.4", DicomTools.getTag(imp, "0008,0016").trim());
        }
    }

    @Test
    void leftHandedVolumeIsReadBackAlongTheNormalWithTheSameVoxelPositions(@TempDir Path tmp) throws IOException {
        double[][] dir = {{1, 0, 0}, {0, 1, 0}, {0, 0, -1}}; // k against i × j
        Geometry g = Geometry.of(new long[] {3, 2, 4}, new double[] {1, 1, 2.5}, new double[] {0, 0, 50}, dir);
        Volume v = volume(g, p -> p);
        Path out = tmp.resolve("lh");
        DicomSeriesWriter.write(v, out, DicomSeriesWriter.Series.seeded("t6"));
        Volume r = READER.read(out);
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(g.indexToPatient(new double[] {1, 1, k}), r.geometry().indexToPatient(new double[] {1, 1, 3 - k}), 1e-9);
            assertEquals(v.get(1, 1, k), r.get(1, 1, 3 - k), 0.0);
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndOtherSeedOtherUids(@TempDir Path tmp) throws IOException {
        Volume v = volume(Geometry.axisAligned(new long[] {3, 3, 2}, new double[] {1, 1, 1}, new double[3]), p -> p);
        DicomSeriesWriter.write(v, tmp.resolve("a"), DicomSeriesWriter.Series.seeded("seed"));
        DicomSeriesWriter.write(v, tmp.resolve("b"), DicomSeriesWriter.Series.seeded("seed"));
        DicomSeriesWriter.write(v, tmp.resolve("c"), DicomSeriesWriter.Series.seeded("other"));
        for (String f : new String[] {"IM0001.dcm", "IM0002.dcm"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        Volume a = READER.read(tmp.resolve("a"));
        Volume c = READER.read(tmp.resolve("c"));
        assertNotEquals(a.metadata().seriesInstanceUid(), c.metadata().seriesInstanceUid());
        assertNotEquals(a.metadata().frameOfReferenceUid(), c.metadata().frameOfReferenceUid());
    }

    @Test
    void givenUidsAndDescriptionAreWritten(@TempDir Path tmp) throws IOException {
        Volume v = volume(Geometry.axisAligned(new long[] {2, 2, 2}, new double[] {1, 1, 1}, new double[3]), p -> p);
        DicomSeriesWriter.write(v, tmp.resolve("s"), DicomSeriesWriter.Series.seeded("x")
                .withPatient("P-7", "Synthetic^Seven")
                .withStudy("2.25.11", "20240102")
                .withSeries("2.25.22", 3, "T1 SAG")
                .withFrameOfReference("2.25.33"));
        Volume r = READER.read(tmp.resolve("s"));
        assertEquals("2.25.22", r.metadata().seriesInstanceUid());
        assertEquals("2.25.33", r.metadata().frameOfReferenceUid());
        assertEquals("T1 SAG", r.metadata().seriesDescription());
        assertEquals("MR", r.metadata().modality());
        DicomHeader h = DicomImageFile.read(tmp.resolve("s").resolve("IM0002.dcm")).header();
        assertEquals("P-7", h.string("0010,0020"));
        assertEquals("2.25.11", h.string("0020,000D"));
        assertEquals("2", h.string(DicomHeader.INSTANCE_NUMBER));
        assertEquals("1", h.string(DicomHeader.SPACING_BETWEEN_SLICES));
    }

    @Test
    void uidsAreValidTwoTwentyFiveUids() {
        String u = DicomUids.of("seed", "series");
        assertTrue(u.matches("2\\.25\\.[1-9][0-9]*"), u);
        assertTrue(u.length() <= 64, u);
        assertEquals(u, DicomUids.of("seed", "series"));
        assertNotEquals(u, DicomUids.of("seed", "study"));
    }

    @Test
    void decimalStringsFitSixteenCharacters() {
        for (double x : new double[] {0.7, -87.04, Math.cos(Math.toRadians(8)), -Math.sin(Math.toRadians(8)), 1e-20, -123456789.123456789,
                1.0 / 3, 6.02e23, -0.0}) {
            String s = DicomDecimalStrings.format(x);
            assertTrue(s.length() <= 16, s);
            assertEquals(x, Double.parseDouble(s), Math.abs(x) * 1e-12 + 1e-300, s);
        }
        assertEquals("0.7", DicomDecimalStrings.format(0.7));
        assertEquals("0", DicomDecimalStrings.format(-0.0));
    }

    @Test
    void refusesANonEmptyDirectoryAndLeavesNothingOnFailure(@TempDir Path tmp) throws IOException {
        Volume v = volume(Geometry.axisAligned(new long[] {2, 2, 2}, new double[] {1, 1, 1}, new double[3]), p -> p);
        Path busy = Files.createDirectory(tmp.resolve("busy"));
        Files.writeString(busy.resolve("x.txt"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DicomSeriesWriter.write(v, busy, DicomSeriesWriter.Series.seeded("s")));
        assertTrue(e.getMessage().contains("not an empty directory"), e.getMessage());

        v.data()[5] = Double.NaN;
        Path target = tmp.resolve("nan");
        assertThrows(InvalidInputException.class, () -> DicomSeriesWriter.write(v, target, DicomSeriesWriter.Series.seeded("s")));
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("busy"), s.map(p -> p.getFileName().toString()).toList(), "no temporary directory left");
        }
    }

    @Test
    void valuesOutsideAFixedEncodingAreRefused(@TempDir Path tmp) {
        Volume v = volume(Geometry.axisAligned(new long[] {2, 2, 1}, new double[] {1, 1, 1}, new double[3]), p -> p * 30000);
        Path target = tmp.resolve("x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DicomSeriesWriter.write(v, target,
                DicomSeriesWriter.Series.seeded("s").withEncoding(new DicomPixelEncoding(true, 1, 0))));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void shearedInPlaneAxesAreRefused(@TempDir Path tmp) {
        Affine a = Affine.of(new double[][] {{1, 0.5, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}});
        Volume v = Volume.zeros(new Geometry(new long[] {2, 2, 2}, a), null);
        assertThrows(InvalidInputException.class, () -> DicomSeriesWriter.write(v, tmp.resolve("s"), DicomSeriesWriter.Series.seeded("s")));
    }

    @Test
    void volumeIoWritesAndReadsADicomDirectoryKeepingTheFrameOfReference(@TempDir Path tmp) {
        Geometry g = oblique(new long[] {4, 3, 3}, new double[] {0.5, 0.5, 2}, new double[] {1, 2, 3}, 15, 40);
        Volume v = volume(g, p -> p % 7).withMetadata(new VolumeMetadata("MR", "mask", "2.25.99", null, null, PixelType.UINT8));
        Path out = tmp.resolve("series");
        VolumeIO.write(v, out);
        Volume r = VolumeIO.read(out);
        assertArrayEquals(v.data(), r.data(), 0.0);
        assertTrue(g.equalsWithin(r.geometry(), 1e-4));
        assertEquals("2.25.99", r.metadata().frameOfReferenceUid());
        assertEquals(PixelType.UINT16, r.metadata().pixelType());
    }

    @Test
    void aMultiFrameFileIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("mf"));
        DicomDatasetWriter w = new DicomDatasetWriter(DicomSeriesWriter.MR_IMAGE_STORAGE, "2.25.5", "2.25.6", "T")
                .string(0x0008, 0x0016, "UI", DicomSeriesWriter.MR_IMAGE_STORAGE)
                .string(0x0008, 0x0018, "UI", "2.25.5")
                .string(0x0008, 0x0060, "CS", "MR")
                .string(0x0020, 0x000E, "UI", "2.25.7")
                .string(0x0020, 0x0032, "DS", "0\\0\\0")
                .string(0x0020, 0x0037, "DS", "1\\0\\0\\0\\1\\0")
                .us(0x0028, 0x0002, 1)
                .string(0x0028, 0x0004, "CS", "MONOCHROME2")
                .string(0x0028, 0x0008, "IS", "2")
                .us(0x0028, 0x0010, 2)
                .us(0x0028, 0x0011, 2)
                .string(0x0028, 0x0030, "DS", "1\\1")
                .us(0x0028, 0x0100, 16)
                .us(0x0028, 0x0101, 16)
                .us(0x0028, 0x0102, 15)
                .us(0x0028, 0x0103, 0)
                .pixels16(new short[] {1, 2, 3, 4, 5, 6, 7, 8});
        try (var out = Files.newOutputStream(dir.resolve("mf.dcm"))) {
            w.writeTo(out);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.read(dir));
        assertTrue(e.getMessage().contains("multi-frame DICOM (2 frames)"), e.getMessage());
        assertTrue(e.getMessage().contains("mf.dcm"), e.getMessage());
    }

    @Test
    void compressedTransferSyntaxIsNamed(@TempDir Path tmp) throws IOException {
        Volume v = volume(Geometry.axisAligned(new long[] {2, 2, 1}, new double[] {1, 1, 1}, new double[3]), p -> p);
        Path dir = tmp.resolve("rle");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("c"));
        Path f = dir.resolve("IM0001.dcm");
        byte[] b = Files.readAllBytes(f);
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("1.2.840.10008.1.2.1\0");
        byte[] rle = "1.2.840.10008.1.2.5".getBytes(java.nio.charset.StandardCharsets.US_ASCII); // same length
        System.arraycopy(rle, 0, b, at, rle.length);
        Files.write(f, b);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.read(dir));
        assertTrue(e.getMessage().startsWith(f + ": transfer syntax 1.2.840.10008.1.2.5 is compressed"), e.getMessage());
    }

    /**
     * ImageJ's DICOM reader behaves differently under its "fixed DICOM scaling", "ignore rescale slope"
     * and "open as 32-bit" preferences; the values we read must not depend on them, and the user's
     * preferences must be left as they were.
     */
    @Test
    void valuesDoNotDependOnImageJsDicomPreferences(@TempDir Path tmp) throws IOException {
        Geometry g = Geometry.axisAligned(new long[] {4, 3, 2}, new double[] {1, 1, 2}, new double[3]);
        DicomPixelEncoding signedFrac = new DicomPixelEncoding(true, 0.5, -100.25);
        DicomPixelEncoding unsignedFrac = new DicomPixelEncoding(false, 2.5, -7);
        DicomPixelEncoding signedInt = new DicomPixelEncoding(true, 1, -1024);
        DicomPixelEncoding[] encodings = {signedFrac, unsignedFrac, signedInt};
        boolean fixed0 = ij.Prefs.fixedDicomScaling;
        boolean ignore0 = ij.Prefs.ignoreRescaleSlope;
        boolean float0 = ij.Prefs.openDicomsAsFloat;
        try {
            for (int e = 0; e < encodings.length; e++) {
                DicomPixelEncoding enc = encodings[e];
                Volume v = volume(g, p -> enc.decode((enc.signed() ? -300 : 0) + 41 * p));
                Path dir = tmp.resolve("enc" + e);
                DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("p").withEncoding(enc));
                for (int combo = 0; combo < 8; combo++) {
                    ij.Prefs.fixedDicomScaling = (combo & 1) != 0;
                    ij.Prefs.ignoreRescaleSlope = (combo & 2) != 0;
                    ij.Prefs.openDicomsAsFloat = (combo & 4) != 0;
                    assertArrayEquals(v.data(), READER.read(dir).data(), 1e-9, enc + " prefs " + combo);
                    assertEquals((combo & 2) != 0, ij.Prefs.ignoreRescaleSlope, "preference restored");
                    assertEquals((combo & 4) != 0, ij.Prefs.openDicomsAsFloat, "preference restored");
                }
            }
        } finally {
            ij.Prefs.fixedDicomScaling = fixed0;
            ij.Prefs.ignoreRescaleSlope = ignore0;
            ij.Prefs.openDicomsAsFloat = float0;
        }
    }

    /** Gantry tilt: slices step along a vector that is not the slice normal; the affine keeps it exactly. */
    @Test
    void shearedSliceStepSurvivesTheRoundTrip(@TempDir Path tmp) throws IOException {
        Affine a = Affine.of(new double[][] {{0.8, 0, 0, -50}, {0, 0.8, 0.6, -20}, {0, 0, 3.9, 10}});
        Volume v = volume(new Geometry(new long[] {3, 3, 4}, a), p -> p);
        Path dir = tmp.resolve("tilt");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("tilt"));
        Volume r = READER.read(dir);
        assertTrue(a.maxAbsDifference(r.geometry().indexToLps()) < 1e-9, r.geometry().toString());
        assertArrayEquals(v.data(), r.data(), 0.0);
        assertEquals("3.9", DicomImageFile.read(dir.resolve("IM0001.dcm")).header().string(DicomHeader.SPACING_BETWEEN_SLICES));
    }
}
