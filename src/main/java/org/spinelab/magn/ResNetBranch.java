package org.spinelab.magn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * One view's ResNet feature extractor (He et al. 2016, without the classifier head): stem, then
 * stages of basic or bottleneck residual blocks; the first block of every stage after the first
 * halves the resolution, and a 1×1 projection (+ batch norm) matches the shortcut when the shape
 * changes. Parameter names are {@code <prefix>/<layer>/…}; the layer part is what a pretrained
 * weights file uses (see {@link WeightsFile}).
 */
final class ResNetBranch {

    private final Layers l;
    private final Backbone backbone;
    private final double width;

    ResNetBranch(Layers layers, Backbone backbone, double width) {
        this.l = layers;
        this.backbone = backbone;
        this.width = width;
    }

    /** Channels of the final feature map. */
    int outChannels() {
        return backbone.stageChannels(backbone.blocks().length - 1, width);
    }

    /** Feature maps [N, C, h, w] of the input [N, 1, H, W]. */
    SDVariable features(String prefix, SDVariable x, boolean training) {
        int c = backbone.stemChannels(width);
        SDVariable h;
        if (backbone.resnetStem()) {
            h = l.conv(prefix + "/stem", x, 7, 2, 1, c);
            h = l.relu(l.batchNorm(prefix + "/stem/bn", h, c, training));
            h = l.maxPool3s2(h);
        } else {
            h = l.conv(prefix + "/stem", x, 3, 2, 1, c);
            h = l.relu(l.batchNorm(prefix + "/stem/bn", h, c, training));
        }
        int[] blocks = backbone.blocks();
        for (int s = 0; s < blocks.length; s++) {
            int mid = Backbone.scaled(backbone.widths()[s], width);
            int out = backbone.stageChannels(s, width);
            for (int b = 0; b < blocks[s]; b++) {
                int stride = (b == 0 && s > 0) ? 2 : 1;
                String name = prefix + "/s" + s + "b" + b;
                h = backbone.bottleneck()
                        ? bottleneck(name, h, c, mid, out, stride, training)
                        : basic(name, h, c, out, stride, training);
                c = out;
            }
        }
        return h;
    }

    private SDVariable basic(String n, SDVariable x, int cin, int cout, int stride, boolean tr) {
        SDVariable h = l.relu(l.batchNorm(n + "/bn1", l.conv(n + "/conv1", x, 3, stride, cin, cout), cout, tr));
        h = l.batchNorm(n + "/bn2", l.conv(n + "/conv2", h, 3, 1, cout, cout), cout, tr);
        return l.relu(h.add(shortcut(n, x, cin, cout, stride, tr)));
    }

    private SDVariable bottleneck(String n, SDVariable x, int cin, int mid, int cout, int stride, boolean tr) {
        SDVariable h = l.relu(l.batchNorm(n + "/bn1", l.conv(n + "/conv1", x, 1, 1, cin, mid), mid, tr));
        h = l.relu(l.batchNorm(n + "/bn2", l.conv(n + "/conv2", h, 3, stride, mid, mid), mid, tr));
        h = l.batchNorm(n + "/bn3", l.conv(n + "/conv3", h, 1, 1, mid, cout), cout, tr);
        return l.relu(h.add(shortcut(n, x, cin, cout, stride, tr)));
    }

    private SDVariable shortcut(String n, SDVariable x, int cin, int cout, int stride, boolean tr) {
        if (cin == cout && stride == 1) {
            return x;
        }
        return l.batchNorm(n + "/downbn", l.conv(n + "/down", x, 1, stride, cin, cout), cout, tr);
    }
}
