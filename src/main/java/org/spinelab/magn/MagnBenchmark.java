package org.spinelab.magn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of one configuration on the current backend: after one warm-up minibatch,
 * {@code iterations} minibatches of toy crops are trained and timed (forward, backward, Adam update).
 * Peak memory is the process's peak resident set (VmHWM: Java heap plus ND4J's native buffers).
 */
public final class MagnBenchmark {

    /** One measurement. */
    public record Result(String backbone, double width, int crop, int views, int batch, int iterations, double seconds,
            double samplesPerSecond, long peakRssBytes, long parameters) {}

    private MagnBenchmark() {}

    public static Result run(Backbone backbone, double width, int crop, List<View> views, int batch, int iterations,
            int threads) {
        if (threads > 0) {
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
        MagnConfig c = new MagnConfig(backbone, width, views, true, 10.0, 0.5, crop, 1e-3, 0.9, 5, batch, 1, 1, false);
        MagnNetwork net = MagnNetwork.build(c);
        MagnTrainer.configure(net);
        List<MagnCase> warm = ToyData.generate(batch, crop, views, 1);
        net.sameDiff().fit(new ShuffledBatches(warm, c), 1);
        List<MagnCase> cases = ToyData.generate(batch * iterations, crop, views, 2);
        long t0 = System.nanoTime();
        net.sameDiff().fit(new ShuffledBatches(cases, c), 1);
        double s = (System.nanoTime() - t0) / 1e9;
        long params = 0;
        for (String n : net.stateNames()) {
            if (!n.endsWith("/mean") && !n.endsWith("/var")) {
                params += net.sameDiff().getArrForVarName(n).length();
            }
        }
        return new Result(backbone.id(), width, crop, views.size(), batch, iterations, s, cases.size() / s, peakRss(),
                params);
    }

    /** VmHWM of /proc/self/status in bytes (−1 where there is no /proc). */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
