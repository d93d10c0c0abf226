package org.spinelab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.image.Geometry;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab info IMAGE}: what a volume is and where it sits in the patient. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print dimensions, spacing, origin, direction (LPS) and intensity range of an image.")
final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE", description = ".nii, .nii.gz, .nrrd, .tif or a DICOM series directory")
    Path image;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Volume v = VolumeIO.read(image);
        Geometry g = v.geometry();
        var out = spec.commandLine().getOut();
        double[] r = v.range();
        double[][] d = g.direction();
        out.println("file:       " + image);
        out.println("format:     " + VolumeIO.formatFor(image).name());
        out.printf(Locale.ROOT, "dimensions: %d x %d x %d%n", g.dim(0), g.dim(1), g.dim(2));
        out.println("spacing:    " + vec(g.spacing()) + " mm");
        out.println("origin:     " + vec(g.origin()) + " mm (LPS)");
        out.println("direction:  " + vec(new double[] {d[0][0], d[1][0], d[2][0]}) + " (i axis, LPS)");
        out.println("            " + vec(new double[] {d[0][1], d[1][1], d[2][1]}) + " (j axis)");
        out.println("            " + vec(new double[] {d[0][2], d[1][2], d[2][2]}) + " (k axis)");
        out.printf(Locale.ROOT, "range:      %s .. %s%n", num(r[0]), num(r[1]));
        out.println("pixel type: " + v.metadata().pixelType().name().toLowerCase(Locale.ROOT));
        if (v.metadata().modality() != null) {
            out.println("modality:   " + v.metadata().modality());
        }
        if (v.metadata().seriesDescription() != null) {
            out.println("series:     " + v.metadata().seriesDescription());
        }
        if (v.metadata().frameOfReferenceUid() != null) {
            out.println("frame of reference: " + v.metadata().frameOfReferenceUid());
        }
        out.flush();
        return 0;
    }

    private static String vec(double[] a) {
        return "(" + num(a[0]) + ", " + num(a[1]) + ", " + num(a[2]) + ")";
    }

    private static String num(double x) {
        String s = String.format(Locale.ROOT, "%.6f", x);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
