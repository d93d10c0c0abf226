/**
 * PyRadiomics' filter image types — LoG, Wavelet, Square, SquareRoot, Logarithm, Exponential, Gradient,
 * LBP2D and LBP3D — as {@link org.spinelab.radiomics.ImageType}s registered in
 * {@code META-INF/services/org.spinelab.radiomics.ImageType}. Each yields derived images named as in
 * PyRadiomics' feature names and computed as the library PyRadiomics calls computes them (SimpleITK/ITK,
 * PyWavelets, scikit-image, SciPy), so that feature values agree; the tests compare voxel-wise with
 * outputs of those libraries ({@code src/test/cpp}, {@code src/test/python/filters}).
 */
package org.spinelab.radiomics.filters;
