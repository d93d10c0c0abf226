package org.spinelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.VolumeIO;

/**
 * {@code extract --voxel} on a ramp image (value 3i + 100) with a box ROI touching the image edge at i = 0:
 * a masked kernel of radius 1 is a box, so its Mean, Minimum and Range follow from the i-range it spans.
 */
class ExtractVoxelTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(args);
    }

    static final int NX = 7, NY = 6, NZ = 5;

    private static boolean inRoi(int i, int j, int k) {
        return i <= 4 && j >= 1 && j <= 4 && k >= 1 && k <= 3;
    }

    private Path[] writeCase() {
        Geometry g = Geometry.axisAligned(new long[] {NX, NY, NZ}, new double[] {1, 1, 2}, new double[] {0, 0, 0});
        double[] img = new double[NX * NY * NZ], lab = new double[img.length];
        for (int k = 0, n = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++, n++) {
                    img[n] = 3 * i + 100;
                    lab[n] = inRoi(i, j, k) ? 1 : 0;
                }
            }
        }
        Path ip = dir.resolve("img.nii.gz"), mp = dir.resolve("lab.nii.gz");
        VolumeIO.write(Volume.wrap(g, img, VolumeMetadata.of("t", PixelType.FLOAT32)), ip);
        VolumeIO.write(Volume.wrap(g, lab, VolumeMetadata.of("t", PixelType.UINT8)), mp);
        return new Path[] {ip, mp};
    }

    @Test
    void writesOneMapPerFeatureWithKernelValues() throws Exception {
        Path[] c = writeCase();
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  firstorder: [Mean, Minimum, Range]\n  glcm: [Contrast]\n"
                + "voxelSetting:\n  kernelRadius: 1\n  maskedKernel: true\n  initValue: -1\n");
        Path out = dir.resolve("maps");
        int rc = run("extract", "--voxel", "--image", c[0].toString(), "--mask", c[1].toString(), "--params", params.toString(),
                "--out", out.toString());
        assertEquals(0, rc, err.toString());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("original_firstorder_Mean.nii.gz", "original_firstorder_Minimum.nii.gz",
                    "original_firstorder_Range.nii.gz", "original_glcm_Contrast.nii.gz"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Volume mean = VolumeIO.read(out.resolve("original_firstorder_Mean.nii.gz"));
        Volume min = VolumeIO.read(out.resolve("original_firstorder_Minimum.nii.gz"));
        Volume range = VolumeIO.read(out.resolve("original_firstorder_Range.nii.gz"));
        for (int k = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    if (!inRoi(i, j, k)) {
                        assertEquals(-1, mean.get(i, j, k), "initValue at " + i + "," + j + "," + k);
                        continue;
                    }
                    int lo = Math.max(0, i - 1), hi = Math.min(4, i + 1);
                    assertEquals(3 * (lo + hi) / 2.0 + 100, mean.get(i, j, k), 1e-5);
                    assertEquals(3 * lo + 100, min.get(i, j, k), 1e-5);
                    assertEquals(3 * (hi - lo), range.get(i, j, k), 1e-5);
                }
            }
        }
    }

    @Test
    void unmaskedKernelUsesVoxelsAroundTheRoiAndNrrdOutput() throws Exception {
        Path[] c = writeCase();
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "featureClass:\n  firstorder: [Mean]\nvoxelSetting:\n  kernelRadius: 1\n  maskedKernel: false\n");
        Path out = dir.resolve("maps");
        int rc = run("extract", "--voxel", "--image", c[0].toString(), "--mask", c[1].toString(), "--params", params.toString(),
                "--map-format", "nrrd", "--out", out.toString());
        assertEquals(0, rc, err.toString());
        Volume mean = VolumeIO.read(out.resolve("original_firstorder_Mean.nrrd"));
        // the kernel reaches i = 5 next to the ROI's edge at i = 4, and is clipped by the image at i = 0
        assertEquals(3 * 4 + 100, mean.get(4, 2, 2), 1e-5);
        assertEquals(3 * 0.5 + 100, mean.get(0, 2, 2), 1e-5);
        assertEquals(0, mean.get(6, 2, 2), "PyRadiomics' default initValue 0 outside the ROI");
    }

    @Test
    void mismatchedMaskFailsWithoutOutput() throws Exception {
        Path[] c = writeCase();
        Geometry other = Geometry.axisAligned(new long[] {NX, NY, NZ + 1}, new double[] {1, 1, 2}, new double[] {0, 0, 0});
        Path bad = dir.resolve("bad.nii.gz");
        double[] lab = new double[NX * NY * (NZ + 1)];
        lab[20] = 1;
        VolumeIO.write(Volume.wrap(other, lab, VolumeMetadata.of("t", PixelType.UINT8)), bad);
        Path out = dir.resolve("maps");
        int rc = run("extract", "--voxel", "--image", c[0].toString(), "--mask", bad.toString(), "--out", out.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("bad.nii.gz"), err.toString());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".maps")), "staging directory left behind");
        }
    }

    @Test
    void everyImageTypeGetsItsOwnMaps() throws Exception {
        Path[] c = writeCase();
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "imageType:\n  Original: {}\n  Square: {}\nfeatureClass:\n  firstorder: [Mean]\n  shape:\n");
        Path out = dir.resolve("maps");
        int rc = run("extract", "--voxel", "--image", c[0].toString(), "--mask", c[1].toString(), "--params", params.toString(),
                "--out", out.toString());
        assertEquals(0, rc, err.toString());
        try (Stream<Path> s = Files.list(out)) {
            // shape describes the whole ROI: PyRadiomics' voxel-based mode computes no shape maps
            assertEquals(List.of("original_firstorder_Mean.nii.gz", "square_firstorder_Mean.nii.gz"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badVoxelSettingNamesIt() throws Exception {
        Path[] c = writeCase();
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "voxelSetting:\n  kernelRadius: 0\n");
        Path out = dir.resolve("maps");
        int rc = run("extract", "--voxel", "--image", c[0].toString(), "--mask", c[1].toString(), "--params", params.toString(),
                "--out", out.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("kernelRadius"), err.toString());
        assertFalse(Files.exists(out));
    }
}
