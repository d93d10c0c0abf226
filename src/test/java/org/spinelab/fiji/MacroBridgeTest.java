package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ij.WindowManager;
import ij.plugin.frame.Recorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;

/**
 * The commands through ImageJ 1.x's macro interpreter, headless, as plain ImageJ 1.x runs them:
 * {@code run("…", "…")} resolved through our plugins.config by ImageJ's own command table, options
 * parsed by the bridge, images found by title, results read back by the macro.
 */
class MacroBridgeTest {

    static final LogCapture errors = new LogCapture();

    @BeforeAll
    static void install() throws Exception {
        ImageJ1.installPlugins();
        SharedContext.get().service(LogService.class).addLogListener(errors);
    }

    @AfterEach
    void close() {
        ImageJ1.closeAll();
    }

    static String macro(String code, String arg) {
        return ImageJ1.runMacro(code, arg, new StringBuilder());
    }

    static String quote(Path p) {
        return "[" + p.toAbsolutePath() + "]";
    }

    @Test
    void openMedicalVolumeFromAMacro() throws Exception {
        Brain1Reference ref = new Brain1Reference();
        String r = macro("""
                run("Open Medical Volume", "path=" + getArgument());
                getVoxelSize(w, h, d, unit);
                return "" + getWidth() + " " + getHeight() + " " + nSlices + " " + d + " " + unit + " "
                    + Property.get("spinelab.geometry");
                """, quote(ref.image));
        String[] t = r.split(" ");
        assertEquals(ref.sizes[0] + " " + ref.sizes[1] + " " + ref.sizes[2], t[0] + " " + t[1] + " " + t[2], r);
        assertEquals(ref.directions[2][2], Double.parseDouble(t[3]), 1e-4, r);
        assertEquals("mm", t[4]);
        // the geometry property: dims, then the 3x4 affine row by row; its last column is the NRRD origin
        for (int axis = 0; axis < 3; axis++) {
            assertEquals(ref.origin[axis], Double.parseDouble(t[5 + 3 + 4 * axis + 3]), 1e-9, r);
        }
    }

    @Test
    void rocComparisonFromAMacroReadsItsResultsWithGetResult() throws Exception {
        Path csv = Path.of(getClass().getResource("/stats/roc_ties.csv").toURI());
        String r = macro("""
                lines = split(File.openAsString(getArgument()), "\\n");
                columns = split(lines[0], ",");
                Table.reset("Results");
                for (i = 1; i < lines.length; i++) {
                    cells = split(lines[i], ",");
                    for (c = 0; c < columns.length; c++)
                        setResult(columns[c], i - 1, parseFloat(cells[c]));
                }
                run("ROC Comparison", "table=Results label=label scores=A,B,C");
                return "" + nResults + " " + getResultString("Model", 2) + " " + d2s(getResult("AUC", 2), 12)
                    + " " + d2s(getResult("p_vs_B", 0), 12);
                """, csv.toString());
        JsonNode ref = RocComparisonCommandTest.reference("roc_ties");
        String[] t = r.split(" ");
        assertEquals("3", t[0], r);
        assertEquals("C", t[1], r);
        assertEquals(ref.get("models").get("C").get("auc").asDouble(), Double.parseDouble(t[2]), 1e-9);
        assertEquals(ref.get("delong").get(0).get("p").asDouble(), Double.parseDouble(t[3]), 1e-9);
    }

    @Test
    void saveMedicalVolumeTakesTheImageByTitleAndKeepsTheGeometry(@TempDir Path dir) throws Exception {
        Brain1Reference ref = new Brain1Reference();
        Path out = dir.resolve("with space").resolve("brain1 copy.nii.gz");
        Files.createDirectories(out.getParent());
        macro("""
                run("Open Medical Volume", "path=" + getArgument());
                title = getTitle();
                newImage("other", "8-bit black", 4, 4, 1);
                run("Save Medical Volume", "image=[" + title + "] path=%s");
                """.formatted(quote(out)), quote(ref.image));
        Volume original = VolumeIO.read(ref.image);
        Volume saved = VolumeIO.read(out);
        assertTrue(saved.geometry().sameGridAs(original.geometry(), 1e-6), saved.geometry() + " vs " + original.geometry());
        assertArrayEquals(original.data(), saved.data());
    }

    @Test
    void transferLabelsRunsThroughTheBridgeWithImagesByTitleAndAChoice() {
        String r = macro("""
                dir = getArgument();
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_sag.nii.gz]"); rename("sag");
                run("Open Medical Volume", "path=[" + dir + "/P001/mask_sag_reader1.nii.gz]"); rename("sag-mask");
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_ax.nii.gz]"); rename("ax");
                run("Transfer Labels", "source=sag labels=sag-mask target=ax interpolation=nearest");
                out = getTitle();
                Stack.getStatistics(n, mean, min, max);
                selectImage("ax");
                return out + " " + getWidth() + "x" + getHeight() + "x" + nSlices + " max=" + max + " outlines=" + Overlay.size;
                """, Path.of("sample-data").toAbsolutePath().toString());
        assertTrue(r.startsWith("ax-labels "), r);
        assertTrue(r.contains(" max=1 "), "labels were transferred: " + r);
        assertTrue(!r.endsWith("outlines=0"), "outlines drawn on the target: " + r);
    }

    @Test
    void transferLabelsFromOverlayRoisOntoTwoTargetsThroughTheBridge() {
        // the lesion's bounding box on each sagittal slice of the reader's mask, drawn as a rectangle ROI
        // on that slice of the image's overlay; an optional image (target2) given, the ROI choice with a space
        String r = macro("""
                dir = getArgument();
                run("Open Medical Volume", "path=[" + dir + "/P001/mask_sag_reader1.nii.gz]"); mask = getTitle();
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_sag.nii.gz]"); rename("sag");
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_ax.nii.gz]"); rename("ax");
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_cor.nii.gz]"); rename("cor");
                rois = 0;
                for (z = 1; z <= nSlices; z++) {
                    selectImage(mask); setSlice(z);
                    x0 = getWidth(); y0 = getHeight(); x1 = -1; y1 = -1;
                    for (y = 0; y < getHeight(); y++) for (x = 0; x < getWidth(); x++) if (getPixel(x, y) > 0) {
                        x0 = minOf(x0, x); y0 = minOf(y0, y); x1 = maxOf(x1, x); y1 = maxOf(y1, y);
                    }
                    if (x1 >= 0) {
                        selectImage("sag"); setSlice(z);
                        makeRectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
                        Overlay.addSelection; Overlay.setPosition(z); rois++;
                    }
                }
                run("Transfer Labels", "source=sag labels_from=overlay target=ax target2=cor interpolation=nearest");
                selectImage("ax-labels"); Stack.getStatistics(n, mean, min, axMax);
                selectImage("cor-labels"); Stack.getStatistics(n, mean, min, corMax);
                selectImage("ax"); axOutlines = Overlay.size;
                selectImage("cor"); corOutlines = Overlay.size;
                return "rois=" + rois + " ax=" + axMax + "/" + axOutlines + " cor=" + corMax + "/" + corOutlines;
                """, Path.of("sample-data").toAbsolutePath().toString());
        assertTrue(r.matches("rois=[1-9]\\d* ax=1/[1-9]\\d* cor=1/[1-9]\\d*"), r);
    }

    @Test
    void aCommandThatOnlyCancelsStillStopsTheMacroWithItsReason() {
        // an input error in Transfer Labels cancels the command; the bridge makes that stop the macro
        String r = macro("""
                dir = getArgument();
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_sag.nii.gz]"); rename("sag");
                run("Open Medical Volume", "path=[" + dir + "/P001/mask_ax_true.nii.gz]"); rename("ax-mask");
                run("Open Medical Volume", "path=[" + dir + "/P001/cet1_ax.nii.gz]"); rename("ax");
                run("Transfer Labels", "source=sag labels=ax-mask target=ax interpolation=nearest");
                return "went on";
                """, Path.of("sample-data").toAbsolutePath().toString());
        assertNotEquals("went on", r, "the macro stopped at the error");
    }

    @Test
    void aBadPathAbortsTheMacroWithOneErrorNamingIt() {
        int before = errors.errors().size();
        String r = macro("""
                run("Open Medical Volume", "path=/nonexistent/t1.nii.gz");
                return "went on";
                """, "");
        assertNotEquals("went on", r, "the macro stopped at the error");
        var e = errors.errors().subList(before, errors.errors().size());
        assertEquals(1, e.size());
        assertTrue(e.get(0).text().contains("/nonexistent/t1.nii.gz"), e.get(0).text());
    }

    @Test
    void aMissingKeyIsNamedWithTheUsage() {
        int before = errors.errors().size();
        String r = macro("run(\"Open Medical Volume\", \"pth=/x.nii\"); return \"went on\";", "");
        assertNotEquals("went on", r, "the macro stopped at the error");
        String text = errors.errors().get(before).text();
        assertTrue(text.contains("missing path=") && text.contains("run(\"Open Medical Volume\", \"path=…\")"), text);
    }

    @Test
    void aNumberThatIsNotANumberAndAWrongChoiceAreNamed() {
        // the bridge's conversions, on a command of the test fixtures with such inputs
        var ctx = SharedContext.get();
        CommandInfo info = new CommandInfo(Fixtures.TypedInputs.class);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.spinelab.util.InvalidInputException.class,
                () -> Ij1CommandRunner.execute(ctx, info, Map.of("sigma", "two")));
        assertEquals("sigma=two: not a number", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.spinelab.util.InvalidInputException.class,
                () -> Ij1CommandRunner.execute(ctx, info, Map.of("mode", "cubic")));
        assertEquals("mode=cubic: expected one of [nearest, linear]", e.getMessage());
        Module m = Ij1CommandRunner.execute(ctx, info,
                MacroOptions.parse("sigma=2.5 mode=LINEAR verbose count=3", ij1Keys(info)));
        assertEquals(2.5, m.getInput("sigma"));
        assertEquals("linear", m.getInput("mode"));
        assertEquals(true, m.getInput("verbose"));
        assertEquals(3, m.getInput("count"));
        m = Ij1CommandRunner.execute(ctx, info, Map.of());
        assertEquals(1.0, m.getInput("sigma"), "absent keys keep the command's defaults");
        assertEquals(false, m.getInput("verbose"));
    }

    @Test
    void recordedOptionsOfEveryKindParseBackToTheSameValues() {
        var ctx = SharedContext.get();
        CommandInfo info = new CommandInfo(Fixtures.TypedInputs.class);
        boolean was = Recorder.record;
        String recorded;
        try {
            Recorder.record = true;
            Module m = Ij1CommandRunner.execute(ctx, info, Map.of("sigma", "2.5", "mode", "linear", "verbose", "true"));
            Ij1CommandRunner.record(info, m);
            recorded = Recorder.getCommandOptions();
        } finally {
            Recorder.record = was;
            Recorder.resetCommandOptions();
        }
        assertEquals("sigma=2.5 mode=linear verbose=true count=1", recorded);
        Module replay = Ij1CommandRunner.execute(ctx, info, MacroOptions.parse(recorded, ij1Keys(info)));
        assertEquals("2.5 linear true 1", replay.getOutput("echo"));
    }

    static List<org.scijava.module.ModuleItem<?>> ij1Keys(CommandInfo info) {
        return MacroKeys.of(info);
    }

    @Test
    void whatTheRecorderRecordsReplaysTheSameCommand(@TempDir Path dir) throws Exception {
        Brain1Reference ref = new Brain1Reference();
        Path spaced = dir.resolve("a folder").resolve("brain 1.nrrd");
        Files.createDirectories(spaced.getParent());
        Files.copy(ref.image, spaced);
        var ctx = SharedContext.get();
        CommandInfo info = ctx.service(CommandService.class).getCommand(OpenMedicalVolumeCommand.class);
        // what a run from the menu does once the dialog is closed, with the Recorder on
        boolean was = Recorder.record;
        String recorded;
        try {
            Recorder.record = true;
            Recorder.resetCommandOptions();
            Module m = Ij1CommandRunner.execute(ctx, info, Map.of("path", spaced.toString()));
            Ij1CommandRunner.record(info, m);
            recorded = Recorder.getCommandOptions();
        } finally {
            Recorder.record = was;
            Recorder.resetCommandOptions();
        }
        assertEquals("path=[" + spaced.toAbsolutePath() + "]", recorded);
        String r = macro("run(\"Open Medical Volume\", getArgument()); return \"\" + getWidth() + \" \" + nSlices;",
                recorded);
        assertEquals(ref.sizes[0] + " " + ref.sizes[2], r);
        assertEquals(1, WindowManager.getImageCount());
    }
}
