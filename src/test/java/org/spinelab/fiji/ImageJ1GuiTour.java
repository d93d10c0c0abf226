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

        // Transfer Labels from the ROI Manager through its dialog: the reader's lesion drawn as one
        // rectangle per sagittal slice (its bounding box), onto the axial and the coronal series at once
        Path sample = Path.of("sample-data").toAbsolutePath();
        IJ.runMacro("dir = \"" + sample + "\";"
                + "run(\"Open Medical Volume\", \"path=[\" + dir + \"/P001/cet1_ax.nii.gz]\"); rename(\"ax\");"
                + "run(\"Open Medical Volume\", \"path=[\" + dir + \"/P001/cet1_cor.nii.gz]\"); rename(\"cor\");"
                + "setBatchMode(true); run(\"Open Medical Volume\", \"path=[\" + dir + \"/P001/mask_sag_reader1.nii.gz]\");"
                + "mask = getImageID(); setBatchMode(false);"
                + "run(\"Open Medical Volume\", \"path=[\" + dir + \"/P001/cet1_sag.nii.gz]\"); rename(\"sag\"); sag = getImageID();"
                + "roiManager(\"reset\");"
                + "for (z = 1; z <= nSlices; z++) { selectImage(mask); setSlice(z);"
                + "  x0 = getWidth(); y0 = getHeight(); x1 = -1; y1 = -1;"
                + "  for (y = 0; y < getHeight(); y++) for (x = 0; x < getWidth(); x++) if (getPixel(x, y) > 0) {"
                + "    x0 = minOf(x0, x); y0 = minOf(y0, y); x1 = maxOf(x1, x); y1 = maxOf(y1, y); }"
                + "  if (x1 >= 0) { selectImage(sag); setSlice(z); makeRectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);"
                + "    Roi.setPosition(z); roiManager(\"add\"); } }"
                + "selectImage(mask); close(); selectImage(sag); run(\"Select None\");");
        Thread.sleep(2000);
        check(ij.plugin.frame.RoiManager.getInstance() != null && ij.plugin.frame.RoiManager.getInstance().getCount() > 0,
                "the lesion's ROIs are in the ROI Manager");
        IJ.doCommand("Transfer Labels");
        gd = dialog("Transfer Labels");
        java.util.Vector<?> choices = gd.getChoices();
        ((java.awt.Choice) choices.get(0)).select("sag");
        ((java.awt.Choice) choices.get(1)).select(TransferLabelsCommand.FROM_ROI_MANAGER);
        check(DialogHarvester.NO_IMAGE.equals(((java.awt.Choice) choices.get(2)).getSelectedItem()),
                "the optional label image offers and preselects '" + DialogHarvester.NO_IMAGE + "'");
        ((java.awt.Choice) choices.get(3)).select("ax");
        ((java.awt.Choice) choices.get(4)).select("cor");
        ((java.awt.Choice) choices.get(5)).select("linear");
        Thread.sleep(500);
        shot("dialog-transfer-labels", gd.getBounds());
        ok(gd);
        Thread.sleep(4000);
        ImagePlus ax = WindowManager.getImage("ax");
        check(WindowManager.getImage("ax-labels") != null && WindowManager.getImage("cor-labels") != null,
                "Transfer Labels from the ROI Manager made ax-labels and cor-labels");
        check(ax.getOverlay() != null && ax.getOverlay().size() > 0, "the transferred outlines are on the axial");
        if (ax.getOverlay() != null && ax.getOverlay().size() > 0) {
            ax.setSlice(ax.getOverlay().get(ax.getOverlay().size() / 2).getPosition());
            ax.getWindow().toFront();
            IJ.run(ax, "Set... ", "zoom=600");
            Thread.sleep(1500);
            ax.getWindow().setLocation(0, 100);
            Thread.sleep(1000);
            shot("transfer-roi-outline-axial", ax.getWindow().getBounds());
        }

        // Fit Logistic Model with its nomogram, and Apply Nomogram's marked patient (the macros)
        IJ.runMacroFile(Path.of("macros/fit_logistic_model.ijm").toAbsolutePath().toString(), scores.toString());
        Thread.sleep(2500);
        Window nomogram = frame("Nomogram (radscore + clinical)");
        check(nomogram != null, "Fit Logistic Model showed the nomogram");
        if (nomogram != null) {
            shot("nomogram-figure", nomogram.getBounds());
        }
        IJ.runMacroFile(Path.of("macros/apply_nomogram.ijm").toAbsolutePath().toString(), scores.toString());
        Thread.sleep(2500);
        Window patient = frame("Nomogram: patient");
        check(patient != null, "Apply Nomogram showed the nomogram with the patient marked");
        if (patient != null) {
            shot("nomogram-patient", patient.getBounds());
        }

        String recorded = recorderText(recorder);
        System.out.println("Recorder:\n" + recorded);
        check(recorded.contains("run(\"Open Medical Volume\", \"path=" + brain + "\");"), "the menu run of Open Medical Volume was recorded");
        check(recorded.contains("run(\"ROC Comparison\", \"table=roc_example.csv label=label scores=radscore,clinical\");"),
                "the menu run of ROC Comparison was recorded with every key");
        check(!recorded.contains("missing"), "the failed run was not recorded");
        check(recorded.contains("run(\"Transfer Labels\", \"source=sag labels_from=[roi manager] target=ax target2=cor"
                + " interpolation=linear"), "the menu run of Transfer Labels was recorded with the ROI choice and both targets");
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
