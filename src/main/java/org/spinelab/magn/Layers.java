package org.spinelab.magn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds the SameDiff layers of the network, creating each parameter once and reusing it when the
 * same layer is built again (the training and the inference path share their weights).
 *
 * <p>Initialisation: He uniform (He et al. 2015), W ~ U(−√(6/fan_in), +√(6/fan_in)) with fan_in =
 * kH·kW·C_in, as the paper states; biases 0, batch-norm γ = 1, β = 0, running mean 0, variance 1.
 *
 * <p>Batch normalisation uses the minibatch's statistics on the training path and running
 * statistics (SameDiff constants, set after training from the training data; see
 * {@link MagnTrainer}) on the inference path. The batch statistics are named
 * {@code <layer>/batch_mean} and {@code <layer>/batch_var} so the trainer can read them.
 */
final class Layers {

    static final double BN_EPS = 1e-5;

    private final SameDiff sd;
    private final DataType type;
    private final Random random;
    private final List<String> stateNames = new ArrayList<>();
    private final List<String> batchNormLayers = new ArrayList<>();

    Layers(SameDiff sd, DataType type, long seed) {
        this.sd = sd;
        this.type = type;
        this.random = new Random(seed);
    }

    SameDiff sd() {
        return sd;
    }

    DataType type() {
        return type;
    }

    /** Names of the batch-norm layers, in creation order. */
    List<String> batchNormLayers() {
        return batchNormLayers;
    }

    /** Names of every parameter and running statistic created, in creation order. */
    List<String> stateNames() {
        return stateNames;
    }

    /** A trainable variable, He-uniform initialised for fan_in {@code fanIn} (0: zeros). */
    SDVariable param(String name, int fanIn, long... shape) {
        if (sd.hasVariable(name)) {
            return sd.getVariable(name);
        }
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] v = new double[(int) n];
        if (fanIn > 0) {
            double limit = Math.sqrt(6.0 / fanIn);
            for (int i = 0; i < v.length; i++) {
                v[i] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        stateNames.add(name);
        return sd.var(name, Nd4j.create(v, shape, type));
    }

    SDVariable filled(String name, double value, long... shape) {
        if (sd.hasVariable(name)) {
            return sd.getVariable(name);
        }
        stateNames.add(name);
        return sd.var(name, Nd4j.valueArrayOf(shape, value, type));
    }

    SDVariable constant(String name, double value, long... shape) {
        if (sd.hasVariable(name)) {
            return sd.getVariable(name);
        }
        INDArray a = Nd4j.valueArrayOf(shape, value, type);
        stateNames.add(name);
        return sd.constant(name, a);
    }

    /** k×k convolution (SAME padding, no bias: a batch norm follows), weights [k, k, C_in, C_out]. */
    SDVariable conv(String name, SDVariable x, int k, int stride, int cin, int cout) {
        SDVariable w = param(name + "/W", k * k * cin, k, k, cin, cout);
        Conv2DConfig c = Conv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).dH(1).dW(1)
                .paddingMode(PaddingMode.SAME).dataFormat("NCHW").build();
        return sd.cnn().conv2d(x, w, c);
    }

    /** Batch normalisation over (N, H, W) per channel: γ·(x − μ)/√(σ² + ε) + β. */
    SDVariable batchNorm(String name, SDVariable x, int channels, boolean training) {
        if (!batchNormLayers.contains(name)) {
            batchNormLayers.add(name);
        }
        SDVariable gamma = filled(name + "/gamma", 1.0, channels).reshape(1, channels, 1, 1);
        SDVariable beta = filled(name + "/beta", 0.0, channels).reshape(1, channels, 1, 1);
        SDVariable mean;
        SDVariable var;
        if (training) {
            mean = sd.mean(name + "/batch_mean", x, true, 0, 2, 3);
            var = sd.mean(name + "/batch_var", sd.math().square(x.sub(mean)), true, 0, 2, 3);
        } else {
            mean = constant(name + "/mean", 0.0, channels).reshape(1, channels, 1, 1);
            var = constant(name + "/var", 1.0, channels).reshape(1, channels, 1, 1);
        }
        return x.sub(mean).div(sd.math().sqrt(var.add(BN_EPS))).mul(gamma).add(beta);
    }

    SDVariable relu(SDVariable x) {
        return sd.nn().relu(x, 0.0);
    }

    SDVariable maxPool3s2(SDVariable x) {
        Pooling2DConfig c = Pooling2DConfig.builder().kH(3).kW(3).sH(2).sW(2).dH(1).dW(1)
                .paddingMode(PaddingMode.SAME).isNHWC(false).build();
        return sd.cnn().maxPooling2d(x, c);
    }
}
