/**
 * Voxel-based radiomics: one map per feature, the value at each ROI voxel being the feature of its
 * neighbourhood, with PyRadiomics' semantics ({@code voxelSetting}: kernelRadius, maskedKernel, initValue,
 * voxelBatch; gray levels discretised once on the ROI, or on the box around it for unmasked kernels).
 *
 * <p>{@link org.spinelab.radiomics.voxel.FeatureMapExtractor} computes the maps of one image;
 * {@link org.spinelab.radiomics.voxel.VoxelCaseExtractor} runs PyRadiomics' preprocessing and image types
 * for a case and {@link org.spinelab.radiomics.voxel.FeatureMapWriter} writes the maps
 * ({@code spinelab extract --voxel}); the Fiji command {@code org.spinelab.fiji.FeatureMapCommand} shows
 * them. First-order and GLCM kernels slide along rows instead of being rebuilt; the other families reuse
 * the segment-based feature classes on each kernel.
 */
package org.spinelab.radiomics.voxel;
