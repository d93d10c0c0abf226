package org.spinelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.RadiomicsExtractor;
import org.spinelab.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spinelab bench extract}: how fast feature extraction runs — one case in memory (features/s,
 * wall time per extraction) and a cohort from files on 1 and on {@code --threads} threads (cases/s).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Benchmark radiomics extraction: one case (Original image) and cohort throughput.")
final class BenchExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--image", defaultValue = "../shared/conformance/pyradiomics/brain1_image.nrrd",
            description = "Image (default: ${DEFAULT-VALUE}).")
    Path image;

    @Option(names = "--mask", defaultValue = "../shared/conformance/pyradiomics/brain1_label.nrrd",
            description = "Mask (default: ${DEFAULT-VALUE}).")
    Path mask;

    @Option(names = "--params", description = "Parameter file (default: PyRadiomics' defaults, Original image, all classes).")
    Path params;

    @Option(names = "--repeat", defaultValue = "30", description = "Timed extractions of the single case (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--cases", defaultValue = "24", description = "Cases in the cohort run (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the parallel cohort run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cohort", description = "Cohort table for the throughput run (default: --cases copies of --image/--mask).")
    Path cohort;

    @Option(names = "--image-column", defaultValue = "cet1_ax", description = "Cohort image column (default: ${DEFAULT-VALUE}).")
    String imageColumn;

    @Option(names = "--mask-column", defaultValue = "mask_ax_true", description = "Cohort mask column (default: ${DEFAULT-VALUE}).")
    String maskColumn;

    @Option(names = "--diagnostics", description = "Also compute the diagnostics_* entries (hashes, bounding box, …).")
    boolean diagnostics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionParameters p = params == null ? ExtractionParameters.defaults() : ExtractionParameters.load(params);
        RadiomicsExtractor ex = new RadiomicsExtractor(p.withSettings(p.settings().with("additionalInfo", diagnostics)));
        Volume img = VolumeIO.read(image);
        LabelVolume lab = VolumeIO.readLabels(mask);
        int features = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L; // JIT warm-up: 20 runs or 3 s, whichever ends first
        for (int w = 0; w < 20 && (w == 0 || System.nanoTime() < warmUntil); w++) {
            features = ex.extract(img, lab, image.toString(), mask.toString()).features().size();
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[repeat];
        double[] cpuMs = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ex.extract(img, lab, image.toString(), mask.toString());
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpuMs[r] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        double median = ms[repeat / 2];
        out.printf("case: %s (%d×%d×%d image), %d features per extraction (image types: %s)%n", image.getFileName(),
                img.nx(), img.ny(), img.nz(), features, p.imageTypes().keySet());
        out.printf("single case in memory: wall median %.2f ms (min %.2f), CPU median %.2f ms over %d runs → %.0f features/s"
                + " (wall), %.0f features/s (CPU)%n", median, ms[0], cpuMs[repeat / 2], repeat, features / (median / 1000),
                features / (cpuMs[repeat / 2] / 1000));

        CohortExtractor batch = new CohortExtractor(ex);
        List<CohortExtractor.Case> list = new ArrayList<>();
        if (cohort != null) {
            org.spinelab.util.CsvTable t = org.spinelab.util.CsvTable.read(cohort);
            Path dir = cohort.toAbsolutePath().getParent();
            for (int r = 0; r < t.rowCount(); r++) {
                list.add(new CohortExtractor.Case(Integer.toString(r), dir.resolve(t.get(r, imageColumn)),
                        dir.resolve(t.get(r, maskColumn))));
            }
        } else {
            for (int c = 0; c < cases; c++) {
                list.add(new CohortExtractor.Case(Integer.toString(c), image, mask));
            }
        }
        batch.extractAll(list.subList(0, Math.min(4, list.size())), threads, Progress.NONE); // warm-up
        double one = run(batch, list, 1);
        double many = run(batch, list, threads);
        out.printf("cohort of %d cases from files%s: 1 thread %.2f cases/s, %d threads %.2f cases/s (×%.2f)%n", list.size(),
                cohort == null ? "" : " (" + cohort + ": " + imageColumn + ", " + maskColumn + ")", one,
                threads, many, many / one);
        out.flush();
        return 0;
    }

    private static double run(CohortExtractor batch, List<CohortExtractor.Case> list, int threads) {
        long t0 = System.nanoTime();
        List<CohortExtractor.Outcome> o = batch.extractAll(list, threads, Progress.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        if (o.stream().anyMatch(CohortExtractor.Outcome::failed)) {
            throw new IllegalStateException("a benchmark case failed: " + o.get(0).error());
        }
        return list.size() / s;
    }
}
