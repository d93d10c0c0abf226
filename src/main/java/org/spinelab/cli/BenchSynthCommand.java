package org.spinelab.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spinelab.synth.CohortPlan;
import org.spinelab.synth.ImageSize;
import org.spinelab.synth.PatientGenerator;
import org.spinelab.synth.PatientSpec;
import org.spinelab.synth.TextureModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spinelab bench synth}: patients generated per second (images and masks in memory, one
 * thread, after a warm-up cohort; wall and CPU time), and clinical-only draws per second.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, description = "Rate of synthetic patient generation.")
final class BenchSynthCommand implements Callable<Integer> {

    @Option(names = "--patients", defaultValue = "20", description = "patients timed (default ${DEFAULT-VALUE})")
    int patients;

    @Option(names = "--size", defaultValue = "small", description = "small or full (default ${DEFAULT-VALUE})")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImageSize s = ImageSize.parse(size);
        PatientGenerator gen = new PatientGenerator(s, TextureModel.DEFAULT_SEPARATION);
        for (PatientSpec p : CohortPlan.patients(Math.max(3, patients / 4), 999)) {
            gen.generate(p); // warm-up: JIT
        }
        List<PatientSpec> specs = CohortPlan.patients(patients, 1);
        // CPU time of this thread as well as wall time: on a shared machine the wall rate understates.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long voxels = 0;
        for (PatientSpec p : specs) {
            for (var v : gen.generate(p).images()) {
                voxels += v.volume().data().length;
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long c0 = System.nanoTime();
        int clinical = 100_000;
        CohortPlan.patients(clinical, 2);
        double csec = (System.nanoTime() - c0) / 1e9;
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "synth images (%s, 1 thread): %d patients in %.2f s = %.2f patients/s (%.2f Mvoxel/s of images)%n",
                s.name(), patients, sec, patients / sec, voxels / sec / 1e6);
        out.printf(Locale.ROOT, "synth images (%s): %.2f patients per CPU-second (%.3f CPU-s per patient)%n", s.name(),
                patients / cpu, cpu / patients);
        out.printf(Locale.ROOT, "synth clinical only: %d patients in %.3f s = %.0f patients/s%n", clinical, csec,
                clinical / csec);
        out.flush();
        return 0;
    }
}
