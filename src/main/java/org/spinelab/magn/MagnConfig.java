package org.spinelab.magn;

import java.util.List;
import org.spinelab.util.InvalidInputException;

/**
 * Everything that defines a MAGN network and its training (saved next to the weights as JSON).
 * Defaults follow the paper: ResNet-50, LSE pooling, attention weight 0.5 (eq. 4), Adam with
 * learning rate 1e-3 multiplied by 0.9 every 5 epochs, batch 16, 256-pixel crops.
 *
 * @param backbone        ResNet variant of every view branch
 * @param widthMultiplier scales every channel count (1 = the published widths)
 * @param views           the views, one branch each, in this order
 * @param attention       whether the CAM loss of eqs. (2)–(4) is used
 * @param lseR            r of LSE pooling, LSE_r(x) = (1/r)·log((1/HW)·Σ exp(r·x))
 * @param attentionWeight the 0.5 of eq. (4)
 * @param crop            side of the square crop around the lesion, pixels
 * @param learningRate    Adam's initial learning rate
 * @param decayRate       learning-rate factor applied every {@code decayEveryEpochs}
 * @param decayEveryEpochs epochs between decays
 * @param batchSize       minibatch size
 * @param epochs          training epochs
 * @param seed            seed of initialisation, shuffling and fold assignment
 * @param doublePrecision build the graph in float64 (gradient checks) instead of float32
 */
public record MagnConfig(Backbone backbone, double widthMultiplier, List<View> views, boolean attention,
        double lseR, double attentionWeight, int crop, double learningRate, double decayRate,
        int decayEveryEpochs, int batchSize, int epochs, long seed, boolean doublePrecision) {

    public MagnConfig {
        views = List.copyOf(views);
        if (views.isEmpty()) {
            throw new InvalidInputException("--views: no view given");
        }
        if (!(widthMultiplier > 0)) {
            throw new InvalidInputException("--width: the width multiplier must be > 0, got " + widthMultiplier);
        }
        if (!(lseR > 0)) {
            throw new InvalidInputException("--lse-r: r must be > 0, got " + lseR);
        }
        if (crop < 8) {
            throw new InvalidInputException("--crop: the crop must be at least 8 pixels, got " + crop);
        }
        if (batchSize < 1 || epochs < 0 || decayEveryEpochs < 1) {
            throw new InvalidInputException("--batch/--epochs: batch >= 1 and epochs >= 0 required");
        }
        if (!(learningRate > 0)) {
            throw new InvalidInputException("--lr: the learning rate must be > 0, got " + learningRate);
        }
    }

    /** The paper's settings: ResNet-50 on three views, attention on, 256-pixel crops. */
    public static MagnConfig paper() {
        return new MagnConfig(Backbone.RESNET50, 1.0, List.of(View.SAG, View.COR, View.AX), true, 10.0, 0.5,
                256, 1e-3, 0.9, 5, 16, 30, 42, false);
    }

    public MagnConfig withBackbone(Backbone b, double width) {
        return new MagnConfig(b, width, views, attention, lseR, attentionWeight, crop, learningRate, decayRate,
                decayEveryEpochs, batchSize, epochs, seed, doublePrecision);
    }

    public MagnConfig withViews(List<View> v) {
        return new MagnConfig(backbone, widthMultiplier, v, attention, lseR, attentionWeight, crop, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, seed, doublePrecision);
    }

    public MagnConfig withAttention(boolean a) {
        return new MagnConfig(backbone, widthMultiplier, views, a, lseR, attentionWeight, crop, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, seed, doublePrecision);
    }

    public MagnConfig withCrop(int c) {
        return new MagnConfig(backbone, widthMultiplier, views, attention, lseR, attentionWeight, c, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, seed, doublePrecision);
    }

    public MagnConfig withTraining(double lr, int batch, int nEpochs) {
        return new MagnConfig(backbone, widthMultiplier, views, attention, lseR, attentionWeight, crop, lr, decayRate,
                decayEveryEpochs, batch, nEpochs, seed, doublePrecision);
    }

    public MagnConfig withSeed(long s) {
        return new MagnConfig(backbone, widthMultiplier, views, attention, lseR, attentionWeight, crop, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, s, doublePrecision);
    }

    public MagnConfig withLseR(double r) {
        return new MagnConfig(backbone, widthMultiplier, views, attention, r, attentionWeight, crop, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, seed, doublePrecision);
    }

    public MagnConfig withDoublePrecision(boolean d) {
        return new MagnConfig(backbone, widthMultiplier, views, attention, lseR, attentionWeight, crop, learningRate,
                decayRate, decayEveryEpochs, batchSize, epochs, seed, d);
    }

    /** Side of each view's CAM. */
    public int camSize() {
        return backbone.featureSize(crop);
    }
}
