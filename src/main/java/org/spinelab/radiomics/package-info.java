/**
 * PyRadiomics-compatible radiomics: the same feature names, parameter files and numbers as PyRadiomics
 * 3 (checked against PyRadiomics' own baseline tables to 1e-6 relative).
 *
 * <p>Pipeline ({@link org.spinelab.radiomics.RadiomicsExtractor}):
 * <ol>
 *   <li>{@link org.spinelab.radiomics.ExtractionParameters}: the YAML parameter file ({@code imageType},
 *       {@code featureClass}, {@code setting}, {@code voxelSetting}), every key and type checked, with
 *       PyRadiomics' defaults in {@link org.spinelab.radiomics.RadiomicsSettings};</li>
 *   <li>{@link org.spinelab.radiomics.preprocess.Preprocessor}: label check, normalisation, resampling
 *       (through {@link org.spinelab.radiomics.preprocess.ImageMaskResampler}), mask/grid checks,
 *       re-segmentation; the result is cropped to the ROI's bounding box unless an image filter needs
 *       the surroundings;</li>
 *   <li>shape families once per case, then for every {@link org.spinelab.radiomics.ImageType} derived
 *       image the intensity families on a {@link org.spinelab.radiomics.Roi} (the ROI's box), sharing one
 *       discretisation ({@link org.spinelab.radiomics.Discretizer}, {@link org.spinelab.radiomics.GrayLevels});</li>
 *   <li>{@link org.spinelab.radiomics.CohortExtractor}: many cases in parallel, failures per case.</li>
 * </ol>
 *
 * <p>Extension points, found with {@link java.util.ServiceLoader} (a new one is a class plus a line in
 * {@code META-INF/services}): {@link org.spinelab.radiomics.FeatureClass} (families: firstorder, glcm,
 * glrlm, glszm, gldm, ngtdm, shape, shape2D in {@code features}), {@link org.spinelab.radiomics.ImageType}
 * (Original here; filters such as LoG or wavelets yield derived images named like
 * {@code log-sigma-1-0-mm-3D}, {@code wavelet-LLH}, {@code square} on the prepared image's grid) and
 * {@link org.spinelab.radiomics.preprocess.ImageMaskResampler}.
 *
 * <p>Not reproduced: voxel-based extraction ({@code voxelSetting} is read and checked only), and
 * {@code preCrop} (it changes nothing in PyRadiomics' segment-based results).
 */
package org.spinelab.radiomics;
