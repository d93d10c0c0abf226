package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.VolumeIO;

/** Save Medical Volume and Open Sample Case through CommandService, on brain1 and on a tiny cohort made here. */
class SaveAndSampleCommandsTest {

    static Context context;

    @BeforeAll
    static void start() {
        context = new Context(CommandService.class, StatusService.class, LogService.class);
    }

    @AfterAll
    static void stop() {
        context.dispose();
    }

    static CommandModule run(Class<? extends Command> c, Map<String, Object> inputs) throws Exception {
        return context.service(CommandService.class).run(c, true, inputs).get();
    }

    @Test
    void savingBrain1AsNiftiAndNrrdKeepsGeometryAndValues(@TempDir Path dir) throws Exception {
        Path source = new Brain1Reference().image;
        ImagePlus imp = (ImagePlus) run(OpenMedicalVolumeCommand.class, Map.of("path", source.toFile())).getOutput("image");
        Volume original = VolumeIO.read(source);
        for (String name : new String[] {"brain1.nii.gz", "brain1.nii", "brain1.nrrd"}) {
            Path out = dir.resolve(name);
            CommandModule m = run(SaveMedicalVolumeCommand.class, Map.of("image", imp, "path", out.toFile()));
            assertFalse(m.isCanceled(), m.getCancelReason());
            Volume saved = VolumeIO.read(out);
            assertTrue(saved.geometry().sameGridAs(original.geometry(), 1e-9), name + ": " + saved.geometry());
            assertArrayEquals(original.data(), saved.data(), name);
        }
    }

    @Test
    void anUnsupportedExtensionIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        ImagePlus imp = ImagePlusBridge.toImagePlus(tiny(0));
        File out = dir.resolve("t1.png").toFile();
        CommandModule m = run(SaveMedicalVolumeCommand.class, Map.of("image", imp, "path", out));
        assertTrue(m.isCanceled());
        assertEquals("path=" + out + ": save as .nii.gz, .nii or .nrrd", m.getCancelReason());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /** 4×3×2 voxels, value = offset + i + 10 j + 100 k, on an oblique grid (analytic values to check). */
    static Volume tiny(double offset) {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        Affine a = Affine.of(new double[][] {{0.5 * c, -0.7 * s, 0, -10}, {0.5 * s, 0.7 * c, 0, 20}, {0, 0, 3, -30}});
        Geometry g = new Geometry(new long[] {4, 3, 2}, a);
        double[] d = new double[24];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 4; i++) {
                    d[i + 4 * j + 12 * k] = offset + i + 10 * j + 100 * k;
                }
            }
        }
        return Volume.wrap(g, d, new VolumeMetadata("MR", null, null, null, null, PixelType.INT16));
    }

    /** sample-data/cohort.csv as spinelab synth lays it out: id, clinical columns, relative image paths. */
    static Path cohort(Path dir) throws Exception {
        for (String id : new String[] {"P001", "P002"}) {
            Files.createDirectories(dir.resolve(id));
            double offset = id.equals("P001") ? 0 : 1000;
            VolumeIO.write(tiny(offset), dir.resolve(id).resolve("t1_sag.nii.gz"));
            VolumeIO.write(tiny(offset + 500), dir.resolve(id).resolve("t2fs_sag.nii.gz"));
        }
        Path csv = dir.resolve("cohort.csv");
        Files.writeString(csv, """
                id,center,label,age,t1_sag,t2fs_sag
                P001,A,1,61,P001/t1_sag.nii.gz,P001/t2fs_sag.nii.gz
                P002,B,0,58,P002/t1_sag.nii.gz,P002/t2fs_sag.nii.gz
                """);
        return csv;
    }

    @Test
    void opensTheNamedCaseAndSeriesOrTheFirstOnes(@TempDir Path dir) throws Exception {
        Path csv = cohort(dir);
        CommandModule m = run(OpenSampleCaseCommand.class, Map.of("cohort", csv.toFile(), "case_id", "P002", "series", "t2fs_sag"));
        assertFalse(m.isCanceled(), m.getCancelReason());
        ImagePlus imp = (ImagePlus) m.getOutput("image");
        assertEquals("P002 t2fs_sag", imp.getTitle());
        Volume v = ImagePlusBridge.toVolume(imp);
        assertEquals(1500 + 3 + 10 * 2 + 100, v.get(3, 2, 1));
        assertTrue(v.geometry().sameGridAs(tiny(0).geometry(), 1e-6), v.geometry().toString());

        m = run(OpenSampleCaseCommand.class, Map.of("cohort", csv.toFile(), "case_id", "", "series", ""));
        assertEquals("P001 t1_sag", ((ImagePlus) m.getOutput("image")).getTitle());
        assertEquals(0 + 1 + 10, ImagePlusBridge.toVolume((ImagePlus) m.getOutput("image")).get(1, 1, 0));
    }

    @Test
    void theBundledSampleCohortOpensWithItsMaskAsAnOverlay() throws Exception {
        Path csv = Path.of("sample-data", "cohort.csv");
        assertTrue(Files.isRegularFile(csv), "the sample cohort (sample-data/cohort.csv) is missing");
        CommandModule m = run(OpenSampleCaseCommand.class, Map.of("case_id", "P003", "series", "cet1_sag",
                "mask", "mask_sag_reader1"));
        assertFalse(m.isCanceled(), m.getCancelReason());
        ImagePlus imp = (ImagePlus) m.getOutput("image");
        Volume expected = VolumeIO.read(Path.of("sample-data", "P003", "cet1_sag.nii.gz"));
        assertArrayEquals(expected.data(), ImagePlusBridge.toVolume(imp).data());
        var mask = VolumeIO.readLabels(Path.of("sample-data", "P003", "mask_sag_reader1.nii.gz"));
        int slicesWithLesion = 0;
        for (int k = 0; k < mask.volume().nz(); k++) {
            boolean any = false;
            for (int j = 0; j < mask.volume().ny(); j++) {
                for (int i = 0; i < mask.volume().nx(); i++) {
                    any |= mask.label(i, j, k) != 0;
                }
            }
            slicesWithLesion += any ? 1 : 0;
        }
        assertTrue(slicesWithLesion > 0);
        assertEquals(slicesWithLesion, imp.getOverlay().size());
    }

    @Test
    void aMaskOfAnotherGridIsRefused() throws Exception {
        CommandModule m = run(OpenSampleCaseCommand.class, Map.of("case_id", "P003", "series", "cet1_ax",
                "mask", "mask_sag_reader1"));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().startsWith("mask=mask_sag_reader1: not on the grid of cet1_ax"), m.getCancelReason());
    }

    @Test
    void anEmptySampleDataDirectorySaysHowToMakeTheCohort(@TempDir Path dir) throws Exception {
        File csv = dir.resolve("sample-data").resolve("cohort.csv").toFile();
        CommandModule m = run(OpenSampleCaseCommand.class, Map.of("cohort", csv));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason().startsWith(csv + ": no cohort table"), m.getCancelReason());
        assertTrue(m.getCancelReason().contains("spinelab synth"), m.getCancelReason());
    }

    @Test
    void anUnknownCaseOrColumnIsNamed(@TempDir Path dir) throws Exception {
        Path csv = cohort(dir);
        CommandModule m = run(OpenSampleCaseCommand.class, Map.of("cohort", csv.toFile(), "case_id", "P009"));
        assertTrue(m.getCancelReason().contains("no case with id 'P009' (ids: P001, P002)"), m.getCancelReason());
        m = run(OpenSampleCaseCommand.class, Map.of("cohort", csv.toFile(), "case_id", "P001", "series", "cet1_ax"));
        assertTrue(m.getCancelReason().contains("no column 'cet1_ax'"), m.getCancelReason());
    }
}
