package org.spinelab.magn;

import java.util.Locale;
import org.spinelab.util.InvalidInputException;

/**
 * The ResNet variants a view branch can use (He et al. 2016). ResNet-50 is the paper's backbone;
 * ResNet-18/34 and a width multiplier make CPU runs practical; {@link #TINY} exists for tests.
 *
 * <p>Every stage halves the resolution except the first; the ResNet stem (7×7 stride-2 convolution
 * + 3×3 stride-2 max pool) gives a total stride of 32, TINY's 3×3 stride-2 stem a total stride of 4.
 */
public enum Backbone {
    TINY(false, new int[] {1, 1}, new int[] {8, 16}, false),
    RESNET18(false, new int[] {2, 2, 2, 2}, new int[] {64, 128, 256, 512}, true),
    RESNET34(false, new int[] {3, 4, 6, 3}, new int[] {64, 128, 256, 512}, true),
    RESNET50(true, new int[] {3, 4, 6, 3}, new int[] {64, 128, 256, 512}, true);

    private final boolean bottleneck;
    private final int[] blocks;
    private final int[] widths;
    private final boolean resnetStem;

    Backbone(boolean bottleneck, int[] blocks, int[] widths, boolean resnetStem) {
        this.bottleneck = bottleneck;
        this.blocks = blocks;
        this.widths = widths;
        this.resnetStem = resnetStem;
    }

    /** Bottleneck blocks (1×1, 3×3, 1×1 with expansion 4) instead of basic blocks (two 3×3). */
    public boolean bottleneck() {
        return bottleneck;
    }

    public int[] blocks() {
        return blocks.clone();
    }

    /** Base widths of the stages before the width multiplier (and before bottleneck expansion). */
    public int[] widths() {
        return widths.clone();
    }

    /** ResNet's ImageNet stem (7×7/2 convolution, 3×3/2 max pool) rather than a 3×3/2 convolution. */
    public boolean resnetStem() {
        return resnetStem;
    }

    /** Channels of the stem for width multiplier {@code w}. */
    public int stemChannels(double w) {
        return scaled(resnetStem ? 64 : 8, w);
    }

    /** Output channels of stage {@code s} (after expansion). */
    public int stageChannels(int s, double w) {
        return scaled(widths[s], w) * (bottleneck ? 4 : 1);
    }

    /** Side of the feature map (and of the CAM) for an input of side {@code input} (SAME padding: ceil). */
    public int featureSize(int input) {
        int n = input;
        int halvings = (resnetStem ? 2 : 1) + blocks.length - 1;
        for (int i = 0; i < halvings; i++) {
            n = (n + 1) / 2;
        }
        return n;
    }

    static int scaled(int base, double w) {
        return Math.max(1, (int) Math.round(base * w));
    }

    /** Parses {@code tiny}, {@code resnet18}, {@code resnet34}, {@code resnet50}. */
    public static Backbone parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--backbone: unknown backbone '" + s + "' (tiny, resnet18, resnet34, resnet50)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
