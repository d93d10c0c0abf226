package org.spinelab.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.spinelab.image.Volume;
import org.spinelab.testing.SharedData;
import org.spinelab.util.InvalidInputException;

/**
 * The DICOM reader against the outside reference study in {@code conformance/dicom}: every grid's
 * dimensions, LPS affine and UIDs as listed in {@code grids.json}, which was written by the study's
 * generator, not by any DICOM parser.
 */
class DicomConformanceTest {

    private static final DicomSeriesFormat FORMAT = new DicomSeriesFormat();

    static JsonNode grids() throws IOException {
        return new ObjectMapper().readTree(SharedData.conformance("dicom/grids.json").toFile());
    }

    static Path series(String name) {
        return SharedData.conformance("dicom/dicom/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sagittal", "sagittal_label", "axial", "coronal"})
    void geometryAndUidsMatchGridsJson(String name) throws IOException {
        JsonNode root = grids();
        JsonNode g = root.get("grids").get(name);
        Volume v = FORMAT.read(series(name));
        Geometry geo = v.geometry();
        long[] dims = new long[3];
        for (int a = 0; a < 3; a++) {
            dims[a] = g.get("dims").get(a).asLong();
        }
        assertArrayEquals(dims, geo.dims(), name + " dims");
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double expected = g.get("affine_lps").get(r).get(c).asDouble();
                assertEquals(expected, geo.indexToLps().get(r, c), 1e-3, name + " affine_lps[" + r + "][" + c + "]");
            }
        }
        // Every slice position, not only the first and last that span the affine.
        for (int k = 0; k < dims[2]; k++) {
            double[] ipp = new double[3];
            for (int a = 0; a < 3; a++) {
                ipp[a] = g.get("ipp").get(k).get(a).asDouble();
            }
            assertArrayEquals(ipp, geo.indexToPatient(new double[] {0, 0, k}), 1e-3, name + " IPP of slice " + k);
        }
        assertEquals(g.get("series_instance_uid").asText(), v.metadata().seriesInstanceUid());
        assertEquals(root.get("frame_of_reference_uid").asText(), v.metadata().frameOfReferenceUid());
        assertEquals(g.get("description").asText(), v.metadata().seriesDescription());
        assertEquals("MR", v.metadata().modality());
        assertEquals(g.get("spacing_between_slices").asDouble(), geo.spacing()[2], 1e-3, name + " slice spacing");
    }

    /**
     * Voxel values and their (i, j, k) placement against {@code src/test/resources/dicom/pixel_reference.json},
     * made by {@code src/test/python/dicom_pixel_reference.py} from the raw pixel bytes (k = InstanceNumber − 1).
     */
    @ParameterizedTest
    @ValueSource(strings = {"sagittal", "sagittal_label", "axial", "coronal"})
    void voxelValuesMatchAnIndependentDecodeOfThePixelData(String name) throws IOException {
        JsonNode ref;
        try (var in = DicomConformanceTest.class.getResourceAsStream("/dicom/pixel_reference.json")) {
            ref = new ObjectMapper().readTree(in).get(name);
        }
        Volume v = FORMAT.read(series(name));
        int nk = v.nz();
        assertEquals(ref.get("slice_sums").size(), nk);
        for (int k = 0; k < nk; k++) {
            double sum = 0;
            for (int j = 0; j < v.ny(); j++) {
                for (int i = 0; i < v.nx(); i++) {
                    sum += v.get(i, j, k);
                }
            }
            assertEquals(ref.get("slice_sums").get(k).asDouble(), sum, 0.0, name + " sum of slice " + k);
        }
        for (int i = 0; i < v.nx(); i++) {
            double sum = 0;
            for (int j = 0; j < v.ny(); j++) {
                sum += v.get(i, j, 0);
            }
            assertEquals(ref.get("column_sums_slice0").get(i).asDouble(), sum, 0.0, name + " sum of column " + i);
        }
        for (JsonNode s : ref.get("samples")) {
            int i = s.get("i").asInt();
            int j = s.get("j").asInt();
            int k = s.get("k").asInt();
            assertEquals(s.get("value").asDouble(), v.get(i, j, k), 0.0, name + " voxel " + i + "," + j + "," + k);
        }
    }

    @Test
    void sagittalLabelSeriesEqualsTheNiftiLabelVoxelForVoxel() {
        Volume dicom = VolumeIO.read(series("sagittal_label"));
        Volume nifti = VolumeIO.read(SharedData.conformance("dicom/sagittal_label.nii.gz"));
        assertArrayEquals(nifti.geometry().dims(), dicom.geometry().dims());
        assertTrue(nifti.geometry().sameGridAs(dicom.geometry(), 1e-3), nifti.geometry() + " vs " + dicom.geometry());
        assertArrayEquals(nifti.data(), dicom.data(), 0.0);
        long lesion = java.util.Arrays.stream(dicom.data()).filter(x -> x == 1).count();
        long background = java.util.Arrays.stream(dicom.data()).filter(x -> x == 0).count();
        assertTrue(lesion > 0, "the label has lesion voxels");
        assertEquals(dicom.data().length, lesion + background, "values are 0 and 1 only");
        assertEquals(org.spinelab.image.PixelType.UINT16, dicom.metadata().pixelType());
    }

    @Test
    void obliqueAxialHasTheTrueFourMillimetreSpacingNotImageJsZDifference() {
        Geometry g = FORMAT.read(series("axial")).geometry();
        assertEquals(4.0, g.spacing()[2], 1e-4);
        assertEquals(0.7, g.spacing()[0], 1e-9);
        assertEquals(0.7, g.spacing()[1], 1e-6);
    }

    @Test
    void sliceOrderComesFromPositionsNotFileNames(@TempDir Path tmp) throws IOException {
        Path src = series("axial");
        List<Path> files = sorted(src);
        Path shuffled = Files.createDirectory(tmp.resolve("shuffled"));
        // Reverse the names: the file of the last slice is now the first by name.
        for (int q = 0; q < files.size(); q++) {
            Files.copy(files.get(q), shuffled.resolve(String.format("X%04d", files.size() - q)));
        }
        Volume a = FORMAT.read(src);
        Volume b = FORMAT.read(shuffled);
        assertTrue(a.geometry().equalsWithin(b.geometry(), 1e-9));
        assertArrayEquals(a.data(), b.data());
    }

    @Test
    void aDirectoryMixingSeriesNamesEverySeries(@TempDir Path tmp) throws IOException {
        JsonNode grids = grids().get("grids");
        Path mixed = Files.createDirectory(tmp.resolve("mixed"));
        List<Path> ax = sorted(series("axial"));
        List<Path> cor = sorted(series("coronal"));
        for (int q = 0; q < 3; q++) {
            Files.copy(ax.get(q), mixed.resolve("ax" + q + ".dcm"));
        }
        for (int q = 0; q < 2; q++) {
            Files.copy(cor.get(q), mixed.resolve("cor" + q + ".dcm"));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FORMAT.read(mixed));
        String m = e.getMessage();
        assertTrue(m.contains(mixed.toString()), m);
        assertTrue(m.contains(grids.get("axial").get("series_instance_uid").asText()), m);
        assertTrue(m.contains("T1 TSE AX OBL"), m);
        assertTrue(m.contains("3 files"), m);
        assertTrue(m.contains(grids.get("coronal").get("series_instance_uid").asText()), m);
        assertTrue(m.contains("T1 TSE COR"), m);
        assertTrue(m.contains("2 files"), m);
    }

    @Test
    void nonDicomFilesBesideASeriesAreIgnored(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("withJunk"));
        for (Path f : sorted(series("coronal"))) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve("README.txt"), "notes about this series");
        Files.write(dir.resolve("thumbs.db"), new byte[300]);
        Volume v = FORMAT.read(dir);
        assertArrayEquals(new long[] {256, 240, 10}, v.geometry().dims());
    }

    @Test
    void aMissingSliceIsRefusedAsUnevenSpacing(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("gap"));
        List<Path> files = sorted(series("coronal"));
        for (int q = 0; q < files.size(); q++) {
            if (q != 4) {
                Files.copy(files.get(q), dir.resolve(files.get(q).getFileName()));
            }
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FORMAT.read(dir));
        assertTrue(e.getMessage().contains("not evenly spaced"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void twoImagesAtOnePositionAreRefusedAsFourD(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("dup"));
        List<Path> files = sorted(series("coronal"));
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.copy(files.get(3), dir.resolve("again.dcm"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FORMAT.read(dir));
        assertTrue(e.getMessage().contains("same position"), e.getMessage());
    }

    @Test
    void emptyDirectoryIsAClearError(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": empty directory"), e.getMessage());
    }

    @Test
    void directoryWithoutDicomIsAClearError(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("text"));
        Files.writeString(dir.resolve("a.txt"), "hello");
        Files.write(dir.resolve("b.dcm"), new byte[50]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": no DICOM image among its 2 files"), e.getMessage());
    }

    @Test
    void aDirectoryOfSeriesDirectoriesSaysSo() {
        Path parent = SharedData.conformance("dicom/dicom");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(parent));
        assertTrue(e.getMessage().contains("only directories (axial, coronal, sagittal, sagittal_label)"), e.getMessage());
    }

    @Test
    void aPathThatIsNotADirectoryIsAClearError(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("file"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FORMAT.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not a directory"), e.getMessage());
    }

    @Test
    void aDirectoryThatCannotBeOpenedIsAClearError(@TempDir Path tmp) throws IOException {
        // A link to a series directory that has gone: the path exists as a name but cannot be read.
        // (Permission bits would be the other way to make this, but CI runs as root, which ignores them.)
        Path dir = Files.createSymbolicLink(tmp.resolve("series"), tmp.resolve("deleted-series"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(dir));
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
    }

    @Test
    void aDamagedDicomFileIsNamedInTheError(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("damaged"));
        byte[] whole = Files.readAllBytes(sorted(series("coronal")).get(0));
        // Cut inside the pixel data: the header is complete, the image is not.
        Files.write(dir.resolve("IM0001.dcm"), java.util.Arrays.copyOf(whole, 5000));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("IM0001.dcm") + ": truncated"), e.getMessage());
        // Cut inside the header, after DICM: the magic is there, the image is not.
        Files.write(dir.resolve("IM0001.dcm"), java.util.Arrays.copyOf(whole, 700));
        e = assertThrows(InvalidInputException.class, () -> VolumeIO.read(dir));
        assertTrue(e.getMessage().contains("without an image (DICOMDIR, reports, damaged headers): IM0001.dcm"), e.getMessage());
    }

    static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
