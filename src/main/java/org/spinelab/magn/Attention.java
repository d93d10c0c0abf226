package org.spinelab.magn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The graph pieces specific to MAGN: LSE pooling, class activation maps and their normalisation.
 */
final class Attention {

    /** Added to the CAM's range so a constant map does not divide by zero. */
    static final double NORM_EPS = 1e-6;

    private Attention() {}

    /**
     * Log-sum-exp pooling of feature maps [N, C, H, W] to [N, C]:
     * LSE_r(x) = (1/r)·log((1/HW)·Σ_hw exp(r·x_hw)), computed as m + (1/r)·log((1/HW)·Σ exp(r·(x − m)))
     * with m = max_hw x (the same value, without overflow). r → 0 gives the mean, r → ∞ the maximum.
     */
    static SDVariable lsePool(SameDiff sd, String name, SDVariable f, double r) {
        SDVariable mKeep = sd.max(f, true, 2, 3);
        SDVariable m = sd.max(f, false, 2, 3);
        SDVariable meanExp = sd.mean(sd.math().exp(f.sub(mKeep).mul(r)), false, 2, 3);
        return m.add(name, sd.math().log(meanExp).div(r));
    }

    /**
     * Class activation map (Zhou et al. 2016) of one view: CAM[n,h,w] = Σ_c w_c·F[n,c,h,w], with w the
     * view's slice of the FC weights ([C, 1]) and F its feature maps [N, C, H, W]. Output [N, H, W].
     */
    static SDVariable cam(SameDiff sd, String name, SDVariable f, SDVariable w, int channels) {
        return sd.sum(name, f.mul(w.reshape(1, channels, 1, 1)), false, 1);
    }

    /**
     * Per-sample min–max normalisation of a CAM [N, H, W] to [0, 1]: (CAM − min)/(max − min + ε).
     * The paper compares "the network's attention map" with the 0/1 lesion map without stating a
     * normalisation; min–max is the usual way to put a CAM on the mask's [0, 1] scale.
     */
    static SDVariable normalise(SameDiff sd, String name, SDVariable cam) {
        SDVariable min = sd.min(cam, true, 1, 2);
        SDVariable max = sd.max(cam, true, 1, 2);
        return cam.sub(min).div(name, max.sub(min).add(NORM_EPS));
    }
}
