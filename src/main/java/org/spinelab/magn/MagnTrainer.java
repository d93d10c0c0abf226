package org.spinelab.magn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import org.spinelab.util.Progress;

/**
 * Trains a MAGN network: Adam with learning rate lr·decay^⌊epoch/every⌋ (paper: 1e-3, ×0.9 every 5
 * epochs), minibatches of {@code batchSize}, reshuffled every epoch.
 *
 * <p>After training, the batch-norm running statistics are set from the training data: every layer's
 * batch mean and variance are averaged over one pass of minibatches (weighted by batch size) with
 * the final weights ("precise BN"). This replaces the moving averages a framework layer keeps and
 * makes inference independent of the training order.
 */
public final class MagnTrainer {

    private MagnTrainer() {}

    /** A freshly built network trained on {@code cases}. */
    public static MagnNetwork train(MagnConfig config, List<MagnCase> cases, Progress progress) {
        MagnNetwork net = MagnNetwork.build(config);
        fit(net, cases, progress);
        return net;
    }

    /** Trains {@code net} in place for {@code config.epochs()} epochs, then sets its running statistics. */
    public static void fit(MagnNetwork net, List<MagnCase> cases, Progress progress) {
        MagnConfig c = net.config();
        configure(net);
        ShuffledBatches batches = new ShuffledBatches(cases, c);
        for (int e = 0; e < c.epochs(); e++) {
            batches.reset();
            net.sameDiff().fit(batches, 1);
            progress.update("magn train", e + 1, c.epochs());
        }
        setRunningStatistics(net, cases);
    }

    /** Sets the optimiser and the mapping of minibatch arrays to placeholders. */
    static void configure(MagnNetwork net) {
        MagnConfig c = net.config();
        List<String> features = new ArrayList<>();
        List<String> labels = new ArrayList<>(List.of(MagnNetwork.LABEL));
        for (View v : c.views()) {
            features.add(MagnNetwork.input(v));
            if (c.attention()) {
                labels.add(MagnNetwork.mask(v));
            }
        }
        TrainingConfig tc = new TrainingConfig.Builder()
                .updater(new Adam(new StepSchedule(ScheduleType.EPOCH, c.learningRate(), c.decayRate(),
                        c.decayEveryEpochs())))
                .dataSetFeatureMapping(features)
                .dataSetLabelMapping(labels)
                .build();
        net.sameDiff().setTrainingConfig(tc);
        createGradientsQuietly(net);
    }

    /**
     * Builds the backward graph now. SameDiff 1.0.0-M2.1 prints one "Added differentiated op" line per
     * op on System.out while doing so, which would pollute the CLI's standard output; those lines are
     * withheld, anything else still goes through.
     */
    static synchronized void createGradientsQuietly(MagnNetwork net) {
        if (net.sameDiff().getFunction("grad") != null) {
            return;
        }
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public void write(int b) {
                line.write(b);
                if (b == '\n') {
                    String s = line.toString(java.nio.charset.StandardCharsets.UTF_8);
                    line.reset();
                    if (!s.startsWith("Added differentiated op")) {
                        original.print(s);
                    }
                }
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            net.sameDiff().createGradFunction();
        } finally {
            System.setOut(original);
        }
    }

    /** Averages every batch-norm layer's batch statistics over the cases (see class comment). */
    static void setRunningStatistics(MagnNetwork net, List<MagnCase> cases) {
        MagnConfig c = net.config();
        List<String> layers = net.batchNormLayers();
        String[] names = new String[2 * layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            names[2 * i] = layers.get(i) + "/batch_mean";
            names[2 * i + 1] = layers.get(i) + "/batch_var";
        }
        INDArray[] sums = new INDArray[names.length];
        int total = 0;
        for (int start = 0; start < cases.size(); start += c.batchSize()) {
            List<MagnCase> batch = cases.subList(start, Math.min(cases.size(), start + c.batchSize()));
            Map<String, INDArray> out = net.output(Batches.inputs(batch, c), names);
            for (int i = 0; i < names.length; i++) {
                INDArray v = out.get(names[i]).reshape(-1).mul(batch.size());
                sums[i] = sums[i] == null ? v : sums[i].addi(v);
            }
            total += batch.size();
        }
        if (total == 0) {
            return;
        }
        for (int i = 0; i < layers.size(); i++) {
            net.sameDiff().getArrForVarName(layers.get(i) + "/mean").assign(sums[2 * i].div(total));
            net.sameDiff().getArrForVarName(layers.get(i) + "/var").assign(sums[2 * i + 1].div(total));
        }
    }
}
