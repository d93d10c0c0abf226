package org.spinelab.cli;

import java.util.List;
import org.spinelab.magn.Backbone;
import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnConfig;
import org.spinelab.magn.View;
import picocli.CommandLine.Option;

/** The network, schedule and cohort-column options shared by {@code magn train} and {@code magn ablation}. */
final class MagnTrainingOptions {

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--epochs", defaultValue = "30", description = "training epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--backbone", defaultValue = "resnet50",
            description = "tiny, resnet18, resnet34 or resnet50 (default: ${DEFAULT-VALUE})")
    String backbone;

    @Option(names = "--width", defaultValue = "1.0", description = "channel width multiplier (default: ${DEFAULT-VALUE})")
    double width;

    @Option(names = "--crop", defaultValue = "256", description = "crop side in pixels (default: ${DEFAULT-VALUE})")
    int crop;

    @Option(names = "--batch", defaultValue = "16", description = "minibatch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--lse-r", defaultValue = "10", description = "r of LSE pooling (default: ${DEFAULT-VALUE})")
    double lseR;

    @Option(names = "--attention-weight", defaultValue = "0.5",
            description = "weight of the attention loss, eq. (4) (default: ${DEFAULT-VALUE})")
    double attentionWeight;

    @Option(names = "--seed", defaultValue = "42", description = "seed of folds and networks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--image-columns", description = "image columns in the order sag,cor,ax (default: cet1_sag,cet1_cor,cet1_ax)")
    String imageColumns;

    @Option(names = "--mask-columns",
            description = "mask columns in the order sag,cor,ax (default: mask_sag_reader1,mask_cor_true,mask_ax_true)")
    String maskColumns;

    /** The network configuration for these views, with or without the attention loss. */
    MagnConfig config(List<View> views, boolean attention) {
        return new MagnConfig(Backbone.parse(backbone), width, views, attention, lseR, attentionWeight, crop, lr, 0.9, 5,
                batch, epochs, seed, false);
    }

    CohortColumns columns() {
        return CohortColumns.defaults().with(imageColumns, maskColumns);
    }
}
