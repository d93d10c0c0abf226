package org.spinelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.synth.CohortWriter;
import org.spinelab.synth.ImageSize;
import org.spinelab.synth.SynthOptions;
import org.spinelab.synth.TextureModel;
import org.spinelab.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spinelab synth}: a synthetic multi-center cohort (see {@link CohortWriter}). */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic multi-center spine MRI cohort: DIR/cohort.csv plus NIfTI images",
            "(sagittal T1WI, FS-T2WI, CE-T1WI; coronal and axial CE-T1WI) and index-lesion masks."})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--patients", required = true, paramLabel = "N", description = "number of patients")
    int patients;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "cohort seed (same seed, same files)")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--size", defaultValue = "small", paramLabel = "small|full",
            description = "small: 128 mm FOV, ~2 mm pixels (default); full: the paper's 320 mm FOV")
    String size;

    @Option(names = "--separation", paramLabel = "X", defaultValue = "" + TextureModel.DEFAULT_SEPARATION,
            description = "class separation of the lesion texture; 0 = none beyond the clinical factors"
                    + " (default ${DEFAULT-VALUE})")
    double separation;

    @Option(names = "--preview", description = "also write DIR/preview/<id>.png contact sheets")
    boolean preview;

    @Option(names = "--dicom", description = "also write every image and mask as a DICOM series in"
            + " DIR/<id>/dicom/<name>/ (one frame of reference per patient)")
    boolean dicom;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SynthOptions o = new SynthOptions(patients, seed, out, ImageSize.parse(size), separation, preview, dicom, t);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        List<List<Object>> rows = CohortWriter.write(o, new ConsoleProgress(err));
        double s = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d patients to %s (%.1f s)%n", rows.size(),
                out.resolve("cohort.csv"), s);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Progress as a single updating line on stderr. */
    private record ConsoleProgress(PrintWriter err) implements Progress {
        @Override
        public synchronized void update(String task, long done, long total) {
            err.printf(Locale.ROOT, "\r%s: %d/%d", task, done, total);
            if (done == total) {
                err.println();
            }
            err.flush();
        }

        @Override
        public void message(String text) {
            err.println(text);
        }
    }
}
