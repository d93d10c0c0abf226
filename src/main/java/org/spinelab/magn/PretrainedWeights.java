package org.spinelab.magn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.spinelab.util.InvalidInputException;

/**
 * Starts every view branch from the same pretrained backbone (the paper uses an ImageNet-pretrained
 * ResNet-50). The file is an NPZ ({@link WeightsFile}) keyed by branch-relative layer names, with our
 * layouts:
 * <pre>
 *   stem/W                [7, 7, C_in, 64]      stem/bn/{gamma,beta,mean,var}  [64]
 *   s{stage}b{block}/conv1/W, conv2/W, conv3/W   [k, k, C_in, C_out]
 *   s{stage}b{block}/bn1/…, bn2/…, bn3/…         [C]
 *   s{stage}b{block}/down/W, downbn/…            (projection shortcut, first block of a stage)
 * </pre>
 * (torchvision's {@code layer{s+1}.{b}.conv1.weight} [C_out, C_in, k, k] maps to
 * {@code s{s}b{b}/conv1/W} after transposing to [k, k, C_in, C_out]; {@code bn1.running_mean} → {@code mean},
 * {@code running_var} → {@code var}, {@code weight} → {@code gamma}, {@code bias} → {@code beta};
 * {@code downsample.0} → {@code down}, {@code downsample.1} → {@code downbn}.)
 *
 * <p>MR crops have one channel: a stem kernel with 3 input channels (RGB) is summed over them, which
 * gives the response the RGB network would have to a grey image.
 */
public final class PretrainedWeights {

    private PretrainedWeights() {}

    /** Copies the file's arrays into every view branch of {@code net}; returns how many arrays per branch. */
    public static int apply(MagnNetwork net, Path file) {
        Map<String, INDArray> arrays = WeightsFile.read(file);
        int used = 0;
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            boolean matched = false;
            for (View v : net.config().views()) {
                String name = v.id() + "/" + e.getKey();
                if (!net.stateNames().contains(name)) {
                    continue;
                }
                INDArray target = net.sameDiff().getArrForVarName(name);
                INDArray a = e.getValue();
                if (a.rank() == 4 && target.rank() == 4 && a.size(2) == 3 && target.size(2) == 1) {
                    a = a.sum(true, 2);
                }
                if (!Arrays.equals(a.shape(), target.shape())) {
                    throw new InvalidInputException(file + ": '" + e.getKey() + "' has shape " + Arrays.toString(a.shape())
                            + ", the " + net.config().backbone().id() + " branch needs " + Arrays.toString(target.shape()));
                }
                target.assign(a.castTo(target.dataType()));
                matched = true;
            }
            if (matched) {
                used++;
            }
        }
        if (used == 0) {
            throw new InvalidInputException(file + ": no array matches a layer of the " + net.config().backbone().id()
                    + " backbone (expected names such as stem/W, s0b0/conv1/W)");
        }
        return used;
    }
}
