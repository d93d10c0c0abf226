package org.spinelab.radiomics.resample;

import org.spinelab.image.Volume;

/**
 * An image and its mask on one common (resampled, cropped) grid.
 *
 * @param image the interpolated image, in the input image's pixel type
 * @param mask the nearest-neighbour resampled label volume
 */
public record ResampledPair(Volume image, Volume mask) {}
