package org.spinelab.magn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The MAGN graph (paper, Fig. 3 and eqs. 1–4) in SameDiff.
 *
 * <p>For each view v: ResNet features F_v [N, C_v, h, w] → LSE pooling → p_v [N, C_v]. The pooled
 * vectors are concatenated, p = [p_sag, p_cor, p_ax], and a fully connected layer with a sigmoid gives
 * ŷ = σ(p·W + b). W is the concatenation of the per-view slices W_v, so the CAM of view v is
 * CAM_v = Σ_c W_{v,c}·F_{v,c}.
 *
 * <p>Loss (eq. 4): L = L_C + λ·Σ_v L_S,v with λ = 0.5 (configurable),
 * <ul>
 * <li>L_C = −(1/N)·Σ_i [y_i·log ŷ_i + (1 − y_i)·log(1 − ŷ_i)] (eq. 1; the paper's formula lacks the
 * brackets but names it the binary cross-entropy), computed from the logit z as
 * (1/N)·Σ_i [softplus(z_i) − y_i·z_i];</li>
 * <li>L_S,v = (1/N)·Σ_i mean_hw (s_i − ŝ_i)² (eq. 2; the paper's leading minus would reward a
 * mismatch, so it is read as the mean square error the text describes), s the lesion mask
 * area-downsampled to the CAM grid, ŝ the min–max-normalised CAM_v;</li>
 * <li>L_S,all = Σ over the branches present (eq. 3). Without attention, L = L_C.</li>
 * </ul>
 *
 * <p>Two paths share the weights: a training path (batch-norm batch statistics) that carries the
 * loss, and an inference path (running statistics) that gives {@code prob}, {@code cam_<v>} and
 * {@code att_<v>}.
 */
public final class MagnNetwork {

    public static final String LABEL = "y";
    public static final String PROB = "prob";
    public static final String LOGIT = "logit";
    public static final String LOSS = "loss";
    public static final String LOSS_CLASS = "loss_c";
    public static final String TRAIN_PROB = "train/prob";

    private final MagnConfig config;
    private final SameDiff sd;
    private final List<String> batchNormLayers;
    private final int[] channels;
    private final List<String> stateNames;

    private MagnNetwork(MagnConfig config, SameDiff sd, List<String> bn, int[] channels, List<String> stateNames) {
        this.stateNames = stateNames;
        this.config = config;
        this.sd = sd;
        this.batchNormLayers = bn;
        this.channels = channels;
    }

    public static String input(View v) {
        return "x_" + v.id();
    }

    public static String mask(View v) {
        return "m_" + v.id();
    }

    public static String cam(View v) {
        return "cam_" + v.id();
    }

    public static String attention(View v) {
        return "att_" + v.id();
    }

    /** Inference-path feature maps [N, C, h, w] of view v (the last ResNet stage). */
    public static String features(View v) {
        return "feat_" + v.id();
    }

    public static String trainCam(View v) {
        return "train/cam_" + v.id();
    }

    public static String segmentationLoss(View v) {
        return "loss_s_" + v.id();
    }

    /** Builds the graph with freshly initialised (He-uniform, seeded) parameters. */
    public static MagnNetwork build(MagnConfig config) {
        DataType t = config.doublePrecision() ? DataType.DOUBLE : DataType.FLOAT;
        SameDiff sd = SameDiff.create();
        Layers layers = new Layers(sd, t, config.seed());
        ResNetBranch branch = new ResNetBranch(layers, config.backbone(), config.widthMultiplier());
        int s = config.crop();
        int hw = config.camSize();
        List<View> views = config.views();
        int c = branch.outChannels();
        int[] channels = new int[views.size()];
        Map<View, SDVariable> x = new LinkedHashMap<>();
        for (View v : views) {
            x.put(v, sd.placeHolder(input(v), t, -1, 1, s, s));
        }
        SDVariable y = sd.placeHolder(LABEL, t, -1, 1);
        int total = c * views.size();
        List<SDVariable> weights = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            channels[i] = c;
        }
        // Training path first, so parameters are created (and seeded) in a fixed order.
        Map<View, SDVariable> trainFeatures = new LinkedHashMap<>();
        for (View v : views) {
            trainFeatures.put(v, branch.features(v.id(), x.get(v), true));
        }
        for (View v : views) {
            weights.add(layers.param("fc/W_" + v.id(), total, c, 1));
        }
        SDVariable bias = layers.filled("fc/b", 0.0, 1, 1);
        SDVariable w = sd.concat(0, weights.toArray(new SDVariable[0]));

        SDVariable trainLogit = head(sd, config, views, trainFeatures, w, bias, "train/");
        sd.nn().sigmoid(TRAIN_PROB, trainLogit);
        SDVariable lossC = sd.mean(LOSS_CLASS, sd.nn().softplus(trainLogit).sub(y.mul(trainLogit)));
        SDVariable loss = lossC;
        if (config.attention()) {
            SDVariable seg = null;
            for (int i = 0; i < views.size(); i++) {
                View v = views.get(i);
                SDVariable camV = Attention.cam(sd, trainCam(v), trainFeatures.get(v), weights.get(i), c);
                SDVariable norm = Attention.normalise(sd, "train/att_" + v.id(), camV);
                SDVariable m = sd.placeHolder(mask(v), t, -1, hw, hw);
                SDVariable ls = sd.mean(segmentationLoss(v), sd.math().square(m.sub(norm)));
                seg = seg == null ? ls : seg.add(ls);
            }
            loss = lossC.add(seg.mul(config.attentionWeight()));
        }
        sd.identity(LOSS, loss);
        sd.setLossVariables(LOSS);

        Map<View, SDVariable> features = new LinkedHashMap<>();
        for (View v : views) {
            features.put(v, sd.identity(features(v), branch.features(v.id(), x.get(v), false)));
        }
        SDVariable logit = head(sd, config, views, features, w, bias, "");
        sd.identity(LOGIT, logit);
        sd.nn().sigmoid(PROB, logit);
        for (int i = 0; i < views.size(); i++) {
            View v = views.get(i);
            SDVariable camV = Attention.cam(sd, cam(v), features.get(v), weights.get(i), c);
            Attention.normalise(sd, attention(v), camV);
        }
        return new MagnNetwork(config, sd, List.copyOf(layers.batchNormLayers()), channels,
                List.copyOf(layers.stateNames()));
    }

    private static SDVariable head(SameDiff sd, MagnConfig config, List<View> views, Map<View, SDVariable> f,
            SDVariable w, SDVariable bias, String prefix) {
        SDVariable[] pooled = new SDVariable[views.size()];
        for (int i = 0; i < views.size(); i++) {
            pooled[i] = Attention.lsePool(sd, prefix + "lse_" + views.get(i).id(), f.get(views.get(i)), config.lseR());
        }
        SDVariable p = pooled.length == 1 ? pooled[0] : sd.concat(prefix + "pooled", 1, pooled);
        return p.mmul(w).add(bias);
    }

    public MagnConfig config() {
        return config;
    }

    public SameDiff sameDiff() {
        return sd;
    }

    List<String> batchNormLayers() {
        return batchNormLayers;
    }

    /** Channels of each view's final feature map. */
    int[] channels() {
        return channels.clone();
    }

    /** Names of the trainable parameters and running statistics (what a model file stores). */
    public List<String> stateNames() {
        return stateNames;
    }

    /** The current value of every stored array (views onto the graph's arrays). */
    public Map<String, INDArray> state() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String n : stateNames()) {
            out.put(n, sd.getArrForVarName(n));
        }
        return out;
    }

    /** Runs the graph for the given placeholders and returns the named outputs. */
    public Map<String, INDArray> output(Map<String, INDArray> placeholders, String... outputs) {
        return sd.output(placeholders, outputs);
    }
}
