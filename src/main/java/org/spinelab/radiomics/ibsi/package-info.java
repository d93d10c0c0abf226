/**
 * IBSI-1 radiomics (Image Biomarker Standardisation Initiative reference manual, arXiv:1612.07003):
 * the image-processing chain and every feature family of the manual, named by IBSI tags, checked
 * against the consensus values of the digital phantom and of CT-phantom configurations A and C
 * ({@link org.spinelab.radiomics.ibsi.IbsiConformance}).
 *
 * <p>Entry point: {@link org.spinelab.radiomics.ibsi.IbsiExtractor#extract}; settings from the
 * {@code setting:} block of a YAML file with {@link org.spinelab.radiomics.ibsi.IbsiSettings#fromYaml}.
 * Bundled parameter files: {@code /ibsi/config_A.yaml}, {@code /ibsi/config_C.yaml},
 * {@code /ibsi/digital_phantom.yaml}.
 *
 * <p>Choices where the manual leaves room, each stated in its class:
 * <ul>
 *   <li>the mesh: marching cubes with a triangulation derived per cube configuration
 *       ({@link org.spinelab.radiomics.ibsi.SurfaceMesh});</li>
 *   <li>the oriented minimum bounding box: searched over hull-face orientations
 *       ({@link org.spinelab.radiomics.ibsi.OrientedBoundingBox});</li>
 *   <li>Moran's I and Geary's C: exact on every ROI, by FFT cross-correlation
 *       ({@link org.spinelab.radiomics.ibsi.SpatialAutocorrelation}) — no sub-sampling;</li>
 *   <li>percentiles: linear interpolation between order statistics;</li>
 *   <li>PCA axes: sample covariance (1/(N-1)) of the voxel centres;</li>
 *   <li>distance-zone border: measured on the morphological mask;</li>
 *   <li>mask interpolation: trilinear (nearest neighbour when the image uses nearest neighbour).</li>
 * </ul>
 */
package org.spinelab.radiomics.ibsi;
