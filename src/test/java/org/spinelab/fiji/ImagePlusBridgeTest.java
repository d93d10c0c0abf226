package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.plugin.DICOM;
import ij.plugin.FolderOpener;
import ij.process.ByteProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.DicomPixelEncoding;
import org.spinelab.image.io.DicomSeriesFormat;
import org.spinelab.image.io.DicomSeriesWriter;
import org.spinelab.testing.SharedData;
import org.spinelab.util.InvalidInputException;

class ImagePlusBridgeTest {

    private static JsonNode grid(String name) throws IOException {
        return new ObjectMapper().readTree(SharedData.conformance("dicom/grids.json").toFile()).get("grids").get(name);
    }

    private static void assertAffine(JsonNode g, Geometry geo, double tol) {
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(g.get("affine_lps").get(r).get(c).asDouble(), geo.indexToLps().get(r, c), tol, "affine[" + r + "][" + c + "]");
            }
        }
    }

    @Test
    void volumeToImagePlusAndBackIsExact() {
        double[][] dir = {{0.9659258262890683, 0, 0.25881904510252074}, {0, 1, 0}, {-0.25881904510252074, 0, 0.9659258262890683}};
        Geometry g = Geometry.of(new long[] {5, 4, 3}, new double[] {0.7, 0.75, 4}, new double[] {-87.04, -73.7432, 17.7653}, dir);
        double[] d = new double[60];
        for (int p = 0; p < d.length; p++) {
            d[p] = p * 0.25 - 3; // exact in float
        }
        Volume v = Volume.wrap(g, d, new VolumeMetadata("MR", "T1 TSE AX OBL", "2.25.1", "2.25.2", "/x/ax", PixelType.FLOAT32));
        ImagePlus imp = ImagePlusBridge.toImagePlus(v);
        assertEquals("T1 TSE AX OBL", imp.getTitle());
        assertEquals(32, imp.getBitDepth());
        assertEquals(3, imp.getStackSize());
        assertEquals(0.7, imp.getCalibration().pixelWidth, 1e-12);
        assertEquals(0.75, imp.getCalibration().pixelHeight, 1e-12);
        assertEquals(4, imp.getCalibration().pixelDepth, 1e-12);
        assertEquals(v.get(3, 2, 1), imp.getStack().getProcessor(2).getf(3, 2), 0.0);

        Volume back = ImagePlusBridge.toVolume(imp);
        assertEquals(0.0, g.indexToLps().maxAbsDifference(back.geometry().indexToLps()));
        assertArrayEquals(d, back.data(), 0.0);
        assertEquals(v.metadata(), back.metadata());
    }

    @ParameterizedTest
    @ValueSource(strings = {"axial", "sagittal", "coronal", "sagittal_label"})
    void imageSequenceOpenedByImageJGetsTheGridFromDicomHeaders(String name) throws IOException {
        Path dir = SharedData.conformance("dicom/dicom/" + name);
        ImagePlus imp = FolderOpener.open(dir.toString());
        Volume v = ImagePlusBridge.toVolume(imp);
        JsonNode g = grid(name);
        assertAffine(g, v.geometry(), 1e-3);
        assertEquals(g.get("series_instance_uid").asText(), v.metadata().seriesInstanceUid());
        Volume reference = new DicomSeriesFormat().read(dir);
        assertArrayEquals(reference.data(), v.data(), 0.0);
    }

    @Test
    void obliqueAxialIgnoresImageJsStackCalibration() throws IOException {
        ImagePlus imp = FolderOpener.open(SharedData.conformance("dicom/dicom/axial").toString());
        // The trap: ImageJ's depth is the z difference of positions, not the spacing along the normal.
        assertEquals(3.961, imp.getCalibration().pixelDepth, 1e-3);
        assertEquals(4.0, ImagePlusBridge.toVolume(imp).geometry().spacing()[2], 1e-4);
    }

    @Test
    void stackInAnyOrderIsSortedAlongTheNormal() throws IOException {
        Path dir = SharedData.conformance("dicom/dicom/coronal");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        ImageStack stack = null;
        for (Path f : files) {
            DICOM one = new DICOM();
            one.open(f.toString());
            if (stack == null) {
                stack = new ImageStack(one.getWidth(), one.getHeight());
            }
            stack.addSlice(f.getFileName() + "\n" + one.getInfoProperty(), one.getProcessor());
        }
        Volume v = ImagePlusBridge.toVolume(new ImagePlus("cor", stack));
        Volume reference = new DicomSeriesFormat().read(dir);
        assertTrue(reference.geometry().equalsWithin(v.geometry(), 1e-9));
        assertArrayEquals(reference.data(), v.data(), 0.0);
    }

    @Test
    void singleDicomImageUsesItsInfoProperty() throws IOException {
        DICOM one = new DICOM();
        one.open(SharedData.conformance("dicom/dicom/axial/IM0003.dcm").toString());
        Geometry g = ImagePlusBridge.toVolume(one).geometry();
        JsonNode ax = grid("axial");
        assertArrayEquals(new long[] {256, 256, 1}, g.dims());
        for (int a = 0; a < 3; a++) {
            assertEquals(ax.get("ipp").get(2).get(a).asDouble(), g.origin()[a], 1e-9);
            assertEquals(ax.get("normal").get(a).asDouble() * 4, g.indexToLps().get(a, 2), 1e-5);
        }
        assertEquals(0.7 * 0.990268, g.indexToLps().get(1, 1), 1e-9);
    }

    @Test
    void signedDicomWithNegativeInterceptGivesTheRescaledValues(@TempDir Path tmp) throws IOException {
        Geometry g = Geometry.axisAligned(new long[] {4, 3, 3}, new double[] {1, 1, 2}, new double[] {5, 6, 7});
        double[] d = new double[36];
        for (int p = 0; p < d.length; p++) {
            d[p] = -1500 + 97 * p;
        }
        Volume v = Volume.wrap(g, d, null);
        Path dir = tmp.resolve("s");
        DicomSeriesWriter.write(v, dir, DicomSeriesWriter.Series.seeded("b").withEncoding(new DicomPixelEncoding(true, 1, -1024)));
        Volume back = ImagePlusBridge.toVolume(FolderOpener.open(dir.toString()));
        assertArrayEquals(d, back.data(), 0.0);
        assertTrue(g.equalsWithin(back.geometry(), 1e-9));
    }

    @Test
    void plainImageFallsBackToAxisAlignedCalibration() {
        ImagePlus imp = new ImagePlus("plain", new ByteProcessor(3, 2));
        Calibration cal = new Calibration();
        cal.pixelWidth = 0.5;
        cal.pixelHeight = 0.25;
        cal.pixelDepth = 2;
        cal.xOrigin = 10;
        cal.setUnit("mm");
        imp.setCalibration(cal);
        imp.getProcessor().set(2, 1, 200);
        Volume v = ImagePlusBridge.toVolume(imp);
        assertArrayEquals(new double[] {0.5, 0.25, 2}, v.geometry().spacing(), 1e-12);
        assertArrayEquals(new double[] {-5, 0, 0}, v.geometry().origin(), 1e-12);
        assertEquals(200, v.get(2, 1, 0), 0.0);
        assertEquals(PixelType.UINT8, v.metadata().pixelType());
        assertEquals("plain", v.metadata().seriesDescription());
    }

    @Test
    void aStoredGeometryForOtherDimensionsIsNotTrusted() {
        Volume v = Volume.zeros(Geometry.axisAligned(new long[] {4, 4, 2}, new double[] {3, 3, 3}, new double[] {1, 1, 1}), null);
        ImagePlus imp = ImagePlusBridge.toImagePlus(v);
        ImagePlus cropped = new ImagePlus("crop", imp.getStack().crop(0, 0, 0, 2, 2, 2));
        cropped.setProp(ImagePlusBridge.GEOMETRY_PROPERTY, imp.getProp(ImagePlusBridge.GEOMETRY_PROPERTY));
        cropped.setCalibration(imp.getCalibration());
        Volume back = ImagePlusBridge.toVolume(cropped);
        assertArrayEquals(new long[] {2, 2, 2}, back.geometry().dims());
        assertArrayEquals(new double[] {1, 1, 1}, back.geometry().origin(), 1e-12);
    }

    @Test
    void hyperstacksAreRefused() {
        ImagePlus imp = IJ.createImage("hyper", "8-bit black", 4, 4, 2, 3, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImagePlusBridge.toVolume(imp));
        assertTrue(e.getMessage().contains("'hyper'"), e.getMessage());
    }
}
