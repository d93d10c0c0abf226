package org.spinelab.magn;

import java.util.Map;

/**
 * The network's answer for one case.
 *
 * @param probability σ(logit): probability of class 1 (metastasis)
 * @param attention   per view, the min–max-normalised CAM on the CAM grid (row-major, side camSize)
 * @param gradCam     per view, the Grad-CAM map for class 1 on the CAM grid, scaled to max 1
 */
public record MagnPrediction(String id, double probability, Map<View, float[]> attention, Map<View, float[]> gradCam) {}
