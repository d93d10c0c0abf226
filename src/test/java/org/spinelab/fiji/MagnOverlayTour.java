package org.spinelab.fiji;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Screenshots of MAGN's attention maps over the three views of a sample case, in plain ImageJ 1.x under
 * a display (a main class, not a unit test — run it like {@link ImageJ1GuiTour}, with the output folder
 * as its argument). It transfers the sagittal lesion to the coronal and axial series, trains a small
 * attention-guided MAGN on sample-data (tiny backbone, 32-pixel crops, 20 epochs: a couple of minutes
 * on 2 cores), classifies the case and photographs the three view windows at 500 % with their
 * heat-map overlays, colour bars and the lesion's outline (cyan) on that slice. Prints ok/FAILED per check; exit 1 on a failure.
 */
public final class MagnOverlayTour {

    private MagnOverlayTour() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path cohort = Path.of("sample-data/cohort.csv").toAbsolutePath();
        Path model = Files.createTempDirectory("spinelab-magn-tour");
        String caseId = args.length > 1 ? args[1] : "P002";
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.setProperty("plugins.dir", ImageJ1GuiTour.pluginsDirWithOurConfig().toString());
        new ImageJ();
        Thread.sleep(3000);
        String c = "cohort=[" + cohort + "] case_id=" + caseId;
        IJ.runMacro("setBatchMode(true);"
                + "run(\"Open Sample Case\", \"" + esc(c) + " series=cet1_sag\"); sag = getTitle();"
                + "run(\"Open Sample Case\", \"" + esc(c) + " series=mask_sag_reader1\"); sagMask = getTitle();"
                + "run(\"Open Sample Case\", \"" + esc(c) + " series=cet1_cor\"); cor = getTitle();"
                + "run(\"Open Sample Case\", \"" + esc(c) + " series=cet1_ax\"); ax = getTitle();"
                + "run(\"Transfer Labels\", \"source=[\" + sag + \"] labels=[\" + sagMask + \"] target=[\" + cor + \"] interpolation=shape outline=false\"); corMask = getTitle();"
                + "run(\"Transfer Labels\", \"source=[\" + sag + \"] labels=[\" + sagMask + \"] target=[\" + ax + \"] interpolation=shape outline=false\"); axMask = getTitle();"
                + "run(\"Train MAGN\", \"cohort=[" + esc(cohort.toString()) + "] views=sag,cor,ax attention=true folds=2 epochs=" + epochs
                + " backbone=tiny crop=32 batch=16 out=[" + esc(model.toString()) + "]\");"
                + "run(\"Classify with MAGN\", \"model=[" + esc(model.toString()) + "] sagittal=[\" + sag + \"] coronal=[\" + cor + \"] axial=[\" + ax"
                + " + \"] sagittal_mask=[\" + sagMask + \"] coronal_mask=[\" + corMask + \"] axial_mask=[\" + axMask + \"] map=attention lut=Fire opacity=0.5\");"
                + "print(\"probability \" + getResult(\"Probability\", 0));"
                + "outline(sag, sagMask); outline(cor, corMask); outline(ax, axMask);"
                + "close(sagMask); close(corMask); close(axMask);"
                + "setBatchMode(\"exit and display\");"
                // the lesion's outline on the slice the map is on, to judge where the network looks
                + "function outline(img, mask) { selectImage(img); s = getSliceNumber(); selectImage(mask); setSlice(s);"
                + " setThreshold(0.5, 1e9); run(\"Create Selection\"); selectImage(img); run(\"Restore Selection\");"
                + " Overlay.addSelection(\"cyan\", 1); Overlay.setPosition(s); run(\"Select None\"); }");
        Thread.sleep(3000);
        String[] series = {"cet1_sag", "cet1_cor", "cet1_ax"};
        int x = 0;
        Rectangle all = null;
        boolean ok = true;
        for (String s : series) {
            ImagePlus imp = WindowManager.getImage(caseId + " " + s);
            boolean has = imp != null && imp.getOverlay() != null && imp.getOverlay().size() >= 2;
            System.out.println((has ? "ok      " : "FAILED  ") + s + " has the map overlay and colour bar");
            ok &= has;
            if (imp == null) {
                continue;
            }
            IJ.selectWindow(imp.getID());
            IJ.run(imp, "Set... ", "zoom=500");
            Thread.sleep(1000);
            imp.getWindow().setLocation(x, 80);
            Thread.sleep(800);
            Rectangle b = imp.getWindow().getBounds();
            all = all == null ? b : all.union(b);
            x += b.width + 4;
        }
        if (all != null) {
            ImageIO.write(new Robot().createScreenCapture(all), "png", new File(out.toFile(), "magn-attention-three-views.png"));
        }
        System.exit(ok ? 0 : 1);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
