package org.spinelab.fiji;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.Menus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextArea;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.imageio.ImageIO;

/**
 * Not a unit test: a tour of the commands in plain ImageJ 1.x with a display (e.g. under Xvfb), as a
 * user clicks through them, that takes the README's screenshots and checks what only a display can
 * show — ImageJ's own menu installer reading our {@code plugins.config}, the dialogs, the Macro
 * Recorder's lines after runs from the menu (a failed run not recorded), the error dialog, the plot.
 * Exits with status 1 when a check fails. See the README's Fiji section for the command line.
 */
public final class ImageJ1GuiTour {

    private static Path out;
    private static boolean failed;

    private ImageJ1GuiTour() {}

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path brain = Path.of("../shared/conformance/pyradiomics/brain1_image.nrrd").toAbsolutePath().normalize();
        Path label = Path.of("../shared/conformance/pyradiomics/brain1_label.nrrd").toAbsolutePath().normalize();
        Path scores = Path.of("macros/data/roc_example.csv").toAbsolutePath();
        Path cohort = Path.of("sample-data/cohort.csv").toAbsolutePath();

        System.setProperty("plugins.dir", pluginsDirWithOurConfig().toString());
        new ImageJ();
        Thread.sleep(3000);
        check(String.valueOf(Menus.getCommands().get("ROC Comparison"))
                .equals(Ij1CommandRunner.class.getName() + "(\"" + RocComparisonCommand.class.getName() + "\")"),
                "ImageJ's menu installer registered ROC Comparison from plugins.config");
        menuShot();

        IJ.run("Record...");
        Thread.sleep(1500);
        Frame recorder = WindowManager.getFrame("Recorder");
        recorder.setLocation(700, 500);

        // Open Medical Volume from the menu, through its dialog
        IJ.doCommand("Open Medical Volume");
        GenericDialog gd = dialog("Open Medical Volume");
        ((TextField) gd.getStringFields().get(0)).setText(brain.toString());
        ok(gd);
        Thread.sleep(3000);
        // its label as an outline with ImageJ's built-ins, to look at the geometry
        IJ.runMacro("setBatchMode(true); run(\"Open Medical Volume\", \"path=[" + label + "]\"); lab = getTitle();"
                + "setSlice(15); setThreshold(1, 1e9); run(\"Create Selection\"); setBatchMode(false);"
                + "selectImage(\"brain1_image.nrrd\"); setSlice(15); run(\"Restore Selection\");"
                + "Overlay.addSelection(\"yellow\", 2); Overlay.setPosition(15); run(\"Select None\");"
                + "setMinAndMax(0, 1200); selectImage(lab); close();");
        Thread.sleep(1500);
        ImagePlus imp = WindowManager.getCurrentImage();
        imp.getWindow().setLocation(0, 120);
        Thread.sleep(1000);
        shot("brain1-label-outline", imp.getWindow().getBounds());

        // the ROC macro, then ROC Comparison from the menu on a table window
        IJ.runMacroFile(Path.of("macros/roc_comparison.ijm").toAbsolutePath().toString(), scores.toString());
        Thread.sleep(3000);
        Window plot = frame("ROC curves");
        check(plot != null, "the ROC plot window opened");
        shot("roc-plot", plot.getBounds());
        Frame results = WindowManager.getFrame("Results");
        results.setSize(1100, 92);
        results.setLocation(0, 620);
        Thread.sleep(800);
        shot("roc-results-table", results.getBounds());
        IJ.open(scores.toString());
        Thread.sleep(1500);
        IJ.doCommand("ROC Comparison");
        gd = dialog("ROC Comparison");
        ((TextField) gd.getStringFields().get(0)).setText(scores.getFileName().toString());
        ((TextField) gd.getStringFields().get(2)).setText("radscore,clinical");
        Thread.sleep(500);
        shot("dialog-roc-comparison", gd.getBounds());
        ok(gd);
        Thread.sleep(3000);

        // a bad path: one error dialog, and nothing recorded
        IJ.doCommand("Open Medical Volume");
        gd = dialog("Open Medical Volume");
        ((TextField) gd.getStringFields().get(0)).setText("/data/missing/t1_sag.nii.gz");
        ok(gd);
        Thread.sleep(2000);
        Window error = dialogTitled("Open Medical Volume");
        check(error != null, "an error dialog opened for the missing file");
        shot("error-dialog", error.getBounds());
        click(error, "OK");
        Thread.sleep(1000);

        // a sample case with its mask overlay
        IJ.runMacro("run(\"Open Sample Case\", \"cohort=[" + cohort + "] case_id=P001 series=t2fs_sag mask=mask_sag_reader1\");"
                + "Overlay.activateSelection(floor(Overlay.size / 2)); s = getSliceNumber(); run(\"Select None\"); setSlice(s);"
                + "run(\"Set... \", \"zoom=600\");");
        Thread.sleep(2000);
        imp = WindowManager.getCurrentImage();
        imp.getWindow().setLocation(0, 100);
        Thread.sleep(1000);
        shot("sample-case-overlay", imp.getWindow().getBounds());

        String recorded = recorderText(recorder);
        System.out.println("Recorder:\n" + recorded);
        check(recorded.contains("run(\"Open Medical Volume\", \"path=" + brain + "\");"), "the menu run of Open Medical Volume was recorded");
        check(recorded.contains("run(\"ROC Comparison\", \"table=roc_example.csv label=label scores=radscore,clinical\");"),
                "the menu run of ROC Comparison was recorded with every key");
        check(!recorded.contains("missing"), "the failed run was not recorded");
        recorder.toFront();
        Thread.sleep(800);
        Rectangle r = recorder.getBounds();
        shot("macro-recorder", new Rectangle(r.x, r.y, r.width, 110));
        System.exit(failed ? 1 : 0);
    }

    /** A plugins directory whose jar (name with an underscore, as ImageJ requires) holds our plugins.config. */
    static Path pluginsDirWithOurConfig() throws Exception {
        Path plugins = Files.createTempDirectory("spinelab-tour").resolve("plugins");
        Files.createDirectories(plugins);
        try (InputStream config = ImageJ1GuiTour.class.getResourceAsStream("/plugins.config");
                OutputStream o = Files.newOutputStream(plugins.resolve("Spine_Radiomics.jar"));
                JarOutputStream jar = new JarOutputStream(o)) {
            jar.putNextEntry(new JarEntry("plugins.config"));
            config.transferTo(jar);
            jar.closeEntry();
        }
        return plugins;
    }

    /** Opens Plugins › Spine Radiomics by clicking, and photographs the menu. */
    private static void menuShot() throws Exception {
        Robot robot = new Robot();
        Point ij = IJ.getInstance().getLocationOnScreen();
        // "Plugins" is the sixth menu; positions measured on ImageJ 1.54p's default font
        click(robot, ij.x + 321, ij.y + 12);
        click(robot, ij.x + 344, ij.y + 156);
        shot("imagej-menu", new Rectangle(ij.x - 24, ij.y, 760, 285));
        robot.keyPress(java.awt.event.KeyEvent.VK_ESCAPE);
        robot.keyRelease(java.awt.event.KeyEvent.VK_ESCAPE);
        robot.keyPress(java.awt.event.KeyEvent.VK_ESCAPE);
        robot.keyRelease(java.awt.event.KeyEvent.VK_ESCAPE);
        Thread.sleep(500);
    }

    private static void click(Robot robot, int x, int y) throws InterruptedException {
        robot.mouseMove(x, y);
        Thread.sleep(400);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(1200);
    }

    private static GenericDialog dialog(String title) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (Window w : Window.getWindows()) {
                if (w instanceof GenericDialog g && w.isShowing() && title.equals(g.getTitle())) {
                    Thread.sleep(800);
                    return g;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no dialog " + title);
    }

    private static Window dialogTitled(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Dialog d && w.isShowing() && d.getTitle().contains(title)) {
                return w;
            }
        }
        return null;
    }

    private static Window frame(String titlePart) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Frame f && w.isShowing() && f.getTitle().contains(titlePart)) {
                return w;
            }
        }
        return null;
    }

    private static void ok(GenericDialog gd) {
        Button ok = gd.getButtons()[0];
        gd.actionPerformed(new ActionEvent(ok, ActionEvent.ACTION_PERFORMED, "OK"));
    }

    private static void click(Container c, String label) {
        for (Component k : c.getComponents()) {
            if (k instanceof Button b && b.getLabel().trim().equals(label)) {
                for (ActionListener l : b.getActionListeners()) {
                    l.actionPerformed(new ActionEvent(b, ActionEvent.ACTION_PERFORMED, label));
                }
                return;
            }
            if (k instanceof Container kk) {
                click(kk, label);
            }
        }
    }

    private static String recorderText(Container c) {
        for (Component k : c.getComponents()) {
            if (k instanceof TextArea t) {
                return t.getText();
            }
            if (k instanceof Container kk) {
                String s = recorderText(kk);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static void check(boolean ok, String what) {
        System.out.println((ok ? "ok      " : "FAILED  ") + what);
        failed |= !ok;
    }

    private static void shot(String name, Rectangle r) throws Exception {
        ImageIO.write(new Robot().createScreenCapture(r), "png", new File(out.toFile(), name + ".png"));
    }
}
